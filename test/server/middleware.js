// Test-only HTTP behaviour for `src` fetching and the CSP page, served by the test runner
// (Koa middleware, see web-test-runner.config.js). Nothing here ships.
//
// Endpoints, all under /test-api/ and never cached:
//   json?name=N[&type=T]     test/fixtures/N.json; T: ld+json (default), json, vnd (a +json
//                            type), plain, html, none (no Content-Type)
//   count?name=N&key=K       the same as json (default name fetch-article), for counting tests
//   slow?ms=M[&name=N|&tag=X] after M ms: fixture N, or {"tag": X, "ms": M}
//   split?name=N             fixture N in two chunks 50 ms apart, cut inside a multi-byte
//                            character (proves stream decoding)
//   status/NNN               that status (400-599) with a small JSON body
//   html                     200 text/html error page
//   wrong-type               valid JSON served as text/plain
//   invalid                  broken JSON served as application/json
//   huge[?bytes=B][&endless=1] B bytes (default 2 MiB) of valid JSON, chunked, no Content-Length;
//                            endless=1 never ends (only a streaming cap can stop it)
//   huge-declared[?bytes=B]  Content-Length: B (default 2 MiB), then one chunk and a stall, so
//                            only a client that trusts the header fails fast
//   hang                     headers and a first chunk, then nothing until the client goes away
//   truncated[?chunked=1]    Content-Length: 1000 but a few bytes, then the connection is
//                            destroyed; chunked=1 without the length (WebKit takes that as complete)
//   drop                     the connection is destroyed without a response
//   redirect?name=N          302 to json?name=N
//   headers                  {"cookie": whether a Cookie header arrived, "accept": the Accept}
//   hits?key=K               {"hits": requests seen with key=K, "aborted": whether one was
//                            abandoned by the client before its response finished}
//   aborted?key=K            {"aborted": ...} as above
//   tagged?tag=X[&ms=M][&kind=article|faq]
//                            after M ms (default 0), a tiny valid article with the headline
//                            "Tagged X" (kind=faq: an FAQ with the question "Tagged X"), so a
//                            test can tell which of several requests was rendered
//   xss?i=N&doc=D            the JSON document D (URL-encoded JSON) with every string's
//                            @@PAYLOAD@@ replaced by payload N of test/fixtures/xss-vectors.json and
//                            @@PAYLOAD_ATTR@@ by the same payload escaped for a double-quoted
//                            HTML attribute; the payload travels from the server, not in the URL
//   links?kind=article|faq   a document whose rich text links relatively (`story.html`,
//                            `../up.html`, `?page=2`, `#question-2`), for resolving them
//                            against this URL (/test-api/...), not the page's
//   render (POST)            body {kind: 'article'|'faq', input, options}: the server renderer's
//                            HTML (dist/lib/server/render.js, built by `npm run build`), or
//                            {error, code} with status 422 when it throws
//   scenarios                the bytes-per-page scenarios of scripts/scenarios.js:
//                            [{id, description, renders, shadow}]
//   scenario?id=S            scenario S's page (scripts/scenarios.js `scenarioPage`; server-seed
//                            rendered by the built dist/lib/server/index.js)
//   script-sizes (POST)      body {results: [what test/size.test.ts read from each page]}: the
//                            gzip sizes of the requested dist/ files, judged against the
//                            scenarios' goals and budgets: {rows, table}
// Any request with `key=K` (except hits/aborted) is counted; use a unique key per test, because
// all engines share this server.
import { readFile } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import {
  judge,
  measureScenario,
  scenarioById,
  scenarioPage,
  scenarios,
  textTable,
} from '../../scripts/scenarios.js';

const MiB = 1024 * 1024;
const fixtures = new URL('../fixtures/', import.meta.url);

const types = {
  'ld+json': 'application/ld+json',
  json: 'application/json',
  vnd: 'application/vnd.api+json',
  plain: 'text/plain',
  html: 'text/html',
};

/** Requests seen per `key`, and whether the client abandoned one. */
const stats = new Map();
const statsFor = (key) => {
  if (!stats.has(key)) stats.set(key, { hits: 0, aborted: false });
  return stats.get(key);
};

/** The XSS corpus, read once. */
let xssVectors;
const vectors = async () =>
  (xssVectors ??= JSON.parse(await readFile(new URL('xss-vectors.json', fixtures), 'utf8')));

// The same placeholders and filling as test/xss.test.ts uses for the other channels.
const PAYLOAD = '@@PAYLOAD@@';
const PAYLOAD_ATTR = '@@PAYLOAD_ATTR@@';
const escapeAttribute = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A deep copy of `value` with the placeholders in its strings replaced (functions: no `$` patterns). */
const fillPayload = (value, payload) => {
  if (typeof value === 'string') {
    return value
      .replaceAll(PAYLOAD_ATTR, () => escapeAttribute(payload))
      .replaceAll(PAYLOAD, () => payload);
  }
  if (Array.isArray(value)) return value.map((item) => fillPayload(item, payload));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillPayload(item, payload)]),
    );
  }
  return value;
};

const sendJson = (ctx, value, status = 200) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
};

/** Fixture bytes by name, or undefined (names are restricted, so no path escapes the folder). */
const fixture = async (name) => {
  if (typeof name !== 'string' || !/^[\w-]+$/.test(name)) return undefined;
  try {
    return await readFile(new URL(`${name}.json`, fixtures));
  } catch {
    return undefined;
  }
};

const serveFixture = async (ctx, name, type = 'application/ld+json') => {
  const body = await fixture(name);
  if (!body) return sendJson(ctx, { error: `no fixture ${name}` }, 404);
  ctx.status = 200;
  if (type) ctx.type = type;
  ctx.body = body;
  if (!type) ctx.remove('Content-Type');
};

const delay = (ctx, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.res.once('close', () => clearTimeout(timer));
  });

/** Runs `action` after `ms` unless the response has closed by then. */
const later = (ctx, ms, action) => {
  const timer = setTimeout(action, ms);
  ctx.res.once('close', () => clearTimeout(timer));
};

const number = (value, fallback, max) => {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
};

/** A stream that stays open until the response closes (the client went away). */
const openStream = (ctx, firstChunk) => {
  const stream = new PassThrough();
  stream.write(firstChunk);
  ctx.res.once('close', () => stream.destroy());
  return stream;
};

/** The request body, parsed as JSON. */
const readJson = async (ctx) => {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
};

/** The server renderer, loaded on first use (it is built with the package). */
let renderer;
const serverRenderer = () => (renderer ??= import('../../dist/lib/server/render.js'));

/** The built package's server entry, for the server-rendered scenario. */
let serverEntry;
const serverIndex = () => (serverEntry ??= import('../../dist/lib/server/index.js'));

/** Route table: path -> async handler(ctx). */
export const routes = new Map([
  [
    '/test-api/scenarios',
    (ctx) =>
      sendJson(
        ctx,
        scenarios.map(({ id, description, renders, shadow }) => ({
          id,
          description,
          renders,
          shadow,
        })),
      ),
  ],
  [
    '/test-api/scenario',
    async (ctx) => {
      const id = String(ctx.query.id ?? '');
      if (!scenarioById.has(id)) return sendJson(ctx, { error: `no scenario ${id}` }, 404);
      const { renderArticle } = scenarioById.get(id).server ? await serverIndex() : {};
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = scenarioPage(id, { renderArticle });
    },
  ],
  [
    '/test-api/script-sizes',
    async (ctx) => {
      const { results } = await readJson(ctx);
      const rows = judge(results.map((result) => measureScenario(result)));
      sendJson(ctx, { rows, table: textTable(rows) });
    },
  ],
  [
    '/test-api/render',
    async (ctx) => {
      const { kind, input, options } = await readJson(ctx);
      const { renderArticle, renderFaq } = await serverRenderer();
      try {
        const render = kind === 'faq' ? renderFaq : renderArticle;
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = render(input, options ?? {});
      } catch (error) {
        sendJson(ctx, { error: String(error?.message ?? error), code: error?.code }, 422);
      }
    },
  ],
  [
    '/test-api/json',
    (ctx) => {
      const type = ctx.query.type ?? 'ld+json';
      if (type === 'none') return serveFixture(ctx, ctx.query.name, null);
      if (!Object.hasOwn(types, type)) return sendJson(ctx, { error: `unknown type ${type}` }, 400);
      return serveFixture(ctx, ctx.query.name, types[type]);
    },
  ],
  ['/test-api/count', (ctx) => serveFixture(ctx, ctx.query.name ?? 'fetch-article')],
  [
    '/test-api/slow',
    async (ctx) => {
      const ms = number(ctx.query.ms, 0, 30_000);
      await delay(ctx, ms);
      if (ctx.query.name) return serveFixture(ctx, ctx.query.name);
      return sendJson(ctx, { tag: ctx.query.tag ?? null, ms });
    },
  ],
  [
    '/test-api/split',
    async (ctx) => {
      const body = await fixture(ctx.query.name);
      if (!body) return sendJson(ctx, { error: 'no fixture' }, 404);
      // Cut after the first byte of the first multi-byte character.
      const cut = body.findIndex((byte) => byte >= 0x80) + 1 || body.length >> 1;
      const stream = openStream(ctx, body.subarray(0, cut));
      ctx.type = 'application/ld+json';
      ctx.body = stream;
      // Not awaited: Koa starts sending only once the handler returns.
      later(ctx, 50, () => stream.end(body.subarray(cut)));
    },
  ],
  [
    '/test-api/html',
    (ctx) => {
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Oops</title><h1>Something went wrong</h1>';
    },
  ],
  [
    '/test-api/wrong-type',
    async (ctx) => serveFixture(ctx, ctx.query.name ?? 'fetch-article', 'text/plain'),
  ],
  [
    '/test-api/invalid',
    (ctx) => {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"@type": "NewsArticle", "headline": "Cut off';
    },
  ],
  [
    '/test-api/huge',
    (ctx) => {
      const total = number(ctx.query.bytes, 2 * MiB, 64 * MiB);
      const endless = ctx.query.endless === '1';
      const head = '{"padding":"';
      const tail = '"}';
      let sent = 0;
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = new Readable({
        // Produces on demand, so an abandoned response stops costing anything.
        read() {
          if (sent === 0) {
            sent = head.length;
            return void this.push(head);
          }
          const left = total - sent - tail.length;
          if (endless || left > 16 * 1024) {
            sent += 16 * 1024;
            return void this.push('x'.repeat(16 * 1024));
          }
          this.push('x'.repeat(Math.max(0, left)) + tail);
          sent = total;
          this.push(null);
        },
      });
    },
  ],
  [
    '/test-api/huge-declared',
    (ctx) => {
      const total = number(ctx.query.bytes, 2 * MiB, 64 * MiB);
      ctx.status = 200;
      ctx.type = 'application/json';
      // Never more than declared: extra bytes would end the response early for the client and
      // leave a broken keep-alive connection behind.
      const first = `{"padding":"${'x'.repeat(16 * 1024)}`.slice(0, Math.floor(total / 2));
      ctx.body = openStream(ctx, first);
      // After the body: Koa drops Content-Length when a stream body is assigned.
      ctx.length = total;
    },
  ],
  [
    '/test-api/hang',
    (ctx) => {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = openStream(ctx, '{"items": [');
    },
  ],
  [
    '/test-api/truncated',
    (ctx) => {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = openStream(ctx, '{"@type": "NewsArticle", "headline": "Half');
      // With a length the loss is unmistakable; WebKit takes a cut chunked body as complete.
      if (ctx.query.chunked !== '1') ctx.length = 1000;
      later(ctx, 50, () => ctx.req.socket.destroy());
    },
  ],
  [
    '/test-api/drop',
    (ctx) => {
      // Not a 404 for the runner's log: there is no response at all.
      ctx.status = 200;
      ctx.respond = false;
      ctx.req.socket.destroy();
    },
  ],
  [
    '/test-api/redirect',
    (ctx) => {
      ctx.redirect(`/test-api/json?name=${encodeURIComponent(ctx.query.name ?? '')}`);
    },
  ],
  [
    '/test-api/headers',
    (ctx) => sendJson(ctx, { cookie: Boolean(ctx.get('Cookie')), accept: ctx.get('Accept') }),
  ],
  ['/test-api/hits', (ctx) => sendJson(ctx, statsFor(String(ctx.query.key)))],
  [
    '/test-api/aborted',
    (ctx) => sendJson(ctx, { aborted: statsFor(String(ctx.query.key)).aborted }),
  ],
  [
    '/test-api/tagged',
    async (ctx) => {
      await delay(ctx, number(ctx.query.ms, 0, 30_000));
      const tag = String(ctx.query.tag ?? '');
      if (ctx.query.kind === 'faq') {
        return sendJson(ctx, [{ question: `Tagged ${tag}`, answer: `Answer ${tag}` }]);
      }
      sendJson(ctx, { '@type': 'NewsArticle', headline: `Tagged ${tag}`, articleBody: tag });
    },
  ],
  [
    '/test-api/xss',
    async (ctx) => {
      const payload = (await vectors())[Number(ctx.query.i)]?.payload;
      if (typeof payload !== 'string') return sendJson(ctx, { error: 'no such vector' }, 404);
      let doc;
      try {
        doc = JSON.parse(String(ctx.query.doc));
      } catch {
        return sendJson(ctx, { error: 'doc is not JSON' }, 400);
      }
      sendJson(ctx, fillPayload(doc, payload));
    },
  ],
  [
    '/test-api/links',
    (ctx) => {
      const links =
        'See <a href="story.html">the story</a>, <a href=\'../up.html\'>up</a>, ' +
        '<a href=?page=2&amp;sort=new>page 2</a>, <a href="#question-2">the next question</a> ' +
        'and <a href="https://example.com/x">elsewhere</a>.';
      const faq = [
        { question: 'Where is it?', answer: links, id: 'question-1' },
        { question: 'Second?', answer: 'Second answer.', id: 'question-2' },
      ];
      if (ctx.query.kind === 'faq') return sendJson(ctx, faq);
      sendJson(ctx, {
        '@type': 'NewsArticle',
        headline: 'Relative links',
        articleBody: `<p>${links}</p>`,
        hasPart: {
          '@type': 'FAQPage',
          mainEntity: faq.map(({ question, answer }) => ({
            '@type': 'Question',
            name: question,
            acceptedAnswer: { '@type': 'Answer', text: answer },
          })),
        },
      });
    },
  ],
  // Lead: add further routes here, e.g. '/test-api/csp' for the CSP page (or push into `routes`
  // from elsewhere: routes.set(path, handler)).
]);

const uncounted = new Set(['/test-api/hits', '/test-api/aborted']);

/** Koa middleware serving {@link routes}; any other path goes on to the dev server. */
export async function testMiddleware(context, next) {
  const handler = routes.get(context.path);
  const status = context.path.match(/^\/test-api\/status\/(\d{3})$/);
  if (!handler && !status) return next();

  const key = context.query.key;
  if (typeof key === 'string' && !uncounted.has(context.path)) {
    const entry = statsFor(key);
    entry.hits += 1;
    // 'close' before the response finished: the client aborted (IncomingMessage 'close' fires
    // early in Node 16+, so the response's is the one to watch).
    context.res.once('close', () => {
      if (!context.res.writableFinished) entry.aborted = true;
    });
  }
  context.set('Cache-Control', 'no-store');
  // Chunked and stalled bodies must reach the client as written.
  context.compress = false;

  if (status) {
    const code = Number(status[1]);
    if (code < 400 || code > 599)
      return sendJson(context, { error: 'status must be 400-599' }, 400);
    return sendJson(context, { error: `status ${code}` }, code);
  }
  await handler(context);
}
