/**
 * Caps on what the 1 MB document limit does not bound, and the one way reports quote content.
 * Every number here is far above what a real article reaches; past it, rendering would take
 * seconds or lay out an absurd page. Element counting is a linear scan, safe on any input.
 */

/**
 * Elements (start tags) of rich text in one field: a paragraph, list item, answer, articleBody.
 * 10,000 deeply nested elements take DOMPurify about a quarter of a second in Chromium.
 */
export const MAX_FIELD_ELEMENTS = 10_000;

/**
 * Elements a whole article renders: every body block, list item and FAQ question and answer
 * (about three each), plus the tags of its rich text. Past it, the article is refused TOO_LARGE.
 * A long feature renders about 2,000.
 */
export const MAX_DOCUMENT_ELEMENTS = 20_000;

/** FAQs an article renders: an FAQPage in `hasPart` counts, further `faq` blocks are dropped. */
export const MAX_FAQS_PER_ARTICLE = 1;

/** Largest image width or height kept, in CSS pixels; larger sizes are scaled down. */
export const MAX_IMAGE_SIDE = 10_000;

/** Widest aspect ratio (either way) kept; a stranger width/height pair is dropped. */
export const MAX_ASPECT_RATIO = 50;

/** Characters of content a `dropped` entry or message may quote. */
const QUOTE_LENGTH = 40;

/**
 * Start tags in rich text: every `<` followed by an ASCII letter, which is what an HTML parser
 * reads as the start of an element. An upper bound of the elements the text makes.
 */
export function countElements(html: string): number {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1) | 0x20; // lower case, for ASCII letters
    if (next >= 0x61 && next <= 0x7a) count++;
  }
  return count;
}

/**
 * Where rich text must be cut to keep at most `max` start tags (see countElements): the index
 * of the first tag past `max`, or the text's length when it has no more.
 */
export function elementsEnd(html: string, max: number): number {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1) | 0x20;
    if (next >= 0x61 && next <= 0x7a && ++count > max) return i;
  }
  return html.length;
}

/** Control, format (bidi overrides included), lone surrogates and markup characters. */
const UNQUOTABLE = /[\p{Cc}\p{Cf}\p{Cs}<>&"'`\\]/gu;

/**
 * Content quoted in a `dropped` entry or an error message, as safe text: control, bidi, markup
 * and quote characters removed, white space collapsed, at most 40 characters (then `…`), in
 * double quotes. Hosts show these strings in their own pages and logs.
 */
export function quoted(value: string): string {
  // A bounded prefix first, so a 1 MB value costs no more than a short one.
  const cleaned = value
    .slice(0, QUOTE_LENGTH * 4)
    .replace(/\s+/g, ' ') // first, since line feeds and tabs are control characters too
    .replace(UNQUOTABLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const points = Array.from(cleaned);
  const cut = points.length > QUOTE_LENGTH || value.length > QUOTE_LENGTH * 4;
  return `"${points.slice(0, QUOTE_LENGTH).join('')}${cut ? '…' : ''}"`;
}
