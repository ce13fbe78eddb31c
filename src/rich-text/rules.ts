/**
 * What every rich-text path does alike: the browser's (sanitize.ts, in the main module) and the
 * server's (server/sanitize-html.ts).
 */

/** The only link schemes kept. */
export const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * A `<` that cannot start a tag, comment or declaration: the HTML tokenizer emits it as text, so
 * writing it `&lt;` changes nothing (attribute values decode it too), but WebKit's parser takes
 * a second for a megabyte of `<` and 50 ms for one of `&lt;`. Every path rewrites it before
 * parsing, so all parse the same text.
 */
export const STRAY_LESS_THAN = /<(?![A-Za-z!/?])/g;
