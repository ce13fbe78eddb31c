// The 500-paragraph article in one variant (`?variant=news|static`), driven by bench/run.js
// through `window.bench`: `ready`, `render()` (first render, ms), `nodes()`.
import { countNodes, errors, loadNewsElements, params, stage, time } from './harness.js';
import { articleHtml, articleJson, articleParagraphs } from '../content.js';

const variant = params.get('variant') ?? 'static';
const paragraphs = articleParagraphs(Number(params.get('count') ?? 500));

const variants = {
  /**
   * <news-article> given NewsArticle JSON (plain-text `articleBody`) through `content`; it renders
   * the readable content into its light DOM and the frame into its shadow root.
   */
  news: {
    load: loadNewsElements,
    async render() {
      const data = articleJson(paragraphs);
      return time(async () => {
        const el = document.createElement('news-article');
        el.content = data;
        stage.append(el);
        await el.updateComplete;
      });
    },
    check() {
      // The readable content is in the light DOM (issue 11), in the element's content container.
      const el = stage.querySelector('news-article');
      const shown = el.querySelectorAll('[data-news-content] [part="body"] > p').length;
      const inShadow = el.shadowRoot.querySelectorAll('p').length;
      return [
        ...(shown === paragraphs.length
          ? []
          : [`${shown} light-DOM body paragraphs rendered, expected ${paragraphs.length}`]),
        ...(inShadow ? [`${inShadow} paragraphs rendered in the shadow root`] : []),
      ];
    },
  },
  /**
   * Diagnostic: the same, on a page where something already used the three `Intl` services the
   * article formats with, so their engine start-up (ICU data, about 20 ms or more on a fresh
   * page) is not in the timed render. Shows how much of the gap to the floor is that start-up.
   */
  'news-intl': {
    async load() {
      await loadNewsElements();
      const hour = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
      new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', ...hour }).format(0);
      new Intl.NumberFormat('en', { style: 'unit', unit: 'minute' }).format(1);
      new Intl.ListFormat('en').format(['a', 'b']);
    },
    render: () => variants.news.render(),
    check: () => variants.news.check(),
  },
  /** The floor: the same article as static HTML set by innerHTML. */
  static: {
    load: async () => {},
    async render() {
      const html = articleHtml(paragraphs);
      return time(() => {
        stage.innerHTML = html;
      });
    },
    check: () => [],
  },
};

const current = variants[variant];
if (!current) throw new Error(`unknown variant ${variant}`);

window.bench = {
  variant,
  ready: current.load(),
  render: () => current.render(),
  nodes: () => countNodes(stage),
  check: () => current.check(),
  errors,
};
