/**
 * Rich text (answers, paragraphs) to DOM nodes: the only place where content HTML becomes nodes.
 *
 * Text without `<` or `&` needs no parsing and renders as one text node at once. Text with markup
 * goes through DOMPurify (src/rich-text/purify.ts), which is loaded on demand with a dynamic `import()` so
 * that bundles keep it in a lazy chunk. Because rendering is synchronous, an element first checks
 * `needsSanitizer()` and awaits `loadSanitizer()`; `renderRichText()` on markup before that is a
 * programming error and throws.
 *
 * Kept: `p br ol ul li a b strong i em h1-h6`, and on `a` only an `href` that resolves (against
 * `document.baseURI`) to http, https or mailto, which also admits relative URLs on an http(s)
 * page (the pipeline has already made links from a `src` document absolute, content/links.ts).
 * Before DOMPurify parses the text, inertMarkup (content/html-scan.ts) renames inline styles,
 * handlers and `<style>`, which it removes anyway: Chromium reports each one it parses to the
 * page's Content-Security-Policy, even in an inert document. Such links get `rel="noopener noreferrer"`; no `target` is ever kept. Everything else is
 * unwrapped with its text kept, except code, styles, frames, media, form controls, SVG and MathML,
 * which go with their content. Text with more than MAX_FIELD_ELEMENTS start tags is cut before
 * the first tag past it (the pipeline drops such fields first, and lists them in `dropped`).
 *
 * Why DOMPurify only, not the HTML Sanitizer API first: `setHTML()` with an `elements` allowlist
 * (Chromium 156, Firefox 153) removes every other element together with its text, where we must
 * keep the text of unknown elements (`<span>`, `<div>`, `<foo>`), so the two paths would render
 * the same content differently. The post-processing below is engine-neutral all the same.
 */
import { inertMarkup } from '../content/html-scan.js';
import { MAX_FIELD_ELEMENTS, elementsEnd } from '../content/limits.js';
import type { RichText } from '../content/types.js';
import type { Purifier } from './purify.js';
import { newsPolicy } from '../base/trusted-types.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Elements that end a line of text, for richTextToPlain. */
const LINE_BREAKING = new Set(['p', 'br', 'ol', 'ul', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A `<` that cannot start a tag, comment or declaration: the HTML tokenizer emits it as text, so
 * writing it `&lt;` changes nothing (attribute values decode it too), but WebKit's parser takes
 * a second for a megabyte of `<` and 50 ms for one of `&lt;`.
 */
const STRAY_LESS_THAN = /<(?![A-Za-z!/?])/g;

/** Rendered fragments kept, least recently used dropped first. */
const CACHE_ENTRIES = 500;
/** Longer texts are rendered on every call rather than held in memory. */
const CACHE_MAX_LENGTH = 100_000;

let purifier: Purifier | undefined;
let loading: Promise<void> | undefined;
const cache = new Map<string, DocumentFragment>();

/** True when the text has to be parsed as HTML: it contains a tag or an entity. */
export function hasMarkup(html: string): boolean {
  return html.includes('<') || html.includes('&');
}

/**
 * Loads the sanitizer; every call returns the same promise once it succeeded. A failed download
 * is forgotten, so a later call retries.
 */
export function loadSanitizer(): Promise<void> {
  loading ??= import('./purify.js').then(
    ({ createPurifier }) => {
      purifier = createPurifier(isAllowedHref, newsPolicy());
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether rich text with markup can be rendered now. */
export function isSanitizerReady(): boolean {
  return purifier !== undefined;
}

/** True when some text has markup and the sanitizer is not loaded yet. */
export function needsSanitizer(texts: Iterable<RichText>): boolean {
  if (purifier) return false;
  for (const text of texts) if (hasMarkup(text.html)) return true;
  return false;
}

/**
 * Renders rich text as a new fragment the caller owns. `headingBase` is the heading level of the
 * element around the text (0-6, clamped): a heading `hn` in the text becomes
 * `h(min(6, headingBase + 1 + n - m))`, where `m` is the smallest heading level in that text, so
 * the text's top headings sit one level below the element's and keep their relative order.
 * Throws when the text has markup and `loadSanitizer()` has not finished.
 */
export function renderRichText(text: RichText, headingBase: number): DocumentFragment {
  if (!hasMarkup(text.html)) {
    const fragment = document.createDocumentFragment();
    fragment.append(text.html);
    return fragment;
  }
  return sanitized(text.html, clampLevel(headingBase)).cloneNode(true) as DocumentFragment;
}

/**
 * The text a reader sees, without tags, for searching: entities decoded, removed content gone,
 * and a line break between paragraphs, list items and headings so their words do not run
 * together. Throws like renderRichText when the text has markup and the sanitizer is not loaded.
 * `headingBase`, when the text was rendered with renderRichText, lets this reuse that sanitized
 * fragment (heading levels do not change the text) rather than sanitize the text again.
 */
export function richTextToPlain(text: RichText, headingBase = 0): string {
  if (!hasMarkup(text.html)) return text.html;
  const parts: string[] = [];
  collectText(sanitized(text.html, clampLevel(headingBase)), parts);
  return tidyLines(parts.join(''));
}

/**
 * Spaces and tabs before a line feed, and all white space after it, removed; then trimmed. By
 * hand, since the pattern for it backtracked on a long run of spaces (quadratic time, and
 * "too much recursion" in Firefox): each line feed ends one pass back over spaces it owns.
 */
function tidyLines(text: string): string {
  const parts: string[] = [];
  const lineFeed = /\n\s*/g;
  let copied = 0;
  for (let match = lineFeed.exec(text); match !== null; match = lineFeed.exec(text)) {
    let end = match.index;
    while (end > copied && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    parts.push(text.slice(copied, end), '\n');
    copied = match.index + match[0].length;
  }
  parts.push(text.slice(copied));
  return parts.join('').trim();
}

function clampLevel(level: number): number {
  if (Number.isNaN(level)) throw new RangeError('news-elements: headingBase must be a number');
  return Math.min(6, Math.max(0, Math.trunc(level)));
}

/** The sanitized, post-processed fragment for (html, base), from the cache when possible. */
function sanitized(html: string, base: number): DocumentFragment {
  if (!purifier) {
    throw new Error('news-elements: rich text with markup needs `await loadSanitizer()` first');
  }
  // base is a single digit, so the key cannot collide.
  const key = `${base}${html}`;
  const hit = cache.get(key);
  if (hit) {
    // Re-insert to mark it recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  // The pipeline drops longer fields and says so; this bounds text that did not come through it.
  const bounded = html.slice(0, elementsEnd(html, MAX_FIELD_ELEMENTS));
  // inertMarkup: no inline style or handler reaches even the sanitizer's inert parse (CSP reports).
  const fragment = finish(purifier(inertMarkup(bounded.replace(STRAY_LESS_THAN, '&lt;'))), base);
  if (html.length <= CACHE_MAX_LENGTH) {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, fragment);
  }
  return fragment;
}

/**
 * Post-processing for any sanitizer engine, in one place: re-levels headings, checks every href
 * again and marks kept links `rel="noopener noreferrer"`.
 */
function finish(raw: DocumentFragment, base: number): DocumentFragment {
  // Adopted so that cached fragments do not keep DOMPurify's parsing documents alive.
  const fragment = document.adoptNode(raw);

  const headings = fragment.querySelectorAll(HEADINGS);
  // Loops, not Math.min(...) or append(...): spreading 100,000 nodes overflows the stack.
  let top = 6;
  for (const heading of headings) top = Math.min(top, level(heading));
  for (const heading of headings) {
    const tag = `h${Math.min(6, base + 1 + level(heading) - top)}`;
    if (heading.localName === tag) continue;
    const replacement = document.createElement(tag);
    for (let child = heading.firstChild; child !== null; child = heading.firstChild) {
      replacement.append(child);
    }
    heading.replaceWith(replacement);
  }

  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    if (href === null) continue;
    if (isAllowedHref(href)) link.setAttribute('rel', 'noopener noreferrer');
    else link.removeAttribute('href');
  }
  return fragment;
}

function level(heading: Element): number {
  return Number(heading.localName.slice(1));
}

/**
 * Decided by the URL parser the browser itself navigates with, not by a pattern: tabs, newlines
 * and entities inside `javascript:` are already gone when it reports the scheme.
 */
function isAllowedHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href, document.baseURI).protocol);
  } catch {
    return false;
  }
}

function breaksLine(node: Node): boolean {
  return node instanceof Element && LINE_BREAKING.has(node.localName);
}

/**
 * The text under `root` in document order, with a line feed around each line-breaking element.
 * A loop over the tree rather than recursion, so that no depth of nesting exhausts the stack.
 */
function collectText(root: Node, parts: string[]): void {
  let node = root.firstChild;
  while (node !== null) {
    if (node instanceof Text) parts.push(node.data);
    else if (node instanceof Element) {
      if (breaksLine(node)) parts.push('\n');
      if (node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      if (breaksLine(node)) parts.push('\n');
    }
    // Up past every last child, closing its parent, then on to the next sibling.
    let current: Node = node;
    while (current.nextSibling === null) {
      const parent = current.parentNode;
      if (parent === null || parent === root) return;
      if (breaksLine(parent)) parts.push('\n');
      current = parent;
    }
    node = current.nextSibling;
  }
}

/**
 * The sanitized HTML of rich text, as `renderRichText` renders it (for publishing it, as
 * structured data does). Throws like renderRichText before the sanitizer is loaded.
 */
export function renderRichTextHtml(text: RichText, headingBase: number): string {
  if (!hasMarkup(text.html)) return text.html;
  const container = document.createElement('div');
  container.append(renderRichText(text, headingBase));
  // Reading the serialization of nodes the sanitizer made; nothing is parsed here.
  return container.innerHTML;
}
