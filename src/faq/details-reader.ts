/**
 * Progressive enhancement: `<details><summary>Question</summary>answer markup</details>` children
 * of `<news-faq>` read as the `[{question, answer, id?}]` shorthand, so a page works before and
 * without JavaScript and the element takes over the same content. A lazy chunk (see lazy.ts):
 * pages without such markup never load it.
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
