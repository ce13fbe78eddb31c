/**
 * The FAQ search: folding text for case- and diacritics-insensitive matching, splitting a query
 * into terms, finding matches, and marking them in rendered text. Folding and matching are pure;
 * `markText` and `unmark` are the only functions that touch nodes.
 */

/** Queries shorter than this (letters, without spaces) filter but mark nothing. */
export const MIN_MARKED = 2;

/**
 * Text folded for searching. `starts`/`ends` give each folded UTF-16 unit's span in the original
 * text; absent when folding kept every unit in place (ASCII text: only the case changed).
 */
export interface Folded {
  readonly text: string;
  readonly starts?: readonly number[];
  readonly ends?: readonly number[];
}

/** Any character outside ASCII, where folding may change lengths. */
const NON_ASCII = /[^\0-\x7f]/;
const MARKS = /\p{M}/gu;

/**
 * Folds text for case- and diacritics-insensitive search: NFKD, combining marks removed, lower
 * case. Done per code point so that every folded unit maps back to the characters it came from
 * (`é` -> `e`, `ﬁ` -> `fi`), which is what lets a match in folded text be highlighted in the
 * original. ASCII text, most of it in practice, only needs lower case, one unit for one.
 */
export function fold(source: string): Folded {
  if (!NON_ASCII.test(source)) return { text: source.toLowerCase() };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of source) {
    const folded =
      char < '\x80' ? char.toLowerCase() : char.normalize('NFKD').replace(MARKS, '').toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    parts.push(folded);
    offset += char.length;
  }
  return { text: parts.join(''), starts, ends };
}

/** The search terms of a query: folded, split on white space. */
export function searchTerms(query: string): string[] {
  return fold(query)
    .text.split(/\s+/u)
    .filter((term) => term !== '');
}

/** Whether a query is long enough to mark matches: one letter would mark nearly every word. */
export function marksMatches(terms: readonly string[]): boolean {
  return terms.join('').length >= MIN_MARKED;
}

/** Whether every term occurs in the folded haystack. */
export function matchesAll(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/** Where any of the terms occurs in the folded text, as merged `[start, end)` ranges of the original. */
export function matchRanges(folded: Folded, terms: readonly string[]): [number, number][] {
  const { text, starts, ends } = folded;
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const last = at + term.length - 1;
      ranges.push([starts?.[at] ?? at, ends?.[last] ?? last + 1]);
    }
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** `text` split at the ranges: plain pieces and marked pieces, in order. */
export function splitAtRanges(
  text: string,
  ranges: readonly (readonly [number, number])[],
): { readonly text: string; readonly marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** Wraps each match of the terms in the text nodes under `root` in a `<mark>`. */
export function markText(root: Node, terms: readonly string[]): void {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text as Text);
  for (const text of texts) {
    const ranges = matchRanges(fold(text.data), terms);
    if (!ranges.length) continue;
    text.replaceWith(
      ...splitAtRanges(text.data, ranges).map((piece) => {
        if (!piece.marked) return document.createTextNode(piece.text);
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        return mark;
      }),
    );
  }
}

/** Removes the marks under `root`, leaving its text as it was. */
export function unmark(root: Element): void {
  for (const mark of root.querySelectorAll('mark')) mark.replaceWith(...mark.childNodes);
  root.normalize();
}
