import { expect } from '@open-wc/testing';
import {
  closeFrames,
  openPage,
  renderedElements as rendered,
  type Rendered,
} from './fixtures/frame.js';
import { contentOf } from './fixtures/content.js';

/**
 * The built CDN bundles (run `npm run build` first; `npm test` does) in plain HTML pages, loaded
 * exactly as a publisher would: a classic `<script src>` and a `<script type="module">`.
 */

/** What the element shows as text: its frame (shadow root) and its light-DOM content. */
function renderedText(element: Element): string {
  const text = `${element.shadowRoot?.textContent ?? ''} ${contentOf(element)?.textContent ?? ''}`;
  return text.replace(/\s+/g, ' ');
}

describe('built bundles in a plain page', () => {
  afterEach(closeFrames);

  for (const [name, path] of [
    ['classic <script src> (IIFE)', '/test/pages/dist-classic.html'],
    ['<script type="module">', '/test/pages/dist-module.html'],
  ] as const) {
    it(`renders both elements from a ${name}`, async () => {
      const win = await openPage(path);
      const { article, faq } = await rendered(win);
      const headline = contentOf(article)?.querySelector('[part~="headline"]');
      expect(headline?.textContent?.trim()).to.equal(
        'US says Russia fired North Korean ballistic missiles at Ukraine',
      );
      expect(renderedText(article)).to.contain('John Kirby');
      // The content is light DOM: its @scope'd styles come with the bundle, adopted on the
      // page (a browser's h2 has a margin; the article's headline has none).
      expect(win.getComputedStyle(headline!).marginBlockStart).to.equal('0px');
      const questions = [...(contentOf(faq)?.querySelectorAll('[part~="question"]') ?? [])].map(
        (q) => q.textContent?.trim(),
      );
      expect(questions).to.deep.equal([
        'What are ballistic missiles?',
        'How will the US respond to these developments?',
      ]);
      // Rich answers go through the lazily loaded sanitizer in the ES build.
      expect(contentOf(faq)?.querySelector('[part~="answer"] strong')?.textContent).to.equal(
        'self-guided rockets',
      );
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('survives both bundles, each loaded twice, without errors or warnings', async () => {
    const win = await openPage('/test/pages/dist-both.html');
    const { article, faq } = await rendered(win);
    expect(contentOf(article)?.querySelectorAll('[part~="headline"]').length).to.equal(1);
    expect(contentOf(faq)?.querySelectorAll('[part~="question"]').length).to.equal(2);
    expect(win.__errors).to.deep.equal([]);
    // The same version owns the tags, so nothing to warn about.
    expect(win.__warnings.filter((w) => w.includes('news-elements'))).to.deep.equal([]);
  });

  it('warns once when another version already owns the tags, and keeps working', async () => {
    const win = await openPage('/test/pages/dist-module.html');
    await rendered(win);
    const source = await (await fetch('/dist/news-elements.iife.js')).text();
    const version = (await (await fetch('/package.json')).json()).version as string;
    expect(source).to.contain(`"${version}"`);
    const other = source.replaceAll(`"${version}"`, '"99.0.0"');
    for (let i = 0; i < 2; i++) {
      const script = win.document.createElement('script');
      script.src = URL.createObjectURL(new Blob([other], { type: 'text/javascript' }));
      const done = new Promise((resolve) =>
        script.addEventListener('load', resolve, { once: true }),
      );
      win.document.head.append(script);
      await done;
    }
    const ours = win.__warnings.filter((w) => w.includes('news-elements'));
    expect(ours.length).to.equal(1, 'one warning in all, not one per tag or per load');
    expect(ours[0]).to.contain('99.0.0').and.to.contain(version);
    expect(win.__errors).to.deep.equal([]);
    const fresh = win.document.createElement('news-faq') as HTMLElement & {
      content: unknown;
      updateComplete: Promise<unknown>;
    };
    fresh.content = [{ question: 'Still working?', answer: 'Yes.' }];
    win.document.body.append(fresh);
    await fresh.updateComplete;
    expect(renderedText(fresh)).to.contain('Still working?');
  });

  describe('one entry per element', () => {
    /** The page with one entry loaded, once it ran; the built files it requested. */
    async function entryPage(entry: string, query = '') {
      const win = await openPage(`/test/pages/dist-entry.html?entry=${entry}${query}`);
      while (!(win as { __ready?: boolean }).__ready) await new Promise((r) => setTimeout(r, 20));
      const requested = () =>
        win.performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.startsWith('/dist/'));
      return { win, requested };
    }

    it('dist/news-faq.js defines <news-faq> only', async () => {
      const { win } = await entryPage('news-faq');
      const faq = win.document.querySelector('news-faq') as Rendered;
      await faq.updateComplete;
      expect(contentOf(faq)?.querySelector('[part~="question"]')?.textContent?.trim()).to.equal(
        'Alone?',
      );
      expect(win.customElements.get('news-article')).to.equal(undefined);
      expect(win.__errors).to.deep.equal([]);
    });

    it('dist/news-article.js loads <news-faq> only for an article with an FAQ', async () => {
      const plain = await entryPage('news-article');
      const article = plain.win.document.querySelector('news-article') as Rendered;
      await article.updateComplete;
      expect(contentOf(article)?.querySelector('[part~="headline"]')?.textContent).to.equal(
        'One entry',
      );
      expect(plain.win.customElements.get('news-faq')).to.equal(undefined);
      expect(plain.requested().some((path) => /\/chunks\/news-faq-/.test(path))).to.equal(false);
      closeFrames();

      const withFaq = await entryPage('news-article', '&faq');
      const second = withFaq.win.document.querySelector('news-article') as Rendered;
      await second.updateComplete;
      const inner = contentOf(second)?.querySelector('news-faq') as Rendered;
      await inner.updateComplete;
      expect(contentOf(inner)?.querySelector('[part~="question"]')?.textContent?.trim()).to.equal(
        'Inside?',
      );
      // The page's own <news-faq>, outside the article, is upgraded by the same definition.
      const own = withFaq.win.document.querySelector('body > news-faq') as Rendered;
      await own.updateComplete;
      expect(renderedText(own)).to.contain('Alone?');
      expect(withFaq.requested().some((path) => /\/chunks\/news-faq-/.test(path))).to.equal(true);
      expect(withFaq.win.__errors).to.deep.equal([]);
    });

    it('the classic script loads only the chunks the content needs, from beside itself', async () => {
      const win = await openPage('/test/pages/dist-classic.html');
      await rendered(win);
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js') && path.startsWith('/dist/'));
      // The page has one rich answer: one sanitizer chunk, and nothing else from chunks/.
      const chunks = scripts.filter((path) => path.startsWith('/dist/chunks/'));
      expect(chunks.length).to.equal(1, chunks.join());
      expect(chunks[0]).to.match(/^\/dist\/chunks\/(native|purify)-/);
      expect(scripts).to.not.include('/dist/news-elements.js');
    });

    it("loads the classic script's chunks from its own URL on a page that clobbers currentScript", async () => {
      const win = await openPage('/test/pages/dist-clobbered.html');
      await win.customElements.whenDefined('news-faq');
      const faq = win.document.querySelector('news-faq') as Rendered;
      await faq.updateComplete;
      expect(contentOf(faq)?.querySelector('[part~="answer"] strong')?.textContent).to.equal(
        'rich',
      );
      const chunks = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js'));
      expect(chunks.some((path) => path.startsWith('/test/pages/elsewhere/'))).to.equal(false);
      expect(chunks.some((path) => /^\/dist\/chunks\/(native|purify)-/.test(path))).to.equal(true);
      expect(win.__errors).to.deep.equal([]);
    });
  });
});
