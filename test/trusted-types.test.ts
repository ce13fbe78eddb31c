import { expect } from '@open-wc/testing';
import { closeFrames, openPage, renderedElements } from './fixtures/frame.js';
import { contentOf } from './fixtures/content.js';

/**
 * Two copies of Lit on a page that enforces Trusted Types with the README's policy, which has no
 * 'allow-duplicates': both of our bundles, or a host page that runs its own Lit before or after
 * ours. Lit creates a `lit-html` policy when it loads; a second one used to throw and, when the
 * host's came first, to stop our bundle from loading. Every engine runs these pages; the log says
 * which ones enforce Trusted Types.
 */
describe('two copies of Lit under Trusted Types', () => {
  let enforces = false;

  before(async () => {
    const win = (await openPage('/test/csp/enforcement.html')) as Window & {
      __enforcesTrustedTypes?: boolean;
    };
    enforces = win.__enforcesTrustedTypes === true;
    console.log(`Trusted Types enforced: ${enforces} (${navigator.userAgent})`);
    closeFrames();
  });

  afterEach(closeFrames);

  /** Both elements rendered their rich text, JSON-LD was written, nothing was reported. */
  async function expectRendered(path: string) {
    const win = await openPage(path);
    const { article, faq } = await renderedElements(win);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const body = contentOf(article)?.querySelector('[part~="body"] em');
    expect(body?.textContent, path).to.equal('markup');
    const answer = contentOf(faq)?.querySelector('[part~="answer"] strong');
    expect(answer?.textContent, path).to.equal('markup');
    const jsonLd = win.document.querySelectorAll('script[type="application/ld+json"]');
    expect(jsonLd.length, path).to.equal(2);
    expect(win.__errors, path).to.deep.equal([]);
    expect(win.__violations, path).to.deep.equal([]);
    return win;
  }

  it('renders with both of our bundles on the page', async () => {
    await expectRendered('/test/csp/two-bundles.html');
  });

  it("renders when the host page's Lit loaded first", async () => {
    const win = await expectRendered('/test/csp/host-lit-first.html');
    expect(win.document.getElementById('host')!.textContent).to.contain("host's Lit");
  });

  it("leaves the lit-html policy to a host page's Lit that loads after ours", async () => {
    const win = await expectRendered('/test/csp/host-lit-after.html');
    expect(win.document.getElementById('host')!.textContent).to.contain("host's Lit");
  });
});
