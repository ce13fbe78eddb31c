/**
 * Pages in an iframe that import the source modules (`/src/index.ts`), which the test runner
 * serves unbundled: each page is a fresh module graph, so its resource entries name every module
 * it requested, and no lazy chunk a test file loaded before counts.
 */

export type SourceWindow = Window & typeof globalThis;

/** An element of a source page, as the tests use it. */
export type SourceElement = HTMLElement & {
  content: unknown;
  locale: string | null;
  updateComplete: Promise<unknown>;
};

/** Opens a page that has loaded `/src/index.ts`; `lang` goes on its `<html>`. */
export async function openSourcePage(lang = 'en'): Promise<SourceWindow> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // A page of a hundred modules outgrows the default buffer of 250 resource entries quickly.
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>
    <script>performance.setResourceTimingBufferSize(2000);</script>
    <script type="module">import '/src/index.ts';</script>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as SourceWindow;
  await win.customElements.whenDefined('news-article');
  await win.customElements.whenDefined('news-faq');
  return win;
}

/**
 * Puts a new element into `parent` (default: the page's body), its properties set by `set`
 * before it connects.
 */
export function addElement(
  win: SourceWindow,
  tag: 'news-article' | 'news-faq',
  set: (el: SourceElement) => void,
  parent: Element = win.document.body,
): SourceElement {
  const el = win.document.createElement(tag) as SourceElement;
  set(el);
  parent.append(el);
  return el;
}

/** The paths of the modules a page requested (`/src/i18n/labels-de.ts` ...). */
export function requestedPaths(win: SourceWindow): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

/**
 * Every distinct value of `read()` after each DOM change under `root`, from now on: what a
 * reader could have seen, in order (observed before the element renders, it starts with the
 * first render).
 */
export function recordChanges(
  win: SourceWindow,
  root: Node,
  read: () => string | undefined,
): string[] {
  const seen: string[] = [];
  new win.MutationObserver(() => {
    const value = read();
    if (value !== undefined && seen[seen.length - 1] !== value) seen.push(value);
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  return seen;
}

export function closeSourcePages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

export const ARTICLE = {
  '@type': 'NewsArticle',
  headline: 'A headline',
  author: [
    { '@type': 'Person', name: 'Ada Lovelace' },
    { '@type': 'Person', name: 'Grace Hopper' },
  ],
  datePublished: '2024-01-05',
  articleBody: 'word '.repeat(700),
};

export const FAQ = {
  '@type': 'FAQPage',
  mainEntity: [
    { '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } },
  ],
};
