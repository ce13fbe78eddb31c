/** The content pipeline: parse, validate and normalize schema.org JSON. DOM-free; runs in Node. */
export * from './types.js';
export type * from './input.js';
export {
  MAX_DEPTH,
  MAX_JSON_BYTES,
  cleanValue,
  parseJson,
  parseJsonText,
  repairJson,
  type ParsedJson,
} from './parse.js';
export { safeUrl, type UrlKind } from './url.js';
export { parseDate } from './dates.js';
export { assignIds, isValidToken, slugify } from './slug.js';
export {
  asArray,
  findNode,
  graphNodes,
  matchType,
  mergeDocuments,
  richText,
  text,
  typesOf,
  type JsonObject,
} from './schema.js';
export { decodeEntities, loadEntityTable, needsEntityTable } from './entities.js';
export { plainText, stripTags } from './plain-text.js';
export { bylineName, withoutByline } from './byline.js';
export { normalizeFaq, type NormalizeOptions } from './faq.js';
export { ARTICLE_TYPES, normalizeArticle } from './article.js';
export { articleJsonLd, faqJsonLd, jsonLdText } from './json-ld.js';
