// The 500-paragraph article in one variant (`?variant=news|static`), driven by bench/run.js
// through `window.bench`: `ready`, `render()` (first render, ms), `nodes()`.
import {
  countNodes,
  errors,
  loadBundle,
  loadLazyChunks,
  loadNewsElements,
  params,
  stage,
  time,
} from './harness.js';
import { articleHtml, articleJson, articleParagraphs } from '../content.js';

const variant = params.get('variant') ?? 'static';
const paragraphs = articleParagraphs(Number(params.get('count') ?? 500));
/** The server output of the `server` variant, fetched before the clock. */
let html = '';

const variants = {
  /**
   * <news-article> given NewsArticle JSON (plain-text `articleBody`) through `content`; it renders
   * the readable content into its light DOM and the frame into its shadow root. The bundle was
   * loaded before, and the page was idle since, as when an app adds an article.
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
   * Diagnostic: the same render in the task that loaded the bundle, as on a page whose script
   * finds its article already there. `<news-article>` starts `Intl` when the page is next idle
   * (src/article/prepare-formats.ts), and here the page never was: the render pays the engine's
   * `Intl` start-up (ICU data, 12 to 15 ms on a fresh page), which the `news` row, rendered
   * after the page went idle, does not. The floor, holding preformatted text, never pays it.
   */
  'news-cold': {
    // The lazy chunks first (they are fetched before the clock in every variant, see harness.js):
    // fetching them after the bundle would leave the page idle in between.
    load: loadLazyChunks,
    async render() {
      // Only the bundle's own fetch and evaluation, then microtasks, before the clock: no idle.
      await loadBundle();
      await customElements.whenDefined('news-article');
      return variants.news.render();
    },
    check: () => variants.news.check(),
  },
  /**
   * Diagnostic: the element's own server output for the same article (`renderArticle`, written
   * by run.js, `?server=`), set as static HTML with no script: the same DOM and the same content
   * styles as `news`, so `news` against this row is what the script costs, and this row against
   * the floor what the article's look costs. `setHTMLUnsafe` parses its declarative shadow root.
   */
  server: {
    async load() {
      html = await (await fetch(params.get('server'))).text();
    },
    render: () =>
      time(() => {
        stage.setHTMLUnsafe(html);
      }),
    check: () => (stage.querySelector('news-article')?.shadowRoot ? [] : ['no shadow root']),
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
