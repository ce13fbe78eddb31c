import { expect } from '@open-wc/testing';
import { closeFrames, openPage, renderedElements } from './fixtures/frame.js';

/**
 * A host page with aggressive global CSS and a polluted Object.prototype (test/pages/pollute.js,
 * run before our bundle): the elements render as usual and nothing polluted reaches the output.
 */
describe('a hostile host page', () => {
  afterEach(closeFrames);

  it('cannot restyle the inside of the elements or leak polluted prototype values', async () => {
    const win = await openPage('/test/pages/hostile.html', 900);
    const { article, faq } = await renderedElements(win);

    const articleRoot = article.shadowRoot!;
    const faqRoot = faq.shadowRoot!;
    const text = `${articleRoot.textContent} ${faqRoot.textContent}`;
    expect(text).to.contain('Kirby: North Korea supplied the missiles');
    expect(text).to.contain('Dana Whitfield');
    expect(text).not.to.contain('POLLUTED');

    // The page's `p`, `h2`, `button` rules do not reach into the shadow roots.
    const headline = articleRoot.querySelector('[part~="headline"]') as HTMLElement;
    expect(headline.localName).to.equal('h2');
    expect(win.getComputedStyle(headline).display).to.equal('block');
    const paragraph = articleRoot.querySelector('[part~="body"] p') as HTMLElement;
    expect(win.getComputedStyle(paragraph).display).to.equal('block');
    expect(paragraph.getBoundingClientRect().height).to.be.greaterThan(0);
    const question = faqRoot.querySelector('[part~="question"]') as HTMLElement;
    expect(question.localName).to.equal('button');
    expect(win.getComputedStyle(question).display).not.to.equal('none');
    expect(win.getComputedStyle(question).visibility).to.equal('visible');
    expect(question.getBoundingClientRect().height).to.be.greaterThan(0);
    const search = faqRoot.querySelector('[part~="search"]') as HTMLElement;
    expect(win.getComputedStyle(search).display).not.to.equal('none');
    // A closed answer stays hidden despite the page's `[hidden] { display: block }`.
    const answer = faqRoot.querySelector('[part~="answer"]') as HTMLElement;
    expect(answer.getBoundingClientRect().height).to.equal(0);

    // Nothing polluted became a link, an image or a handler.
    for (const root of [articleRoot, faqRoot]) {
      for (const element of root.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          expect(name.startsWith('on'), `${element.localName}[${name}]`).to.equal(false);
          expect(value, `${element.localName}[${name}]`).not.to.contain('javascript:');
          expect(value, `${element.localName}[${name}]`).not.to.contain('polluted.example');
        }
      }
    }
    question.click();
    await faq.updateComplete;
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    expect(win.__xss).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
