// Shared by the bench pages: loading a variant's code, the "rendered" end point, and counting
// nodes. bench/run.js drives the pages through `window.bench` (see faq.js, article.js).

export const params = new URL(location.href).searchParams;

/** Every `news-error` and uncaught error on the page, for run.js to report. */
export const errors = [];
addEventListener('news-error', (event) =>
  errors.push(`news-error ${JSON.stringify(event.detail)}`),
);
addEventListener('error', (event) => errors.push(String(event.message)));

/** Where the variants render; empty before each measurement. */
export const stage = document.getElementById('stage');

/** Loads the built CDN bundle (or `?bundle=` for the profiling build). */
export const loadBundle = () => import(params.get('bundle') ?? '/dist/news-elements.js');

/**
 * Loads every chunk named in `?preload=` (the lazy sanitizer), so module fetching is not inside
 * the timed region: a publisher would `modulepreload` the chunk, and its size is reported
 * separately.
 */
export async function loadLazyChunks() {
  for (const url of (params.get('preload') ?? '').split(',').filter(Boolean)) await import(url);
}

/** The bundle, then its lazy chunks, then both elements defined. */
export async function loadNewsElements() {
  await loadBundle();
  await loadLazyChunks();
  await Promise.all([
    customElements.whenDefined('news-faq'),
    customElements.whenDefined('news-article'),
  ]);
}

/** Loads a peer bundle (bench/.tmp/peers/, built by run.js) and its theme stylesheet. */
export async function loadPeer(script, stylesheet, tags) {
  if (stylesheet) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(`could not load ${stylesheet}`));
    });
    document.head.append(link);
    await loaded;
  }
  await import(script);
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
}

/**
 * Resolves once the work so far is on screen: at the next animation frame, force layout, then
 * wait for a task posted from that frame, which runs after the frame's paint and commit.
 * Resolves to the frame's start (its rAF timestamp) and the end, in performance.now() time.
 */
export function rendered() {
  return new Promise((resolve) => {
    requestAnimationFrame((frameStart) => {
      void document.body.offsetHeight;
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve({ frameStart, end: performance.now() });
      port2.postMessage(undefined);
    });
  });
}

/** A few quiet frames, so work left over from one measurement does not leak into the next. */
export async function settle(frames = 3) {
  for (let i = 0; i < frames; i++) await rendered();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Times `action()` until its result is on screen. `wall`: from just before the action to the
 * end of the next painted frame. `busy`: the same without the idle wait for that frame to
 * begin (headless Chromium draws at a fixed 60 Hz, so the wait is 0 to 16.7 ms of noise that
 * has nothing to do with the code measured): action time plus the frame's own work.
 */
export async function time(action) {
  const start = performance.now();
  await action();
  const done = performance.now();
  const { frameStart, end } = await rendered();
  return { busy: done - start + (end - Math.max(done, frameStart)), wall: end - start };
}

/** Every node under `root`, shadow trees included (what a reader's browser must hold). */
export function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return count;
}

/** Lower-case visible text of an HTML fragment, for the search filters written by hand. */
export function plainText(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent.toLowerCase();
}
