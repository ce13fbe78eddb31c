import { expect } from '@open-wc/testing';
import { closeFrames, openPage, renderedElements } from './fixtures/frame.js';
import { renderedContent } from './fixtures/content.js';

/**
 * A host page with aggressive global CSS and a polluted Object.prototype (test/pages/pollute.js,
 * run before our bundle): the elements render as usual and nothing polluted reaches the output.
 * The page's CSS reaches the light-DOM content; the content's @scope'd styles withstand it.
 */
describe('a hostile host page', () => {
  afterEach(closeFrames);

  it('cannot break the content of the elements or leak polluted prototype values', async () => {
    const win = await openPage('/test/pages/hostile.html', 900);
    const { article, faq } = await renderedElements(win);

    const articleRoot = article.shadowRoot!;
    const faqRoot = faq.shadowRoot!;
    // The readable content is light DOM now, where the page's CSS reaches it: the content's own
    // @scope'd styles must win over the page's `*`, `p`, `h2`, `button`, `a`, `[hidden]` rules.
    const articleContent = renderedContent(article);
    const faqContent = renderedContent(faq);
    const roots: ParentNode[] = [articleRoot, faqRoot, articleContent, faqContent];
    const text = roots.map((root) => root.textContent).join(' ');
    expect(text).to.contain('Kirby: North Korea supplied the missiles');
    expect(text).to.contain('Dana Whitfield');
    expect(text).not.to.contain('POLLUTED');

    const style = (node: Element) => win.getComputedStyle(node);
    const headline = articleContent.querySelector('[part~="headline"]') as HTMLElement;
    expect(headline.localName).to.equal('h2');
    expect(style(headline).display).to.equal('block');
    expect(headline.getBoundingClientRect().height).to.be.greaterThan(0);
    const paragraph = articleContent.querySelector('[part~="body"] p') as HTMLElement;
    expect(style(paragraph).display).to.equal('block');
    expect(paragraph.getBoundingClientRect().height).to.be.greaterThan(0);
    // The page's `* { margin: 0 }` does not glue the paragraphs together.
    expect(parseFloat(style(paragraph).marginBlockEnd)).to.be.greaterThan(0);
    // `figure { display: none }` and `a { pointer-events: none }` lose too.
    const figure = articleContent.querySelector('[part~="figure"]') as HTMLElement;
    expect(style(figure).display).to.equal('block');
    expect(figure.getBoundingClientRect().height).to.be.greaterThan(0);
    const author = articleContent.querySelector('a[part~="author"]') as HTMLElement;
    expect(style(author).pointerEvents).not.to.equal('none');
    const time = articleContent.querySelector('time') as HTMLElement;
    expect(style(time).display).not.to.equal('none');
    expect(time.getBoundingClientRect().width).to.be.greaterThan(0);
    const question = faqContent.querySelector('[part~="question"]') as HTMLElement;
    expect(question.localName).to.equal('button');
    expect(style(question).display).not.to.equal('none');
    expect(style(question).visibility).to.equal('visible');
    expect(parseFloat(style(question).fontSize)).to.be.greaterThan(0);
    expect(question.getBoundingClientRect().height).to.be.greaterThan(0);
    // The toolbar is the frame's, in the shadow root, which the page's rules do not reach.
    const search = faqRoot.querySelector('[part~="search"]') as HTMLElement;
    expect(style(search).display).not.to.equal('none');
    // A closed answer stays hidden despite the page's `[hidden] { display: block }`.
    const answer = faqContent.querySelector('[part~="answer"]') as HTMLElement;
    expect(answer.getBoundingClientRect().height).to.equal(0);

    // Nothing polluted became a link, an image or a handler.
    for (const root of roots) {
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
    // The opened answer shows, with the page's `p { display: none }` and `a { pointer-events:
    // none }` beaten: its text and its "Copy link" button take space and take clicks.
    expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
    const copy = answer.querySelector('.copy-link') as HTMLElement;
    expect(copy.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(style(copy).visibility).to.equal('visible');
    expect(style(copy).pointerEvents).not.to.equal('none');
    expect(win.__xss).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
