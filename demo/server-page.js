// The server-rendered demo page (/demo/server.html): demo/index.html with its <news-article>
// replaced by the server renderer's output for the same JSON-LD and slotted markup. Served by
// `npm start` (vite.config.ts renders it from src/) and by bench/server.js (from dist/lib/).

/** The page: `indexHtml` (demo/index.html) with its article rendered by `renderArticle`. */
export function serverDemoPage(indexHtml, renderArticle, pageUrl) {
  const element = indexHtml.match(/<news-article>([\s\S]*?)<\/news-article>/);
  if (!element) throw new Error('demo/index.html has no <news-article>');
  const inner = element[1];
  const json = inner.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  if (!json) throw new Error('demo/index.html has no JSON-LD in its <news-article>');
  const children = inner.replace(json[0], '').trim();
  const rendered = renderArticle(JSON.parse(json[1]), {
    locale: 'en',
    baseUrl: pageUrl,
    children,
  });
  return indexHtml
    .replace(element[0], rendered)
    .replace(
      /<title>([\s\S]*?)<\/title>/,
      (_, title) => `<title>${title.trim()} (server-rendered)</title>`,
    );
}
