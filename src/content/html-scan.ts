/**
 * The start tags of HTML and their attributes, found the way the HTML tokenizer finds them, without
 * parsing: comments, `<!...>` and `<?...>` declarations, end tags (whose quoted attribute values
 * may hold a `>`) and the text of elements whose content is not markup (`style`, `script`,
 * `textarea`, `title`, `xmp`, `iframe`, `noembed`, `noframes`, `plaintext`) are stepped over as
 * the tokenizer steps over them. One pass, linear in the text.
 *
 * What it does not model: the tree builder's special cases (inside SVG and MathML, `style` and the
 * others hold markup and `<![CDATA[` opens a CDATA section). There the scan may misread a span;
 * its callers only ever rename attributes the sanitizer removes anyway or rewrite a link's URL,
 * and the sanitizer still checks the result.
 */

export interface Attribute {
  /** The name in lower case (ASCII letters only, as the tokenizer lowers them). */
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The value, quotes excluded; both nameEnd when the attribute has none. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Whether the value is in quotes (at valueStart - 1 and valueEnd). */
  readonly quoted: boolean;
}

export interface StartTag {
  /** The tag name in lower case. */
  readonly name: string;
  /** Index of the `<`. */
  readonly start: number;
  /** Index just after the name. */
  readonly nameEnd: number;
  /** Every attribute as written, repeated names included (the parser keeps the first). */
  readonly attributes: readonly Attribute[];
  /** Index just after the `>`. */
  readonly end: number;
  /**
   * For an element whose content is text (`style`, `script` ...): where that text ends, at the
   * `<` of its end tag, or at the end of the input when there is none.
   */
  readonly textEnd?: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const BANG = 0x21;
const HYPHEN = 0x2d;

/** Elements whose content the tokenizer reads as text up to their own end tag. */
const TEXT_CONTENT = new Set([
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'textarea',
  'title',
]);

/** HTML white space in a tag (CR included: the parser turns it into LF first). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** ASCII upper case to lower case only, as the tokenizer does (never `toLowerCase()`). */
function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text;
}

/**
 * Reads the rest of a tag from `from` (just after its name) through its `>`, collecting the
 * attributes into `into`. Returns the index after the `>`, or -1 when the input ends first (the
 * parser then drops the tag).
 */
function readAttributes(html: string, from: number, into: Attribute[]): number {
  const n = html.length;
  const add = (nameStart: number, nameEnd: number, valueStart = nameEnd, valueEnd = nameEnd) => {
    const name = lowerAscii(html.slice(nameStart, nameEnd));
    const quoted = valueStart > nameEnd && isQuote(html.charCodeAt(valueStart - 1));
    into.push({ name, nameStart, nameEnd, valueStart, valueEnd, quoted });
  };
  let i = from;
  for (;;) {
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return -1;
    let code = html.charCodeAt(i);
    if (code === GT) return i + 1;
    if (code === SLASH) {
      i++;
      if (i < n && html.charCodeAt(i) === GT) return i + 1;
      continue;
    }
    // A name runs to white space, `/`, `>` or `=`; a leading `=` belongs to it.
    const nameStart = i++;
    while (i < n && !endsName(html.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return -1;
    if (html.charCodeAt(i) !== EQUALS) {
      add(nameStart, nameEnd);
      continue;
    }
    i++;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return -1;
    code = html.charCodeAt(i);
    if (isQuote(code)) {
      const close = html.indexOf(String.fromCharCode(code), i + 1);
      if (close < 0) return -1;
      add(nameStart, nameEnd, i + 1, close);
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== GT) i++;
      add(nameStart, nameEnd, valueStart, i);
    }
  }
}

function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x27;
}

/** What ends an attribute name, and (but `=`) a tag name. */
function endsName(code: number): boolean {
  return isSpace(code) || code === SLASH || code === GT || code === EQUALS;
}

/** Whether `</name` followed by white space, `/` or `>` starts at `at` (any case). */
function isEndTag(html: string, at: number, name: string): boolean {
  if (html.charCodeAt(at) !== LT || html.charCodeAt(at + 1) !== SLASH) return false;
  const after = at + 2 + name.length;
  if (lowerAscii(html.slice(at + 2, after)) !== name) return false;
  const code = html.charCodeAt(after);
  return isSpace(code) || code === SLASH || code === GT;
}

/** Where the text of a `style`, `textarea` ... element ends: its first own end tag. */
function textEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (isEndTag(html, at, name)) return at;
  }
  return html.length;
}

/**
 * Where the text of a `script` element ends. `<!--` in it escapes `<script>` ... `</script>`
 * pairs, which then do not end it (the tokenizer's script data states), so a plain search is
 * not enough.
 */
function scriptEnd(html: string, from: number): number {
  const n = html.length;
  let escaped = false;
  let doubled = false;
  let dashes = 0;
  for (let i = from; i < n; i++) {
    const code = html.charCodeAt(i);
    if (code === HYPHEN) {
      dashes++;
      continue;
    }
    const afterDashes = dashes;
    dashes = 0;
    if (code === GT && escaped && afterDashes >= 2) {
      escaped = doubled = false;
    } else if (code === LT && !escaped && html.startsWith('!--', i + 1)) {
      escaped = true;
      // `<!--` ends in two dashes, so a `>` straight after it unescapes again.
      i += 3;
      dashes = 2;
    } else if (code === LT && !doubled && isEndTag(html, i, 'script')) {
      return i;
    } else if (code === LT && escaped && isScriptTag(html, doubled ? i + 2 : i + 1)) {
      if (doubled && html.charCodeAt(i + 1) !== SLASH) continue;
      doubled = !doubled;
      i += doubled ? 7 : 8;
    }
  }
  return n;
}

/** `script` then white space, `/` or `>` at `at` (any case). */
function isScriptTag(html: string, at: number): boolean {
  if (lowerAscii(html.slice(at, at + 6)) !== 'script') return false;
  const code = html.charCodeAt(at + 6);
  return isSpace(code) || code === SLASH || code === GT;
}

/** Index just after the comment or declaration that starts with `<!` or `<?` at `at`. */
function declarationEnd(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    const body = at + 4;
    if (html.charCodeAt(body) === GT) return body + 1;
    if (html.startsWith('->', body)) return body + 2;
    // The first `-->` or `--!>` ends it.
    for (let dash = html.indexOf('--', body); dash >= 0; dash = html.indexOf('--', dash + 1)) {
      if (html.charCodeAt(dash + 2) === GT) return dash + 3;
      if (html.charCodeAt(dash + 2) === BANG && html.charCodeAt(dash + 3) === GT) return dash + 4;
    }
    return html.length;
  }
  // DOCTYPE, bogus comments and (outside SVG and MathML) `<![CDATA[`: the next `>` ends them.
  const gt = html.indexOf('>', at + 2);
  return gt < 0 ? html.length : gt + 1;
}

/** A tag name runs to white space, `/` or `>` (a `=` or `<` is part of it). */
function tagNameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && !'/>'.includes(html.charAt(i))) i++;
  return i;
}

/** The start tags of `html` in order, as the HTML tokenizer reads them (see the module note). */
export function* startTags(html: string): Generator<StartTag> {
  const n = html.length;
  let lt = html.indexOf('<');
  while (lt >= 0 && lt < n - 1) {
    const next = html.charCodeAt(lt + 1);
    let resume = lt + 1;
    if (isLetter(next)) {
      const nameEnd = tagNameEnd(html, lt + 2);
      const attributes: Attribute[] = [];
      const end = readAttributes(html, nameEnd, attributes);
      if (end < 0) return;
      const name = lowerAscii(html.slice(lt + 1, nameEnd));
      if (name === 'plaintext') {
        yield { name, start: lt, nameEnd, attributes, end, textEnd: n };
        return;
      }
      const text =
        name === 'script' ? scriptEnd(html, end) : TEXT_CONTENT.has(name) ? textEnd(html, end, name) : undefined; // prettier-ignore
      yield { name, start: lt, nameEnd, attributes, end, textEnd: text };
      resume = text ?? end;
    } else if (next === SLASH && isLetter(html.charCodeAt(lt + 2))) {
      // An end tag: its attributes are read (a quoted `>` does not end it) and ignored.
      const end = readAttributes(html, tagNameEnd(html, lt + 3), []);
      if (end < 0) return;
      resume = end;
    } else if (next === SLASH) {
      // `</>` is dropped; `</` before anything else but a letter opens a bogus comment.
      resume = html.charCodeAt(lt + 2) === GT ? lt + 3 : declarationEnd(html, lt);
    } else if (next === BANG || next === 0x3f) {
      resume = declarationEnd(html, lt);
    }
    lt = html.indexOf('<', resume);
  }
}

/** What an attribute the sanitizer removes anyway is renamed to before the browser parses it. */
const INERT_NAME = 'data-news-inert';

/** Attributes a browser acts on while it parses: inline styles and event handlers. */
function isActive(name: string): boolean {
  return name === 'style' || name.startsWith('on');
}

/**
 * The same markup with nothing in it that a browser applies while parsing, even into an inert
 * document: Chromium checks every `style` and `on*` attribute and `<style>` element it parses
 * against the page's Content-Security-Policy and reports each as a violation. Those attributes
 * are renamed to `data-news-inert` and `<style>` becomes `<noframes>` (also text to its own end
 * tag, also removed with its content, and placed by the parser as `<style>` is), so the sanitizer
 * builds the same tree minus what it removes anyway. Renaming keeps every character the tokenizer
 * decides on, so no tag can start or end elsewhere than before.
 */
export function inertMarkup(html: string): string {
  if (!html.includes('<')) return html;
  const parts: string[] = [];
  let copied = 0;
  const replace = (from: number, to: number, text: string) => {
    parts.push(html.slice(copied, from), text);
    copied = to;
  };
  for (const tag of startTags(html)) {
    const style = tag.name === 'style';
    if (style) replace(tag.start + 1, tag.nameEnd, 'noframes');
    for (const attribute of tag.attributes) {
      if (isActive(attribute.name)) replace(attribute.nameStart, attribute.nameEnd, INERT_NAME);
    }
    if (style && tag.textEnd !== undefined) {
      // Its text must not end the `<noframes>` early (it is removed unread anyway).
      const text = html.slice(tag.end, tag.textEnd).replace(/<\/(?=noframes)/gi, '&lt;/');
      replace(tag.end, tag.textEnd, text);
      if (tag.textEnd < html.length) replace(tag.textEnd, tag.textEnd + '</style'.length, '</noframes'); // prettier-ignore
    }
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
