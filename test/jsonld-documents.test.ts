import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle, NewsErrorDetail, NewsFaq } from '../src/index.js';
import { nextEvent } from './fixtures/events.js';
import { shadow } from './fixtures/news-faq-helpers.js';

/**
 * Publishers' JSON-LD as really published (test/fixtures/jsonld/index.json): each document given
 * to the element as its child scripts, in every engine, with what a reader must see.
 */
interface Case {
  name: string;
  element: 'news-article' | 'news-faq';
  scripts: string[];
  repaired: boolean[];
  dir: 'ltr' | 'rtl';
  expect: {
    headline?: string;
    dek?: string;
    authors?: string[];
    datePublished?: string;
    section?: string;
    keywords?: string[];
    caption?: string;
    questions: number;
    questionTexts?: string[];
  };
}

const folder = '/test/fixtures/jsonld/';
const { documents } = (await (await fetch(`${folder}index.json`)).json()) as { documents: Case[] };
const texts = new Map<string, string>();
for (const doc of documents) {
  for (const file of doc.scripts) texts.set(file, await (await fetch(`${folder}${file}`)).text());
}

const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function script(file: string): HTMLScriptElement {
  const node = document.createElement('script');
  node.type = 'application/ld+json';
  node.textContent = texts.get(file) ?? '';
  return node;
}

/** Renders an element with the scripts as children; records its news-error details. */
async function render(doc: Case, scripts: HTMLScriptElement[], attributes = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(doc.element) as NewsArticle | NewsFaq;
  el.setAttribute('locale', 'en');
  if (attributes) el.setAttribute('ld-from', attributes);
  const errors: NewsErrorDetail[] = [];
  el.addEventListener('news-error', (event) => errors.push(event.detail));
  el.append(...scripts);
  const loaded = nextEvent(el, 'news-load');
  host.append(el);
  await loaded;
  await el.updateComplete;
  return { el, errors };
}

async function questionsOf(el: NewsArticle | NewsFaq): Promise<string[]> {
  let root = shadow(el);
  const inner = root.querySelector<NewsFaq>('news-faq');
  if (inner) {
    await inner.updateComplete;
    root = shadow(inner);
  }
  return root.querySelectorAll('[part~="question"]').map((node) => textOf(node));
}

describe("publishers' JSON-LD documents", () => {
  for (const doc of documents) {
    it(doc.name, async () => {
      const { el, errors } = await render(doc, doc.scripts.map(script));
      const root = shadow(el);
      const want = doc.expect;
      if (want.headline !== undefined) {
        expect(textOf(root.querySelector('[part~="headline"]'))).to.equal(want.headline);
      }
      if (want.dek !== undefined)
        expect(textOf(root.querySelector('[part~="dek"]'))).to.equal(want.dek);
      if (want.authors) {
        expect(root.querySelectorAll('[part~="author"]').map((n) => textOf(n))).to.deep.equal(
          want.authors,
        );
      }
      if (want.datePublished) {
        expect(root.querySelector('time')?.getAttribute('datetime')).to.equal(want.datePublished);
      }
      if (want.section) expect(textOf(root.querySelector('.kicker'))).to.equal(want.section);
      if (want.keywords) {
        expect(root.querySelectorAll('.topics li').map((n) => textOf(n))).to.deep.equal(
          want.keywords,
        );
      }
      if (want.caption) expect(textOf(root.querySelector('.caption-text'))).to.equal(want.caption);
      if (doc.element === 'news-article') {
        expect(root.querySelector('article')?.getAttribute('dir') ?? 'ltr').to.equal(doc.dir);
      }
      const questions = await questionsOf(el);
      expect(questions.length).to.equal(want.questions);
      if (want.questionTexts) expect(questions).to.deep.equal(want.questionTexts);
      // Nothing that is markup in the content became an element.
      expect(root.querySelectorAll('[part~="headline"] *, [part~="dek"] *').length).to.equal(0);
      // A repaired document renders and says so once, as a warning.
      const repairs = errors.filter((error) => error.code === 'REPAIRED_JSON');
      expect(repairs.length).to.equal(doc.repaired.some(Boolean) ? 1 : 0);
      expect(errors.filter((error) => error.code === 'INVALID_JSON')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});

describe('ld-from', () => {
  const split = documents.find((doc) => doc.scripts.length > 1);
  if (!split) throw new Error('the fixtures have no split document');
  const [articleFile = '', pageFile = ''] = split.scripts;

  afterEach(() => {
    for (const node of document.head.querySelectorAll('script[data-test-ld]')) node.remove();
  });

  function pageScript(file: string, id: string): HTMLScriptElement {
    const node = script(file);
    node.id = id;
    node.dataset['testLd'] = '';
    document.head.append(node);
    return node;
  }

  it('resolves references across the child script and a page script named by id', async () => {
    pageScript(pageFile, 'org-ld');
    const { el } = await render(split, [script(articleFile)], 'org-ld');
    const root = shadow(el);
    expect(textOf(root.querySelector('[part~="headline"]'))).to.equal(split.expect.headline);
    expect(root.querySelectorAll('[part~="author"]').map((n) => textOf(n))).to.deep.equal(
      split.expect.authors,
    );
  });

  it('reads every JSON-LD script of the page with ld-from="page", with no child script', async () => {
    pageScript(articleFile, 'article-ld');
    pageScript(pageFile, 'page-ld');
    const { el } = await render(split, [], 'page');
    expect(textOf(shadow(el).querySelector('[part~="headline"]'))).to.equal(split.expect.headline);
    // The scripts already in the page are not published a second time.
    el.structuredData = true;
    await el.updateComplete;
    expect(el.querySelectorAll('script').length).to.equal(0);
  });

  it('without the page scripts, the references stay unresolved', async () => {
    const { el } = await render(split, [script(articleFile)]);
    const authors = shadow(el)
      .querySelectorAll('[part~="author"]')
      .map((n) => textOf(n));
    expect(authors).to.not.deep.equal(split.expect.authors);
  });
});
