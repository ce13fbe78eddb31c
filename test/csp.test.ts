import { expect } from '@open-wc/testing';
import { closeFrames, openPage, renderedElements, type Rendered } from './fixtures/frame.js';
import { renderedContent } from './fixtures/content.js';

/**
 * The CDN module self-hosted on a page served with SPEC section 7's Content-Security-Policy
 * (header set by test/server/csp.js), Trusted Types required: everything renders, nothing is
 * blocked.
 */
describe('strict Content-Security-Policy with Trusted Types', () => {
  afterEach(closeFrames);

  it('renders both elements fully with zero violations', async () => {
    const win = await openPage('/test/csp/page.html');
    const { article } = await renderedElements(win);
    // The page's own FAQ: the article's embedded one is light DOM now and may come first in the
    // document (renderedElements takes the first <news-faq> it finds).
    const faq = win.document.querySelector('body > news-faq') as Rendered;
    await faq.updateComplete;
    const embedded = renderedContent(article).querySelector('news-faq') as Rendered | null;
    expect(embedded !== null, renderedContent(article).textContent!).to.equal(true);
    await embedded!.updateComplete;
    // Let image loads and any late violation reports arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const root = renderedContent(article);
    expect(root.querySelector('h1[part~="headline"]')?.textContent).to.contain('North Korean');
    expect(root.querySelector('[part~="body"] em')?.textContent).to.equal('markup');
    expect(root.querySelector('[part~="body"] a')?.getAttribute('href')).to.equal(
      'https://example.com/',
    );
    expect(root.querySelectorAll('[part~="body"] img').length).to.equal(0);
    expect(root.querySelector('blockquote')?.textContent).to.contain('A quotation.');
    expect(
      renderedContent(embedded!).querySelector('[part~="answer"] strong')?.textContent,
    ).to.equal('rockets');
    expect(renderedContent(faq).querySelectorAll('[part~="question"]').length).to.equal(4);
    // The search box is the frame's, in the shadow root.
    expect(faq.shadowRoot!.querySelectorAll('[part~="search"]').length).to.equal(1);
    // Styles applied (constructable stylesheets are not inline styles): the frame's, and the
    // content's @scope'd sheet adopted on the document (a browser's h1 has a margin; the
    // headline has none).
    expect(win.getComputedStyle(faq).display).to.equal('block');
    expect(
      win.getComputedStyle(root.querySelector('[part~="headline"]')!).marginBlockStart,
    ).to.equal('0px');
    // structured-data wrote JSON-LD through the news-elements policy.
    const jsonLd = [...win.document.querySelectorAll('script[type="application/ld+json"]')];
    expect(jsonLd.length).to.equal(2);
    for (const script of jsonLd) expect(() => JSON.parse(script.textContent!)).not.to.throw();

    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('removes an inline event handler from content without running it', async () => {
    const win = (await openPage('/test/csp/page.html')) as Awaited<ReturnType<typeof openPage>> & {
      alert: (...args: unknown[]) => void;
    };
    const calls: unknown[] = [];
    win.alert = (...args: unknown[]) => calls.push(args);
    await win.customElements.whenDefined('news-faq');
    const faq = win.document.createElement('news-faq') as HTMLElement & {
      content: unknown;
      updateComplete: Promise<unknown>;
    };
    faq.content = [{ question: 'Handler?', answer: 'Text<img src=x onerror=alert(1)> kept.' }];
    win.document.body.append(faq);
    await faq.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answer = renderedContent(faq).querySelector('[part~="answer"]')!;
    expect(answer.textContent).to.contain('Text kept.');
    expect(answer.querySelectorAll('img').length).to.equal(0);
    expect(calls).to.deep.equal([]);
    // Chromium reports an inline handler as soon as any document parses one, even the inert one
    // the sanitizer reads: handlers are renamed before that parse, so there is no report.
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
