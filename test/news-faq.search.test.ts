import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsFaq } from '../src/index.js';
import {
  answerOf,
  count,
  expanded,
  faqFixture,
  focused,
  questions,
  questionTexts,
  shadow,
  shorthand,
} from './fixtures/news-faq-helpers.js';
import { seedFaqItems } from './fixtures/seed-faq.js';

const seedQuestions = seedFaqItems.map((item) => item.question);

function searchBox(el: NewsFaq): HTMLInputElement {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search box');
  return input;
}

function statusText(el: NewsFaq): string {
  return shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

/** Texts of the `<mark>`s in the questions. */
function questionMarks(el: NewsFaq): string[] {
  return questions(el).flatMap((button) =>
    [...button.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
  );
}

/**
 * Types into the search box as a reader would, one key per command: WebKit's WebDriver drops the
 * second of two equal keys sent in one sequence ("russia" arrives as "rusia").
 */
async function type(el: NewsFaq, text: string): Promise<void> {
  searchBox(el).focus();
  for (const char of text) await sendKeys({ type: char });
  await el.updateComplete;
}

const searchable = () => html`<news-faq searchable .content=${shorthand}></news-faq>`;

describe('<news-faq>', () => {
  describe('searchable', () => {
    it('has no search box unless searchable', async () => {
      const el = await faqFixture();
      expect(shadow(el).querySelectorAll('input').length).to.equal(0);
      expect(shadow(el).querySelectorAll('[part~="toolbar"]').length).to.equal(0);
      // The only live region is the one "Link copied" line, outside the list of questions.
      const statuses = [...shadow(el).querySelectorAll('[role="status"]')];
      expect(statuses.length).to.equal(1);
      expect(statuses[0]!.closest('[part~="list"]')).to.equal(null);
    });

    it('shows a labelled search box and an empty polite status line', async () => {
      const el = await faqFixture(searchable());
      const input = searchBox(el);
      expect(input.getAttribute('part')).to.equal('search');
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Search questions');
      expect(input.closest('[part~="toolbar"]')).to.not.equal(null);
      const status = shadow(el).querySelector('[role="status"]')!;
      expect(status.textContent?.trim()).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('filters questions and answers as you type, and marks the matches', async () => {
      const el = await faqFixture(searchable());
      await type(el, 'russia');
      expect(questionTexts(el)).to.deep.equal([seedQuestions[1]]);
      expect(questionMarks(el)).to.deep.equal(['Russia']);
      expect(statusText(el)).to.equal('1 question shown');
      await expect(el).to.be.accessible();

      // Matching the answer text only: "sanctions" is in answers 2 and 3.
      searchBox(el).select();
      await type(el, 'sanctions');
      expect(questionTexts(el)).to.deep.equal([seedQuestions[1], seedQuestions[2]]);
      expect(questionMarks(el)).to.deep.equal([]);
      expect(statusText(el)).to.equal('2 questions shown');
    });

    it('marks matches in plain and rich answers', async () => {
      const el = await faqFixture(
        html`<news-faq
          searchable
          .content=${[
            { question: 'What does it carry?', answer: 'Often a payload, and a second payload.' },
            { question: 'Rich?', answer: '<p>A <strong>payload</strong> in bold.</p>' },
          ]}
        ></news-faq>`,
      );
      await type(el, 'PAYLOAD');
      el.expandAll();
      await el.updateComplete;
      const [plain, rich] = questions(el).map((button) => answerOf(el, button));
      expect([...plain!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal([
        'payload',
        'payload',
      ]);
      expect(plain!.textContent).to.contain('Often a payload, and a second payload.');
      expect(rich!.querySelector('strong mark')?.textContent).to.equal('payload');

      // Clearing the search removes the marks and leaves the text intact.
      searchBox(el).select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(count(plain!, 'mark')).to.equal(0);
      expect(count(rich!, 'mark')).to.equal(0);
      expect(rich!.querySelector('strong')?.textContent).to.equal('payload');
    });

    it('marks again after a heading-level change, in the same answer node, and clears fully', async () => {
      const el = await faqFixture(
        html`<news-faq
          searchable
          .content=${[
            {
              question: 'What does it carry?',
              answer: '<p>A <strong>payload</strong>.</p><h2>Payload</h2>',
            },
            { question: 'Other?', answer: 'No payload here.' },
          ]}
        ></news-faq>`,
      );
      await type(el, 'payload');
      el.toggle(0, true);
      await el.updateComplete;
      const answer = answerOf(el, questions(el)[0]!);
      const body = answer.firstElementChild!;
      expect(count(body, 'mark')).to.equal(2);
      expect(body.querySelector('h4')).to.not.equal(null);

      el.headingLevel = 1;
      await el.updateComplete;
      // The same node, rendered again at the new level and marked again.
      expect(answerOf(el, questions(el)[0]!).firstElementChild).to.equal(body);
      expect(body.querySelector('h2')).to.not.equal(null);
      expect(count(body, 'mark')).to.equal(2);

      searchBox(el).select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(count(shadow(el), 'mark')).to.equal(0);
      expect(body.textContent).to.equal('A payload.Payload');
    });

    it('searches rich answers without sanitizing them a second time', async () => {
      // Answers unique to this test, so the sanitizer's cache of earlier tests cannot serve them.
      const stamp = `${Date.now()}-${Math.random()}`;
      const content = ['alpha', 'bravo', 'charlie'].map((word, i) => ({
        question: `Question ${i + 1}?`,
        answer: `<p>Answer <strong>${word}</strong> (${stamp}).</p><h2>More</h2>`,
      }));
      const el = await faqFixture(html`<news-faq searchable .content=${content}></news-faq>`);
      // Every sanitizer run adopts its result into the page's document: count those.
      const adopt = document.adoptNode.bind(document);
      let adopted = 0;
      document.adoptNode = <T extends Node>(node: T): T => {
        adopted++;
        return adopt(node);
      };
      try {
        await type(el, 'answer bravo');
        expect(questionTexts(el)).to.deep.equal(['Question 2?']);
        expect(adopted).to.equal(0);
      } finally {
        document.adoptNode = adopt;
      }
    });

    it('filters on one letter but marks matches only from two letters on', async () => {
      const el = await faqFixture(searchable());
      el.expandAll();
      await el.updateComplete;
      await type(el, 'u');
      expect(statusText(el)).to.match(/^\d+ questions? shown$/);
      expect(count(shadow(el), 'mark')).to.equal(0);
      await type(el, 'k');
      expect(questionMarks(el).length).to.be.greaterThan(0);
      expect(questionMarks(el).every((text) => text.toLowerCase() === 'uk')).to.equal(true);
    });

    it('marks matches in a closed answer only once it opens', async () => {
      const el = await faqFixture(
        html`<news-faq
          searchable
          .content=${[{ question: 'What does it carry?', answer: 'A payload.' }]}
        ></news-faq>`,
      );
      await type(el, 'payload');
      const panel = answerOf(el, questions(el)[0]!);
      expect(count(panel, 'mark')).to.equal(0);
      el.toggle(0, true);
      await el.updateComplete;
      expect([...panel.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal([
        'payload',
      ]);
      // Closing it again takes the marks away, leaving the text as it was.
      el.toggle(0, false);
      await el.updateComplete;
      expect(count(panel, 'mark')).to.equal(0);
      expect(panel.textContent).to.contain('A payload.');
    });

    it('ignores case and diacritics in both directions', async () => {
      const el = await faqFixture(
        html`<news-faq
          searchable
          .content=${[
            { question: 'Wann öffnet das Café?', answer: 'Täglich.' },
            { question: 'Is the cafe open on Sundays?', answer: 'Yes.' },
            { question: 'Where is the terrace?', answer: 'By the harbour.' },
          ]}
        ></news-faq>`,
      );
      await type(el, 'CAFÉ');
      expect(questionTexts(el)).to.have.length(2);
      expect(questionMarks(el)).to.deep.equal(['Café', 'cafe']);
      searchBox(el).select();
      await type(el, 'offnet');
      expect(questionMarks(el)).to.deep.equal(['öffnet']);
    });

    it('requires every word typed, in any order', async () => {
      const el = await faqFixture(searchable());
      await type(el, 'support ukraine');
      expect(questionTexts(el)).to.deep.equal([seedQuestions[3]]);
      expect(questionMarks(el)).to.deep.equal(['Ukraine']);
    });

    it('says so clearly when nothing matches, and stays accessible', async () => {
      const el = await faqFixture(
        html`<news-faq searchable controls .content=${shorthand}></news-faq>`,
      );
      await type(el, 'zebra');
      expect(questions(el).length).to.equal(0);
      expect(statusText(el)).to.equal('No questions match your search.');
      await expect(el).to.be.accessible();
    });

    it('clears the search with Escape', async () => {
      const el = await faqFixture(searchable());
      await type(el, 'zebra');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('');
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
      expect(statusText(el)).to.equal('');
      expect(focused(el)).to.equal('search');
    });

    it('clears the search with the "Clear search" button and returns focus to the box', async () => {
      const el = await faqFixture(searchable());
      expect(shadow(el).querySelector('[part~="toolbar"]')!.textContent).to.not.contain(
        'Clear search',
      );
      await type(el, 'russia');
      const clear = [
        ...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button'),
      ].find((button) => button.textContent?.trim() === 'Clear search');
      expect(clear).to.not.equal(undefined);
      clear!.click();
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('');
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
      expect(focused(el)).to.equal('search');
    });

    it('moves with the arrow keys between the questions shown only', async () => {
      const el = await faqFixture(searchable());
      await type(el, 'ukraine');
      const buttons = questions(el);
      expect(buttons.length).to.equal(3);
      buttons[2]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('question 0');
    });

    it('expandAll() opens the questions shown; collapseAll() closes all', async () => {
      const el = await faqFixture(searchable());
      await type(el, 'russia');
      el.expandAll();
      el.toggle(0, true);
      searchBox(el).select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, true, false, false]);
      await type(el, 'ukraine');
      el.collapseAll();
      searchBox(el).select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
    });

    it('forgets the search when searchable is turned off', async () => {
      const el = await faqFixture(searchable());
      await type(el, 'russia');
      el.searchable = false;
      await el.updateComplete;
      expect(count(shadow(el), 'input')).to.equal(0);
      expect(questionTexts(el)).to.deep.equal(seedQuestions);
    });
  });
});
