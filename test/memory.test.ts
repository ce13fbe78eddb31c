import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle } from '../src/article/news-article.js';
import type { NewsFaq } from '../src/faq/news-faq.js';
import { seedArticle } from './fixtures/seed-article.js';
import { contentOf } from './fixtures/content.js';

/**
 * 1,000 cycles of create, render, remove for each element; after forced garbage collection the
 * heap has not grown by more than 10% and the removed elements were collected. Chromium only
 * (it runs with --js-flags=--expose-gc; see the `memory` group in web-test-runner.config.js).
 */
declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const CYCLES = 1000;

async function collect(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    window.gc!();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.memory!.usedJSHeapSize;
}

async function cycle(tag: 'news-article' | 'news-faq', content: unknown, refs: WeakRef<Element>[]) {
  const element = document.createElement(tag) as NewsArticle | NewsFaq;
  element.content = content as NewsArticle['content'];
  document.body.append(element);
  await element.updateComplete;
  // The readable content is light DOM, in the element's content container.
  const container = contentOf(element);
  if (!container?.textContent?.trim()) throw new Error(`${tag} rendered nothing`);
  element.remove();
  refs.push(new WeakRef(element));
}

const faqContent = [
  { question: 'What are ballistic missiles?', answer: 'Self-guided <strong>rockets</strong>.' },
  { question: 'How will the US respond?', answer: 'At the UN Security Council.' },
];

describe('memory', () => {
  for (const [tag, content] of [
    ['news-article', seedArticle],
    ['news-faq', faqContent],
  ] as const) {
    it(`<${tag}>: ${CYCLES} create/render/remove cycles leak nothing`, async function () {
      this.timeout(120_000);
      expect(window.gc, 'Chromium with --js-flags=--expose-gc').to.be.a('function');
      // Warm up until the heap plateaus (JIT code, caches, the lazily loaded sanitizer): 3,000
      // cycles grow it no more than 1,000 do, so what remains is a leak, not a warm-up.
      const warm: WeakRef<Element>[] = [];
      for (let i = 0; i < 300; i++) await cycle(tag, content, warm);
      const before = await collect();
      const sheets = document.adoptedStyleSheets.length;
      const refs: WeakRef<Element>[] = [];
      for (let i = 0; i < CYCLES; i++) await cycle(tag, content, refs);
      const after = await collect();
      const growth = (after - before) / before;
      const alive = refs.filter((ref) => ref.deref() !== undefined).length;
      console.log(
        `<${tag}> heap ${before} -> ${after} bytes (${(growth * 100).toFixed(1)}%), ${alive}/${CYCLES} elements alive after gc`,
      );
      expect(growth).to.be.lessThan(0.1);
      // The content styles are adopted on the document once, not once per element.
      expect(document.adoptedStyleSheets.length).to.equal(sheets);
      // A few may still be referenced by the last tasks' closures; the rest must be gone.
      expect(alive).to.be.lessThan(CYCLES * 0.01);
    });
  }
});
