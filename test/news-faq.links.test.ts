import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { NewsFaq } from '../src/index.js';
import {
  answerOf,
  count,
  expanded,
  faqFixture,
  questions,
  questionTexts,
  recordOnDocument,
  recordToggles,
  shadow,
  shorthand,
  untilFound,
} from './fixtures/news-faq-helpers.js';
import { seedFaqIds } from './fixtures/seed-faq.js';
import { nextEvent } from './fixtures/events.js';

/** Replaces Element.prototype.scrollIntoView while a test runs, recording its calls. */
function recordScrolls(): { calls: { target: Element; options: unknown }[]; restore: () => void } {
  const calls: { target: Element; options: unknown }[] = [];
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
    calls.push({ target: this, options });
  } as typeof Element.prototype.scrollIntoView;
  return { calls, restore: () => (Element.prototype.scrollIntoView = original) };
}

/** Replaces navigator.clipboard while a test runs. */
function stubClipboard(value: unknown): () => void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  };
}

/** A clipboard that records what is written to it. */
function recordClipboard(): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const restore = stubClipboard({
    writeText: (text: string) => {
      written.push(text);
      return Promise.resolve();
    },
  });
  return { written, restore };
}

const pageWithoutHash = () => location.href.split('#')[0]!;

describe('<news-faq>', () => {
  let originalUrl: string;
  beforeEach(() => {
    originalUrl = location.href;
  });
  afterEach(() => {
    // Back to the test page's own URL, without firing hashchange.
    history.replaceState(history.state, '', originalUrl);
  });

  describe('deep links', () => {
    it('opens and scrolls to the question the URL fragment names on load', async () => {
      history.replaceState(history.state, '', `#${seedFaqIds[2]}`);
      const toggles = recordOnDocument('news-toggle');
      const scrolls = recordScrolls();
      try {
        const el = await faqFixture();
        expect(expanded(el)).to.deep.equal([false, false, true, false]);
        expect(toggles.details).to.deep.equal([
          { index: 2, id: seedFaqIds[2], open: true, source: 'hash' },
        ]);
        const heading = questions(el)[2]!.parentElement!;
        expect(scrolls.calls.map((call) => call.target.id)).to.deep.equal([heading.id]);
        expect(heading.localName).to.equal('h3');
        expect(scrolls.calls[0]!.options).to.include({ block: 'start' });
      } finally {
        toggles.stop();
        scrolls.restore();
      }
    });

    it('matches a percent-encoded fragment against the decoded item id', async () => {
      history.replaceState(history.state, '', '#caf%C3%A9');
      const el = await faqFixture(
        html`<news-faq
          .content=${[
            { id: 'hours', question: 'When?', answer: 'Now.' },
            { id: 'café', question: 'Which café?', answer: 'Ours.' },
          ]}
        ></news-faq>`,
      );
      expect(expanded(el)).to.deep.equal([false, true]);
    });

    it('ignores a fragment that names no question', async () => {
      history.replaceState(history.state, '', '#elsewhere');
      const el = await faqFixture();
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
    });

    it('opens the question on hashchange, clearing a search that hides it', async () => {
      const el = await faqFixture(html`<news-faq searchable .content=${shorthand}></news-faq>`);
      const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
      input.value = 'russia';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(questions(el).length).to.equal(1);
      const scrolls = recordScrolls();
      try {
        const toggled = nextEvent(el, 'news-toggle');
        location.hash = seedFaqIds[3]!;
        const { detail } = await toggled;
        expect(detail).to.deep.equal({ index: 3, id: seedFaqIds[3], open: true, source: 'hash' });
        await el.updateComplete;
        expect(questions(el).length).to.equal(4);
        expect(expanded(el)).to.deep.equal([false, false, false, true]);
        expect(scrolls.calls.map((call) => call.target.id)).to.deep.equal([seedFaqIds[3]]);
      } finally {
        scrolls.restore();
      }
    });
  });

  describe("ids in someone else's page", () => {
    it("never takes an id the page already has, so the page's own anchors keep working", async () => {
      const page = fixtureSync<HTMLDivElement>(
        html`<div><h2 id="contact">The page's contact section</h2></div>`,
      );
      const el = document.createElement('news-faq');
      el.content = [
        { question: 'Contact', answer: 'Write to us.' },
        { id: 'hours', question: 'Hours?', answer: 'Nine to five.' },
      ];
      const loaded = nextEvent(el, 'news-load');
      page.append(el);
      await loaded;
      await el.updateComplete;
      const ids = questions(el).map((button) => button.parentElement?.id);
      expect(ids).to.deep.equal(['contact-2', 'hours']);
      // The page's link to #contact is the page's: the FAQ stays as it is.
      location.hash = 'contact';
      await new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false]);
      location.hash = 'contact-2';
      await new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, false]);
    });

    it('keeps an explicit id even when the page has it', async () => {
      fixtureSync<HTMLDivElement>(html`<div><p id="refunds">Elsewhere</p></div>`);
      const el = await faqFixture(
        html`<news-faq
          .content=${[{ id: 'refunds', question: 'Refunds?', answer: 'Yes.' }]}
        ></news-faq>`,
      );
      expect(questions(el)[0]?.parentElement?.id).to.equal('refunds');
    });

    for (const id of ['50%-off', '100%25', '#hash', '2024-plan', 'café']) {
      it(`opens the question with id ${id} from the link it copies`, async () => {
        const { written, restore } = recordClipboard();
        try {
          const content = [
            { id: 'other', question: 'Other?', answer: 'No.' },
            { id, question: 'This one?', answer: 'Yes.' },
          ];
          let el = await faqFixture(html`<news-faq .content=${content}></news-faq>`);
          el.toggle(1, true);
          await el.updateComplete;
          const button = answerOf(el, questions(el)[1]!).querySelector('button')!;
          button.click();
          await new Promise((resolve) => setTimeout(resolve, 0));
          expect(written.length).to.equal(1);
          // The copied link, opened: only its fragment differs from this page's URL.
          history.replaceState(history.state, '', new URL(written[0]!).hash);
          el = await faqFixture(html`<news-faq .content=${content}></news-faq>`);
          expect(expanded(el)).to.deep.equal([false, true]);
        } finally {
          restore();
        }
      });
    }
  });

  describe('copy link', () => {
    it('copies the page URL with the question fragment and says so', async () => {
      const { written, restore } = recordClipboard();
      try {
        const el = await faqFixture();
        el.toggle(1, true);
        await el.updateComplete;
        const panel = answerOf(el, questions(el)[1]!);
        const button = [...panel.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Copy link to this question',
        );
        expect(button).to.not.equal(undefined);
        // One polite live region for the whole FAQ announces it; the item shows the words.
        const statuses = shadow(el).querySelectorAll('[role="status"]');
        expect(statuses.length).to.equal(1);
        const status = statuses[0]!;
        expect(status.textContent?.trim()).to.equal('');
        expect(panel.textContent).to.not.contain('Link copied');
        button!.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(written).to.deep.equal([`${pageWithoutHash()}#${seedFaqIds[1]}`]);
        expect(status.textContent?.trim()).to.equal('Link copied');
        expect(panel.textContent).to.contain('Link copied');
        expect(answerOf(el, questions(el)[0]!).textContent).to.not.contain('Link copied');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('puts the link into the address bar when the clipboard is unavailable', async () => {
      const restore = stubClipboard(undefined);
      try {
        const el = await faqFixture();
        el.toggle(0, true);
        await el.updateComplete;
        const panel = answerOf(el, questions(el)[0]!);
        const hashChanged = oneEvent(window, 'hashchange');
        panel.querySelector<HTMLButtonElement>('.copy-link, button')!.click();
        await hashChanged;
        expect(location.hash).to.equal(`#${seedFaqIds[0]}`);
        await el.updateComplete;
        expect(expanded(el)).to.deep.equal([true, false, false, false]);
        expect(shadow(el).querySelector('[role="status"]')!.textContent?.trim()).to.equal('');
        expect(panel.textContent).to.not.contain('Link copied');
      } finally {
        restore();
      }
    });
  });

  describe('find in page', () => {
    it('opens a closed answer on beforematch, with source "find"', async () => {
      const el = await faqFixture();
      const answer = answerOf(el, questions(el)[1]!);
      // Where until-found is supported the browser fires beforematch itself on a find match.
      expect(answer.getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
      const toggled = nextEvent(el, 'news-toggle');
      answer.dispatchEvent(new Event('beforematch', { bubbles: true }));
      const { detail } = await toggled;
      expect(detail).to.deep.equal({ index: 1, id: seedFaqIds[1], open: true, source: 'find' });
      await el.updateComplete;
      expect(questions(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
      expect(answer.hasAttribute('hidden')).to.equal(false);
    });

    it('closes the other answers on beforematch in exclusive mode', async () => {
      const el = await faqFixture(html`<news-faq exclusive .content=${shorthand}></news-faq>`);
      el.toggle(0, true);
      await el.updateComplete;
      const toggles = recordToggles(el);
      answerOf(el, questions(el)[3]!).dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, true]);
      expect(toggles.map((t) => [t.index, t.open, t.source])).to.deep.equal([
        [3, true, 'find'],
        [0, false, 'find'],
      ]);
    });
  });

  describe('progressive enhancement', () => {
    const markup = () =>
      html`<news-faq>
        <details id="hours">
          <summary>When does the <em>café</em> open?</summary>
          <p>Every day from <strong>7:00</strong>.</p>
          <script>
            void 0;
          </script>
        </details>
        <details>
          <summary>Is the terrace accessible?</summary>
          Yes, step-free &amp; covered.
        </details>
      </news-faq>`;

    it('reads <details> children as the items, with source "markup"', async () => {
      const loads = recordOnDocument('news-load');
      try {
        const el = await faqFixture(markup());
        expect(loads.details).to.deep.equal([{ source: 'markup' }]);
        expect(questionTexts(el)).to.deep.equal([
          'When does the café open?',
          'Is the terrace accessible?',
        ]);
        expect(questions(el)[0]!.parentElement!.id).to.equal('hours');
        expect(questions(el)[1]!.parentElement!.id).to.equal('is-the-terrace-accessible');
        el.expandAll();
        await el.updateComplete;
        const [first, second] = questions(el).map((button) => answerOf(el, button));
        expect(first!.querySelector('strong')?.textContent).to.equal('7:00');
        expect(count(first!, 'script')).to.equal(0);
        expect(second!.textContent).to.contain('Yes, step-free & covered.');
        await expect(el).to.be.accessible();
      } finally {
        loads.stop();
      }
    });

    it('does not show the light-DOM markup twice once rendered', async () => {
      const el = await faqFixture(markup());
      for (const details of el.querySelectorAll('details')) {
        expect(details.getClientRects().length).to.equal(0);
      }
    });

    it('re-renders when the markup changes', async () => {
      const el = await faqFixture(markup());
      let loaded = nextEvent(el, 'news-load');
      const added = document.createElement('details');
      added.innerHTML = '<summary>Can I bring a dog?</summary><p>On a lead.</p>';
      el.append(added);
      await loaded;
      await el.updateComplete;
      expect(questionTexts(el)).to.have.length(3);
      expect(questionTexts(el)[2]).to.equal('Can I bring a dog?');

      loaded = nextEvent(el, 'news-load');
      added.querySelector('summary')!.textContent = 'May dogs come?';
      await loaded;
      await el.updateComplete;
      expect(questionTexts(el)[2]).to.equal('May dogs come?');

      loaded = nextEvent(el, 'news-load');
      el.querySelector('details')!.remove();
      await loaded;
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(['Is the terrace accessible?', 'May dogs come?']);
    });

    it('prefers a content property over the markup', async () => {
      const el = await fixture<NewsFaq>(markup());
      const loaded = nextEvent(el, 'news-load');
      el.content = shorthand;
      expect((await loaded).detail.source).to.equal('property');
      await el.updateComplete;
      expect(questions(el).length).to.equal(4);
    });
  });
});
