/**
 * The readable content lives in the light DOM (issue 11): reader modes, crawlers and pages
 * without JavaScript see it. Each element owns one container child, marked `data-news-content`
 * and slotted into its shadow frame; content styles are `@scope`d to that container and adopted
 * once per root node (document or shadow root) as a constructed sheet, so they neither leak onto
 * the host page nor need `style-src 'unsafe-inline'`.
 */

/** The attribute marking an element's content container (the server writes it too). */
export const CONTENT_ATTRIBUTE = 'data-news-content';
/**
 * On the server's `<style>` of content styles, the version that wrote it: an element of that
 * version already has its sheet in the page (see content-element.ts).
 */
export const STYLES_ATTRIBUTE = 'data-news-styles';
/** The frame's slot for the container: not a public slot name. */
export const CONTENT_SLOT = 'news-content';

/** The host's content container: the one the server rendered, else a new one (not yet attached). */
export function findContainer(host: Element): HTMLElement | null {
  return host.querySelector<HTMLElement>(`:scope > [${CONTENT_ATTRIBUTE}]`);
}

/** A new, empty container of `tag`, ready to be appended to the host. */
export function createContainer(host: Element, tag: string): HTMLElement {
  const container = host.ownerDocument.createElement(tag);
  container.setAttribute(CONTENT_ATTRIBUTE, '');
  container.slot = CONTENT_SLOT;
  return container;
}

/**
 * Whether the container holds server output that Lit can hydrate: the first node of its
 * template is a `lit-part` marker (see src/server).
 */
export function isHydratable(container: Element): boolean {
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.COMMENT_NODE) {
      if ((node as Comment).data.startsWith('lit-part')) return true;
    } else if (node.nodeType !== Node.TEXT_NODE || (node as Text).data.trim()) {
      return false;
    }
  }
  return false;
}

const sheets = new Map<string, CSSStyleSheet>();
const adopted = new WeakMap<Document | ShadowRoot, Set<string>>();

/**
 * Adopts `cssText` (an `@scope` sheet) on the root node the host is in, once per root. Where
 * constructed sheets are unsupported nothing is adopted: the server's `<style>` or the
 * published `news-elements.css` covers those pages.
 */
export function adoptContentStyles(host: Element, cssText: string): void {
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const done = adopted.get(root) ?? new Set<string>();
  if (done.has(cssText)) return;
  let sheet = sheets.get(cssText);
  if (!sheet) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
    } catch {
      return;
    }
    sheets.set(cssText, sheet);
  }
  // A document's sheets belong to it: a root in another document (a frame) needs its own.
  if (root instanceof Document && root !== document) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  done.add(cssText);
  adopted.set(root, done);
}
