import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  articleLabels,
  bylineParts,
  canonicalLocale,
  clampHeadingLevel,
  formatDate,
  formatReadingTime,
  safeLocale,
  textDirection,
  type ArticleLabels,
} from '../i18n/format.js';
import { NewsContentElement } from '../base/content-element.js';
import { normalizeArticle } from '../content/article.js';
import { articleJsonLd } from '../content/json-ld.js';
import type { Article, Block, Faq, Image, Normalized, Party, RichText } from '../content/types.js';
import { hasMarkup, loadSanitizer, needsSanitizer, renderRichText } from '../rich-text/sanitize.js';
import { baseStyles } from '../base/base.styles.js';

/** The `<news-faq>` shorthand content built from a normalized FAQ. */
interface FaqShorthand {
  id: string;
  question: string;
  answer: string;
}

/** Language and direction of the element's own words, where they differ from the content's. */
interface LabelLanguage {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** Elements that cannot sit inside a `<p>`: rich text holding them is wrapped in a `<div>`. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'ol', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote',
]); // prettier-ignore

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
export class NewsArticle extends NewsContentElement<Article> {
  static override styles = [
    baseStyles,
    css`
      .root {
        display: block;
        margin: 0;
        /* Lets the headline scale with the element's width rather than the viewport's. */
        container-type: inline-size;
      }
      /* A theme paints a background: keep the text off its edges. */
      :host([theme]) .root {
        padding: calc(var(--_space) * 1.25);
      }

      header {
        margin-block-end: calc(var(--_space) * 1.5);
      }

      .kicker {
        margin: 0 0 calc(var(--_space) * 0.5);
        color: var(--_accent-color);
        font-size: 0.875em;
        font-weight: 600;
        font-variant-caps: all-small-caps;
        letter-spacing: 0.06em;
        line-height: 1.3;
      }

      [part='headline'] {
        margin: 0;
        font-family: var(--news-heading-font-family, inherit);
        font-size: clamp(1.625rem, 1.2rem + 2vw, 2.5rem);
        font-size: clamp(1.625rem, 1.05rem + 3.6cqi, 2.75rem);
        font-weight: 700;
        line-height: 1.15;
        letter-spacing: -0.01em;
        text-wrap: balance;
      }

      [part='dek'] {
        margin: calc(var(--_space) * 0.75) 0 0;
        color: var(--_muted-color);
        font-size: 1.2em;
        line-height: 1.45;
        text-wrap: pretty;
      }

      [part='byline'],
      .meta {
        margin: 0;
        color: var(--_muted-color);
        font-size: 0.9em;
        line-height: 1.5;
      }
      [part='byline'] {
        margin-block-start: var(--_space);
      }
      [part='author'] {
        font-weight: 600;
      }
      span[part='author'] {
        color: var(--news-text-color, inherit);
      }
      .meta {
        margin-block-start: 0.25em;
      }
      .nowrap {
        white-space: nowrap;
      }

      figure {
        margin: 0 0 calc(var(--_space) * 1.5);
      }
      [part='image'] {
        display: block;
        max-inline-size: 100%;
        block-size: auto;
        border-radius: var(--_radius);
      }
      [part='caption'] {
        margin-block-start: 0.5em;
        color: var(--_muted-color);
        font-size: 0.85em;
        line-height: 1.45;
      }
      .credit {
        font-size: 0.92em;
        letter-spacing: 0.01em;
      }
      .caption-text + .credit {
        margin-inline-start: 0.5em;
      }

      [part='body'] > *,
      .rich > * {
        margin-block: 0 var(--_space);
      }
      .rich > :last-child {
        margin-block-end: 0;
      }
      [part='body'] :is(h1, h2, h3, h4, h5, h6),
      .faq > :is(h1, h2, h3, h4, h5, h6) {
        margin-block: calc(var(--_space) * 1.75) calc(var(--_space) * 0.5);
        font-family: var(--news-heading-font-family, inherit);
        font-size: 1.3em;
        line-height: 1.25;
        text-wrap: balance;
      }
      .rich :is(h1, h2, h3, h4, h5, h6) {
        font-size: 1.1em;
      }
      [part='body'] :is(ul, ol) {
        padding-inline-start: 1.5em;
      }
      [part='body'] li + li {
        margin-block-start: 0.35em;
      }
      .quote {
        margin-block: calc(var(--_space) * 1.5);
        padding-inline-start: var(--_space);
        border-inline-start: 3px solid var(--_accent-color);
      }
      .quote blockquote {
        margin: 0;
        font-size: 1.15em;
        line-height: 1.45;
      }
      .quote blockquote p {
        margin: 0;
      }
      .quote figcaption {
        margin-block-start: 0.5em;
        color: var(--_muted-color);
        font-size: 0.9em;
      }

      .faq {
        margin-block: calc(var(--_space) * 2) var(--_space);
      }
      .faq > :is(h1, h2, h3, h4, h5, h6) {
        margin-block-start: 0;
      }

      .topics {
        margin-block-start: calc(var(--_space) * 2);
        padding-block-start: var(--_space);
        border-block-start: 1px solid var(--_border-color);
        font-size: 0.875em;
      }
      .topics-label {
        margin: 0 0 0.5em;
        color: var(--_muted-color);
        font-weight: 600;
        font-variant-caps: all-small-caps;
        letter-spacing: 0.06em;
      }
      .topics ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .topics li {
        max-inline-size: 100%;
        padding: 0.15em 0.75em;
        border: 1px solid var(--_border-color);
        border-radius: 999px;
        overflow-wrap: anywhere;
      }

      /* Narrow columns: hyphenate rather than leave ragged gaps; long URLs may break anywhere. */
      @container (max-width: 30rem) {
        [part='body'],
        [part='dek'] {
          hyphens: auto;
        }
        a {
          overflow-wrap: anywhere;
        }
      }

      @media (forced-colors: active) {
        .quote,
        .topics,
        .topics li {
          border-color: CanvasText;
        }
      }

      @media print {
        figure,
        .quote,
        [part='image'] {
          break-inside: avoid;
        }
        [part='headline'],
        [part='body'] :is(h1, h2, h3, h4, h5, h6),
        .faq > :is(h1, h2, h3, h4, h5, h6) {
          break-after: avoid;
        }
        /* On paper a link is only useful with its address. */
        [part='body'] a[href^='http']::after {
          content: ' (' attr(href) ')';
          font-size: 0.85em;
          overflow-wrap: anywhere;
        }
      }
    `,
  ];

  /** Level of the headline, 1 to 6 (default 2); inner headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Rendered rich text per model object, so re-renders reuse the same nodes. */
  #richCache = new WeakMap<RichText, { level: number; nodes: Node[] }>();
  #faqCache = new WeakMap<Faq, FaqShorthand[]>();

  protected override normalizeContent(data: unknown, baseUrl: string): Normalized<Article> {
    return normalizeArticle(data, { baseUrl });
  }

  protected override async prepare(article: Article): Promise<void> {
    if (needsSanitizer(richTexts(article))) await loadSanitizer();
  }

  protected override structuredDataFor(article: Article): Record<string, unknown> {
    return articleJsonLd(article);
  }

  override render(): TemplateResult | typeof nothing {
    if (this.error) return html`<div class="root">${this.renderError(this.error)}</div>`;
    const article = this.value;
    if (!article) return nothing;

    const level = clampHeadingLevel(this.headingLevel);
    const locale = safeLocale(this.effectiveLocale);
    const labels = articleLabels(locale);
    // `lang` describes the text: the content's declared language, else an explicit `locale`;
    // otherwise the page's language is inherited through the shadow root.
    const contentLang = canonicalLocale(article.inLanguage) ?? canonicalLocale(this.locale);
    const dir = contentLang && !this.hasAttribute('dir') ? textDirection(contentLang) : undefined;
    const labelLang = this.#labelLanguage(locale, contentLang);

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
        ${headingTemplate(level, article.headline, 'headline', 'headline')}
        ${article.dek ? html`<p part="dek">${article.dek}</p>` : nothing}
        ${this.#byline(article, locale, labelLang)}
        ${this.#meta(article, locale, labels, labelLang)}
      </header>
      ${article.image ? this.#figure(article.image, labels) : nothing}
      ${
        article.body.length
          ? html`<div part="body">
              ${guard([article.body, level, locale, labels], () =>
                this.#body(article.body, level, locale, labels),
              )}
            </div>`
          : nothing
      }
      ${article.faq ? this.#faq(article.faq, 'faq', level, locale, labels) : nothing}
      ${
        article.keywords.length
          ? html`<div class="topics">
              <p
                class="topics-label"
                id="topics-label"
                lang=${ifDefined(labelLang.lang)}
                dir=${ifDefined(labelLang.dir)}
              >
                ${labels.topics}
              </p>
              <ul aria-labelledby="topics-label">
                ${article.keywords.map((keyword) => html`<li>${keyword}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <slot name="after"></slot>
    </article>`;
  }

  /** Marks the element's own words with their language when it differs from the content's. */
  #labelLanguage(locale: string, contentLang: string | undefined): LabelLanguage {
    if (!contentLang) return {};
    const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
    if (language(locale) === language(contentLang)) return {};
    const dir = textDirection(locale);
    return { lang: locale, dir: dir === textDirection(contentLang) ? undefined : dir };
  }

  #byline(
    article: Article,
    locale: string,
    labelLang: LabelLanguage,
  ): TemplateResult | typeof nothing {
    const { publisher } = article;
    // Without authors the publisher is named as the author, as newspapers credit staff copy.
    const people = article.authors.length ? article.authors : publisher ? [publisher] : [];
    if (!people.length) return nothing;
    const showPublisher =
      publisher &&
      article.authors.length &&
      !article.authors.some((a) => a.name === publisher.name);
    const names = bylineParts(
      people.map((person) => person.name),
      locale,
    ).map((part) => (part.type === 'text' ? part.value : author(people[part.index]!)));
    const credit = showPublisher
      ? html`<span class="sep" aria-hidden="true"> · </span>${publisherName(publisher)}`
      : nothing;
    return html`<p part="byline" lang=${ifDefined(labelLang.lang)} dir=${ifDefined(labelLang.dir)}>
      ${names}${credit}
    </p>`;
  }

  #meta(
    article: Article,
    locale: string,
    labels: ArticleLabels,
    labelLang: LabelLanguage,
  ): TemplateResult | typeof nothing {
    const { datePublished: published, dateModified: modified } = article;
    const publishedText = published ? formatDate(published, locale) : '';
    const modifiedText = modified ? formatDate(modified, locale) : '';
    // An update is worth a mention only when a reader would see a different date or time.
    const showModified =
      modified && modifiedText !== publishedText && (!published || modified.time >= published.time);
    const readingTime = formatReadingTime(article.wordCount, locale);
    const items: TemplateResult[] = [];
    if (published) {
      items.push(html`<time part="date" datetime=${published.iso}>${publishedText}</time>`);
    }
    if (showModified) {
      items.push(
        html`<span class="updated"
          >${labels.updated} <time part="date" datetime=${modified.iso}>${modifiedText}</time></span
        >`,
      );
    }
    if (readingTime) items.push(html`<span class="reading-time nowrap">${readingTime}</span>`);
    if (!items.length) return nothing;
    return html`<p class="meta" lang=${ifDefined(labelLang.lang)} dir=${ifDefined(labelLang.dir)}>
      ${items.map((item, index) => (index ? html`<span class="sep" aria-hidden="true"> · </span>${item}` : item))}
    </p>`;
  }

  #figure(image: Image, labels: ArticleLabels): TemplateResult {
    const credit = image.credit ? creditText(image.credit, labels) : '';
    return html`<figure part="figure">
      <img
        part="image"
        src=${image.url}
        alt=${image.alt}
        width=${ifDefined(dimension(image.width))}
        height=${ifDefined(dimension(image.height))}
        loading="lazy"
        decoding="async"
      />
      ${
        image.caption || credit
          ? html`<figcaption part="caption">
              ${image.caption ? html`<span class="caption-text">${image.caption}</span>` : nothing}
              ${credit ? html`<span class="credit">${credit}</span>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  /**
   * The body blocks. Each run of plain-text paragraphs, most of a long article, is built as DOM
   * directly, one `<p>` and one text node each: through a template per paragraph, Lit would add
   * three marker comments to every one of them. (The guard around this call renders it only
   * when the body, level, locale or labels change.)
   */
  #body(
    body: readonly Block[],
    level: number,
    locale: string,
    labels: ArticleLabels,
  ): (TemplateResult | DocumentFragment)[] {
    const parts: (TemplateResult | DocumentFragment)[] = [];
    let run: DocumentFragment | undefined;
    body.forEach((block, index) => {
      if (block.type === 'paragraph' && !hasMarkup(block.text.html)) {
        const paragraph = document.createElement('p');
        paragraph.textContent = block.text.html;
        if (!run) parts.push((run = document.createDocumentFragment()));
        run.append(paragraph);
      } else {
        run = undefined;
        parts.push(this.#block(block, index, level, locale, labels));
      }
    });
    return parts;
  }

  /** One body block other than a plain-text paragraph (see #body). */
  #block(
    block: Block,
    index: number,
    level: number,
    locale: string,
    labels: ArticleLabels,
  ): TemplateResult {
    const inner = Math.min(6, level + 1);
    switch (block.type) {
      case 'paragraph': {
        // Rich text only: #body builds the plain paragraphs itself.
        // Headings inside rich text rank with the heading blocks, one below the headline.
        const nodes = this.#rich(block.text, level);
        const content = nodes.length === 1 ? nodes[0] : nodes;
        return nodes.some(isBlockElement)
          ? html`<div class="rich">${content}</div>`
          : html`<p>${content}</p>`;
      }
      case 'heading':
        return headingTemplate(inner, block.text);
      case 'quote':
        return html`<figure class="quote">
          <blockquote><p>${block.text}</p></blockquote>
          ${block.cite ? html`<figcaption>— <cite>${block.cite}</cite></figcaption>` : nothing}
        </figure>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${this.#rich(item, level)}</li>`);
        return block.ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`;
      }
      case 'image':
        return this.#figure(block.image, labels);
      case 'faq':
        return this.#faq(block.faq, `faq-${index}`, level, locale, labels);
    }
  }

  /** An FAQ section: its heading one level below the headline, the questions one further. */
  #faq(faq: Faq, id: string, level: number, locale: string, labels: ArticleLabels): TemplateResult {
    const inner = Math.min(6, level + 1);
    return html`<section class="faq" aria-labelledby=${id}>
      ${headingTemplate(inner, faq.name ?? labels.faq, undefined, id)}
      <news-faq
        .content=${this.#faqShorthand(faq)}
        heading-level=${Math.min(6, inner + 1)}
        locale=${locale}
        @news-load=${stopInner}
        @news-error=${stopInner}
      ></news-faq>
    </section>`;
  }

  /** The same array for the same FAQ, so `<news-faq>` is not reloaded by every render. */
  #faqShorthand(faq: Faq): FaqShorthand[] {
    let shorthand = this.#faqCache.get(faq);
    if (!shorthand) {
      shorthand = faq.items.map((item) => ({
        id: item.id,
        question: item.question,
        answer: item.answer.html,
      }));
      this.#faqCache.set(faq, shorthand);
    }
    return shorthand;
  }

  /** Sanitized nodes of a rich text under a heading at `level`; built once per text and level. */
  #rich(text: RichText, level: number): Node[] {
    const hit = this.#richCache.get(text);
    if (hit?.level === level) return hit.nodes;
    const nodes = Array.from(renderRichText(text, level).childNodes);
    this.#richCache.set(text, { level, nodes });
    return nodes;
  }
}

/** Every rich text the article renders itself (FAQ answers are `<news-faq>`'s). */
function* richTexts(article: Article): Generator<RichText> {
  for (const block of article.body) {
    if (block.type === 'paragraph') yield block.text;
    else if (block.type === 'list') yield* block.items;
  }
}

function author(person: Party): TemplateResult {
  return person.url
    ? html`<a part="author" href=${person.url} rel="author">${person.name}</a>`
    : html`<span part="author">${person.name}</span>`;
}

function publisherName(publisher: Party): TemplateResult {
  return html`<span class="publisher"
    >${publisher.url ? html`<a href=${publisher.url}>${publisher.name}</a>` : publisher.name}</span
  >`;
}

/** "Photo: Jane Doe", unless the credit already says what it is. */
function creditText(credit: string, labels: ArticleLabels): string {
  const lower = credit.toLowerCase();
  const labelled =
    lower.startsWith(labels.photo.toLowerCase()) || /^(©|\(c\)|copyright)/.test(lower);
  return labelled ? credit : `${labels.photo}: ${credit}`;
}

/** A width or height attribute value: a positive whole number of pixels. */
function dimension(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

function isBlockElement(node: Node): boolean {
  return node instanceof Element && BLOCK_ELEMENTS.has(node.localName);
}

function stopInner(event: Event): void {
  // The embedded FAQ's content comes from this article: its load and error events would reach
  // the page looking like a second load of the article (the shadow boundary retargets them).
  event.stopPropagation();
}

/**
 * A real heading element at `level`. Six literal templates, because a tag name cannot be bound
 * in Lit without `unsafeStatic`.
 */
function headingTemplate(level: number, text: string, part?: string, id?: string): TemplateResult {
  const p = ifDefined(part);
  const i = ifDefined(id);
  switch (level) {
    case 1:
      return html`<h1 part=${p} id=${i}>${text}</h1>`;
    case 2:
      return html`<h2 part=${p} id=${i}>${text}</h2>`;
    case 3:
      return html`<h3 part=${p} id=${i}>${text}</h3>`;
    case 4:
      return html`<h4 part=${p} id=${i}>${text}</h4>`;
    case 5:
      return html`<h5 part=${p} id=${i}>${text}</h5>`;
    default:
      return html`<h6 part=${p} id=${i}>${text}</h6>`;
  }
}
