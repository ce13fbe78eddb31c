// The 1,000-question FAQ in one variant (`?variant=`), driven by bench/run.js through
// `window.bench`: `ready`, `render()` (first render, ms), `nodes()`, `updates()`.
import {
  countNodes,
  errors,
  loadNewsElements,
  loadPeer,
  params,
  plainText,
  rendered,
  settle,
  stage,
  time,
} from './harness.js';
import { faqHtml, faqItems, faqJson, shoelaceHtml, webAwesomeHtml } from '../content.js';

const variant = params.get('variant') ?? 'static';
const count = Number(params.get('count') ?? 1000);
/** The item toggled and edited: in the middle, below the fold. */
const target = Math.floor(count / 2);
/** Typed one key at a time into the search box: each prefix narrows the list further. */
const QUERY = 'renters';

const items = faqItems(count);
const edited = `<strong>Update:</strong> ${items[target].answer} This answer was corrected after publication.`;
const texts = items.map((item) => `${item.question} ${plainText(item.answer)}`.toLowerCase());

/** Each variant: how it loads, renders, and applies the three updates. */
const variants = {
  /** <news-faq> given FAQPage JSON through the `content` property, its primary input. */
  news: {
    load: loadNewsElements,
    async render() {
      const data = faqJson(items);
      return time(async () => {
        const el = document.createElement('news-faq');
        el.content = data;
        stage.append(el);
        await el.updateComplete;
      });
    },
    updates: newsUpdates((el) => {
      const data = faqJson(items);
      data.mainEntity[target].acceptedAnswer.text = edited;
      return async () => {
        el.content = data;
        await el.updateComplete;
      };
    }),
  },
  /** <news-faq> enhancing light-DOM <details> markup (progressive enhancement). */
  'news-markup': {
    load: loadNewsElements,
    async render() {
      const html = `<news-faq>${faqHtml(items).replace(/^<section><h2>.*?<\/h2>|<\/section>$/g, '')}</news-faq>`;
      return time(async () => {
        stage.innerHTML = html;
        await stage.firstElementChild.updateComplete;
      });
    },
    updates: newsUpdates((el) => {
      const answer = el.querySelectorAll(':scope > details')[target].lastElementChild;
      return async () => {
        answer.innerHTML = edited;
        // The element hears the change through a MutationObserver, a microtask later.
        await null;
        await el.updateComplete;
      };
    }),
  },
  /** The floor: static <details> HTML set by innerHTML; updates written by hand. */
  static: {
    load: async () => {},
    async render() {
      const html = faqHtml(items);
      return time(() => {
        stage.innerHTML = html;
      });
    },
    updates: plainUpdates('details', {
      toggle: (el) => {
        el.open = true;
      },
      isOpen: (el) => el.open,
      edit: (el) => {
        el.lastElementChild.innerHTML = edited;
      },
    }),
  },
  /** Shoelace 2: one <sl-details> per question. */
  shoelace: {
    load: () =>
      loadPeer(
        '/bench/.tmp/peers/shoelace-details.js',
        '/node_modules/@shoelace-style/shoelace/dist/themes/light.css',
        ['sl-details'],
      ),
    async render() {
      const html = shoelaceHtml(items);
      return time(async () => {
        stage.innerHTML = html;
        await Promise.all([...stage.querySelectorAll('sl-details')].map((el) => el.updateComplete));
      });
    },
    updates: plainUpdates('sl-details', {
      toggle: async (el) => {
        el.open = true;
        await el.updateComplete;
      },
      isOpen: (el) => el.open,
      edit: (el) => {
        el.innerHTML = edited;
      },
    }),
  },
  /** Web Awesome 3: <wa-accordion> of <wa-accordion-item>. */
  webawesome: {
    load: () =>
      loadPeer(
        '/bench/.tmp/peers/webawesome-accordion.js',
        '/node_modules/@awesome.me/webawesome/dist/styles/themes/default.css',
        ['wa-accordion', 'wa-accordion-item'],
      ),
    async render() {
      const html = webAwesomeHtml(items);
      return time(async () => {
        stage.innerHTML = html;
        await stage.querySelector('wa-accordion').updateComplete;
        await Promise.all(
          [...stage.querySelectorAll('wa-accordion-item')].map((el) => el.updateComplete),
        );
      });
    },
    updates: plainUpdates('wa-accordion-item', {
      toggle: async (el) => {
        el.expanded = true;
        await el.updateComplete;
      },
      isOpen: (el) => el.expanded,
      edit: (el) => {
        el.innerHTML = edited;
      },
    }),
  },
};

/**
 * Updates through <news-faq>'s own API: `toggle()`, new content, its `searchable` box. Set-up
 * (`before*`) and checks (`after*`) run outside the timed and profiled region.
 */
function newsUpdates(prepareEdit) {
  const el = () => stage.querySelector('news-faq');
  let edit;
  let input;
  return {
    toggle: async () => {
      const faq = el();
      return time(async () => {
        faq.toggle(target);
        await faq.updateComplete;
      });
    },
    afterToggle(checks) {
      // Questions and answers are in the light DOM (issue 11); the toolbar stays in the shadow root.
      const buttons = el().querySelectorAll('[data-news-content] button[aria-expanded]');
      const opened = [...buttons].filter(
        (button) => button.getAttribute('aria-expanded') === 'true',
      );
      if (opened.length !== 1) checks.push(`toggle: ${opened.length} items open, expected 1`);
    },
    beforeEdit() {
      edit = prepareEdit(el());
    },
    edit: () => time(edit),
    afterEdit(checks) {
      if (
        !el()
          .querySelector('[data-news-content]')
          ?.textContent.includes('corrected after publication')
      ) {
        checks.push('edit: the edited answer is not in the content');
      }
    },
    async beforeSearch() {
      const faq = el();
      faq.setAttribute('searchable', '');
      await faq.updateComplete;
      input =
        faq.shadowRoot.querySelector('input[type="search"]') ??
        faq.shadowRoot.querySelector('[part~="search"] input, input[part~="search"]');
    },
    async search(checks) {
      const faq = el();
      if (!input) {
        checks.push('search: no search box in the shadow tree');
        return undefined;
      }
      const visible = () =>
        [...faq.querySelectorAll('[data-news-content] [part~="item"]')].filter((item) =>
          item.checkVisibility(),
        ).length;
      return typeQuery(
        async (query) => {
          input.value = query;
          input.dispatchEvent(
            new InputEvent('input', { bubbles: true, composed: true, data: query.at(-1) }),
          );
          await faq.updateComplete;
        },
        visible,
        checks,
      );
    },
  };
}

/** Updates written by hand against plain markup (the floor) or a peer's elements. */
function plainUpdates(selector, { toggle, isOpen, edit }) {
  const nodes = () => [...stage.querySelectorAll(selector)];
  return {
    toggle: () => time(() => toggle(nodes()[target])),
    afterToggle(checks) {
      if (!isOpen(nodes()[target])) checks.push('toggle: the item is not open');
    },
    edit: () => time(() => edit(nodes()[target])),
    afterEdit(checks) {
      if (!nodes()[target].textContent.includes('corrected after publication')) {
        checks.push('edit: the edited answer is not in the document');
      }
    },
    async search(checks) {
      const list = nodes();
      // What a page author would write: hide what does not match, lower-case text cached.
      const visible = () => list.filter((node) => node.checkVisibility()).length;
      return typeQuery(
        (query) => {
          for (let i = 0; i < list.length; i++) {
            list[i].style.display = texts[i].includes(query) ? '' : 'none';
          }
        },
        visible,
        checks,
      );
    },
  };
}

/**
 * Types QUERY one key at a time; each keystroke is timed like `time()` until the filtered list
 * is on screen. When the element filters later (a debounce), waits frame by frame until the
 * visible count matches, up to a second, and counts the whole wait: that is what a reader sees.
 */
async function typeQuery(type, visible, checks) {
  const times = [];
  for (let length = 1; length <= QUERY.length; length++) {
    const query = QUERY.slice(0, length);
    const expected = texts.filter((text) => text.includes(query)).length;
    const start = performance.now();
    await type(query);
    const done = performance.now();
    const { frameStart, end } = await rendered();
    let shown = visible();
    if (shown === expected) {
      times.push(done - start + (end - Math.max(done, frameStart)));
    } else {
      while (shown !== expected && performance.now() - start < 1000) {
        await rendered();
        shown = visible();
      }
      times.push(performance.now() - start);
      if (shown === expected)
        checks.push(`search "${query}": the list was filtered after a delay (debounced?)`);
      else checks.push(`search "${query}": ${shown} items visible, expected ${expected}`);
    }
  }
  return times;
}

const capitalize = (word) => word[0].toUpperCase() + word.slice(1);
const current = variants[variant];
if (!current) throw new Error(`unknown variant ${variant}`);

window.bench = {
  variant,
  richShare: items.filter((item) => item.rich).length / items.length,
  ready: current.load(),
  render: () => current.render(),
  nodes: () => countNodes(stage),
  /** After the first render: every question is there. */
  check() {
    const faq = stage.querySelector('news-faq');
    const shown = faq
      ? faq.querySelectorAll('[data-news-content] [part~="item"]').length
      : stage.querySelectorAll('details, sl-details, wa-accordion-item').length;
    return shown === items.length ? [] : [`render: ${shown} questions, expected ${items.length}`];
  },
  /** Set-up for one update (e.g. the search box for `search`), then quiet frames. */
  async before(kind) {
    await current.updates[`before${capitalize(kind)}`]?.();
    await settle();
  },
  /** Runs one timed update: `toggle`, `edit` or `search`. */
  async update(kind) {
    const checks = [];
    const result = await current.updates[kind](checks);
    return { result, checks };
  },
  /** Checks that the update did what it should; returns the problems found. */
  async after(kind) {
    const checks = [];
    await current.updates[`after${capitalize(kind)}`]?.(checks);
    return checks;
  },
  errors,
};
