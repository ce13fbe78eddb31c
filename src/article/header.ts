import { html, nothing, type TemplateResult } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import type { Article, Image, Party } from '../content/types.js';
import { bylineParts, formatDate, formatReadingTime } from '../i18n/format.js';
import type { ArticleLabels } from '../i18n/labels.js';
import { textDirection } from '../i18n/locale.js';

/** Language and direction of the element's own words, where they differ from the content's. */
export interface LabelLanguage {
  readonly lang?: string | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

/** What the article's own words depend on. */
export interface WordsContext {
  readonly locale: string;
  readonly labels: ArticleLabels;
  readonly labelLang: LabelLanguage;
  /** The time zone for dates; the reader's own when undefined. */
  readonly timeZone?: string | undefined;
}

/** Marks the element's own words with their language when it differs from the content's. */
export function labelLanguage(locale: string, contentLang: string | undefined): LabelLanguage {
  if (!contentLang) return {};
  const language = (tag: string) => (tag.split('-')[0] ?? '').toLowerCase();
  if (language(locale) === language(contentLang)) return {};
  const dir = textDirection(locale);
  return { lang: locale, dir: dir === textDirection(contentLang) ? undefined : dir };
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

/** "By A, B and C · Publisher": every author, linked when they have a URL. */
export function renderByline(
  article: Article,
  context: WordsContext,
): TemplateResult | typeof nothing {
  const { publisher } = article;
  const { labelLang } = context;
  // Without authors the publisher is named as the author, as newspapers credit staff copy.
  const people = article.authors.length ? article.authors : publisher ? [publisher] : [];
  if (!people.length) return nothing;
  const showPublisher =
    publisher && article.authors.length && !article.authors.some((a) => a.name === publisher.name);
  const names = bylineParts(
    people.map((person) => person.name),
    context.locale,
    context.labels,
  ).map((part) => {
    if (part.type === 'text') return part.value;
    const person = people[part.index];
    return person ? author(person) : nothing;
  });
  const credit = showPublisher
    ? html`<span class="sep" aria-hidden="true"> · </span>${publisherName(publisher)}`
    : nothing;
  return html`<p part="byline" lang=${ifDefined(labelLang.lang)} dir=${ifDefined(labelLang.dir)}>
    ${names}${credit}
  </p>`;
}

/** Published and updated dates in `<time datetime>`, and the reading time. */
export function renderMeta(
  article: Article,
  context: WordsContext,
): TemplateResult | typeof nothing {
  const { locale, labels, labelLang } = context;
  const { datePublished: published, dateModified: modified } = article;
  const publishedText = published ? formatDate(published, locale, context.timeZone) : '';
  const modifiedText = modified ? formatDate(modified, locale, context.timeZone) : '';
  // An update is worth a mention only when a reader would see a different date or time.
  const showModified =
    modified && modifiedText !== publishedText && (!published || modified.time >= published.time);
  const readingTime = formatReadingTime(article.wordCount, locale, labels);
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

/** A credit that says what it is: "Illustration: ...", "Foto: ...", "© ...", "Copyright ...". */
const LABELLED_CREDIT = /^(?:©|\(c\)|copyright\b|\p{L}[\p{L}\p{M} ]{0,24}:\s)/iu;

/**
 * "Photo: Jane Doe", unless the credit already says what it is. The credit is a `<bdi>`: its
 * text cannot reorder the label around it, with or without the element's styles.
 */
function creditText(credit: string, labels: Pick<ArticleLabels, 'photo'>): TemplateResult {
  const labelled =
    credit.toLowerCase().startsWith(labels.photo.toLowerCase()) || LABELLED_CREDIT.test(credit);
  return labelled ? html`<bdi>${credit}</bdi>` : html`${labels.photo}: <bdi>${credit}</bdi>`;
}

/** A width or height attribute value: a positive whole number of pixels. */
function dimension(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

/** An image with its caption and credit: the lead image and images in the body. */
export function renderFigure(image: Image, labels: Pick<ArticleLabels, 'photo'>): TemplateResult {
  const credit = image.credit ? creditText(image.credit, labels) : undefined;
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

/** The keyword list under the article. */
export function renderTopics(keywords: readonly string[], context: WordsContext): TemplateResult {
  const { labelLang } = context;
  return html`<div class="topics">
    <p class="topics-label" lang=${ifDefined(labelLang.lang)} dir=${ifDefined(labelLang.dir)}>
      ${context.labels.topics}
    </p>
    <ul aria-label=${context.labels.topics}>
      ${keywords.map((keyword) => html`<li>${keyword}</li>`)}
    </ul>
  </div>`;
}
