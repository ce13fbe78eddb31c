import { expect } from '@open-wc/testing';
import { closeFrames, openPage, type Rendered } from './fixtures/frame.js';
import { renderedContent } from './fixtures/content.js';

/**
 * Ordinary CMS markup in rich text (inline styles, event handlers, `<style>`, `<link>`, images
 * with `onerror`) under the README's strict Content-Security-Policy: the sanitizer removes all of
 * it without the browser reporting a single violation (Chromium reports every inline style and
 * handler that any parser reads, even into an inert document, unless they are renamed first).
 */
describe('strict Content-Security-Policy and CMS markup', () => {
  afterEach(closeFrames);

  it('renders styles, handlers and style sheets in rich text with zero violations', async () => {
    const win = await openPage('/test/csp/cms.html');
    await win.customElements.whenDefined('news-article');
    await win.customElements.whenDefined('news-faq');
    const [article, blocks] = [...win.document.querySelectorAll('news-article')] as Rendered[];
    // The page's own FAQ, not the article's embedded one (light DOM, earlier in the document).
    const faq = win.document.querySelector('body > news-faq') as Rendered;
    await article!.updateComplete;
    await blocks!.updateComplete;
    await faq.updateComplete;
    const embedded = renderedContent(article!).querySelector('news-faq') as Rendered;
    await embedded.updateComplete;
    // Let late violation reports arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Each element's frame (shadow root) and its light-DOM content, where the rich text is now.
    const elements = [article!, blocks!, faq, embedded];
    const roots: ParentNode[] = [
      ...elements.map((element) => element.shadowRoot!),
      ...elements.map(renderedContent),
    ];
    const text = roots.map((root) => root.textContent).join(' ');
    for (const expected of [
      'Centred body.', 'Tracked body.', 'Image body.', 'Centred answer.', 'Styled answer.',
      'Handled answer.', 'Image answer.', 'Bold answer.', 'Block paragraph.', 'Styled item',
      'Handled item',
    ]) expect(text).to.contain(expected); // prettier-ignore
    expect(text).not.to.contain('color');
    for (const root of roots) {
      expect(
        root.querySelectorAll('[style], [onclick], [onmouseover], [onerror], img, link').length,
      ).to.equal(0);
      expect(root.querySelectorAll('[part~="body"] style, [part~="answer"] style').length).to.equal(
        0,
      );
    }
    expect(renderedContent(faq).querySelector('[part~="answer"] b')?.textContent).to.equal('Bold');

    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
