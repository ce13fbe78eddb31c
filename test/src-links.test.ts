import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle, NewsFaq } from '../src/index.js';
import { nextEvent } from './fixtures/events.js';
import { renderedContent } from './fixtures/content.js';

/**
 * Relative links in rich text loaded by `src` resolve against the `src` URL, not the page: in the
 * article body, in FAQ answers (of an article and of a <news-faq>) and in the JSON-LD the elements
 * publish. The document comes from the test server's `links` route (test/server/middleware.js),
 * under /test-api/, while this page is at the server's root.
 */
const source = (kind: string) => new URL(`/test-api/links?kind=${kind}`, document.baseURI).href;

/** What each relative link of the route's document must become, against `base`. */
const expected = (base: string) => [
  new URL('story.html', base).href,
  new URL('../up.html', base).href,
  new URL('?page=2&sort=new', base).href,
  '#question-2',
  'https://example.com/x',
];

const hrefs = (root: ParentNode) =>
  [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));

const jsonLdText = (element: HTMLElement) =>
  element.parentElement!.querySelector('script[type="application/ld+json"]')?.textContent ?? '';

describe('relative links in a document loaded by src', () => {
  it('resolve against the src URL in <news-article>, its FAQ and its JSON-LD', async () => {
    const url = source('article');
    const article = await fixture<NewsArticle>(html`<div><news-article></news-article></div>`).then(
      (wrapper) => wrapper.querySelector('news-article')!,
    );
    const loaded = nextEvent(article, 'news-load');
    article.setAttribute('structured-data', '');
    article.src = url;
    await loaded;
    await article.updateComplete;
    const root = renderedContent(article);
    expect(expected(url)[0]).not.to.equal(new URL('story.html', document.baseURI).href);
    expect(hrefs(root.querySelector('[part~="body"]')!)).to.deep.equal(expected(url));
    const faq = root.querySelector<NewsFaq>('news-faq')!;
    await faq.updateComplete;
    expect(hrefs(renderedContent(faq).querySelector('[part~="answer"]')!)).to.deep.equal(
      expected(url),
    );
    const published = jsonLdText(article);
    expect(published).to.contain(new URL('story.html', url).href);
    expect(published).not.to.contain('href=\\"story.html');
  });

  it('resolve against the src URL in <news-faq> and its JSON-LD', async () => {
    const url = source('faq');
    const faq = await fixture<NewsFaq>(html`<div><news-faq></news-faq></div>`).then((wrapper) =>
      wrapper.querySelector('news-faq')!,
    );
    const loaded = nextEvent(faq, 'news-load');
    faq.setAttribute('structured-data', '');
    faq.src = url;
    await loaded;
    await faq.updateComplete;
    const answer = renderedContent(faq).querySelector('[part~="answer"]')!;
    expect(hrefs(answer)).to.deep.equal(expected(url));
    expect(jsonLdText(faq)).to.contain(new URL('../up.html', url).href);
  });

  it('keep resolving against the page for content given inline', async () => {
    const faq = await fixture<NewsFaq>(html`<news-faq></news-faq>`);
    const loaded = nextEvent(faq, 'news-load');
    faq.content = [{ question: 'Here?', answer: 'See <a href="story.html">the story</a>.' }];
    await loaded;
    await faq.updateComplete;
    const link = renderedContent(faq).querySelector<HTMLAnchorElement>('[part~="answer"] a')!;
    expect(link.href).to.equal(new URL('story.html', document.baseURI).href);
  });
});
