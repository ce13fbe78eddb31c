/**
 * Reading `articleBody` and counting words, by scanners whose time is linear in the text. The
 * regular expressions they replace backtracked on long runs of one character (dots, dashes,
 * spaces, `<`, emoji): 64 KB of dots took seconds, 1 MB minutes.
 */
import { tags } from './tags.js';

/** Tags that make `articleBody` HTML when they open and close (SPEC section 2's allowlist). */
const PAIRED_TAGS = new Set([
  'p', 'ol', 'ul', 'li', 'a', 'b', 'strong', 'i', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]); // prettier-ignore
const LT = 0x3c; // <
const AMP = 0x26; // &

/** ASCII letters and digits. */
function isNameChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/**
 * Whether `articleBody` (schema.org Text) is HTML: it holds a `<br>` or an allowed tag that is
 * opened and later closed (`<p>…</p>`, `<a href="…">…</a>`). Anything else, `If a<b and b>c`
 * included, is text. One pass over the text (tags.ts).
 */
export function isHtmlBody(body: string): boolean {
  const opened = new Set<string>();
  for (const { name, closing } of tags(body)) {
    if (name === 'br') return true;
    if (!PAIRED_TAGS.has(name)) continue;
    if (!closing) opened.add(name);
    else if (opened.has(name)) return true;
  }
  return false;
}

/**
 * A character reference written out in full (`&#8217;`, `&#x2019;`, `&amp;`) after its `&` was
 * escaped. The quantifiers are bounded, so the search is linear.
 */
const ESCAPED_REFERENCE = /&amp;(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/**
 * Text as rich text that renders as exactly that text: `<`, `>` and every `&` that does not
 * start a character reference written out in full escaped. Those references stay, so the
 * sanitizer decodes them as the CMSes that write them mean them. split/join rather than a
 * replace per character: a million `&` take 20 ms, not 100.
 */
export function textAsHtml(text: string): string {
  if (!text.includes('&') && !text.includes('<') && !text.includes('>')) return text;
  return text
    .split('&')
    .join('&amp;')
    .replace(ESCAPED_REFERENCE, '&$1')
    .split('<')
    .join('&lt;')
    .split('>')
    .join('&gt;');
}

/** What `\s` and trim() call white space: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `articleBody` as paragraph texts: a run of white space holding two or more line feeds
 * separates paragraphs (a blank line); within one, a run holding one line feed becomes a space;
 * each paragraph is trimmed and empty ones go. The result of the former split on a line feed,
 * white space and a line feed, then joining lines, in one pass that stops only at line feeds:
 * each run around one is read once, and text between them is copied as is.
 */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let copied = 0;
  const end = (paragraph: string) => {
    const trimmed = paragraph.trim();
    if (trimmed !== '') paragraphs.push(trimmed);
  };
  for (let lineFeed = body.indexOf('\n'); lineFeed >= 0; lineFeed = body.indexOf('\n', lineFeed)) {
    let runStart = lineFeed;
    while (runStart > copied && isSpace(body.charCodeAt(runStart - 1))) runStart--;
    let lineFeeds = 0;
    while (lineFeed < body.length && isSpace(body.charCodeAt(lineFeed))) {
      if (body.charCodeAt(lineFeed) === 0x0a) lineFeeds++;
      lineFeed++;
    }
    current += body.slice(copied, runStart);
    copied = lineFeed;
    if (lineFeeds >= 2) {
      end(current);
      current = '';
    } else current += ' ';
  }
  end(current + body.slice(copied));
  return paragraphs;
}

/**
 * Rich text of `articleBody` paragraphs. The body is HTML when isHtmlBody() says so, and its
 * paragraphs are kept as written; otherwise it is text, and every paragraph is escaped so that
 * it renders as exactly its text.
 */
export function articleBodyParagraphs(body: string): string[] {
  const paragraphs = splitParagraphs(body);
  return isHtmlBody(body) ? paragraphs : paragraphs.map(textAsHtml);
}

/** `&nbsp;` and its numeric forms, lower-cased: a space between words. */
const NBSP = new Set(['&nbsp;', '&#160;', '&#xa0;']);

/** Regex `\w`: ASCII letters, digits and `_`. */
function isWordChar(code: number): boolean {
  return isNameChar(code) || code === 0x5f;
}

/** The end (past `;`) of a reference `&#?\w+;` starting at `at`, or -1. */
function referenceEnd(html: string, at: number): number {
  let end = at + 1;
  if (html.charCodeAt(end) === 0x23) end++; // #
  const nameStart = end;
  while (isWordChar(html.charCodeAt(end))) end++;
  return end > nameStart && html.charCodeAt(end) === 0x3b ? end + 1 : -1;
}

/**
 * Text of an HTML fragment for counting words: each tag (`<` to the next `>`) becomes a space,
 * `&nbsp;` too, other references go. Rough, as a count needs, and a single pass: a `<` with no
 * `>` after it stays text.
 */
function stripMarkup(html: string): string {
  const parts: string[] = [];
  const lastGt = html.lastIndexOf('>');
  let copied = 0;
  let i = 0;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === LT && i < lastGt) {
      parts.push(html.slice(copied, i), ' ');
      i = copied = html.indexOf('>', i + 1) + 1;
    } else if (code === AMP) {
      const end = referenceEnd(html, i);
      if (end < 0) i++;
      else {
        if (i > copied) parts.push(html.slice(copied, i));
        // Every form of `&nbsp;` is six characters long: only those are looked at.
        if (end - i === 6 && NBSP.has(html.slice(i, end).toLowerCase())) parts.push(' ');
        i = copied = end;
      }
    } else i++;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/**
 * A word from its first letter or digit to the end of its run of non-space characters: each
 * match consumes the rest of its run, so the next search starts at a space, and runs without a
 * letter or digit are passed over by the search. One scan, linear in the text.
 */
const WORD = /[\p{L}\p{N}]\S*/gu;

/** The same for text whose letters and digits are all ASCII: about twice as fast as WORD. */
const ASCII_WORD = /[A-Za-z0-9]\S*/g;

/**
 * A character that may be a letter or digit outside ASCII: anything but ASCII, Latin-1's
 * punctuation and symbols (`ª`, `º`, `²`, `³`, `¹` and the fractions are letters or digits),
 * general punctuation (curly quotes, dashes, the ellipsis) and currency signs. English text
 * without one is counted with ASCII_WORD.
 */
const MAYBE_OTHER_LETTER =
  /[^\0-\x7f\xa0-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7\u2000-\u206f\u20a0-\u20cf]/;

/**
 * Words in an HTML fragment: runs of non-space characters that hold a letter or a digit. The
 * engine's regular expressions count them, not a step per word in script: a long article is
 * counted before its first render, when the script is not yet optimized.
 */
export function countWords(html: string): number {
  const text = html.includes('<') || html.includes('&') ? stripMarkup(html) : html;
  return text.match(MAYBE_OTHER_LETTER.test(text) ? WORD : ASCII_WORD)?.length ?? 0;
}
