import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from '../base/base.styles.js';
import { NewsContentElement } from '../base/content-element.js';
import { clampHeadingLevel, heading } from '../base/heading.js';
import { withSanitizedAnswers } from '../base/structured-data.js';
import { reuseView } from '../base/reuse.js';
import { normalizeArticle } from '../content/article.js';
import { articleJsonLd } from '../content/json-ld.js';
import type { ArticleInput } from '../content/input.js';
import type { Article, Normalized } from '../content/types.js';
import { canonicalLocale, safeLocale, textDirection } from '../i18n/locale.js';
import { NewsFaq } from '../faq/news-faq.js';
import { loadSanitizer, needsSanitizer } from '../rich-text/sanitize.js';
import { ArticleBody, richTexts, type BodyContext } from './body.js';
import {
  labelLanguage,
  renderByline,
  renderFigure,
  renderMeta,
  renderTopics,
  type WordsContext,
} from './header.js';
import { articleStyles } from './news-article.styles.js';

/**
 * A news article from schema.org `NewsArticle` JSON: headline, dek, byline, dates, lead image,
 * body and an embedded FAQ, in the reader's locale.
 *
 * The article's `inLanguage` (or the `locale` attribute) sets `lang` and the text direction of
 * the rendered article; dates and labels use `locale`, else the nearest `lang`, else the browser.
 * A `dir` attribute on the element itself overrides the direction.
 *
 * @tagname news-article
 * @summary Renders a schema.org NewsArticle as an accessible, themeable article.
 *
 * @slot before - Above the headline: a kicker, a label, a sponsor note.
 * @slot after - Below the article: share buttons, related links, a correction note.
 *
 * @csspart article - The `<article>` wrapping everything.
 * @csspart headline - The headline, a real heading at `heading-level`.
 * @csspart dek - The standfirst below the headline (`alternativeHeadline` or `description`).
 * @csspart byline - The "By ..." line.
 * @csspart author - Each author's name (a link when the author has a URL).
 * @csspart date - Each `<time>`: published and updated.
 * @csspart figure - Each image's `<figure>`, the lead image and images in the body.
 * @csspart image - Each `<img>`.
 * @csspart caption - Each `<figcaption>` with caption and credit.
 * @csspart body - The article text.
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

  /** The embedded FAQ is a `<news-faq>`: defined with the article if the page has not. */
  static override dependencies = { 'news-faq': NewsFaq };

  /** Level of the headline, 1 to 6 (default 2); inner headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #body = new ArticleBody();
  /** What the body last rendered with: kept while equal, so the body is not rendered again. */
  #bodyContext?: BodyContext;

  protected override normalizeContent(data: unknown, baseUrl: string): Normalized<Article> {
    return normalizeArticle(data, { baseUrl, isTakenId: this.isTakenId });
  }

  /** Loads the sanitizer for rich text, FAQ answers included (its `<news-faq>` needs it too). */
  protected override async prepare(article: Article): Promise<void> {
    if (needsSanitizer(richTexts(article))) await loadSanitizer();
  }

  /** The article's JSON-LD from its normalized fields, FAQ answers as rendered (sanitized). */
  protected override structuredDataFor(article: Article): Record<string, unknown> {
    const { faq } = article;
    const level = clampHeadingLevel(this.headingLevel, 2) + 2;
    return articleJsonLd(faq ? { ...article, faq: withSanitizedAnswers(faq, level) } : article);
  }

  override render(): TemplateResult {
    const article = this.value;
    if (!article) {
      // The slots stay while empty or in error: the publisher's markup around it still shows.
      return html`<div class="root">
        <slot name="before"></slot>
        ${this.error ? this.renderError(this.error) : nothing}
        <slot name="after"></slot>
      </div>`;
    }

    const level = clampHeadingLevel(this.headingLevel, 2);
    const locale = safeLocale(this.effectiveLocale);
    const labels = this.currentLabels;
    // `lang` describes the text: the content's declared language, else an explicit `locale`;
    // otherwise the page's language is inherited through the shadow root.
    const contentLang = canonicalLocale(article.inLanguage) ?? canonicalLocale(this.locale);
    const dir = contentLang && !this.hasAttribute('dir') ? textDirection(contentLang) : undefined;
    const words: WordsContext = { locale, labels, labelLang: labelLanguage(locale, contentLang) };
    const context = (this.#bodyContext = reuseView(this.#bodyContext, {
      level,
      locale,
      faqLabel: labels.faq,
      photoLabel: labels.photo,
      labelOverrides: this.labels,
    }));

    return html`<article
      part="article"
      class="root"
      lang=${ifDefined(contentLang)}
      dir=${ifDefined(dir)}
      aria-labelledby="headline"
    >
      <slot name="before"></slot>
      <header>
        ${article.section ? html`<p class="kicker">${article.section}</p>` : nothing}
        ${heading(level, article.headline, { part: 'headline', id: 'headline' })}
        ${article.dek ? html`<p part="dek">${article.dek}</p>` : nothing}
        ${renderByline(article, words)} ${renderMeta(article, words)}
      </header>
      ${article.image ? renderFigure(article.image, labels) : nothing}
      ${
        article.body.length
          ? html`<div part="body">
              ${guard([article.body, context], () => this.#body.render(article.body, context))}
            </div>`
          : nothing
      }
      ${article.faq ? this.#body.faq(article.faq, 'faq', context) : nothing}
      ${article.keywords.length ? renderTopics(article.keywords, words) : nothing}
      <slot name="after"></slot>
    </article>`;
  }
}
