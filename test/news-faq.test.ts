import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsFaq, NewsLoadDetail, NewsToggleEvent } from '../src/index.js';
import {
  answerOf,
  count,
  expanded,
  faqFixture,
  focused,
  isRendered,
  questions,
  questionTexts,
  recordToggles,
  shadow,
  shorthand,
} from './fixtures/news-faq-helpers.js';
import { seedFaqIds, seedFaqItems, seedFaqPage } from './fixtures/seed-faq.js';
import { nextEvent } from './fixtures/events.js';

const seedQuestions = seedFaqItems.map((item) => item.question);

/** A detached `<news-faq>` whose `news-load` can be awaited once it is put on the page. */
function detached(): NewsFaq {
  return document.createElement('news-faq');
}

/** Connects the element inside a fixture container and waits for `news-load`. */
async function connectAndLoad(el: NewsFaq): Promise<NewsLoadDetail> {
  // fixtureSync: awaiting fixture() of a plain <div> waits for an animation frame, which a
  // background tab (the runner runs files side by side) may never get.
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const loaded = nextEvent(el, 'news-load');
  container.append(el);
  const event = await loaded;
  await el.updateComplete;
  return event.detail;
}

function jsonScript(value: unknown, type = 'application/ld+json'): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(value);
  return script;
}

describe('<news-faq>', () => {
  describe('content sources', () => {
    it('renders the seed FAQ from the content property, in order, closed', async () => {
      const el = detached();
      el.content = seedFaqPage;
      const detail = await connectAndLoad(el);
      expect(detail).to.deep.equal({ source: 'property' });
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      const first = answerOf(el, questions(el)[0]!);
      expect(first.textContent).to.contain('Ballistic missiles are self-guided rockets');
    });

    it('renders from the content attribute (a JSON string)', async () => {
      const el = detached();
      el.setAttribute('content', JSON.stringify(shorthand));
      expect(await connectAndLoad(el)).to.deep.equal({ source: 'attribute' });
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });

    it('renders from a child JSON-LD script', async () => {
      const el = detached();
      el.append(jsonScript(seedFaqPage));
      expect(await connectAndLoad(el)).to.deep.equal({ source: 'script' });
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });

    it('renders from a child application/json script with the shorthand', async () => {
      const el = detached();
      el.append(jsonScript(shorthand, 'application/json'));
      expect(await connectAndLoad(el)).to.deep.equal({ source: 'script' });
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });

    it('clears when its child script is removed, and renders a replacement script', async () => {
      const el = detached();
      const script = jsonScript(shorthand, 'application/json');
      el.append(script);
      await connectAndLoad(el);
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
      script.remove();
      await el.updateComplete;
      expect(questions(el).length).to.equal(0);

      el.append(jsonScript(seedFaqPage));
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
      const loaded = nextEvent(el, 'news-load');
      el.querySelector('script')?.replaceWith(
        jsonScript(shorthand.slice(0, 2), 'application/json'),
      );
      await loaded;
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(seedQuestions.slice(0, 2));
    });

    it('renders from src', async () => {
      const el = detached();
      el.src = '/test/fixtures/faq-seed.json';
      expect(await connectAndLoad(el)).to.deep.equal({ source: 'src' });
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });

    it('renders from a @graph document', async () => {
      const el = detached();
      el.content = {
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebPage', name: 'Page' }, seedFaqPage],
      };
      await connectAndLoad(el);
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });

    it('follows the precedence property > src > script, and re-renders on each change', async () => {
      const el = detached();
      el.append(jsonScript([{ question: 'From the script?', answer: 'Yes.' }]));
      el.content = [{ question: 'From the property?', answer: 'Yes.' }];
      expect(await connectAndLoad(el)).to.deep.equal({ source: 'property' });
      expect(questionTexts(el)).to.deep.equal(['From the property?']);

      let loaded = nextEvent(el, 'news-load');
      el.content = null;
      expect((await loaded).detail.source).to.equal('script');
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(['From the script?']);

      loaded = nextEvent(el, 'news-load');
      el.src = '/test/fixtures/faq-seed.json';
      expect((await loaded).detail.source).to.equal('src');
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(seedQuestions);

      loaded = nextEvent(el, 'news-load');
      el.setAttribute(
        'content',
        JSON.stringify([{ question: 'From the attribute?', answer: 'Yes.' }]),
      );
      expect((await loaded).detail.source).to.equal('attribute');
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(['From the attribute?']);
    });

    it('shows named slots before and after the questions', async () => {
      const el = await faqFixture(
        html`<news-faq .content=${shorthand}>
          <p slot="before">Before</p>
          <p slot="after">After</p>
        </news-faq>`,
      );
      // The questions are light-DOM content, slotted between the publisher's two slots.
      const slots = shadow(el).querySelectorAll<HTMLSlotElement>('slot');
      expect(slots.map((slot) => slot.name)).to.deep.equal(['before', 'news-content', 'after']);
      const list = shadow(el).querySelector('[part~="list"]')!;
      const [before, content, after] = slots;
      expect(content!.assignedElements()[0]!.contains(list)).to.equal(true);
      expect(before!.assignedElements()[0]!.textContent).to.equal('Before');
      expect(after!.assignedElements()[0]!.textContent).to.equal('After');
    });
  });

  describe('accordion structure', () => {
    it('wires each question button to its answer and the answer back to the button', async () => {
      const el = await faqFixture();
      const ids = new Set<string>();
      for (const [index, button] of questions(el).entries()) {
        const answer = answerOf(el, button);
        expect(button.localName).to.equal('button');
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(answer.getAttribute('role')).to.equal('region');
        expect(answer.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(answer.getAttribute('part')).to.equal('answer');
        // The heading around the button carries the item's id, the deep-link target.
        expect(button.parentElement!.id).to.equal(seedFaqIds[index]);
        for (const id of [button.id, answer.id, button.parentElement!.id]) {
          expect(ids.has(id), `duplicate id ${id}`).to.equal(false);
          ids.add(id);
        }
      }
    });

    it('uses item ids from the content, and keeps element ids unique when they collide', async () => {
      const el = await faqFixture(
        html`<news-faq
          .content=${[
            { id: 'hours', question: 'When?', answer: 'Now.' },
            { id: 'hours-question', question: 'Where?', answer: 'Here.' },
            { id: 'hours-answer', question: 'Who?', answer: 'Us.' },
          ]}
        ></news-faq>`,
      );
      const all = [...shadow(el).querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(all).size).to.equal(all.length);
      expect(questions(el).map((button) => button.parentElement!.id)).to.deep.equal([
        'hours',
        'hours-question',
        'hours-answer',
      ]);
      for (const button of questions(el)) {
        expect(answerOf(el, button).getAttribute('aria-labelledby')).to.equal(button.id);
      }
    });

    it('drops the region role when there are more than six answers', async () => {
      const items = Array.from({ length: 7 }, (_, i) => ({
        question: `Question ${i + 1}?`,
        answer: `Answer ${i + 1}.`,
      }));
      const el = await faqFixture(html`<news-faq .content=${items}></news-faq>`);
      expect(questions(el).length).to.equal(7);
      for (const button of questions(el)) {
        const answer = answerOf(el, button);
        expect(answer.hasAttribute('role')).to.equal(false);
        expect(answer.hasAttribute('aria-labelledby')).to.equal(false);
        expect(button.getAttribute('aria-controls')).to.equal(answer.id);
      }
      await expect(el).to.be.accessible();
    });

    it('puts each question in an h3 by default', async () => {
      const el = await faqFixture();
      expect(questions(el).map((button) => button.parentElement!.localName)).to.deep.equal([
        'h3',
        'h3',
        'h3',
        'h3',
      ]);
    });

    for (const [attribute, tag] of [
      ['1', 'h1'],
      ['2', 'h2'],
      ['6', 'h6'],
      ['9', 'h6'],
      ['0', 'h1'],
      ['-3', 'h1'],
      ['x', 'h3'],
    ] as const) {
      it(`heading-level="${attribute}" gives ${tag}`, async () => {
        const el = await faqFixture(
          html`<news-faq heading-level=${attribute} .content=${shorthand}></news-faq>`,
        );
        expect(questions(el)[0]!.parentElement!.localName).to.equal(tag);
      });
    }

    it('follows the headingLevel property, and puts answer headings below the questions', async () => {
      const el = await faqFixture(
        html`<news-faq
          .content=${[{ question: 'Why?', answer: '<h2>Background</h2><p>Because.</p>' }]}
        ></news-faq>`,
      );
      const answer = answerOf(el, questions(el)[0]!);
      expect(answer.querySelector('h4')?.textContent).to.equal('Background');
      el.headingLevel = 5;
      await el.updateComplete;
      expect(questions(el)[0]!.parentElement!.localName).to.equal('h5');
      expect(answerOf(el, questions(el)[0]!).querySelector('h6')?.textContent).to.equal(
        'Background',
      );
    });

    it('hides closed answers, with hidden="until-found" where the browser supports it', async () => {
      const el = await faqFixture();
      const answer = answerOf(el, questions(el)[0]!);
      const untilFound = 'onbeforematch' in HTMLElement.prototype;
      expect(answer.getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
      expect(isRendered(answer)).to.equal(false);
      questions(el)[0]!.click();
      await el.updateComplete;
      expect(answer.hasAttribute('hidden')).to.equal(false);
      expect(isRendered(answer)).to.equal(true);
    });

    it('lets the browser skip items off screen, and still shows one opened far down', async () => {
      const items = Array.from({ length: 300 }, (_, i) => ({
        question: `Question ${i + 1}?`,
        answer: `Answer ${i + 1}.`,
      }));
      const el = await faqFixture(html`<news-faq .content=${items}></news-faq>`);
      // content-visibility: auto, so a long FAQ costs about what the screenful shown costs.
      expect(CSS.supports('content-visibility', 'auto')).to.equal(true);
      const parts = [...shadow(el).querySelectorAll<HTMLElement>('[part~="item"]')];
      expect(parts.map((part) => getComputedStyle(part).contentVisibility)).to.deep.equal(
        items.map(() => 'auto'),
      );
      // The remembered size keeps a skipped item's height, about one question's line.
      const last = parts[299]!;
      expect(last.getBoundingClientRect().height).to.be.within(20, 120);
      el.toggle(299, true);
      await el.updateComplete;
      last.scrollIntoView();
      const answer = answerOf(el, questions(el)[299]!);
      expect(answer.textContent).to.contain('Answer 300.');
      expect(isRendered(answer)).to.equal(true);
      expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('paints every question of a short FAQ, however far down the page (full-page screenshots)', async () => {
      // Far below the first screen, where `content-visibility: auto` would skip painting it.
      const el = await faqFixture(
        html`<news-faq style="margin-block-start: 3000px" .content=${shorthand}></news-faq>`,
      );
      const items = shadow(el).querySelectorAll<HTMLElement>('[part~="item"]');
      expect(items.length).to.equal(shorthand.length);
      expect(items.map((item) => getComputedStyle(item).contentVisibility)).to.deep.equal(
        items.map(() => 'visible'),
      );
      // What a screenshot of the whole page paints: nothing skipped.
      expect(
        questions(el).map((question) =>
          question.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions),
        ),
      ).to.deep.equal(items.map(() => true));
    });

    it('falls back to plain hidden where hidden="until-found" is unsupported', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'onbeforematch');
      if (descriptor)
        delete (HTMLElement.prototype as unknown as Record<string, unknown>)['onbeforematch'];
      try {
        const el = await faqFixture();
        const answer = answerOf(el, questions(el)[0]!);
        expect(answer.getAttribute('hidden')).to.equal('');
        expect(isRendered(answer)).to.equal(false);
        el.toggle(0, true);
        await el.updateComplete;
        expect(answer.hasAttribute('hidden')).to.equal(false);
      } finally {
        if (descriptor) Object.defineProperty(HTMLElement.prototype, 'onbeforematch', descriptor);
      }
    });

    it('prints every answer and none of the controls', async () => {
      const el = await faqFixture(
        html`<news-faq controls searchable .content=${shorthand}></news-faq>`,
      );
      el.toggle(1, true);
      await el.updateComplete;
      let emulated = true;
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        emulated = false; // WebDriver sessions cannot emulate print media
      }
      try {
        if (emulated) {
          const answers = questions(el).map((button) => answerOf(el, button));
          expect(answers.map(isRendered)).to.deep.equal([true, true, true, true]);
          expect(isRendered(shadow(el).querySelector('[part~="toolbar"]')!)).to.equal(false);
          const copy = answers[1]!.querySelector('button')!;
          expect(isRendered(copy)).to.equal(false);
          // No item is skipped on paper, however far from the viewport it is.
          const items = [...shadow(el).querySelectorAll('[part~="item"]')];
          expect(items.map((item) => getComputedStyle(item).contentVisibility)).to.deep.equal([
            'visible',
            'visible',
            'visible',
            'visible',
          ]);
        } else {
          // The frame's sheet (toolbar) and the content's @scope sheet on the document (answers).
          const printRules = (rules: CSSRuleList): string[] =>
            [...rules].flatMap((rule) =>
              rule instanceof CSSMediaRule && rule.media.mediaText === 'print'
                ? [rule.cssText]
                : 'cssRules' in rule
                  ? printRules((rule as CSSGroupingRule).cssRules)
                  : [],
            );
          const print = [...el.shadowRoot!.adoptedStyleSheets, ...document.adoptedStyleSheets]
            .flatMap((sheet) => printRules(sheet.cssRules))
            .join('\n');
          expect(print).to.match(/\.answer\[hidden\]\s*\{[^}]*display:\s*block/);
          expect(print).to.match(/\.toolbar[^{]*\{[^}]*display:\s*none/);
          expect(print).to.match(/\.item\s*\{[^}]*content-visibility:\s*visible/);
        }
      } finally {
        if (emulated) await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and Space, firing news-toggle with source "user"', async () => {
      const el = await faqFixture();
      const [first] = questions(el);
      first!.focus();
      let toggled = nextEvent(el, 'news-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await toggled).detail).to.deep.equal({
        index: 0,
        id: seedFaqIds[0],
        open: true,
        source: 'user',
      });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, false, false, false]);

      toggled = nextEvent(el, 'news-toggle');
      await sendKeys({ press: ' ' });
      expect((await toggled).detail.open).to.equal(false);
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      expect(focused(el)).to.equal('question 0');
    });

    it('moves between questions with ArrowDown and ArrowUp, wrapping at both ends', async () => {
      const el = await faqFixture();
      const buttons = questions(el);
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('question 1');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('question 3');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('question 0');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal('question 3');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal('question 2');
      // Moving focus does not open anything.
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
    });

    it('moves to the first and last question with Home and End', async () => {
      const el = await faqFixture();
      const buttons = questions(el);
      buttons[1]!.focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal('question 3');
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal('question 0');
    });

    it('skips the arrows past an open answer: they move between questions only', async () => {
      const el = await faqFixture();
      const buttons = questions(el);
      el.toggle(0, true);
      await el.updateComplete;
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('question 1');
    });

    it('keeps every question in the Tab order and closed answers out of it', async () => {
      const el = await faqFixture();
      const buttons = questions(el);
      buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('question 1');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('question 2');

      // Open, the answer's own control (copy link) comes between the questions.
      el.toggle(0, true);
      await el.updateComplete;
      buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('button "Copy link to this question"');
      expect(answerOf(el, buttons[0]!).contains(shadow(el).activeElement)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('question 1');
    });
  });

  describe('events and methods', () => {
    it('fires news-toggle with source "user" on click, once the state changed', async () => {
      const el = await faqFixture();
      const toggles = recordToggles(el);
      let openInListener: boolean | undefined;
      // Forcing the state that the event reports must be a no-op inside the listener.
      el.addEventListener('news-toggle', () => (openInListener = el.toggle(2, true)), {
        once: true,
      });
      questions(el)[2]!.click();
      expect(toggles).to.deep.equal([{ index: 2, id: seedFaqIds[2], open: true, source: 'user' }]);
      expect(openInListener).to.equal(true);
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
    });

    it('fires every news-toggle after the DOM shows it, whatever the source', async () => {
      history.replaceState(history.state, '', `#${seedFaqIds[1]}`);
      const seen: string[] = [];
      const record = (event: NewsToggleEvent) => {
        const { detail } = event;
        const button = questions(event.target as NewsFaq)[detail.index];
        seen.push(
          `${detail.source} ${detail.index} ${detail.open} ${button?.getAttribute('aria-expanded')}`,
        );
      };
      document.addEventListener('news-toggle', record);
      try {
        const el = await faqFixture();
        questions(el)[2]!.click();
        el.toggle(3);
        el.exclusive = true;
        await el.updateComplete;
        history.replaceState(history.state, '', location.pathname + location.search);
        location.hash = seedFaqIds[0]!;
        await new Promise((resolve) =>
          window.addEventListener('hashchange', resolve, { once: true }),
        );
        await el.updateComplete;
        expect(seen).to.deep.equal([
          'hash 1 true true',
          'user 2 true true',
          'api 3 true true',
          'api 2 false false',
          'api 3 false false',
          'hash 0 true true',
          'hash 1 false false',
        ]);
        expect(el.openIds).to.deep.equal([seedFaqIds[0]]);
      } finally {
        document.removeEventListener('news-toggle', record);
        history.replaceState(history.state, '', location.pathname + location.search);
      }
    });

    it('toggle() by index and by id returns the new state and fires source "api"', async () => {
      const el = await faqFixture();
      const toggles = recordToggles(el);
      expect(el.toggle(1)).to.equal(true);
      expect(el.toggle(seedFaqIds[1]!)).to.equal(false);
      expect(el.toggle(seedFaqIds[3]!, true)).to.equal(true);
      // Forcing the current state changes nothing and fires nothing.
      expect(el.toggle(3, true)).to.equal(true);
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, true]);
      expect(toggles).to.deep.equal([
        { index: 1, id: seedFaqIds[1], open: true, source: 'api' },
        { index: 1, id: seedFaqIds[1], open: false, source: 'api' },
        { index: 3, id: seedFaqIds[3], open: true, source: 'api' },
      ]);
    });

    it('toggle() of an unknown question returns false and fires nothing', async () => {
      const el = await faqFixture();
      const toggles = recordToggles(el);
      expect(el.toggle('no-such-question')).to.equal(false);
      expect(el.toggle(4)).to.equal(false);
      expect(el.toggle(-1, true)).to.equal(false);
      expect(el.toggle(1.5, true)).to.equal(false);
      expect(toggles).to.deep.equal([]);
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
    });

    it('expandAll() and collapseAll() change every question, one event each', async () => {
      const el = await faqFixture();
      el.toggle(2, true);
      const toggles = recordToggles(el);
      el.expandAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, true, true, true]);
      expect(toggles.map((t) => [t.index, t.open, t.source])).to.deep.equal([
        [0, true, 'api'],
        [1, true, 'api'],
        [3, true, 'api'],
      ]);
      toggles.length = 0;
      el.collapseAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      expect(toggles.map((t) => [t.index, t.open])).to.deep.equal([
        [0, false],
        [1, false],
        [2, false],
        [3, false],
      ]);
    });

    it('keeps open questions open when new content keeps their ids', async () => {
      const el = await faqFixture();
      el.toggle(seedFaqIds[1]!, true);
      const loaded = nextEvent(el, 'news-load');
      el.content = [...shorthand].reverse();
      await loaded;
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
    });
  });

  describe('exclusive', () => {
    it('closes the open question when another opens, firing an event for each', async () => {
      const el = await faqFixture(html`<news-faq exclusive .content=${shorthand}></news-faq>`);
      questions(el)[0]!.click();
      const toggles = recordToggles(el);
      questions(el)[2]!.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
      expect(toggles).to.deep.equal([
        { index: 2, id: seedFaqIds[2], open: true, source: 'user' },
        { index: 0, id: seedFaqIds[0], open: false, source: 'user' },
      ]);
    });

    it('makes expandAll() do nothing and hides "Expand all"', async () => {
      const el = await faqFixture(
        html`<news-faq exclusive controls .content=${shorthand}></news-faq>`,
      );
      const toggles = recordToggles(el);
      el.expandAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      expect(toggles).to.deep.equal([]);
      const labels = [...shadow(el).querySelectorAll('[part~="toolbar"] button')].map((b) =>
        b.textContent?.trim(),
      );
      expect(labels).to.deep.equal(['Collapse all']);
    });

    it('keeps only the first open question when turned on', async () => {
      const el = await faqFixture();
      el.toggle(1, true);
      el.toggle(3, true);
      const toggles = recordToggles(el);
      el.exclusive = true;
      await el.updateComplete;
      expect(el.hasAttribute('exclusive')).to.equal(true);
      expect(expanded(el)).to.deep.equal([false, true, false, false]);
      expect(toggles).to.deep.equal([{ index: 3, id: seedFaqIds[3], open: false, source: 'api' }]);
    });
  });

  describe('controls', () => {
    it('shows no toolbar by default', async () => {
      const el = await faqFixture();
      expect(count(shadow(el), '[part~="toolbar"]')).to.equal(0);
    });

    it('expands and collapses everything from the toolbar, with source "user"', async () => {
      const el = await faqFixture(html`<news-faq controls .content=${shorthand}></news-faq>`);
      expect(el.controls).to.equal(true);
      const buttons = [
        ...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button'),
      ];
      expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal([
        'Expand all',
        'Collapse all',
      ]);
      const toggles = recordToggles(el);
      buttons[0]!.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, true, true, true]);
      expect(toggles.every((t) => t.source === 'user' && t.open)).to.equal(true);
      expect(toggles).to.have.length(4);
      buttons[1]!.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      await expect(el).to.be.accessible();
    });
  });

  describe('rich answers', () => {
    it('keeps simple markup and removes script, handlers and javascript: links', async () => {
      const marker = '__newsFaqPwned';
      const answer = [
        '<p>Open <strong>daily</strong> from <em>7:00</em>.</p>',
        `<script>window.${marker} = 1</script>`,
        `<img src="x" onerror="window.${marker} = 2">`,
        '<a href="javascript:alert(1)">bad link</a>',
        '<a href="https://example.com/hours">good link</a>',
      ].join('');
      const el = await faqFixture(
        html`<news-faq .content=${[{ question: 'When?', answer }]}></news-faq>`,
      );
      questions(el)[0]!.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const panel = answerOf(el, questions(el)[0]!);
      expect(panel.querySelector('strong')?.textContent).to.equal('daily');
      expect(panel.querySelector('em')?.textContent).to.equal('7:00');
      expect(count(panel, 'script, img, [onerror]')).to.equal(0);
      expect(panel.textContent).to.not.contain(marker);
      const links = [...panel.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.not.include('javascript:alert(1)');
      expect(links.filter((a) => a.hasAttribute('href')).map((a) => a.href)).to.deep.equal([
        'https://example.com/hours',
      ]);
      expect(panel.textContent).to.contain('bad link');
      expect((window as unknown as Record<string, unknown>)[marker]).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('re-renders only the changed answer, in place, when new content changes one answer', async () => {
      const content = (second: string) => [
        { id: 'a', question: 'First?', answer: 'One.' },
        { id: 'b', question: 'Second?', answer: second },
        { id: 'c', question: 'Third?', answer: '<p>Three <strong>rich</strong>.</p>' },
      ];
      const el = await faqFixture(html`<news-faq .content=${content('Two.')}></news-faq>`);
      const bodies = () => questions(el).map((button) => answerOf(el, button).firstElementChild!);
      const before = bodies();
      const buttons = questions(el);
      const firstText = before[0]!.firstChild;
      const strong = before[2]!.querySelector('strong');
      const loaded = nextEvent(el, 'news-load');
      el.content = content('<p>Two, <em>corrected</em>.</p>');
      await loaded;
      await el.updateComplete;
      const after = bodies();
      // The answer containers and questions stay; only the second answer's content is new.
      expect(after.every((body, i) => body === before[i])).to.equal(true);
      expect(questions(el).every((button, i) => button === buttons[i])).to.equal(true);
      expect(after[1]!.querySelector('em')?.textContent).to.equal('corrected');
      expect(after[1]!.className).to.equal('answer-body');
      expect(after[0]!.firstChild).to.equal(firstText);
      expect(after[2]!.querySelector('strong')).to.equal(strong);
      expect(answerOf(el, questions(el)[2]!).textContent).to.contain('Three rich.');
      // Changing it back to plain text, with a search marking the open answer.
      el.searchable = true;
      el.toggle(1, true);
      await el.updateComplete;
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'two';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      el.content = content('Two, plain again.');
      await el.updateComplete;
      const body = bodies()[0]!;
      expect(body.className).to.equal('answer-body plain');
      expect(body.textContent).to.contain('Two, plain again.');
      expect(body.querySelector('mark')?.textContent).to.equal('Two');
    });

    it('renders a plain-text question as its text: tags dropped, references decoded, no markup', async () => {
      const el = await faqFixture(
        html`<news-faq
          .content=${[{ question: 'Is <b>this</b> &ldquo;bold&rdquo; &lt;i&gt;or&lt;/i&gt; a<b?', answer: 'No.' }]}
        ></news-faq>`,
      );
      expect(questionTexts(el)).to.deep.equal(['Is this “bold” or a<b?']);
      expect(count(questions(el)[0]!, 'b, i')).to.equal(0);
    });
  });

  describe('structured data', () => {
    it('writes FAQPage JSON-LD with @id = page URL + # + item id', async () => {
      const el = await faqFixture(
        html`<news-faq structured-data .content=${shorthand}></news-faq>`,
      );
      const script = el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');
      expect(script).to.not.equal(null);
      const data = JSON.parse(script!.textContent ?? '') as {
        '@type': string;
        mainEntity: {
          '@type': string;
          '@id': string;
          name: string;
          acceptedAnswer: { text: string };
        }[];
      };
      const page = location.href.split('#')[0];
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q) => q['@id'])).to.deep.equal(
        seedFaqIds.map((id) => `${page}#${id}`),
      );
      expect(data.mainEntity.map((q) => q.name)).to.deep.equal(seedQuestions);
      expect(data.mainEntity[0]!.acceptedAnswer.text).to.equal(seedFaqItems[0]!.answer);
      // The script is not shown, and not read back as a source.
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });

    it('publishes answers as rendered: sanitized, never the raw HTML', async () => {
      const answer =
        '<p onclick="steal()">Call <a href="javascript:alert(1)">us</a> or <a href="https://ex.com/">write</a>.</p><script>steal()</script><h2>More</h2>';
      const el = await faqFixture(
        html`<news-faq
          structured-data
          .content=${[
            { question: 'How?', answer },
            { question: 'Plain?', answer: 'Just text.' },
          ]}
        ></news-faq>`,
      );
      const script = el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? '{}') as {
        mainEntity: { acceptedAnswer: { text: string } }[];
      };
      const [rich, plain] = data.mainEntity.map((q) => q.acceptedAnswer.text);
      expect(rich).to.equal(answerOf(el, questions(el)[0]!).firstElementChild!.innerHTML);
      expect(rich).to.not.match(/onclick|javascript:|<script|steal/);
      expect(rich).to.contain('href="https://ex.com/"').and.contain('<h4>More</h4>');
      expect(plain).to.equal('Just text.');
    });

    it('writes nothing without structured-data', async () => {
      const el = await faqFixture();
      expect(count(el, 'script')).to.equal(0);
    });
  });

  describe('labels', () => {
    it('uses English by default', async () => {
      const el = await faqFixture(
        html`<news-faq locale="en-GB" controls searchable .content=${shorthand}></news-faq>`,
      );
      expect(shadow(el).querySelector('label')?.textContent?.trim()).to.equal('Search questions');
      const toolbar = shadow(el).querySelector('[part~="toolbar"]')!;
      expect(toolbar.textContent).to.contain('Expand all');
      el.toggle(0, true);
      await el.updateComplete;
      expect(answerOf(el, questions(el)[0]!).textContent).to.contain('Copy link to this question');
    });

    it('uses German for locale="de" and for an ancestor lang="de-AT"', async () => {
      const el = await faqFixture(
        html`<news-faq locale="de" controls searchable .content=${shorthand}></news-faq>`,
      );
      expect(shadow(el).querySelector('label')?.textContent?.trim()).to.equal('Fragen durchsuchen');
      expect(shadow(el).querySelector('[part~="toolbar"]')!.textContent).to.contain(
        'Alle aufklappen',
      );
      const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
      input.value = 'ballistische';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="status"]')!.textContent?.trim()).to.equal(
        'Keine Frage passt zu Ihrer Suche.',
      );
      input.value = 'ballistic';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="status"]')!.textContent?.trim()).to.equal(
        '2 Fragen angezeigt',
      );

      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="de-AT">
          <news-faq controls .content=${shorthand}></news-faq>
        </div>`,
      );
      const inner = wrapper.querySelector('news-faq')!;
      await inner.updateComplete;
      expect(shadow(inner).querySelector('[part~="toolbar"]')!.textContent).to.contain(
        'Alle zuklappen',
      );
    });

    it('lets the labels property override single labels', async () => {
      const el = await faqFixture(
        html`<news-faq
          locale="de"
          controls
          searchable
          .labels=${{ expandAll: 'Everything open', results: (n: number) => `${n} of them` }}
          .content=${shorthand}
        ></news-faq>`,
      );
      const toolbar = shadow(el).querySelector('[part~="toolbar"]')!;
      expect(toolbar.textContent).to.contain('Everything open');
      expect(toolbar.textContent).to.contain('Alle zuklappen');
      const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
      input.value = 'ukraine';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="status"]')!.textContent?.trim()).to.equal(
        '3 of them',
      );
    });
  });

  describe('errors', () => {
    it('reports bad JSON with news-error and recovers with a later good value', async () => {
      const el = await faqFixture(html`<news-faq></news-faq>`);
      const failed = nextEvent(el, 'news-error');
      el.setAttribute('content', '{"@type": "FAQPage", ');
      const error = await failed;
      expect(error.detail.code).to.equal('INVALID_JSON');
      expect(error.bubbles && error.composed).to.equal(true);
      await el.updateComplete;
      const message = shadow(el).querySelector('[part~="error"]');
      expect(message?.textContent?.trim()).to.not.equal('');
      expect(questions(el).length).to.equal(0);
      await expect(el).to.be.accessible();

      const loaded = nextEvent(el, 'news-load');
      el.content = shorthand;
      await loaded;
      await el.updateComplete;
      expect(count(shadow(el), '[part~="error"]')).to.equal(0);
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });

    it('reports content that is no FAQ with INVALID_CONTENT', async () => {
      const el = await faqFixture(html`<news-faq></news-faq>`);
      const failed = nextEvent(el, 'news-error');
      el.content = { '@type': 'Recipe', name: 'Soup' };
      expect((await failed).detail.code).to.equal('INVALID_CONTENT');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error"]')).to.not.equal(null);
    });

    it('skips invalid items and renders the valid ones', async () => {
      const el = await faqFixture(html`<news-faq></news-faq>`);
      const failed = nextEvent(el, 'news-error');
      el.content = [
        { question: 'Valid?', answer: 'Yes.' },
        { question: '', answer: 'No question.' },
        42,
      ] as unknown as NewsFaq['content'];
      expect((await failed).detail.code).to.equal('INVALID_CONTENT');
      await el.updateComplete;
      expect(questionTexts(el)).to.deep.equal(['Valid?']);
    });
  });

  describe('accessibility', () => {
    it('is accessible closed and open', async () => {
      const el = await faqFixture(
        html`<news-faq controls searchable .content=${shorthand}></news-faq>`,
      );
      await expect(el).to.be.accessible();
      el.expandAll();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible at every heading level and with a theme', async () => {
      const el = await faqFixture(
        html`<news-faq theme="dark" heading-level="2" .content=${shorthand}></news-faq>`,
      );
      el.toggle(0, true);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
