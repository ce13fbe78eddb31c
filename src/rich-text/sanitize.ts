/**
 * Rich text (answers, paragraphs) to DOM nodes: the only place where content HTML becomes nodes.
 *
 * Text without `<` or `&` needs no parsing and renders as one text node at once. Text with markup
 * is sanitized by the browser's own HTML Sanitizer API where the engine has one that behaves as
 * the standard says (src/rich-text/native.ts: Chromium 156, Firefox 153), and otherwise by
 * DOMPurify (src/rich-text/purify.ts), loaded on demand with a dynamic `import()` so that bundles
 * keep it in a lazy chunk that engines with the API never request (the walk over the API is a
 * lazy chunk too, so text without markup costs neither). Because rendering is synchronous, an
 * element first checks `needsSanitizer()` and awaits `loadSanitizer()`; `renderRichText()` on markup before that is a
 * programming error and throws.
 *
 * Kept: `p br ol ul li a b strong i em h1-h6`, and on `a` only an `href` that resolves (against
 * `document.baseURI`) to http, https or mailto, which also admits relative URLs on an http(s)
 * page (the pipeline has already made links from a `src` document absolute, content/links.ts).
 * Before either sanitizer parses the text, inertMarkup (content/html-scan.ts) renames inline
 * styles, handlers and `<style>`, which they remove anyway: Chromium reports each one it parses
 * to the page's Content-Security-Policy, even in an inert document. Such links get
 * `rel="noopener noreferrer"`; no `target` is ever kept. Everything else is unwrapped with its
 * text kept, except code, styles, frames, media, form controls, SVG and MathML, which go with
 * their content. Text with more than MAX_FIELD_ELEMENTS start tags is cut before the first tag
 * past it (the pipeline drops such fields first, and lists them in `dropped`).
 *
 * Both engines render the same DOM (test/rich-text-native.test.ts), except for the few inputs
 * listed in native.ts, where the native side removes more. The post-processing is shared.
 */
import { inertMarkup } from '../content/html-scan.js';
import { MAX_FIELD_ELEMENTS, elementsEnd } from '../content/limits.js';
import type { RichText } from '../content/types.js';
import type { Purifier } from './purify.js';
import { SAFE_PROTOCOLS, STRAY_LESS_THAN } from './rules.js';
import { newsPolicy } from '../base/trusted-types.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Elements that end a line of text, for richTextToPlain. */
const LINE_BREAKING = new Set(['p', 'br', 'ol', 'ul', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Rendered fragments kept, least recently used dropped first. */
const CACHE_ENTRIES = 500;
/** Longer texts are rendered on every call rather than held in memory. */
const CACHE_MAX_LENGTH = 100_000;

let purifier: Purifier | undefined;
/** Whether `purifier` is the browser's Sanitizer API rather than DOMPurify. */
let nativeInUse = false;
let loading: Promise<void> | undefined;
const cache = new Map<string, DocumentFragment>();

/** True when the text has to be parsed as HTML: it contains a tag or an entity. */
export function hasMarkup(html: string): boolean {
  return html.includes('<') || html.includes('&');
}

/**
 * Loads the sanitizer; every call returns the same promise once it succeeded. Where the browser's
 * Sanitizer API is usable only the small walk over it is downloaded, never DOMPurify. A failed download is
 * forgotten, so a later call retries.
 */
export function loadSanitizer(): Promise<void> {
  loading ??= loadEngine().then(
    (engine) => {
      purifier = engine;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the browser has the HTML Sanitizer API at all (native.ts checks how it behaves). */
function hasSanitizerApi(): boolean {
  return (
    typeof (globalThis.Document as unknown as { parseHTML?: unknown } | undefined)?.parseHTML ===
      'function' && typeof (globalThis as { Sanitizer?: unknown }).Sanitizer === 'function'
  );
}

/**
 * The sanitizer engine, each a lazy chunk: the walk over the browser's Sanitizer API (about
 * 2 KB) where the API is there and behaves, else DOMPurify (about 12 KB). An engine without the
 * API goes straight to DOMPurify, without a request for the other chunk.
 */
async function loadEngine(): Promise<Purifier> {
  if (hasSanitizerApi()) {
    const { createNativePurifier } = await import('./native.js');
    const native = createNativePurifier(isAllowedHref, newsPolicy());
    if (native) {
      nativeInUse = true;
      return native;
    }
  }
  const { createPurifier } = await import('./purify.js');
  return createPurifier(isAllowedHref, newsPolicy());
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
  const fragment = sanitizeWith(purifier, html, base);
  if (html.length <= CACHE_MAX_LENGTH) {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, fragment);
  }
  return fragment;
}

/** Rich text through one sanitizer engine, prepared and post-processed, not cached. */
function sanitizeWith(engine: Purifier, html: string, base: number): DocumentFragment {
  // The pipeline drops longer fields and says so; this bounds text that did not come through it.
  const bounded = html.slice(0, elementsEnd(html, MAX_FIELD_ELEMENTS));
  // inertMarkup: no inline style or handler reaches even the sanitizer's inert parse (CSP reports).
  return finish(engine(inertMarkup(bounded.replace(STRAY_LESS_THAN, '&lt;'))), base);
}

/** renderRichText through one engine, for tests comparing them. */
export type EngineRender = (html: string, headingBase: number) => DocumentFragment;

/**
 * For tests: renderRichText through DOMPurify and through the browser's Sanitizer API (undefined
 * where it is not usable), uncached, whichever one loadSanitizer picked. Downloads DOMPurify.
 */
export async function sanitizerEngines(): Promise<{
  native: EngineRender | undefined;
  dompurify: EngineRender;
}> {
  const [{ createPurifier }, { createNativePurifier }] = await Promise.all([
    import('./purify.js'),
    import('./native.js'),
  ]);
  const dompurify = createPurifier(isAllowedHref, newsPolicy());
  const native = createNativePurifier(isAllowedHref, newsPolicy());
  const render =
    (engine: Purifier): EngineRender =>
    (html, headingBase) =>
      hasMarkup(html)
        ? sanitizeWith(engine, html, clampLevel(headingBase))
        : renderRichText({ html }, headingBase);
  return { native: native && render(native), dompurify: render(dompurify) };
}

/** Whether loadSanitizer picked the browser's Sanitizer API (false before it was called). */
export function usesNativeSanitizer(): boolean {
  return nativeInUse;
}

/**
 * Post-processing for any sanitizer engine, in one place: joins adjacent text nodes, re-levels
 * headings, checks every href again and marks kept links `rel="noopener noreferrer"`.
 */
function finish(raw: DocumentFragment, base: number): DocumentFragment {
  // Adopted so that cached fragments do not keep DOMPurify's parsing documents alive.
  const fragment = document.adoptNode(raw);
  // Adjacent text nodes joined: where a removed element stood, DOMPurify leaves two and the
  // browser's sanitizer one; joined, both engines give the same DOM.
  fragment.normalize();

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
