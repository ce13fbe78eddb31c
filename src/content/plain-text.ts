/**
 * Plain-text fields as CMSes fill them: with tags (`<p>The mayor said ...</p>`, a link in a dek)
 * and character references. The text is kept, the tags are dropped, the references decoded;
 * all by scanning the string once, without parsing it as HTML or creating a node.
 */
import { decodeEntities } from './entities.js';
import { tags } from './tags.js';

/** Tags after which words of the text would otherwise run together. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]); // prettier-ignore

/** Elements whose content is not text a reader sees: dropped with the tags. */
const HIDDEN_CONTENT: ReadonlySet<string> = new Set(['script', 'style']);

/** After `<`, what makes it tag syntax: a letter, `/`, `!` (comment, doctype) or `?`. */
function opensTag(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    code === 0x2f || // /
    code === 0x21 || // !
    code === 0x3f // ?
  );
}

/**
 * A run of `<` before tag syntax, in the output: only possible where a dropped tag joined text.
 * The whole run goes, so no `<` is left to open the tag in turn.
 */
const TAG_OPENER = /<+(?=[A-Za-z/!?])/g;

/** The lower-case name of the tag at `start` (`<p ...`, `</p>`), or ''. */
function tagName(text: string, start: number): string {
  const match = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(text.slice(start, start + 40));
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * Removes tag syntax from text: start and end tags (everything from `<` to the next `>`),
 * comments, doctypes and processing instructions, and the content of `script` and `style`.
 * Block tags (`p`, `br`, `li`, ...) leave a space so words stay apart. A `<` that does not open
 * a tag (`a < b`, `<3`), or one with no `>` after it, is text. The result never holds a `<`
 * followed by a letter, `/`, `!` or `?` with a `>` anywhere after it. Linear in the length.
 */
export function stripTags(text: string): string {
  let start = text.indexOf('<');
  if (start === -1) return text;
  const lastClose = text.lastIndexOf('>');
  let lower: string | undefined; // for finding `</script`, made once when needed
  let out = '';
  let kept = 0; // text before this index and not yet in `out` is kept
  while (start !== -1 && start < lastClose) {
    if (!opensTag(text.charCodeAt(start + 1))) {
      start = text.indexOf('<', start + 1);
      continue;
    }
    out += text.slice(kept, start);
    let end: number;
    if (text.startsWith('<!--', start)) {
      const close = text.indexOf('-->', start + 4);
      end = close === -1 ? text.length : close + 3;
    } else {
      end = text.indexOf('>', start + 1) + 1; // found: start < lastClose
      const name = tagName(text, start);
      if (BLOCK_TAGS.has(name)) out += ' ';
      if (text.charCodeAt(start + 1) !== 0x2f && HIDDEN_CONTENT.has(name)) {
        lower ??= text.toLowerCase();
        const close = lower.indexOf(`</${name}`, end);
        const closeEnd = close === -1 ? -1 : text.indexOf('>', close);
        end = closeEnd === -1 ? text.length : closeEnd + 1;
      }
    }
    kept = end;
    start = text.indexOf('<', end);
  }
  out += text.slice(kept);
  // `<<b>b>` leaves `<b>`: `<` joined to text that opens a tag is dropped too.
  const close = out.lastIndexOf('>');
  return close === -1
    ? out
    : out.replace(TAG_OPENER, (opener: string, offset: number) => (offset < close ? '' : opener));
}

/** Elements that have no end tag: one such tag is markup on its own (`<br>`, `<img src=x>`). */
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr',
]); // prettier-ignore

/**
 * Whether text holds HTML rather than text that happens to contain `<`: a comment, a void
 * element's tag (`<br>`, `<img ...>`), a tag with an attribute value (`<a href="...">`,
 * `<svg onload=...>`), or a tag that is opened and later closed (`<p>...</p>`). So
 * "If a<b and b>c then a<c" is text and keeps every word. One pass over the text (tags.ts).
 */
export function looksLikeMarkup(text: string): boolean {
  const comment = text.indexOf('<!--');
  if (comment !== -1 && comment + 4 <= text.lastIndexOf('-->')) return true;
  const opened = new Set<string>();
  for (const { name, closing, nameEnd, end } of tags(text)) {
    if (closing) {
      if (opened.has(name)) return true;
    } else if (VOID_TAGS.has(name) || text.slice(nameEnd, end).includes('=')) {
      return true;
    } else {
      opened.add(name);
    }
  }
  return false;
}

/**
 * The text of a plain-text field: when it holds markup (looksLikeMarkup), tags dropped;
 * character references decoded (see entities.ts); then, if the decoded text is markup, tags
 * dropped again, since a CMS that encodes its field writes its tags as `&lt;p&gt;`. So a field
 * never shows tag syntax, and text with a bare `<` ("a<b and b>c") keeps every word. Text
 * without `<` or `&` is returned as is.
 */
export function plainText(raw: string): string {
  if (!raw.includes('<') && !raw.includes('&')) return raw;
  const text = raw.includes('<') && looksLikeMarkup(raw) ? stripTags(raw) : raw;
  const decoded = decodeEntities(text);
  return decoded.includes('<') && looksLikeMarkup(decoded) ? stripTags(decoded) : decoded;
}
