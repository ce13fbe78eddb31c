import { expect, fixture, html } from '@open-wc/testing';
// The classes only: this page registers no tag until a test does.
import { NewsArticle } from '../src/article/news-article.js';
import { NewsFaq } from '../src/faq/news-faq.js';
import { contentOf } from './fixtures/content.js';

const withFaq = {
  '@type': 'NewsArticle',
  headline: 'Classes only',
  articleBody: 'Body.',
  hasPart: {
    '@type': 'FAQPage',
    mainEntity: [{ '@type': 'Question', name: 'Defined?', acceptedAnswer: { text: 'Yes.' } }],
  },
};

describe('static dependencies', () => {
  it('defines <news-faq> when a page defines only <news-article>', async () => {
    expect(customElements.get('news-faq')).to.equal(undefined);
    customElements.define('news-article', NewsArticle);
    const el = await fixture<NewsArticle>(html`<news-article .content=${withFaq}></news-article>`);
    await el.updateComplete;
    const faq = contentOf(el)?.querySelector('news-faq');
    expect(customElements.get('news-faq') === NewsFaq).to.equal(true);
    expect(faq instanceof NewsFaq).to.equal(true);
    await (faq as NewsFaq).updateComplete;
    expect(contentOf(faq!)?.querySelector('[part~="question"]')?.textContent).to.equal('Defined?');
  });

  it('never throws when a dependency is defined already, or its class is taken', async () => {
    class Other extends NewsArticle {
      static override dependencies = { 'news-faq': NewsFaq, 'dependency-faq': NewsFaq };
    }
    customElements.define('dependency-article', Other);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<Other>(
        html`<dependency-article .content=${withFaq}></dependency-article>`,
      );
      await el.updateComplete;
      expect(contentOf(el)?.querySelector('[part~="headline"]')?.textContent).to.equal(
        'Classes only',
      );
      // NewsFaq already backs <news-faq>, so <dependency-faq> gets a subclass of it.
      const dependency = customElements.get('dependency-faq');
      expect(dependency).to.not.equal(undefined);
      expect(dependency === NewsFaq).to.equal(false);
      expect(document.createElement('dependency-faq') instanceof NewsFaq).to.equal(true);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
