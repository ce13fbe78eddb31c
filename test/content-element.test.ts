import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { NewsArticle } from '../src/article/news-article.js';

/** Behaviour of the shared base class that neither element's own tests reach. */
class ThrowingStructuredData extends NewsArticle {
  // `never` fits the contract whether it returns the data or a promise of it.
  protected override structuredDataFor(): never {
    throw new Error('cannot describe this content');
  }
}
customElements.define('test-throwing-structured-data', ThrowingStructuredData);

describe('NewsContentElement', () => {
  it('keeps a failure to write structured data inside the element', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<ThrowingStructuredData>(
        html`<test-throwing-structured-data
          structured-data
          .content=${{ '@type': 'NewsArticle', headline: 'Still rendered' }}
        ></test-throwing-structured-data>`,
      );
      await el.updateComplete;
      // The headline is light-DOM content now, in the element's content container.
      expect(
        el.querySelector(':scope > [data-news-content] [part~="headline"]')?.textContent,
      ).to.contain('Still rendered');
      expect(el.querySelectorAll('script').length).to.equal(0);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
