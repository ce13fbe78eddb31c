import { expect } from '@open-wc/testing';
import { labelsFor, loadLabels } from '../../src/i18n/labels.js';
import {
  addElement,
  ARTICLE,
  closeSourcePages,
  FAQ,
  openSourcePage,
  recordChanges,
  requestedPaths,
  type SourceElement,
  type SourceWindow,
} from '../base/source-page.js';

/** Puts a new element into `parent` of a source page, its `content` set before it connects. */
const add = (
  win: SourceWindow,
  parent: Element,
  tag: 'news-article' | 'news-faq',
  set: (el: SourceElement) => void,
) => addElement(win, tag, set, parent);

const byline = (el: Element) => el.querySelector('[part~="byline"]')?.textContent?.trim();

describe('i18n/labels: lazy tables', () => {
  afterEach(closeSourcePages);

  it('answers in English until a table loads, then in its language', async () => {
    // This page has loaded no table yet: Spanish is used by no other test here.
    expect(labelsFor('es').topics).to.equal('Topics');
    const pending = loadLabels('es-MX');
    expect(pending).to.be.an.instanceOf(Promise);
    expect(loadLabels('es'), 'one load per language').to.equal(pending);
    await pending;
    expect(labelsFor('es').topics).to.equal('Temas');
    expect(labelsFor('es-MX').results(2)).to.equal('2 preguntas mostradas');
    expect(loadLabels('es')).to.equal(undefined);
  });

  it("renders a German article's words in its first render, never English first", async () => {
    const win = await openSourcePage('en');
    const el = win.document.createElement('news-article') as SourceElement;
    const seen = recordChanges(win, el, () => byline(el));
    el.locale = 'de';
    el.content = ARTICLE;
    win.document.body.append(el);
    await el.updateComplete;
    expect(seen.length, seen.join(' | ')).to.be.greaterThan(0);
    expect(seen[0]).to.match(/^Von Ada Lovelace und Grace Hopper/);
    expect(
      seen.every((text) => !text.startsWith('By')),
      seen.join(' | '),
    ).to.equal(true);
    expect(el.querySelector('.reading-time')?.textContent).to.contain('Lesezeit');
  });

  it('follows the inherited lang: a Spanish page is Spanish from the first render', async () => {
    const win = await openSourcePage('es');
    const el = win.document.createElement('news-article') as SourceElement;
    const seen = recordChanges(win, el, () => byline(el));
    el.content = ARTICLE;
    win.document.body.append(el);
    await el.updateComplete;
    expect(seen[0]).to.match(/^Por /);
    expect(
      seen.every((text) => !text.startsWith('By')),
      seen.join(' | '),
    ).to.equal(true);
  });

  it('shows a French error message in the first render of the error', async () => {
    const win = await openSourcePage('fr');
    const el = add(win, win.document.body, 'news-faq', (faq) =>
      faq.setAttribute('content', '{not json'),
    );
    // The shadow root exists once the element is connected; it renders a microtask later.
    const root = el.shadowRoot;
    if (!root) throw new Error('no shadow root');
    const seen = recordChanges(win, root, () =>
      root.querySelector('[part="error"]')?.textContent?.trim(),
    );
    await el.updateComplete;
    expect(seen).to.deep.equal(['Ce contenu n’a pas pu être lu.']);
  });

  it('loads the new language when the locale changes, then renders once in it', async () => {
    const win = await openSourcePage('en');
    const el = add(win, win.document.body, 'news-article', (article) => {
      article.locale = 'de';
      article.content = ARTICLE;
    });
    await el.updateComplete;
    expect(byline(el)).to.match(/^Von /);
    const seen = recordChanges(win, el, () => byline(el));
    el.locale = 'ar';
    await el.updateComplete;
    expect(byline(el)).to.match(/^بقلم /);
    expect(
      seen.every((text) => text.startsWith('بقلم')),
      seen.join(' | '),
    ).to.equal(true);
    expect(requestedPaths(win)).to.include.members([
      '/src/i18n/labels-de.ts',
      '/src/i18n/labels-ar.ts',
    ]);
  });

  it('requests no table on an English page, and only its own on a German one', async () => {
    const en = await openSourcePage('en');
    const article = add(en, en.document.body, 'news-article', (el) => (el.content = ARTICLE));
    const faq = add(en, en.document.body, 'news-faq', (el) => (el.content = FAQ));
    await article.updateComplete;
    await faq.updateComplete;
    expect(byline(article)).to.match(/^By /);
    const paths = requestedPaths(en);
    expect(paths, 'the page loaded its modules').to.include('/src/i18n/labels.ts');
    expect(paths.filter((path) => /\/src\/i18n\/labels-/.test(path))).to.deep.equal([]);

    const de = await openSourcePage('de');
    const german = add(de, de.document.body, 'news-faq', (el) => (el.content = FAQ));
    await german.updateComplete;
    expect(requestedPaths(de).filter((path) => /\/src\/i18n\/labels-/.test(path))).to.deep.equal([
      '/src/i18n/labels-de.ts',
    ]);
  });
});
