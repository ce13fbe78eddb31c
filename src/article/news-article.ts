import { html, nothing, type TemplateResult } from 'lit';
import { CONTENT_ATTRIBUTE } from '../base/light-dom.js';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../base/base.styles.js';
import { NewsContentElement } from '../base/content-element.js';
import { lazyChunk } from '../base/chunk.js';
import { defineDependencies } from '../base/define.js';
import { clampHeadingLevel } from '../base/heading.js';
import { jsonLdOutput } from '../base/structured-data.js';
import { normalizeArticle } from '../content/article.js';
import type { ArticleInput } from '../content/input.js';
import type { Article, Normalized } from '../content/types.js';
import { safeLocale } from '../i18n/locale.js';
import { loadSanitizer, needsSanitizer } from '../rich-text/sanitize.js';
import { articleContentCss } from './article-content.styles.js';
import { ArticleBody, hasFaq, richTexts } from './body.js';
import { articleAttributes, renderArticleContent, type ArticleOptions } from './content.js';
import { articleStyles } from './news-article.styles.js';
import { prepareFormatsWhenIdle } from './prepare-formats.js';

const faqElement = lazyChunk(() => import('../faq/news-faq.js'));

/**
 * `<news-faq>`, loaded and defined unless the page has one defined already (the combined bundle,
 * or the page's own; see define.ts): then there is nothing to wait for, not even the task a
 * dynamic import of a loaded chunk takes. A chunk that fails to load is tried again by the next
 * article; this one renders its FAQ as an undefined element, its questions still readable.
 */
const loadFaqElement = (): Promise<void> | undefined =>
  customElements.get('news-faq')
    ? undefined
    : faqElement.load().then(
        ({ NewsFaq }) => defineDependencies({ 'news-faq': NewsFaq }),
        () => undefined,
      );

/**
 * A news article from schema.org `NewsArticle` JSON: headline, dek, byline, dates, lead image,
 * body and an embedded FAQ, in the reader's locale.
 *
 * The article's `inLanguage` (or the `locale` attribute) sets `lang` and the text direction of
 * the rendered article; dates and labels use `locale`, else the nearest `lang`, else the browser.
 * A `dir` attribute on the element itself overrides the direction.
 *
 * The article renders into the light DOM (an `<article data-news-content>` child), where reader
 * modes, crawlers and pages without JavaScript read it; the shadow root holds only the frame
 * (slots, error). Server output of `news-elements/server` for the same content is adopted as it
 * is, without rendering it again.
 *
 * @tagname news-article
 * @summary Renders a schema.org NewsArticle as an accessible, themeable article.
 *
 * @slot before - Above the headline: a kicker, a label, a sponsor note.
 * @slot after - Below the article: share buttons, related links, a correction note.
 *
 * @csspart article - Light DOM: The `<article>` wrapping everything.
 * @csspart headline - Light DOM: The headline, a real heading at `heading-level`.
 * @csspart dek - Light DOM: The standfirst below the headline (`alternativeHeadline` or `description`).
 * @csspart byline - Light DOM: The "By ..." line.
 * @csspart author - Light DOM: Each author's name (a link when the author has a URL).
 * @csspart date - Light DOM: Each `<time>`: published and updated.
 * @csspart figure - Light DOM: Each image's `<figure>`, the lead image and images in the body.
 * @csspart image - Light DOM: Each `<img>`.
 * @csspart caption - Light DOM: Each `<figcaption>` with caption and credit.
 * @csspart body - Light DOM: The article text.
 * @csspart error - The message shown when the content cannot be used.
 *
 * @cssprop --news-font-family - Body font. Default: inherited from the page.
 * @cssprop --news-heading-font-family - Headline and heading font. Default: inherited.
 * @cssprop --news-text-color - Text colour. Default: inherited (or the theme's).
 * @cssprop --news-muted-color - Byline, dates and captions. Default: the text colour (or the theme's).
 * @cssprop --news-background - Background. Default: transparent (or the theme's).
 * @cssprop --news-accent-color - Links, kicker and quote rule. Default: the text colour (or the theme's).
 * @cssprop --news-border-color - Rules and topic outlines. Default: the text colour at 25%.
 * @cssprop --news-radius - Corner radius of images and topics. Default: 0.375rem.
 * @cssprop --news-spacing - The vertical rhythm unit. Default: 1rem.
 * @cssprop --news-max-width - Largest inline size of the element. Default: 42rem.
 * @cssprop --news-line-height - Body line height. Default: 1.6.
 * @cssprop --news-focus-ring-color - Focus outline. Default: the accent colour.
 *
 * @fires news-load - The content was read and rendered. `detail: {source}`.
 * @fires news-error - The content could not be used, or parts of it were skipped. `detail: {code, message, dropped?}`.
 */
export class NewsArticle extends NewsContentElement<Article, ArticleInput> {
  static override styles = [baseStyles, articleStyles];

  static {
    if (typeof document !== 'undefined') void prepareFormatsWhenIdle(document);
  }

  /** Level of the headline, 1 to 6 (default 2); inner headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #body = new ArticleBody();

  protected override normalizeContent(data: unknown, baseUrl: string): Normalized<Article> {
    return normalizeArticle(data, { baseUrl, isTakenId: this.isTakenId });
  }

  /**
   * Loads the sanitizer for rich text, FAQ answers included (its `<news-faq>` needs it too), and
   * `<news-faq>` itself for an article with an FAQ, defined if the page has not (a page loading
   * only `dist/news-article.js` pays for it only then).
   */
  protected override async prepare(article: Article): Promise<void> {
    await Promise.all([
      needsSanitizer(richTexts(article)) ? loadSanitizer() : undefined,
      hasFaq(article) ? loadFaqElement() : undefined,
    ]);
  }

  /** The article's JSON-LD from its normalized fields, FAQ answers as rendered (sanitized). */
  protected override async structuredDataFor(article: Article): Promise<Record<string, unknown>> {
    const { articleStructuredData } = await jsonLdOutput.load();
    return articleStructuredData(article, clampHeadingLevel(this.headingLevel, 2) + 2);
  }

  protected override readonly contentTag = 'article';
  protected override readonly contentCss = articleContentCss;

  /** The frame: slots and the error; the article itself is light-DOM content. */
  override render(): TemplateResult {
    // The slots stay while empty or in error: the publisher's markup around it still shows.
    return html`<div class="root">
      <slot name="before"></slot>
      ${this.error ? this.renderError(this.error) : nothing}
      <slot name="news-content"></slot>
      <slot name="after"></slot>
    </div>`;
  }

  protected override contentAttributes(article: Article): Record<string, string | undefined> {
    return articleAttributes(article, this.#options(), this.hasAttribute('dir'));
  }

  protected override renderContent(article: Article): unknown {
    return renderArticleContent(article, this.#options(), this.#body);
  }

  /**
   * Server output for the same content is kept as it is, unless it embeds an FAQ: a
   * `<news-faq>` gets its content from the article's value, so that article hydrates.
   */
  protected override adoptsAsIs(container: HTMLElement): boolean {
    return container.querySelector('news-faq') === null;
  }

  /** Sets embedded FAQs' server output aside while the article adopts its own (see content.ts). */
  protected override hydrateContent(hydrate: () => void, container: HTMLElement): void {
    const inner = [...container.querySelectorAll(`news-faq > [${CONTENT_ATTRIBUTE}]`)].map(
      (node) => [node, node.parentNode] as const,
    );
    for (const [node] of inner) node.remove();
    try {
      hydrate();
    } finally {
      for (const [node, parent] of inner) parent?.appendChild(node);
    }
  }

  #options(): ArticleOptions {
    return {
      level: clampHeadingLevel(this.headingLevel, 2),
      locale: safeLocale(this.effectiveLocale),
      requestedLocale: this.locale,
      labels: this.currentLabels,
      labelOverrides: this.labels,
    };
  }
}
