import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { ErrorCode, NewsArticle, NewsErrorDetail, NewsFaq } from '../src/index.js';
import { contentOf } from './fixtures/content.js';

/**
 * `src` faults at element level (SPEC sections 5 and 7), served by the test runner's middleware
 * (test/server/middleware.js): bad statuses and bodies, size caps, timeouts, stale responses,
 * and the element leaving or moving in the page while a request is in flight. Every fault shows
 * the reader a message in `part="error"`, fires `news-error` with its code, and a later good
 * `src` recovers.
 */

type ContentElement = NewsArticle | NewsFaq;
type Kind = 'article' | 'faq';

interface Recorded {
  type: string;
  detail: unknown;
}

/** The visible message for each code (src/content-element.ts). */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  INVALID_JSON: 'This content could not be read.',
  FETCH_FAILED: 'This content could not be loaded.',
  TIMEOUT: 'This content took too long to load.',
  TOO_LARGE: 'This content is too large to show.',
};

const elements = [
  {
    kind: 'article' as Kind,
    tag: 'news-article',
    good: {
      src: '/test-api/json?name=fetch-article',
      text: 'Harbour café reopens after the storm',
    },
  },
  {
    kind: 'faq' as Kind,
    tag: 'news-faq',
    good: { src: '/test-api/json?name=fetch-faq', text: 'When does the café open?' },
  },
] as const;

let counter = 0;
/** A request key unique across tests and engines (they share one server). */
const uniqueKey = (name: string) =>
  `src-faults-${name}-${++counter}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the server saw for a key: requests, and whether the client abandoned one. */
async function seen(key: string): Promise<{ hits: number; aborted: boolean }> {
  // Bounded, so a starved connection pool fails the test with a message instead of a hang.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const response = await fetch(`/test-api/hits?key=${encodeURIComponent(key)}`, {
      signal: controller.signal,
    });
    return (await response.json()) as { hits: number; aborted: boolean };
  } catch (error) {
    throw new Error(`could not ask the server about ${key}: ${String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The next event of `type`; fails naming it when none comes within `ms`. */
function next<D = unknown>(el: EventTarget, type: string, ms = 8000): Promise<CustomEvent<D>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      el.removeEventListener(type, listener);
      reject(new Error(`no ${type} within ${ms} ms`));
    }, ms);
    const listener = (event: Event) => {
      clearTimeout(timer);
      resolve(event as CustomEvent<D>);
    };
    el.addEventListener(type, listener, { once: true });
  });
}

/** Polls until `check` holds; fails with `what` after `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5000) {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A tiny document rendered as "Tagged <tag>", served after `ms`. */
const tagged = (kind: Kind, tag: string, ms: number) =>
  `/test-api/tagged?kind=${kind}&ms=${ms}&tag=${tag}&key=${tag}`;

/** The text a reader sees first: the headline, or the first question (light-DOM content). */
function shownText(el: ContentElement): string | null {
  const content = contentOf(el);
  const node = content?.querySelector('[part~="headline"], [part~="question"]');
  return node?.textContent?.trim() ?? null;
}

function errorPart(el: ContentElement): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
}

/** Records every `news-load` and `news-error` from now on. */
function record(el: ContentElement): Recorded[] {
  const events: Recorded[] = [];
  for (const type of ['news-load', 'news-error']) {
    el.addEventListener(type, (event) =>
      events.push({ type, detail: (event as CustomEvent).detail }),
    );
  }
  return events;
}

/** A connected element with nothing to show yet, in its own container. */
async function create(tag: 'news-article' | 'news-faq'): Promise<ContentElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  el.locale = 'en';
  container.append(el);
  return el;
}

interface Fault {
  name: string;
  path: string;
  code: ErrorCode;
  /** `src-timeout` for this fault. */
  timeout?: number;
  /** The server must see the request abandoned: the element stopped reading. */
  abandons?: boolean;
  accessible?: boolean;
  /**
   * The browser's network layer retries a GET whose connection closed without a response, out of
   * the element's sight (Chromium once, WebKit up to twice, Firefox up to ten times).
   */
  retried?: boolean;
}

const faults: Fault[] = [
  { name: 'HTTP 404', path: '/test-api/status/404', code: 'FETCH_FAILED', accessible: true },
  { name: 'HTTP 500', path: '/test-api/status/500', code: 'FETCH_FAILED' },
  { name: 'an HTML page served with 200', path: '/test-api/html', code: 'INVALID_JSON' },
  { name: 'broken JSON', path: '/test-api/invalid', code: 'INVALID_JSON' },
  { name: 'a dropped connection', path: '/test-api/drop', code: 'FETCH_FAILED', retried: true },
  {
    name: 'a 2 MiB streamed body (over the 1 MB cap)',
    path: '/test-api/huge?endless=1',
    code: 'TOO_LARGE',
    abandons: true,
  },
  {
    name: 'a declared Content-Length over the cap',
    path: '/test-api/huge-declared',
    code: 'TOO_LARGE',
    abandons: true,
  },
  {
    name: 'a response that never ends (src-timeout 300)',
    path: '/test-api/hang',
    code: 'TIMEOUT',
    timeout: 300,
    abandons: true,
  },
];

for (const { kind, tag, good } of elements) {
  describe(`<${tag}> src faults`, () => {
    for (const fault of faults) {
      it(`${fault.name}: ${fault.code}, a message for the reader, and a good src recovers`, async () => {
        const el = await create(tag);
        if (fault.timeout) el.setAttribute('src-timeout', String(fault.timeout));
        const events = record(el);
        const key = uniqueKey(kind);
        const separator = fault.path.includes('?') ? '&' : '?';
        const started = performance.now();
        const failed = next<NewsErrorDetail>(el, 'news-error');
        el.src = `${fault.path}${separator}key=${key}`;
        const { detail } = await failed;
        const elapsed = performance.now() - started;
        await el.updateComplete;

        expect(detail.code).to.equal(fault.code);
        expect(detail.message).to.be.a('string').that.is.not.empty;
        const error = errorPart(el);
        expect(error?.textContent?.trim()).to.equal(MESSAGES[fault.code]);
        expect(error?.getAttribute('role')).to.equal('alert');
        expect(shownText(el)).to.equal(null);
        expect(events.map((event) => event.type)).to.deep.equal(['news-error']);
        if (fault.accessible) await expect(el).to.be.accessible();
        if (fault.timeout) {
          expect(elapsed).to.be.within(fault.timeout - 20, fault.timeout + 3000);
        }
        if (fault.abandons) {
          await until(
            'the server to see the request abandoned',
            async () => (await seen(key)).aborted,
          );
        }
        // One request from the element (a browser's own retry of a dropped one aside).
        const { hits } = await seen(key);
        if (fault.retried) expect(hits).to.be.at.least(1);
        else expect(hits).to.equal(1);

        const loaded = next(el, 'news-load');
        el.src = good.src;
        expect((await loaded).detail).to.deep.equal({ source: 'src' });
        await el.updateComplete;
        expect(errorPart(el)).to.equal(null);
        expect(shownText(el)).to.equal(good.text);
      });
    }

    it('renders JSON served with the wrong content type (text/plain)', async () => {
      const el = await create(tag);
      const events = record(el);
      const loaded = next(el, 'news-load');
      el.src = `/test-api/wrong-type?name=${kind === 'article' ? 'fetch-article' : 'fetch-faq'}`;
      await loaded;
      await el.updateComplete;
      expect(shownText(el)).to.equal(good.text);
      expect(events).to.deep.equal([{ type: 'news-load', detail: { source: 'src' } }]);
    });

    it('refuses a src that is not http(s) as FETCH_FAILED', async () => {
      const el = await create(tag);
      const failed = next<NewsErrorDetail>(el, 'news-error');
      el.src = 'data:application/json,%5B%5D';
      expect((await failed).detail.code).to.equal('FETCH_FAILED');
      await el.updateComplete;
      expect(errorPart(el)?.textContent?.trim()).to.equal(MESSAGES.FETCH_FAILED);
    });

    it('gives a fetch 10 s by default; src-timeout sets another limit', async () => {
      const el = await create(tag);
      expect(el.srcTimeout).to.equal(10_000);
      el.setAttribute('src-timeout', '250');
      expect(el.srcTimeout).to.equal(250);

      // Without waiting 10 s: the timers started while a request begins show the limit used.
      for (const attribute of [null, 'not a number', '0']) {
        if (attribute === null) el.removeAttribute('src-timeout');
        else el.setAttribute('src-timeout', attribute);
        const key = uniqueKey(`${kind}-default`);
        const delays: unknown[] = [];
        const original = window.setTimeout;
        window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
          delays.push(ms);
          return original(handler, ms, ...args);
        }) as typeof window.setTimeout;
        try {
          el.src = `/test-api/hang?key=${key}`;
          await until('the request', async () => (await seen(key)).hits === 1);
        } finally {
          window.setTimeout = original;
        }
        expect(delays, `src-timeout=${attribute}`).to.include(10_000);
        expect(shownText(el)).to.equal(null);
        expect(errorPart(el)).to.equal(null);
      }
      el.remove(); // aborts the hanging request
    });

    it('renders only the last of three quick src changes whose responses come in reverse, every time', async () => {
      const el = await create(tag);
      const events = record(el);
      for (let round = 0; round < 3; round++) {
        events.length = 0;
        // Delays far longer than setting the next src takes, even on a loaded machine, so the
        // stale requests are still unanswered when they are superseded.
        const requests = [3000, 2000, 50].map((ms) => ({ ms, key: uniqueKey(`${kind}-order`) }));
        for (const { ms, key } of requests) {
          el.src = tagged(kind, key, ms);
          // Each request reaches the server before the next src, so all three are in flight.
          await until(`request ${key}`, async () => (await seen(key)).hits === 1);
        }
        const last = requests[2]!.key;
        await until('news-load', () => events.some((event) => event.type === 'news-load'));
        // The stale requests were abandoned, so the server never answers them: nothing can
        // arrive later to overwrite the last one.
        for (const { key } of requests.slice(0, 2)) {
          await until(`stale request ${key} aborted`, async () => (await seen(key)).aborted);
        }
        await sleep(100);
        expect(events, `round ${round + 1}`).to.deep.equal([
          { type: 'news-load', detail: { source: 'src' } },
        ]);
        expect(shownText(el)).to.equal(`Tagged ${last}`);
        expect(await seen(last)).to.deep.equal({ hits: 1, aborted: false });
      }
    });

    it('aborts the request when removed mid-fetch, fires nothing afterwards, and loads when back', async () => {
      const el = await create(tag);
      const container = el.parentElement!;
      const events = record(el);
      const key = uniqueKey(`${kind}-removed`);
      const delay = 1500;
      const requested = performance.now();
      el.src = tagged(kind, key, delay);
      await until('the request', async () => (await seen(key)).hits === 1);
      el.remove();
      await until('the server to see the request aborted', async () => (await seen(key)).aborted);
      // Past the time the response would have taken.
      await sleep(Math.max(0, requested + delay + 200 - performance.now()));
      expect(events).to.deep.equal([]);
      expect(shownText(el)).to.equal(null);

      const loaded = next(el, 'news-load');
      container.append(el);
      await loaded;
      await el.updateComplete;
      expect(shownText(el)).to.equal(`Tagged ${key}`);
      expect((await seen(key)).hits).to.equal(2);
    });

    it('keeps its one request when moved mid-fetch, and renders once', async () => {
      const el = await create(tag);
      const other = await fixture<HTMLElement>(html`<section></section>`);
      const events = record(el);
      const key = uniqueKey(`${kind}-moved`);
      el.src = tagged(kind, key, 1000);
      await until('the request', async () => (await seen(key)).hits === 1);
      other.append(el); // disconnect and connect in one task
      await until('news-load', () => events.length > 0);
      await sleep(200);
      expect(el.parentElement).to.equal(other);
      expect(events).to.deep.equal([{ type: 'news-load', detail: { source: 'src' } }]);
      expect(shownText(el)).to.equal(`Tagged ${key}`);
      expect(await seen(key)).to.deep.equal({ hits: 1, aborted: false });
    });
  });
}
