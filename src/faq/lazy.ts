/**
 * The FAQ's optional parts, each its own chunk, loaded only when an element uses it: the toolbar
 * (`searchable`, `controls`) and the `<details>` markup reader. Only their types are imported
 * statically here, so a plain FAQ never downloads either.
 */
import { lazyChunk } from '../base/chunk.js';

export type ToolbarParts = typeof import('./toolbar-parts.js');

/** The toolbar chunk: the search box and buttons, the search index and the marks. */
export const toolbarParts = lazyChunk(() => import('./toolbar-parts.js'));

/** The `<details>` reader chunk. */
export const detailsReader = lazyChunk(() => import('./details-reader.js'));

/** Whether the host has `<details>` children, the markup `readDetails` reads (cheap). */
export function hasDetails(host: Element): boolean {
  return host.querySelector(':scope > details') !== null;
}

/** Whether a change to `node` (or its removal) can change what `readDetails(host)` reads. */
export function isDetailsNode(host: Element, node: Node): boolean {
  // A removed <details> is already detached when the change is reported.
  if (node instanceof HTMLDetailsElement && node.parentNode === null) return true;
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (host.isSameNode(current.parentNode)) return current instanceof HTMLDetailsElement;
  }
  return false;
}

/** Whether an answer in the host's `<details>` has elements, which the sanitizer must read. */
export function hasMarkupAnswers(host: Element): boolean {
  return host.querySelector(':scope > details > :not(summary)') !== null;
}
