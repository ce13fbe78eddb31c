/**
 * The digest that ties server output to the content it was rendered from (issue 11): the server
 * writes it on the content container (`data-news-digest`), and an element that finds the same
 * digest for its own source text adopts the output as it is, without running the pipeline.
 */
import { version } from './define.js';

/** The container attribute holding the digest (server output only). */
export const DIGEST_ATTRIBUTE = 'data-news-digest';

/**
 * cyrb53 (a public-domain 53-bit string hash, two multiplicative lanes): fast and well spread.
 * Not a security measure: server output is the publisher's own HTML either way; the digest only
 * tells whether rendering again could change it.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The digest of server output: this version of the library, the attributes that change what
 * renders (`locale`, `heading-level`, as written on the element, absent as ''), and the source
 * text exactly as it stands in the element's data script.
 */
export function contentDigest(
  attributes: { readonly locale: string | null; readonly headingLevel: string | null },
  text: string,
): string {
  const key = `${version}\n${attributes.locale ?? ''}\n${attributes.headingLevel ?? ''}\n`;
  return hash53(key + text).toString(36);
}
