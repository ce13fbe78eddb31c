import { articleBodyParagraphs, countWords } from './body-text.js';
import { bylineName } from './byline.js';
import { parseDate } from './dates.js';
import { normalizeFaqIn, type NormalizeOptions } from './faq.js';
import { absoluteLinks } from './links.js';
import {
  asArray,
  compact,
  deref,
  findNode,
  first,
  graphNodes,
  indexNodes,
  isRecord,
  joinPath,
  richText,
  text,
  typesOf,
  type JsonObject,
  type NodeIndex,
} from './schema.js';
import {
  ContentError,
  type Article,
  type Block,
  type DateValue,
  type Faq,
  type Image,
  type Normalized,
  type Party,
  type RichText,
} from './types.js';
import {
  MAX_ASPECT_RATIO,
  MAX_DOCUMENT_ELEMENTS,
  MAX_FAQS_PER_ARTICLE,
  MAX_FIELD_ELEMENTS,
  MAX_IMAGE_SIDE,
  countElements,
  quoted,
} from './limits.js';
import { safeUrl } from './url.js';

/**
 * Types read as an article: SPEC section 2, plus the other schema.org subtypes of NewsArticle,
 * which publishers use for the same kind of page.
 */
export const ARTICLE_TYPES: readonly string[] = [
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'Report',
];

/** schema.org Organization subtypes that do not end in "Organization". */
const ORGANIZATION_TYPES = new Set(['Corporation', 'NGO', 'Airline', 'Consortium', 'Project']);

/**
 * What every reader below needs: the base URL, the `@id` index, the list of drops, and the FAQs
 * kept so far (MAX_FAQS_PER_ARTICLE).
 */
interface Context {
  readonly baseUrl: string;
  readonly index: NodeIndex;
  readonly dropped: string[];
  faqs: number;
  readonly isTakenId?: ((id: string) => boolean) | undefined;
}

const resolve = (value: unknown, ctx: Context) => deref(value, ctx.index, ctx.baseUrl);

/** The first safe URL among candidates (strings or arrays of strings). */
function firstUrl(candidates: readonly unknown[], ctx: Context, kind: 'link' | 'image') {
  for (const candidate of candidates) {
    for (const raw of asArray(candidate)) {
      const url = safeUrl(raw, ctx.baseUrl, kind);
      if (url !== undefined) return url;
    }
  }
  return undefined;
}

function partyType(node: JsonObject): Party['type'] {
  const types = typesOf(node);
  if (types.includes('Person')) return 'Person';
  if (types.some((type) => type.endsWith('Organization') || ORGANIZATION_TYPES.has(type))) {
    return 'Organization';
  }
  return undefined;
}

/** Reads an author or publisher: a name string, or a Person / Organization (or a reference). */
function readParty(value: unknown, path: string, ctx: Context): Party | undefined {
  const node = resolve(value, ctx);
  if (typeof node === 'string') {
    const name = bylineName(node);
    if (name === undefined) ctx.dropped.push(`${path}: empty name`);
    return name === undefined ? undefined : compact({ name });
  }
  if (!isRecord(node)) {
    ctx.dropped.push(`${path}: not a person or organization`);
    return undefined;
  }
  const given = [text(node['givenName']), text(node['familyName'])].filter(Boolean).join(' ');
  const name = bylineName(node['name']) ?? (given || text(node['legalName']));
  if (name === undefined) {
    ctx.dropped.push(`${path}: missing name`);
    return undefined;
  }
  const url = firstUrl([node['url']], ctx, 'link');
  if (url === undefined && node['url'] !== undefined) {
    ctx.dropped.push(`${path}.url: not a safe URL`);
  }
  return compact({ name, url, type: partyType(node) });
}

/** A decimal number without sign or exponent; anchored, with nothing to backtrack into. */
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A pixel size: a positive number, a numeric string (`"1200"`, `"1200 px"`) or `{value}`. */
function dimension(value: unknown): number | undefined {
  if (isRecord(value)) value = value['value'];
  if (typeof value === 'string') {
    // trim() and a unit check rather than `\s*` around the number, which backtracked: linear.
    let number = value.trim();
    if (number.slice(-2).toLowerCase() === 'px') number = number.slice(0, -2).trimEnd();
    value = DECIMAL.test(number) ? Number(number) : undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  return Math.round(value);
}

/**
 * Width and height as the page may use them: both scaled down together so that neither exceeds
 * MAX_IMAGE_SIDE, and both dropped (the image kept) when their aspect ratio is absurd.
 */
function imageSize(node: JsonObject, path: string, ctx: Context) {
  const width = dimension(node['width']);
  const height = dimension(node['height']);
  if (width === undefined || height === undefined) {
    const cap = (side: number | undefined) =>
      side === undefined ? undefined : Math.min(side, MAX_IMAGE_SIDE);
    return { width: cap(width), height: cap(height) };
  }
  if (Math.max(width / height, height / width) > MAX_ASPECT_RATIO) {
    ctx.dropped.push(`${path}: width and height (aspect ratio over ${MAX_ASPECT_RATIO}:1)`);
    return {};
  }
  const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** A credit line from a name string or a Person / Organization (or a reference). */
function partyName(value: unknown, ctx: Context): string | undefined {
  const node = resolve(first(value), ctx);
  return isRecord(node) ? text(node['name']) : text(node);
}

/**
 * Reads an image: a URL string, or an ImageObject (`url` or `contentUrl`; `width`/`height`;
 * `caption`; `creditText` or the `copyrightHolder`'s name as credit; `description` or `name` as
 * alternative text). Returns undefined, listing why, without a safe http(s) URL.
 */
function readImage(value: unknown, path: string, ctx: Context): Image | undefined {
  const node = resolve(value, ctx);
  if (!isRecord(node) && typeof node !== 'string') {
    ctx.dropped.push(`${path}: not an image`);
    return undefined;
  }
  const url = isRecord(node)
    ? firstUrl([node['url'], node['contentUrl']], ctx, 'image')
    : firstUrl([node], ctx, 'image');
  if (url === undefined) {
    ctx.dropped.push(`${path}: no safe image URL`);
    return undefined;
  }
  if (!isRecord(node)) return compact({ url, alt: '' });
  return compact({
    url,
    ...imageSize(node, path, ctx),
    alt: text(node['description']) ?? text(node['name']) ?? '',
    caption: text(node['caption']),
    credit: text(node['creditText']) ?? partyName(node['copyrightHolder'], ctx),
  });
}

/** The lead image: the first usable one of `image` (one or an array), else `thumbnailUrl`. */
function leadImage(node: JsonObject, ctx: Context): Image | undefined {
  const many = Array.isArray(node['image']);
  const images = asArray(node['image']);
  for (let i = 0; i < images.length; i++) {
    const image = readImage(images[i], many ? `image[${i}]` : 'image', ctx);
    if (image !== undefined) return image;
  }
  const thumbnail = safeUrl(first(node['thumbnailUrl']), ctx.baseUrl, 'image');
  return thumbnail === undefined ? undefined : { url: thumbnail, alt: '' };
}

function readDate(node: JsonObject, key: string, ctx: Context): DateValue | undefined {
  const value = node[key];
  if (value === undefined || value === null) return undefined;
  const date = parseDate(value);
  if (date === undefined) ctx.dropped.push(`${key}: not a valid date`);
  return date;
}

/** `keywords`: a comma-separated string, or an array of strings (or DefinedTerms). */
function readKeywords(value: unknown): string[] {
  const raw =
    typeof value === 'string'
      ? value.split(',')
      : asArray(value).map((item) => (isRecord(item) && 'name' in item ? item['name'] : item));
  const keywords = raw.map(text).filter((keyword): keyword is string => keyword !== undefined);
  return [...new Set(keywords)];
}

/** `inLanguage`: a BCP 47 tag (or a Language with `alternateName`), canonicalized. */
function readLanguage(value: unknown, ctx: Context): string | undefined {
  if (value === undefined || value === null) return undefined;
  const tag = isRecord(value) && !('@value' in value) ? text(value['alternateName']) : text(value);
  try {
    if (tag !== undefined) return Intl.getCanonicalLocales(tag)[0];
  } catch {
    // not a language tag; reported below
  }
  ctx.dropped.push('inLanguage: not a BCP 47 language tag');
  return undefined;
}

/** The article's own URL: `url`, else the `mainEntityOfPage` (a URL or a WebPage). */
function readUrl(node: JsonObject, ctx: Context): string | undefined {
  const page = resolve(first(node['mainEntityOfPage']), ctx);
  const pageUrl = isRecord(page) ? (page['url'] ?? page['@id']) : page;
  const url = firstUrl([node['url'], pageUrl], ctx, 'link');
  if (url === undefined && node['url'] !== undefined) ctx.dropped.push('url: not a safe URL');
  return url;
}

/**
 * Whether rich text is within MAX_FIELD_ELEMENTS; when not, the drop is listed under `path`.
 * Checked before rendering, where such a field would take seconds.
 */
function withinCap(html: string, path: string, ctx: Context): boolean {
  if (countElements(html) <= MAX_FIELD_ELEMENTS) return true;
  ctx.dropped.push(`${path}: rich text over ${MAX_FIELD_ELEMENTS} elements`);
  return false;
}

/**
 * `articleBody` as paragraphs (blank lines separate them, single newlines become spaces): HTML
 * when it holds allowed tags in pairs, else text that renders as written (body-text.ts).
 */
function paragraphs(body: string, ctx: Context): Block[] {
  const htmls = articleBodyParagraphs(body);
  let elements = 0;
  for (const html of htmls) elements += countElements(html);
  if (elements > MAX_FIELD_ELEMENTS) {
    ctx.dropped.push(`articleBody: rich text over ${MAX_FIELD_ELEMENTS} elements`);
    return [];
  }
  return htmls.map((html) => ({
    type: 'paragraph',
    text: { html: absoluteLinks(html, ctx.baseUrl) },
  }));
}

/**
 * Normalizes an FAQ in `hasPart` or a body block; an invalid one is dropped and listed, and so
 * is one past MAX_FAQS_PER_ARTICLE (normalizeFaqIn drops an answer over the element cap).
 */
function readFaq(value: unknown, path: string, ctx: Context): Faq | undefined {
  if (ctx.faqs >= MAX_FAQS_PER_ARTICLE) {
    ctx.dropped.push(`${path}: more than ${MAX_FAQS_PER_ARTICLE} FAQ in the article`);
    return undefined;
  }
  try {
    const { value: faq, dropped } = normalizeFaqIn(value, ctx.baseUrl, ctx.index, ctx.isTakenId);
    ctx.dropped.push(...dropped.map((reason) => joinPath(path, reason)));
    ctx.faqs++;
    return faq;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    ctx.dropped.push(`${path}: ${error.message}`);
    ctx.dropped.push(...error.dropped.map((reason) => joinPath(path, reason)));
    return undefined;
  }
}

/** One block of the extension `body` (SPEC section 2), or undefined after listing why. */
function readBlock(value: unknown, path: string, ctx: Context): Block | undefined {
  if (typeof value === 'string') {
    const html = value.trim();
    if (html === '') ctx.dropped.push(`${path}: empty paragraph`);
    if (html === '' || !withinCap(html, path, ctx)) return undefined;
    return { type: 'paragraph', text: { html: absoluteLinks(html, ctx.baseUrl) } };
  }
  if (!isRecord(value)) {
    ctx.dropped.push(`${path}: not a block`);
    return undefined;
  }
  const type = value['type'];
  const missing = (what: string) => {
    ctx.dropped.push(`${path}: ${String(type)} without ${what}`);
    return undefined;
  };
  switch (type) {
    case 'paragraph': {
      const rich = richText(value['text'], ctx.baseUrl);
      if (rich === undefined) return missing('text');
      return withinCap(rich.html, path, ctx) ? { type, text: rich } : undefined;
    }
    case 'heading': {
      const heading = text(value['text']);
      return heading === undefined ? missing('text') : { type, text: heading };
    }
    case 'quote': {
      const quote = text(value['text']);
      if (quote === undefined) return missing('text');
      return compact({ type, text: quote, cite: text(value['cite']) });
    }
    case 'list': {
      const items: RichText[] = [];
      asArray(value['items']).forEach((item, i) => {
        const rich = richText(item, ctx.baseUrl);
        if (rich === undefined) ctx.dropped.push(`${path}.items[${i}]: not text`);
        else if (withinCap(rich.html, `${path}.items[${i}]`, ctx)) items.push(rich);
      });
      return items.length === 0
        ? missing('items')
        : { type, items, ordered: value['ordered'] === true };
    }
    case 'image': {
      const image = readImage(value, path, ctx);
      return image === undefined ? undefined : { type, image };
    }
    case 'faq': {
      const faq = readFaq(value, path, ctx);
      return faq === undefined ? undefined : { type, faq };
    }
    default:
      // The type is content: quoted() makes it short, plain text.
      ctx.dropped.push(
        typeof type === 'string'
          ? `${path}: unknown block type ${quoted(type)}`
          : `${path}: no type`,
      );
      return undefined;
  }
}

/** The body: the `body` blocks when any is usable, else `articleBody` paragraphs. */
function readBody(node: JsonObject, ctx: Context): Block[] {
  const raw = node['body'];
  if (raw !== undefined && raw !== null) {
    if (Array.isArray(raw)) {
      const blocks = raw
        .map((value, i) => readBlock(value, `body[${i}]`, ctx))
        .filter((block): block is Block => block !== undefined);
      if (blocks.length > 0) return blocks;
    } else ctx.dropped.push('body: not an array');
  }
  const articleBody = node['articleBody'];
  if (typeof articleBody === 'string') return paragraphs(articleBody, ctx);
  if (articleBody !== undefined && articleBody !== null) {
    ctx.dropped.push('articleBody: not text');
  }
  return [];
}

/** Words a reader reads in the body (paragraphs, headings, quotes, lists), for reading time. */
function bodyWords(body: readonly Block[]): number {
  let count = 0;
  for (const block of body) {
    if (block.type === 'paragraph') count += countWords(block.text.html);
    else if (block.type === 'heading' || block.type === 'quote') count += countWords(block.text);
    else if (block.type === 'list') for (const item of block.items) count += countWords(item.html);
  }
  return count;
}

/** Elements of an FAQ as rendered: about three per item, plus the tags of its answers. */
function faqElements(faq: Faq): number {
  let count = 1;
  for (const item of faq.items) count += 3 + countElements(item.answer.html);
  return count;
}

/** Elements the article renders for its body and FAQ, for MAX_DOCUMENT_ELEMENTS. */
function documentElements(body: readonly Block[], faq: Faq | undefined): number {
  let count = faq === undefined ? 0 : faqElements(faq);
  for (const block of body) {
    count++;
    if (block.type === 'paragraph') count += countElements(block.text.html);
    else if (block.type === 'list') {
      for (const item of block.items) count += 1 + countElements(item.html);
    } else if (block.type === 'faq') count += faqElements(block.faq);
  }
  return count;
}

/**
 * Normalizes a schema.org article (SPEC section 2) found in the data: a node of one of
 * ARTICLE_TYPES, alone, in a `@graph`, in a top-level array or as a WebPage's `mainEntity`;
 * `{"@id"}` references are followed. An object without `@type` but with a `headline` is read as
 * a NewsArticle, for hand-written content. Fields that cannot be used are dropped and listed.
 * Throws ContentError INVALID_CONTENT when there is no article or it has no headline, and
 * TOO_LARGE when it would render more than MAX_DOCUMENT_ELEMENTS elements. Without options,
 * relative URLs have no base and are dropped.
 */
export function normalizeArticle(data: unknown, options?: NormalizeOptions): Normalized<Article> {
  let found = findNode(data, ARTICLE_TYPES);
  if (found === undefined && isRecord(data) && data['@type'] === undefined && 'headline' in data) {
    found = { node: data, type: 'NewsArticle' };
  }
  if (found === undefined) {
    throw new ContentError('INVALID_CONTENT', 'No article was found in the content.');
  }
  const { node, type } = found;
  // Without a base, relative URLs and `@id`s resolve against nothing: dropped, as in Node.
  const baseUrl = options?.baseUrl ?? '';
  const ctx: Context = {
    baseUrl,
    index: indexNodes(graphNodes(data), baseUrl),
    dropped: [],
    faqs: 0,
    isTakenId: options?.isTakenId,
  };

  const headline = text(node['headline']) ?? text(node['name']);
  if (headline === undefined) {
    throw new ContentError('INVALID_CONTENT', 'The article has no headline.');
  }

  const authorList = Array.isArray(node['author']);
  const authors = asArray(node['author'])
    .map((author, i) => readParty(author, authorList ? `author[${i}]` : 'author', ctx))
    .filter((author): author is Party => author !== undefined);
  const publisher =
    node['publisher'] === undefined
      ? undefined
      : readParty(first(node['publisher']), 'publisher', ctx);

  let faq: Faq | undefined;
  const parts = asArray(node['hasPart']);
  for (let i = 0; i < parts.length && faq === undefined; i++) {
    const part = resolve(parts[i], ctx);
    if (typesOf(part).includes('FAQPage')) {
      faq = readFaq(part, Array.isArray(node['hasPart']) ? `hasPart[${i}]` : 'hasPart', ctx);
    }
  }

  const body = readBody(node, ctx);
  if (documentElements(body, faq) > MAX_DOCUMENT_ELEMENTS) {
    throw new ContentError(
      'TOO_LARGE',
      `The article would render more than ${MAX_DOCUMENT_ELEMENTS} elements.`,
    );
  }
  const article: Article = compact({
    type,
    headline,
    dek: text(node['alternativeHeadline']) ?? text(node['description']),
    authors,
    publisher,
    datePublished: readDate(node, 'datePublished', ctx),
    dateModified: readDate(node, 'dateModified', ctx),
    image: leadImage(node, ctx),
    section: text(node['articleSection']),
    keywords: readKeywords(node['keywords']),
    url: readUrl(node, ctx),
    inLanguage: readLanguage(node['inLanguage'], ctx),
    body,
    faq,
    wordCount: bodyWords(body),
  });
  return { value: article, dropped: ctx.dropped };
}
