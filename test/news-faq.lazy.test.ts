/**
 * The FAQ's optional parts are lazy chunks (src/faq/lazy.ts): the toolbar (`searchable`,
 * `controls`: search box, buttons, search index, marks) and the `<details>` markup reader. Each
 * page here is a fresh iframe loading the unbundled sources, so it has a module graph of its
 * own: what it requested is what its resource timing lists.
 */
import { expect, html } from '@open-wc/testing';
import type { NewsFaq } from '../src/index.js';
import { closeFrames } from './fixtures/frame.js';
import { faqFixture, questions, questionTexts, shadow } from './fixtures/news-faq-helpers.js';
import { seedFaqItems, seedFaqPage } from './fixtures/seed-faq.js';

/** The modules only the toolbar's chunk uses. */
const TOOLBAR_MODULES = [
  '/src/faq/toolbar-parts.ts',
  '/src/faq/toolbar.ts',
  '/src/faq/search.ts',
  '/src/faq/search-index.ts',
];
const READER_MODULES = ['/src/faq/details-reader.ts'];

type FrameWindow = Window & typeof globalThis;

/** A blank same-origin page with both elements defined from the sources, in a fresh module graph. */
async function freshPage(): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  document.body.append(frame);
  const win = frame.contentWindow as FrameWindow;
  win.performance.setResourceTimingBufferSize(2000);
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = new URL('/src/index.ts', location.href).href;
  win.document.head.append(script);
  await win.customElements.whenDefined('news-faq');
  return win;
}

/** Paths of the source modules the page requested. */
function requested(win: FrameWindow): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/src/'));
}

/** A `<news-faq>` with the seed FAQ as a child JSON-LD script, not yet in the page. */
function jsonLdFaq(win: FrameWindow, attributes: readonly string[] = []): NewsFaq {
  const el = win.document.createElement('news-faq') as NewsFaq;
  for (const name of attributes) el.setAttribute(name, '');
  const script = win.document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(seedFaqPage);
  el.append(script);
  return el;
}

/** A `<news-faq>` with the seed FAQ as `<details>` markup, not yet in the page. */
function detailsFaq(win: FrameWindow, attributes: readonly string[] = []): NewsFaq {
  const el = win.document.createElement('news-faq') as NewsFaq;
  for (const name of attributes) el.setAttribute(name, '');
  for (const { question, answer } of seedFaqItems) {
    const details = win.document.createElement('details');
    const summary = win.document.createElement('summary');
    summary.textContent = question;
    const paragraph = win.document.createElement('p');
    paragraph.textContent = answer;
    details.append(summary, paragraph);
    el.append(details);
  }
  return el;
}

interface Sample {
  readonly questions: number;
  readonly toolbar: boolean;
  /** The first question's top in the viewport, when there is one. */
  readonly top: number | undefined;
}

/**
 * Appends `el` and records, at every animation frame (what a reader can see), how many
 * questions show, whether the toolbar does and where the first question is, until the
 * content has loaded and two more frames have passed.
 */
async function watchFirstRender(win: FrameWindow, el: NewsFaq): Promise<Sample[]> {
  const samples: Sample[] = [];
  const sample = () => {
    const buttons = [...(el.querySelectorAll('[part~="question"]') ?? [])];
    samples.push({
      questions: buttons.length,
      toolbar: el.shadowRoot?.querySelector('[part~="toolbar"]') != null,
      top: buttons[0]?.getBoundingClientRect().top,
    });
  };
  const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve));
  let done = false;
  void loaded.then(() => (done = true));
  win.document.body.append(el);
  const frame = () => new Promise((resolve) => win.requestAnimationFrame(resolve));
  while (!done) {
    await frame();
    sample();
  }
  await el.updateComplete;
  for (let i = 0; i < 2; i++) {
    await frame();
    sample();
  }
  return samples;
}

describe('<news-faq> lazy chunks', function () {
  // Each page loads the unbundled sources afresh.
  this.timeout(30000);

  afterEach(closeFrames);

  it('a plain FAQ from a JSON-LD script requests neither the toolbar nor the markup reader', async () => {
    const win = await freshPage();
    const el = jsonLdFaq(win);
    win.document.body.append(el);
    await new Promise((resolve) => el.addEventListener('news-load', resolve));
    await el.updateComplete;
    expect(el.querySelectorAll('[part~="question"]').length).to.equal(seedFaqItems.length);
    const paths = requested(win);
    // The check can see the page's modules at all: the element's own was requested.
    expect(paths).to.include('/src/faq/news-faq.ts');
    for (const path of [...TOOLBAR_MODULES, ...READER_MODULES]) expect(paths).not.to.include(path);
  });

  it('a searchable FAQ loads the toolbar first: it shows in the same frame as the questions, which never move', async () => {
    const win = await freshPage();
    const samples = await watchFirstRender(win, jsonLdFaq(win, ['searchable', 'controls']));
    const shown = samples.filter((each) => each.questions > 0);
    expect(shown.length).to.be.greaterThan(0);
    const last = shown[shown.length - 1]!;
    for (const each of shown) {
      expect(each).to.deep.equal(last);
      expect(each.toolbar).to.equal(true);
    }
    expect(last.questions).to.equal(seedFaqItems.length);
    // The page had to load the toolbar: it was not there before.
    expect(requested(win)).to.include.members(TOOLBAR_MODULES);
    expect(requested(win)).not.to.include.members(READER_MODULES);
  });

  it('`<details>` markup loads the reader, and the questions appear in one frame, all of them', async () => {
    const win = await freshPage();
    const el = detailsFaq(win);
    const samples = await watchFirstRender(win, el);
    expect(requested(win)).to.include.members(READER_MODULES);
    expect(requested(win)).not.to.include.members(TOOLBAR_MODULES);
    const shown = samples.filter((each) => each.questions > 0);
    expect(shown.length).to.be.greaterThan(0);
    for (const each of shown) expect(each).to.deep.equal(shown[shown.length - 1]);
    expect(shown[0]!.questions).to.equal(seedFaqItems.length);
    expect(
      [...el.querySelectorAll('[part~="question"]')].map((button) => button.textContent),
    ).to.deep.equal(seedFaqItems.map((item) => item.question));
  });

  it('searchable `<details>` markup loads both chunks and renders toolbar and questions together', async () => {
    const win = await freshPage();
    const samples = await watchFirstRender(win, detailsFaq(win, ['searchable']));
    const shown = samples.filter((each) => each.questions > 0);
    expect(shown.length).to.be.greaterThan(0);
    for (const each of shown) {
      expect(each).to.deep.equal(shown[shown.length - 1]);
      expect(each.toolbar).to.equal(true);
    }
    expect(requested(win)).to.include.members([...READER_MODULES, ...TOOLBAR_MODULES]);
  });

  it('server output with `searchable` and `controls` is adopted without anything moving', async () => {
    const response = await fetch('/test-api/render', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kind: 'faq',
        input: seedFaqPage,
        options: { locale: 'en', baseUrl: location.href, searchable: true, controls: true },
      }),
    });
    expect(response.ok).to.equal(true);
    const win = await freshPage();
    // Parsed as the page's parser would, declarative shadow root included (see html-first).
    const body = win.document.implementation.createHTMLDocument('').body;
    (body as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(await response.text());
    const el = win.document.adoptNode(body.firstElementChild as NewsFaq);
    const first = el.querySelector('[part~="question"]');
    const samples = await watchFirstRender(win, el);
    // The server's toolbar and questions show from the first frame to the last, in place.
    expect(samples.length).to.be.greaterThan(2);
    for (const each of samples) {
      expect(each).to.deep.equal(samples[samples.length - 1]);
      expect(each.toolbar).to.equal(true);
    }
    expect(el.querySelector('[part~="question"]')).to.equal(first);
    expect(requested(win)).to.include.members(TOOLBAR_MODULES);
  });

  it('turning `searchable` on later loads the toolbar, then searches and marks as always', async () => {
    const win = await freshPage();
    const el = jsonLdFaq(win);
    win.document.body.append(el);
    await new Promise((resolve) => el.addEventListener('news-load', resolve));
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part~="toolbar"]')).to.equal(null);
    el.searchable = true;
    await el.updateComplete;
    expect(requested(win)).to.include.members(TOOLBAR_MODULES);
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('[part~="search"]');
    expect(input).to.be.instanceOf(win.HTMLInputElement);
    input!.value = 'ballistic';
    input!.dispatchEvent(new win.Event('input'));
    await el.updateComplete;
    const shownQuestions = [...el.querySelectorAll('[part~="question"]')];
    expect(shownQuestions.length).to.equal(2);
    expect(shownQuestions[0]!.querySelector('mark')?.textContent?.toLowerCase()).to.equal(
      'ballistic',
    );
  });

  it('turning `controls` on later shows the buttons, which work; off again removes them', async () => {
    const el = await faqFixture();
    el.controls = true;
    await el.updateComplete;
    const buttons = [
      ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.actions button') ?? []),
    ];
    expect(buttons.map((button) => button.textContent?.trim())).to.deep.equal([
      'Expand all',
      'Collapse all',
    ]);
    buttons[0]!.click();
    await el.updateComplete;
    expect(el.openIds.length).to.equal(seedFaqItems.length);
    el.controls = false;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="toolbar"]')).to.equal(null);
  });

  it('turning `searchable` off clears the search and its marks', async () => {
    const el = await faqFixture(
      html`<news-faq
        searchable
        .content=${seedFaqItems.map(({ question, answer }) => ({ question, answer }))}
      ></news-faq>`,
    );
    el.toggle(0, true);
    const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    input.value = 'missiles';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('mark').length).to.be.greaterThan(0);
    el.searchable = false;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('mark').length).to.equal(0);
    expect(questionTexts(el)).to.deep.equal(seedFaqItems.map((item) => item.question));
    expect(questions(el).length).to.equal(seedFaqItems.length);
  });
});
