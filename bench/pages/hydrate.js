// Hydration of the 500-paragraph article against rendering it from JSON, driven by bench/run.js
// through `window.bench` (`ready`, `render()`, `nodes()`, `check()`).
// - `?variant=hydrate`: the element's server output (`renderArticle`, written by run.js to the
//   file named by `?server=`) is put into the page and painted while `<news-article>` is not
//   defined yet, as on a page whose script has not arrived. The clock starts at the definition,
//   which upgrades the element; it adopts the server's nodes.
// - `?variant=client`: the same article as NewsArticle JSON through `content`; the clock starts
//   at the definition too, then the element is created and rendered.
// Both end at `news-load` (the figure of the goal) and, in a second figure, at the next frame
// painted after it. The bundle and its lazy chunks are loaded before the clock in both.
import {
  countNodes,
  errors,
  loadBundle,
  loadLazyChunks,
  params,
  rendered,
  settle,
  stage,
} from './harness.js';
import { ARTICLE_HEADLINE, articleJson, articleParagraphs } from '../content.js';

const variant = params.get('variant') ?? 'client';
const paragraphs = articleParagraphs(Number(params.get('count') ?? 500));

// The bundle defines its elements when it loads; those definitions are held here until the
// clock starts, so that the timed part is the upgrade and not loading and compiling the module.
const registry = window.customElements;
const held = [];
registry.define = (name, constructor, options) => {
  held.push([name, constructor, options]);
};
function defineHeld() {
  delete registry.define;
  for (const [name, constructor, options] of held) {
    if (!registry.get(name)) registry.define(name, constructor, options);
  }
}

/** The server's headline and first body paragraph, to prove they are adopted, not replaced. */
let serverNodes;
const bodyParagraphs = (el) => el.querySelectorAll('[data-news-content] [part="body"] > p');

async function load() {
  await loadBundle();
  await loadLazyChunks();
  if (!held.some(([name]) => name === 'news-article'))
    throw new Error('the bundle did not define <news-article>');
  if (variant === 'hydrate') {
    const response = await fetch(params.get('server'));
    if (!response.ok) throw new Error(`could not load the server output: ${response.status}`);
    stage.setHTMLUnsafe(await response.text());
    // Laid out and painted, as a server-rendered page is before its script arrives.
    await settle();
    const el = stage.querySelector('news-article');
    serverNodes = {
      headline: el.querySelector('[part="headline"]'),
      paragraph: bodyParagraphs(el)[0],
    };
  }
}

async function render() {
  const loaded = new Promise((resolve) => {
    stage.addEventListener('news-load', () => resolve(performance.now()), { once: true });
  });
  const data = variant === 'client' ? articleJson(paragraphs) : undefined;
  const start = performance.now();
  defineHeld();
  if (variant === 'client') {
    const el = document.createElement('news-article');
    el.content = data;
    stage.append(el);
  }
  const done = await loaded;
  const { frameStart, end } = await rendered();
  return {
    busy: done - start,
    wall: end - start,
    painted: done - start + (end - Math.max(done, frameStart)),
  };
}

function check() {
  const el = stage.querySelector('news-article');
  const problems = [];
  const shown = bodyParagraphs(el);
  if (shown.length !== paragraphs.length)
    problems.push(`${shown.length} light-DOM body paragraphs, expected ${paragraphs.length}`);
  if (el.querySelector('[part="headline"]')?.textContent.trim() !== ARTICLE_HEADLINE)
    problems.push('the headline is missing');
  if (!el.shadowRoot?.querySelector('slot')) problems.push('the frame was not rendered');
  if (serverNodes) {
    if (el.querySelector('[part="headline"]') !== serverNodes.headline)
      problems.push('hydration replaced the server headline node (rendered afresh)');
    if (shown[0] !== serverNodes.paragraph)
      problems.push('hydration replaced the server paragraph nodes (rendered afresh)');
  }
  return problems;
}

window.bench = {
  variant,
  ready: load(),
  render,
  nodes: () => countNodes(stage),
  check,
  errors,
};
