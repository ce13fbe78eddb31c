import { expect } from '@open-wc/testing';
import { MAX_JSON_BYTES } from '../src/content/parse.js';
import { ContentError } from '../src/content/types.js';
import { DEFAULT_TIMEOUT_MS, fetchJson } from '../src/base/fetch-json.js';

// Endpoints: test/server/middleware.js. All engines share that server, so every key is unique.

interface Stats {
  hits: number;
  aborted: boolean;
}

const uniqueKey = () => `fetch-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stats(key: string): Promise<Stats> {
  const response = await fetch(`/test-api/hits?key=${key}`);
  return (await response.json()) as Stats;
}

/** Polls until `check` holds, failing after `timeoutMs`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for: ${what}`);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function contentError(promise: Promise<unknown>): Promise<ContentError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(ContentError);
  return error as ContentError;
}

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/test/fixtures/${name}.json`);
  return response.json();
}

/** A signal that counts its 'abort' listeners, to prove fetchJson removes what it adds. */
function countingSignal() {
  const controller = new AbortController();
  const { signal } = controller;
  const counts = { added: 0, removed: 0 };
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
    if (args[0] === 'abort') counts.added += 1;
    add(...args);
  };
  signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
    if (args[0] === 'abort') counts.removed += 1;
    remove(...args);
  };
  return { controller, signal, counts };
}

describe('fetchJson', () => {
  it('defaults to a 10 s timeout', () => {
    expect(DEFAULT_TIMEOUT_MS).to.equal(10_000);
  });

  describe('success', () => {
    it('parses a document served as application/ld+json', async () => {
      const value = await fetchJson('/test-api/json?name=fetch-article', {});
      expect(value).to.deep.equal(await fixture('fetch-article'));
      expect((value as { headline: string }).headline).to.equal(
        'Harbour café reopens after the storm',
      );
    });

    it('parses a document served as application/json', async () => {
      const value = await fetchJson('/test-api/json?name=fetch-faq&type=json', {});
      expect(value).to.deep.equal(await fixture('fetch-faq'));
    });

    it('parses a document served with another +json type', async () => {
      const value = await fetchJson('/test-api/json?name=fetch-faq&type=vnd', {});
      expect(value).to.deep.equal(await fixture('fetch-faq'));
    });

    it('accepts valid JSON served as text/plain (the type is advisory)', async () => {
      const value = await fetchJson('/test-api/wrong-type', {});
      expect(value).to.deep.equal(await fixture('fetch-article'));
    });

    it('accepts valid JSON served as text/html or without a type', async () => {
      expect(await fetchJson('/test-api/json?name=fetch-faq&type=html', {})).to.deep.equal(
        await fixture('fetch-faq'),
      );
      expect(await fetchJson('/test-api/json?name=fetch-faq&type=none', {})).to.deep.equal(
        await fixture('fetch-faq'),
      );
    });

    it('decodes UTF-8 characters split across chunks', async () => {
      const value = await fetchJson('/test-api/split?name=fetch-article', {});
      expect(value).to.deep.equal(await fixture('fetch-article'));
    });

    it('follows redirects', async () => {
      const value = await fetchJson('/test-api/redirect?name=fetch-faq', {});
      expect(value).to.deep.equal(await fixture('fetch-faq'));
    });

    it('asks for JSON-LD first, then JSON', async () => {
      const value = await fetchJson('/test-api/headers', {});
      expect(value).to.have.property('accept', 'application/ld+json, application/json;q=0.9');
    });

    it('sends no cookies, even same-origin', async () => {
      // Scoped to the echo endpoint so no other test sees it.
      const cookie = 'news_fetch_test=1; path=/test-api/headers; SameSite=Strict';
      document.cookie = cookie;
      try {
        const control = await fetch('/test-api/headers', { credentials: 'same-origin' });
        expect(await control.json()).to.have.property('cookie', true);
        const value = await fetchJson('/test-api/headers', {});
        expect(value).to.have.property('cookie', false);
      } finally {
        document.cookie = `${cookie}; max-age=0`;
      }
    });

    it('makes exactly one request', async () => {
      const key = uniqueKey();
      await fetchJson(`/test-api/count?key=${key}`, {});
      expect(await stats(key)).to.deep.equal({ hits: 1, aborted: false });
    });
  });

  describe('failures', () => {
    for (const status of [404, 500]) {
      it(`reports HTTP ${status} as FETCH_FAILED`, async () => {
        const error = await contentError(fetchJson(`/test-api/status/${status}`, {}));
        expect(error.code).to.equal('FETCH_FAILED');
        expect(error.message).to.equal(`The content could not be loaded (HTTP ${status}).`);
      });
    }

    it('reports a connection closed without a response as FETCH_FAILED', async () => {
      const error = await contentError(fetchJson('/test-api/drop', {}));
      expect(error.code).to.equal('FETCH_FAILED');
      expect(error.message).to.match(/network/);
    });

    it('reports a connection lost in the middle of the body as FETCH_FAILED', async () => {
      const error = await contentError(fetchJson('/test-api/truncated', {}));
      expect(error.code).to.equal('FETCH_FAILED');
    });

    it('never resolves a chunked body cut off by a lost connection', async () => {
      // WebKit hands over the cut body as if complete, so there it fails as JSON instead.
      const error = await contentError(fetchJson('/test-api/truncated?chunked=1', {}));
      expect(error.code).to.be.oneOf(['FETCH_FAILED', 'INVALID_JSON']);
    });

    it('reports an HTML page served with 200 as INVALID_JSON, saying HTML came back', async () => {
      const error = await contentError(fetchJson('/test-api/html', {}));
      expect(error.code).to.equal('INVALID_JSON');
      expect(error.message).to.match(/HTML/);
    });

    it('reports broken JSON as INVALID_JSON', async () => {
      const error = await contentError(fetchJson('/test-api/invalid', {}));
      expect(error.code).to.equal('INVALID_JSON');
      expect(error.message).not.to.match(/HTML/);
    });
  });

  describe('size cap', () => {
    it('stops reading a body without Content-Length as soon as it passes the cap', async () => {
      // The body never ends: only a cap applied while streaming can end this request early.
      const key = uniqueKey();
      const error = await contentError(
        fetchJson(`/test-api/huge?endless=1&key=${key}`, { timeoutMs: 5000 }),
      );
      expect(error.code).to.equal('TOO_LARGE');
      await until('the server sees the abort', async () => (await stats(key)).aborted);
    });

    it('refuses a 2 MiB chunked body with the default 1 MB cap', async () => {
      expect(MAX_JSON_BYTES).to.equal(1_048_576);
      const error = await contentError(fetchJson('/test-api/huge', {}));
      expect(error.code).to.equal('TOO_LARGE');
    });

    it('accepts a body of exactly maxBytes and refuses one byte more', async () => {
      const value = await fetchJson('/test-api/huge?bytes=5000', { maxBytes: 5000 });
      expect((value as { padding: string }).padding).to.have.length(5000 - '{"padding":""}'.length);
      const error = await contentError(fetchJson('/test-api/huge?bytes=5000', { maxBytes: 4999 }));
      expect(error.code).to.equal('TOO_LARGE');
    });

    it('refuses a declared Content-Length over the cap without reading the body', async () => {
      // The endpoint stalls after its first chunk: reading the body would end in TIMEOUT.
      const key = uniqueKey();
      const error = await contentError(
        fetchJson(`/test-api/huge-declared?key=${key}`, { timeoutMs: 5000 }),
      );
      expect(error.code).to.equal('TOO_LARGE');
      await until('the server sees the abort', async () => (await stats(key)).aborted);
    });

    it('checks a declared Content-Length against maxBytes', async () => {
      const error = await contentError(
        fetchJson('/test-api/huge-declared?bytes=2000', { maxBytes: 1000, timeoutMs: 5000 }),
      );
      expect(error.code).to.equal('TOO_LARGE');
    });
  });

  describe('timeout', () => {
    it('times out a body that never ends', async () => {
      const key = uniqueKey();
      const started = performance.now();
      const error = await contentError(fetchJson(`/test-api/hang?key=${key}`, { timeoutMs: 300 }));
      const elapsed = performance.now() - started;
      expect(error.code).to.equal('TIMEOUT');
      // Far below the 10 s default even on a loaded machine.
      expect(elapsed).to.be.within(250, 8000);
      await until('the server sees the abort', async () => (await stats(key)).aborted);
    });

    it('times out a response whose headers are late', async () => {
      const error = await contentError(fetchJson('/test-api/slow?ms=5000', { timeoutMs: 200 }));
      expect(error.code).to.equal('TIMEOUT');
    });

    it('falls back to the default for a zero, negative or NaN timeout', async () => {
      for (const timeoutMs of [0, -1, Number.NaN]) {
        const value = await fetchJson('/test-api/slow?ms=200&tag=late', { timeoutMs });
        expect(value).to.deep.equal({ tag: 'late', ms: 200 });
      }
    });
  });

  describe('abort', () => {
    it('rejects with AbortError when the caller aborts during the body, and ends the request', async () => {
      const key = uniqueKey();
      const controller = new AbortController();
      const pending = fetchJson(`/test-api/hang?key=${key}`, { signal: controller.signal });
      await until('the request arrives', async () => (await stats(key)).hits === 1);
      controller.abort();
      const error = await rejection(pending);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      await until('the server sees the abort', async () => (await stats(key)).aborted);
    });

    it('rejects with AbortError when the caller aborts before the headers', async () => {
      const key = uniqueKey();
      const controller = new AbortController();
      const pending = fetchJson(`/test-api/slow?ms=5000&key=${key}`, { signal: controller.signal });
      await until('the request arrives', async () => (await stats(key)).hits === 1);
      controller.abort(new Error('a custom reason'));
      const error = await rejection(pending);
      expect((error as DOMException).name).to.equal('AbortError');
      await until('the server sees the abort', async () => (await stats(key)).aborted);
    });

    it('makes no request for an already aborted signal', async () => {
      const key = uniqueKey();
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(
        fetchJson(`/test-api/count?key=${key}`, { signal: controller.signal }),
      );
      expect((error as DOMException).name).to.equal('AbortError');
      await sleep(200);
      expect((await stats(key)).hits).to.equal(0);
    });

    it('removes its listener from the caller signal however the request ends', async () => {
      const ok = countingSignal();
      await fetchJson('/test-api/json?name=fetch-faq', { signal: ok.signal });
      const failed = countingSignal();
      await rejection(fetchJson('/test-api/status/404', { signal: failed.signal }));
      const timedOut = countingSignal();
      await rejection(fetchJson('/test-api/hang', { signal: timedOut.signal, timeoutMs: 200 }));
      for (const { counts } of [ok, failed, timedOut]) {
        expect(counts.added).to.be.greaterThan(0);
        expect(counts.removed).to.equal(counts.added);
      }
    });

    it('resolves normally when the caller aborts after the result arrived', async () => {
      const controller = new AbortController();
      const value = await fetchJson('/test-api/json?name=fetch-faq', { signal: controller.signal });
      controller.abort();
      await sleep(50);
      expect(value).to.deep.equal(await fixture('fetch-faq'));
    });
  });

  describe('concurrent requests', () => {
    it('resolve independently, each with its own body, in the order the server answers', async () => {
      const finished: string[] = [];
      const request = (tag: string, ms: number) =>
        fetchJson(`/test-api/slow?ms=${ms}&tag=${tag}`, {}).then((value) => {
          finished.push(tag);
          return value;
        });
      const results = await Promise.all([request('a', 1200), request('b', 50), request('c', 600)]);
      expect(results).to.deep.equal([
        { tag: 'a', ms: 1200 },
        { tag: 'b', ms: 50 },
        { tag: 'c', ms: 600 },
      ]);
      expect(finished).to.deep.equal(['b', 'c', 'a']);
    });

    it('aborting or timing out one leaves the others untouched', async () => {
      const controller = new AbortController();
      const aborted = rejection(
        fetchJson('/test-api/slow?ms=2000&tag=aborted', { signal: controller.signal }),
      );
      const timedOut = contentError(fetchJson('/test-api/hang', { timeoutMs: 200 }));
      const kept = fetchJson('/test-api/slow?ms=600&tag=kept', {});
      await sleep(100);
      controller.abort();
      expect(((await aborted) as DOMException).name).to.equal('AbortError');
      expect((await timedOut).code).to.equal('TIMEOUT');
      expect(await kept).to.deep.equal({ tag: 'kept', ms: 600 });
    });
  });
});
