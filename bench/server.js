// A tiny static server for the bench pages and Lighthouse: the repository root over HTTP, with
// correct MIME types and gzip, so the browser loads what a CDN would send.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** The demo's dev entry (TypeScript through Vite), replaced by the built CDN bundle. */
const DEV_ENTRY = /(<script\b[^>]*\bsrc=["'])[^"']*\/src\/index\.ts(["'])/g;
const BUILT_ENTRY = '/dist/news-elements.js';

/**
 * Serves `root`. `?built` on an HTML page under /demo/ swaps the dev entry
 * (`/src/index.ts`) for the built `/dist/news-elements.js`, so Lighthouse audits what a
 * publisher would ship. Resolves to `{ server, origin, close() }`.
 */
export async function serve(root, { port = 0, host = '127.0.0.1', aliases = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      // An alias serves a URL prefix from another folder (bench/run.js: a snapshot of dist/).
      const alias = Object.keys(aliases).find((prefix) => pathname.startsWith(prefix));
      const base = alias ? aliases[alias] : root;
      let path = normalize(join(base, alias ? pathname.slice(alias.length) : pathname));
      if (path !== base && !path.startsWith(base + sep)) return send(res, 403, 'forbidden');
      if (pathname === '/demo/server.html') {
        const page = await serverRenderedDemo(root, url, req.headers.host);
        return sendBody(req, res, types['.html'], Buffer.from(page));
      }
      let info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        path = join(path, 'index.html');
        info = await stat(path).catch(() => undefined);
      }
      if (!info?.isFile()) return send(res, 404, 'not found');
      const type = types[extname(path).toLowerCase()] ?? 'application/octet-stream';
      let body = await readFile(path);
      if (
        type.startsWith('text/html') &&
        url.searchParams.has('built') &&
        url.pathname.startsWith('/demo/')
      ) {
        body = Buffer.from(body.toString('utf8').replace(DEV_ENTRY, `$1${BUILT_ENTRY}$2`));
      }
      sendBody(req, res, type, body);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address();
  return {
    server,
    origin: `http://${host}:${actual}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The server-rendered demo (demo/server-page.js), rendered by the built package (dist/lib). */
async function serverRenderedDemo(root, url, host) {
  const { renderArticle } = await import(join(root, 'dist/lib/server/index.js'));
  const { serverDemoPage } = await import(join(root, 'demo/server-page.js'));
  const index = await readFile(join(root, 'demo/index.html'), 'utf8');
  const page = serverDemoPage(index, renderArticle, `http://${host}${url.pathname}${url.search}`);
  return url.searchParams.has('built') ? page.replace(DEV_ENTRY, `$1${BUILT_ENTRY}$2`) : page;
}

/** A 200 response of `body`, gzip-compressed (level 6, as a CDN would) when the client takes it. */
function sendBody(req, res, type, body) {
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 6 });
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// `node bench/server.js [port]`: serve the repository by hand, e.g. to open a bench page.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
  const { origin } = await serve(root, { port: Number(process.argv[2] ?? 8123) });
  console.log(`serving ${root} at ${origin}/ (demo with the built bundle: ${origin}/demo/?built)`);
}
