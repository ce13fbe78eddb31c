/** The content pipeline: parse, validate and normalize schema.org JSON. DOM-free; runs in Node. */
export * from './types.js';
export { MAX_DEPTH, MAX_JSON_BYTES, cleanValue, parseJson } from './parse.js';
export { safeUrl, type UrlKind } from './url.js';
export { parseDate } from './dates.js';
export { assignIds, isValidToken, slugify } from './slug.js';
export {
  asArray,
  findNode,
  graphNodes,
  matchType,
  richText,
  text,
  typesOf,
  type JsonObject,
} from './schema.js';
export { normalizeFaq, type NormalizeOptions } from './faq.js';
export { ARTICLE_TYPES, normalizeArticle } from './article.js';
export { articleJsonLd, faqJsonLd, jsonLdText } from './json-ld.js';
