/**
 * Rich text sanitized without a DOM, for the server renderer: the same allowlist and the same
 * serialization as the browser's `renderRichTextHtml` (src/rich-text/sanitize.ts, DOMPurify
 * configured in src/rich-text/purify.ts), with the rules of src/rich-text/rules.ts. Pure JavaScript on parse5, no Node-only API and no
 * global DOM, so it runs in Node, in edge workers and in a browser alike.
 *
 * How the browser path works, and what this file repeats step by step:
 * 1. The text is cut after MAX_FIELD_ELEMENTS start tags and every `<` that cannot start a tag
 *    is written `&lt;` (STRAY_LESS_THAN, rich-text/rules.ts).
 * 2. DOMPurify parses it as a whole document (DOMParser, scripting disabled, quirks mode), puts
 *    the leading white space the parser skipped back at the start of `<body>`, and walks the
 *    body in document order. parse5 builds the same tree: it implements the HTML standard's
 *    tree construction, including quirks mode and `<frameset>`.
 * 3. For each node, in DOMPurify's order: a `<form>` whose properties are shadowed by its named
 *    controls, any element holding only text and comments whose text looks like markup, and any
 *    allowed element with an `is` attribute go with their content; comments go; tags outside
 *    ALLOWED_TAGS are unwrapped (their content kept) unless they are in FORBID_CONTENTS, which
 *    go with their content. Kept elements lose every attribute but an `href` on `a` that passes
 *    the same checks. Walking the original tree and deciding keep, unwrap or drop per node gives
 *    the same result as DOMPurify's removals, because each decision depends only on the node's
 *    own, still untouched subtree.
 * 4. finish(): headings re-levelled below `headingBase`, kept links get `rel`.
 * 5. The fragment is serialized as `innerHTML` would.
 *
 * Known differences, all in markup no editor writes, and most where the engines disagree among
 * themselves too (test/server-sanitize.test.ts lists them in `knownDifference`): nesting deeper
 * than about 510 elements, which the engines' parsers flatten (each its own way) and parse5 does
 * not; `<select>` content by the 2025 parsing rules (Chromium, Firefox; parse5 and WebKit keep
 * the earlier ones); `<?x?>` as a processing instruction (Chromium); a `<frameset>` after U+FFFD
 * or `</br>`; `<search>` closing misnested formatting (Firefox); a formatting element with `is`
 * reopened in the next paragraph (Chromium); and controls tied to a form only by the parser's
 * form pointer, outside its subtree (Chromium keeps that tie, the standard drops it).
 */
import { Parser } from 'parse5';
import type { DefaultTreeAdapterMap, Token } from 'parse5';
import { MAX_FIELD_ELEMENTS, elementsEnd } from '../content/limits.js';
import {
  ALLOWED_TAG_SET,
  ATTR_VALUE_BREAKOUT,
  ATTR_WHITESPACE,
  CLOBBER_PROBES,
  FORBID_CONTENTS_SET,
  FORM_NAMED,
  IS_ALLOWED_URI,
  LEADING_WHITESPACE,
  MARKUP_PROBE,
  RAW_TEXT,
} from '../rich-text/walk-rules.js';
import { SAFE_PROTOCOLS, STRAY_LESS_THAN } from '../rich-text/rules.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** parse5's `InsertionMode` numbers (the same in 7.x and 8.x) for the modes used below. */
const IN_BODY = 6;
/**
 * Where Chromium, Firefox and WebKit all ignore a NUL character and parse5 takes it for text
 * that opens the body (or closes a column group): INITIAL, BEFORE_HTML, BEFORE_HEAD, IN_HEAD,
 * IN_HEAD_NO_SCRIPT, AFTER_HEAD and IN_COLUMN_GROUP. Seen as `\0 <p>` keeping its space.
 */
const MODES_IGNORING_NUL: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 11]);

/** parse5's parser with the engines' handling of NUL where they disagree with it. */
class BrowserParser extends Parser<DefaultTreeAdapterMap> {
  override onNullCharacter(token: Token.CharacterToken): void {
    if (MODES_IGNORING_NUL.has(this.insertionMode)) return;
    // In a body the NUL is ignored, and the engines still drop a line feed right after
    // `<pre>` or `<listing>` when a NUL comes between (`<pre>\0\nx`); parse5 would keep it.
    const skip = this.skipNextNewLine;
    super.onNullCharacter(token);
    if (this.insertionMode === IN_BODY && !this.tokenizer.inForeignNode) {
      this.skipNextNewLine = skip;
    }
  }
}

/** What happens to an element: kept with its tag, replaced by its content, or removed. */
type Action = 'keep' | 'unwrap' | 'drop';

/** A heading tag in the output, written once the text's top level is known. */
interface Heading {
  level: number;
  end: boolean;
}

/**
 * Sanitizes rich text as the browser's `renderRichTextHtml({ html }, headingBase)` does on a page
 * whose `document.baseURI` is `baseUrl`, and returns the same serialization.
 *
 * Text without `<` or `&` comes back unchanged, NOT escaped, exactly as in the browser, where it
 * becomes one text node: a caller putting the result into HTML must escape such plain text
 * itself (or check `hasMarkup` from src/rich-text/sanitize.ts first). Text with markup comes
 * back as safe HTML. Throws a RangeError when `headingBase` is NaN (like the browser) and a
 * TypeError when `baseUrl` is not an absolute URL.
 */
export function sanitizeHtml(html: string, headingBase: number, baseUrl: string): string {
  const base = new URL(baseUrl);
  if (Number.isNaN(headingBase)) {
    throw new RangeError('news-elements: headingBase must be a number');
  }
  if (!html.includes('<') && !html.includes('&')) return html;
  const level = Math.min(6, Math.max(0, Math.trunc(headingBase)));

  const bounded = html.slice(0, elementsEnd(html, MAX_FIELD_ELEMENTS));
  const dirty = bounded.replace(STRAY_LESS_THAN, '&lt;');
  // DOMParser's document: scripting disabled, so <noscript> content is parsed as markup.
  const body = bodyOf(
    BrowserParser.parse<DefaultTreeAdapterMap>(dirty, { scriptingEnabled: false }),
  );
  if (body === undefined) return '';

  const parts: (string | Heading)[] = [];
  const leading = LEADING_WHITESPACE.exec(dirty);
  if (leading) parts.push(leading[0]);
  let top = 6;
  // Iterative, never recursive: nesting can be as deep as the element bound allows. A stack
  // entry is a node to visit or the end tag of a kept element.
  const stack: (Node | string | Heading)[] = [];
  pushChildren(stack, body);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string' || !('nodeName' in item)) {
      parts.push(item);
      continue;
    }
    if (item.nodeName === '#text') {
      parts.push(escapeText((item as DefaultTreeAdapterMap['textNode']).value));
      continue;
    }
    if (!('tagName' in item)) continue; // comments go; no other node type occurs in a body
    const action = decide(item);
    if (action === 'drop') continue;
    if (action === 'keep') {
      const tag = item.tagName;
      if (tag.length === 2 && tag[0] === 'h') {
        const n = Number(tag[1]);
        top = Math.min(top, n);
        parts.push({ level: n, end: false });
        stack.push({ level: n, end: true });
      } else {
        parts.push(`<${tag}${tag === 'a' ? linkAttributes(item, base) : ''}>`);
        // A void element: no end tag, and the parser gives it no children.
        if (tag === 'br') continue;
        stack.push(`</${tag}>`);
      }
    }
    pushChildren(stack, item);
  }

  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else out += `<${part.end ? '/' : ''}h${Math.min(6, level + 1 + part.level - top)}>`;
  }
  return out;
}

/**
 * The element DOMPurify walks: the document's `<body>`, or none when the first body-like child
 * of `<html>` is a `<frameset>` (then the browser renders nothing either).
 */
function bodyOf(document: DefaultTreeAdapterMap['document']): Element | undefined {
  const html = document.childNodes.find(isElement);
  const first = html?.childNodes.find(
    (node) => isElement(node) && (node.tagName === 'body' || node.tagName === 'frameset'),
  );
  return first !== undefined && isElement(first) && first.tagName === 'body' ? first : undefined;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function pushChildren(stack: (Node | string | Heading)[], parent: Element): void {
  // Template content is not among childNodes, as in the DOM; templates are removed anyway.
  const children = parent.childNodes;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child !== undefined) stack.push(child);
  }
}

/** DOMPurify's decision for one element, in its order of checks (_sanitizeElements). */
function decide(element: Element): Action {
  if (isClobberedForm(element)) return 'drop';
  // nodeName lower-cased; parse5's tag names are the same up to case.
  const tag = element.tagName.toLowerCase();
  if (looksLikeMarkup(element)) return 'drop';
  if (!ALLOWED_TAG_SET.has(tag)) return FORBID_CONTENTS_SET.has(tag) ? 'drop' : 'unwrap';
  // An allowed tag in SVG or MathML sits inside an <svg> or <math>, which goes with its content
  // before this is reached; dropping is DOMPurify's namespace check for the case all the same.
  if (element.namespaceURI !== HTML_NAMESPACE) return 'drop';
  // Removing `is` removes the whole element when DOMPurify returns a fragment (_removeAttribute).
  if (element.attrs.some((attribute) => attribute.name === 'is')) return 'drop';
  return 'keep';
}

/**
 * DOMPurify's first SAFE_FOR_XML check: an element whose children are text and comments only,
 * whose text looks like markup and whose innerHTML does too. innerHTML escapes `<` in text except
 * in raw-text elements, so it matches only through a comment (`<!--`) or raw text.
 */
function looksLikeMarkup(element: Element): boolean {
  const children = element.childNodes;
  if (children.length === 0) return false;
  let text = '';
  let comment = false;
  for (const child of children) {
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterMap['textNode']).value;
    else if (child.nodeName === '#comment') comment = true;
    else if (isElement(child)) return false;
  }
  const raw = element.namespaceURI === HTML_NAMESPACE && RAW_TEXT.has(element.tagName);
  return MARKUP_PROBE.test(text) && (comment || raw);
}

/**
 * DOMPurify's `_isClobbered`: a form one of whose controls (listed elements and img, not image
 * buttons) has an id or name equal to a DOM member the check reads. Such a form goes with its
 * content. The controls that count are the descendants whose nearest form is this one: by the
 * time DOMPurify reaches the form it has detached the body, and a detached control's form owner
 * is its nearest ancestor form.
 */
function isClobberedForm(form: Element): boolean {
  if (form.tagName !== 'form' || form.namespaceURI !== HTML_NAMESPACE) return false;
  const stack: Node[] = [...form.childNodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    const html = node.namespaceURI === HTML_NAMESPACE;
    if (html && node.tagName === 'form') continue; // its controls belong to it
    if (html && FORM_NAMED.has(node.tagName) && !isImageButton(node)) {
      for (const { name, value } of node.attrs) {
        if ((name === 'id' || name === 'name') && CLOBBER_PROBES.has(value)) return true;
      }
    }
    for (const child of node.childNodes) stack.push(child);
  }
  return false;
}

function isImageButton(element: Element): boolean {
  if (element.tagName !== 'input') return false;
  const type = element.attrs.find((attribute) => attribute.name === 'type');
  return type !== undefined && type.value.toLowerCase() === 'image';
}

/**
 * The attributes a kept link ends with: an `href` that DOMPurify keeps (trimmed, resolving to
 * http, https or mailto, no markup breakout, a URL shape it accepts) followed by the `rel` that
 * finish() adds; nothing otherwise.
 */
function linkAttributes(link: Element, base: URL): string {
  // The parser keeps the first of duplicate attributes, so there is at most one.
  const attribute = link.attrs.find(({ name }) => name === 'href');
  if (attribute === undefined) return '';
  const href = attribute.value.trim();
  if (!isAllowedHref(href, base) || ATTR_VALUE_BREAKOUT.test(href)) return '';
  if (href !== '' && !IS_ALLOWED_URI.test(href.replace(ATTR_WHITESPACE, ''))) return '';
  return ` href="${escapeAttribute(href)}" rel="noopener noreferrer"`;
}

function isAllowedHref(href: string, base: URL): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href, base).protocol);
  } catch {
    return false;
  }
}

/** Text as the HTML fragment serialization writes it outside raw-text elements. */
function escapeText(text: string): string {
  return text.replace(/[&<>\u00A0]/g, escapeCharacter);
}

/** Attribute values as current engines serialize them (`<` and `>` escaped since 2025). */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\u00A0]/g, escapeCharacter);
}

function escapeCharacter(character: string): string {
  switch (character) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    default:
      return '&nbsp;';
  }
}
