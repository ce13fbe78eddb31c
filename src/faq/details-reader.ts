/**
 * Progressive enhancement: `<details><summary>Question</summary>answer markup</details>` children
 * of `<news-faq>` read as the `[{question, answer, id?}]` shorthand, so a page works before and
 * without JavaScript and the element takes over the same content.
 */

/** Escapes text for the HTML string of a markup answer (the answer is sanitized on render). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The items of the host's `<details>` children, or undefined when it has none. */
export function readDetails(host: Element): unknown {
  const details = host.querySelectorAll<HTMLDetailsElement>(':scope > details');
  if (!details.length) return undefined;
  return [...details].map((element) => {
    const summary = element.querySelector(':scope > summary');
    // Reading the page's existing markup (the getter), never writing it: the answer is
    // sanitized like any other when it renders.
    const answer = [...element.childNodes]
      .filter((node) => node !== summary)
      .map((node) =>
        node instanceof Element
          ? node.outerHTML
          : node instanceof Text
            ? escapeText(node.data)
            : '',
      )
      .join('')
      .trim();
    const question = (summary?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return element.id ? { question, answer, id: element.id } : { question, answer };
  });
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
