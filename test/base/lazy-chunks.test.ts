import { expect } from '@open-wc/testing';
import {
  addElement as add,
  ARTICLE,
  closeSourcePages,
  FAQ,
  openSourcePage,
  requestedPaths,
} from './source-page.js';

/** The modules behind `src` fetching and `structured-data`, lazy chunks in the bundle. */
const FETCH = '/src/base/fetch-json.ts';
const JSON_LD = ['/src/base/json-ld-output.ts', '/src/content/json-ld.ts'];

describe('lazy features', () => {
  afterEach(closeSourcePages);

  it('a page without `src` or `structured-data` requests neither module', async () => {
    const win = await openSourcePage();
    const article = add(win, 'news-article', (el) => (el.content = ARTICLE));
    const faq = add(win, 'news-faq', (el) => (el.content = FAQ));
    await article.updateComplete;
    await faq.updateComplete;
    const paths = requestedPaths(win);
    expect(paths, 'the page loaded its modules').to.include('/src/base/content-source.ts');
    expect(paths).to.not.include(FETCH);
    expect(paths.filter((path) => JSON_LD.includes(path))).to.deep.equal([]);
  });

  it('`src` loads the fetching module and renders what it fetched', async () => {
    const win = await openSourcePage();
    const faq = add(win, 'news-faq', (el) =>
      el.setAttribute('src', '/test/fixtures/fetch-faq.json'),
    );
    await faq.updateComplete;
    expect(faq.querySelectorAll('[part~="question"]').length).to.be.greaterThan(0);
    expect(requestedPaths(win)).to.include(FETCH);
  });

  it('`structured-data` loads the JSON-LD module and writes the script', async () => {
    const win = await openSourcePage();
    const faq = add(win, 'news-faq', (el) => {
      el.setAttribute('structured-data', '');
      el.content = FAQ;
    });
    await faq.updateComplete;
    const script = faq.querySelector(':scope > script[data-news-generated]');
    expect(JSON.parse(script?.textContent ?? 'null')).to.include({ '@type': 'FAQPage' });
    expect(requestedPaths(win)).to.include('/src/base/json-ld-output.ts');
  });
});
