/**
 * The server renderer: `renderArticle()` and `renderFaq()` return the complete element as HTML,
 * with the tag and its attributes, the content's JSON-LD script, the content styles, the
 * readable content in the light DOM and the frame as Declarative Shadow DOM. The content is
 * rendered by the same templates as in the browser (article/content.ts, faq/items.ts), so that
 * a server-rendered page and a client-rendered one are the same DOM and the element adopts the
 * server's nodes when its script arrives (see base/content-element.ts).
 *
 * Runs without a DOM: Node 20+, edge workers, a browser. Nothing Node-only is used.
 */
import { html, nothing } from 'lit-html';
import { ArticleBody, isBlockTag, type BodyContext, type BodyValues } from '../article/body.js';
import { articleContentCss } from '../article/article-content.styles.js';
import { articleAttributes, renderArticleContent } from '../article/content.js';
import { articleStyles } from '../article/news-article.styles.js';
import { baseStyles } from '../base/base.styles.js';
import { clampHeadingLevel } from '../base/heading.js';
import { contentDigest, DIGEST_ATTRIBUTE } from '../base/digest.js';
import { version } from '../base/define.js';
import { CONTENT_ATTRIBUTE, CONTENT_SLOT, STYLES_ATTRIBUTE } from '../base/light-dom.js';
import { loadEntityTable } from '../content/entities.js';
import { normalizeArticle } from '../content/article.js';
import { normalizeFaq } from '../content/faq.js';
import { parseJsonText } from '../content/parse.js';
import type { Faq, RichText } from '../content/types.js';
import { faqContentCss } from '../faq/faq-content.styles.js';
import { elementIds, ItemViews, MAX_REGIONS, renderList } from '../faq/items.js';
import { faqStyles } from '../faq/news-faq.styles.js';
import { renderToolbar } from '../faq/toolbar.js';
import { labelsFor, registerLabels, type Labels } from '../i18n/labels.js';
import { labelTables } from '../i18n/labels-all.js';
import { safeLocale } from '../i18n/locale.js';
import { hasMarkup } from '../rich-text/sanitize.js';
import { RawHtml } from './lit-ssr.js';
import { sanitizeHtml } from './sanitize-html.js';

// Character references beyond the common ones decode with the full table: loaded once, here.
await loadEntityTable();
// Every language at once: a render is synchronous (the browser loads one table when needed).
registerLabels(labelTables);

/** Options of both renderers. */
export interface RenderOptions {
  /** BCP 47 locale for dates and labels, written as the `locale` attribute. Default `en`. */
  readonly locale?: string;
  /** IANA time zone for dates and times. Default: UTC. */
  readonly timeZone?: string;
  /** The URL of the page the HTML goes into: relative URLs in the content resolve against it. */
  readonly baseUrl?: string;
  /** The `heading-level` attribute. Default: 2 for the article, 3 for the FAQ. */
  readonly headingLevel?: number;
  /** The `theme` attribute. Default: none (the page's colours). */
  readonly theme?: 'light' | 'dark' | 'auto';
  /**
   * Whether the content's JSON goes into the page as structured data (`application/ld+json`,
   * the default) or as plain data (`application/json`), which crawlers do not read.
   */
  readonly structuredData?: boolean;
  /**
   * Styles: `inline` (default) writes them into the output; `link` links `stylesHref` instead,
   * for pages whose CSP forbids inline styles; `none` leaves them to the page.
   */
  readonly styles?: 'inline' | 'link' | 'none';
  /** The URL of `news-elements.css` for `styles: 'link'`. */
  readonly stylesHref?: string;
  /** Replaces single labels of the element's own words, as the `labels` property does. */
  readonly labels?: Partial<Labels>;
  /**
   * The publisher's own markup inside the element, such as `<p slot="before">Analysis</p>`:
   * written as given (trusted, not sanitized), before the content.
   */
  readonly children?: string;
}

/** `<news-faq>` options besides the shared ones. */
export interface FaqRenderOptions extends RenderOptions {
  readonly exclusive?: boolean;
  readonly searchable?: boolean;
  readonly controls?: boolean;
}

const DEFAULT_BASE = 'https://example.invalid/';

/** Text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** JSON for a `<script>` element: no `</script>` or `<!--` can end or change it. */
function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The parsed input: an object as it is, a string as (possibly repaired) JSON. */
function parseInput(input: unknown): unknown {
  return typeof input === 'string' ? parseJsonText(input).data : input;
}

function attributes(entries: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(entries)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`,
    )
    .join('');
}

/**
 * The content styles (light DOM) or the frame styles (shadow root), as the options ask. The
 * content's `<style>` names this version (STYLES_ATTRIBUTE): an element of the same version
 * finds its own sheet there and does not parse it again.
 */
function styleMarkup(css: string, options: RenderOptions, content = false): string {
  if (options.styles === 'none') return '';
  if (options.styles === 'link') {
    if (!options.stylesHref) throw new TypeError('news-elements: styles: "link" needs stylesHref');
    return `<link rel="stylesheet" href="${escapeHtml(options.stylesHref)}">`;
  }
  return content
    ? `<style ${STYLES_ATTRIBUTE}="${version}">${css}</style>`
    : `<style>${css}</style>`;
}

/** Whether sanitized HTML has a block element at its top level (see body.ts BLOCK_ELEMENTS). */
function hasTopLevelBlock(sanitized: string): boolean {
  let depth = 0;
  // Serialized by the sanitizer: every `<` in text or attribute values is escaped.
  for (const [, close, name = ''] of sanitized.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>/g)) {
    if (close) depth--;
    else {
      if (depth === 0 && isBlockTag(name)) return true;
      if (name !== 'br') depth++;
    }
  }
  return false;
}

/** Rich text as the browser renders it: sanitized HTML, or escaped text without markup. */
function richHtml(text: RichText, level: number, baseUrl: string): string {
  return hasMarkup(text.html) ? sanitizeHtml(text.html, level, baseUrl) : escapeHtml(text.html);
}

/** The body's values on the server: HTML where the browser inserts nodes. */
class HtmlBodyValues implements BodyValues {
  constructor(
    private readonly baseUrl: string,
    private readonly options: RenderOptions,
    private readonly raw: RawHtml,
  ) {}

  paragraphs(texts: readonly string[]): unknown {
    return this.raw.value(texts.map((text) => `<p>${escapeHtml(text)}</p>`).join(''));
  }

  rich(text: RichText, level: number): { value: unknown; block: boolean } {
    const sanitized = richHtml(text, level, this.baseUrl);
    return { value: this.raw.value(sanitized), block: hasTopLevelBlock(sanitized) };
  }

  faqChildren(_faq: Faq, shorthand: readonly unknown[], context: BodyContext): unknown {
    const inner = renderFaqParts(shorthand, this.raw, {
      ...this.options,
      children: undefined,
      locale: context.locale,
      headingLevel: Math.min(6, context.level + 2),
      labels: context.labelOverrides,
      // The article's own style element already carries the FAQ's content styles.
      contentStyles: false,
    });
    return this.raw.value(inner.children);
  }
}

interface PartsOptions extends FaqRenderOptions {
  /** Whether the content styles go into the output (not in an article's embedded FAQ). */
  readonly contentStyles?: boolean;
  /** The text of the FAQ's own data script (not for an article's embedded FAQ, which has none). */
  readonly json?: string;
}

/** The digest of server output from `json` (see base/digest.ts), with the element's attributes. */
function digestOf(json: string, locale: string, headingLevel: number | undefined): string {
  return contentDigest(
    { locale, headingLevel: headingLevel === undefined ? null : String(headingLevel) },
    json,
  );
}

/** The FAQ's attributes and children (used alone, and inside an article). */
function renderFaqParts(
  data: unknown,
  raw: RawHtml,
  options: PartsOptions,
): { attributes: string; children: string } {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE;
  const { value: faq } = normalizeFaq(data, { baseUrl });
  const locale = safeLocale(options.locale ?? 'en');
  const labels = labelsFor(locale, options.labels);
  const level = clampHeadingLevel(options.headingLevel ?? 3, 3);
  const itemIds = faq.items.map((item) => item.id);
  const ids = elementIds(itemIds);
  const views = new ItemViews().build(
    faq.items,
    faq.items.map((_, index) => index),
    {
      level,
      region: faq.items.length <= MAX_REGIONS,
      closedValue: 'until-found',
      marked: '',
      copiedId: undefined,
      labels,
      isOpen: () => false,
      ids: (id) => ids.items.get(id),
      answer: (item) =>
        raw.value(
          `<div class="${hasMarkup(item.answer.html) ? 'answer-body' : 'answer-body plain'}">${richHtml(item.answer, level, baseUrl)}</div>`,
        ),
    },
  );
  const content = raw.render(renderList(views, {}));
  const noop = () => {};
  const toolbar = raw.render(
    html`${renderToolbar({
      labels,
      searchable: options.searchable ?? false,
      controls: options.controls ?? false,
      exclusive: options.exclusive ?? false,
      query: '',
      searchId: ids.search,
      onExpandAll: noop,
      onCollapseAll: noop,
      onSearchInput: noop,
      onSearchKeydown: noop,
      onClearSearch: noop,
    })}${options.searchable ? html`<p role="status" class="status idle"></p>` : nothing}`,
  );
  const frame =
    styleMarkup(`${baseStyles.cssText}${faqStyles.cssText}`, options) +
    `<div class="root"><slot name="before"></slot>${toolbar}<slot name="${CONTENT_SLOT}"></slot><p role="status" class="copy-status"></p><slot name="after"></slot></div>`;
  const children =
    `<template shadowrootmode="open">${frame}</template>` +
    (options.contentStyles === false ? '' : styleMarkup(faqContentCss, options, true)) +
    `<div${attributes({
      [CONTENT_ATTRIBUTE]: '',
      slot: CONTENT_SLOT,
      [DIGEST_ATTRIBUTE]:
        options.json === undefined
          ? undefined
          : digestOf(options.json, locale, options.headingLevel === undefined ? undefined : level),
    })}>${content}</div>`;
  return {
    attributes: attributes({
      locale,
      'heading-level': options.headingLevel === undefined ? undefined : level,
      theme: options.theme,
      exclusive: options.exclusive,
      searchable: options.searchable,
      controls: options.controls,
    }),
    children,
  };
}

/**
 * `<news-faq>` with its content, from FAQPage JSON-LD, a JSON string of it, or the
 * `[{question, answer, id?}]` shorthand. Throws a ContentError (`code`) when the content cannot
 * be used, as the element would show an error.
 */
export function renderFaq(input: unknown, options: FaqRenderOptions = {}): string {
  const data = parseInput(input);
  const json = scriptJson(data);
  const { attributes: attrs, children } = renderFaqParts(data, new RawHtml(), { ...options, json });
  return `<news-faq${attrs}>${options.children ?? ''}${dataScript(json, options)}${children}</news-faq>`;
}

/** The element's data script, holding `json` (see scriptJson). */
function dataScript(json: string, options: RenderOptions): string {
  const type = options.structuredData === false ? 'application/json' : 'application/ld+json';
  return `<script type="${type}">${json}</script>`;
}

/**
 * `<news-article>` with its content, from NewsArticle JSON-LD (or a JSON string of it). Throws a
 * ContentError (`code`) when the content cannot be used.
 */
export function renderArticle(input: unknown, options: RenderOptions = {}): string {
  const data = parseInput(input);
  const json = scriptJson(data);
  const baseUrl = options.baseUrl ?? DEFAULT_BASE;
  const { value: article } = normalizeArticle(data, { baseUrl });
  const locale = safeLocale(options.locale ?? 'en');
  const labels = labelsFor(locale, options.labels);
  const articleOptions = {
    level: clampHeadingLevel(options.headingLevel ?? 2, 2),
    locale,
    requestedLocale: locale,
    labels,
    labelOverrides: options.labels ?? {},
    timeZone: options.timeZone ?? 'UTC',
  };
  const raw = new RawHtml();
  const body = new ArticleBody(new HtmlBodyValues(baseUrl, options, raw));
  const content = raw.render(renderArticleContent(article, articleOptions, body));
  const headingLevel = options.headingLevel === undefined ? undefined : articleOptions.level;
  const containerAttributes = attributes({
    [CONTENT_ATTRIBUTE]: '',
    slot: CONTENT_SLOT,
    ...articleAttributes(article, articleOptions, false),
    // What the element compares to adopt this output as it is (see base/digest.ts).
    [DIGEST_ATTRIBUTE]: digestOf(json, locale, headingLevel),
  });
  const frame =
    styleMarkup(`${baseStyles.cssText}${articleStyles.cssText}`, options) +
    `<div class="root"><slot name="before"></slot><slot name="${CONTENT_SLOT}"></slot><slot name="after"></slot></div>`;
  const attrs = attributes({ locale, 'heading-level': headingLevel, theme: options.theme });
  return (
    `<news-article${attrs}>` +
    (options.children ?? '') +
    dataScript(json, options) +
    `<template shadowrootmode="open">${frame}</template>` +
    styleMarkup(
      article.faq ? `${articleContentCss}${faqContentCss}` : articleContentCss,
      options,
      true,
    ) +
    `<article${containerAttributes}>${content}</article>` +
    `</news-article>`
  );
}
