// `news-elements/server` in plain Node, with no DOM: no global left behind, the output's
// structure (read back with parse5, as a browser's parser would read it), the styles and
// structured-data options, escaping, sanitized rich text, and the throughput of renderArticle
// (issue 11: at least 2,000 seed articles a second on one core; printed, with a generous floor).
// Runs against the built modules: `npm run build` (or `npx tsc -p tsconfig.build.json`) first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { parseFragment } from 'parse5';

// Taken before the server module loads: everything it or its dependencies add shows up below.
const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
const { renderArticle, renderFaq, ContentError } = await import('../../dist/lib/server/index.js');

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const seedArticle = readJson('../../demo/data/seed-article.json');
const seedFaq = readJson('../../demo/data/seed-faq.json');
const BASE = 'https://news.example/2024/story.html';

/** Every node under `node`, depth first, a template's content included (its shadow root). */
function* nodes(node) {
  for (const child of node.content?.childNodes ?? []) {
    yield child;
    yield* nodes(child);
  }
  for (const child of node.childNodes ?? []) {
    yield child;
    yield* nodes(child);
  }
}

const elements = (root, tag) =>
  [...nodes(root)].filter((node) => node.tagName !== undefined && (!tag || node.tagName === tag));
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const attrs = (node) => Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
/** Text as a reader gets it: white space collapsed, comments (Lit's markers) ignored. */
const text = (node) =>
  [...nodes(node)]
    .filter((n) => n.nodeName === '#text')
    .map((n) => n.value)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
/** The one top-level element of the output, and its light-DOM parts. */
function parse(html, tag) {
  const top = parseFragment(html).childNodes;
  assert.equal(top.length, 1, 'the output is exactly one element');
  const [host] = top;
  assert.equal(host.tagName, tag);
  const children = host.childNodes.filter((n) => n.tagName !== undefined);
  const template = children.find((n) => n.tagName === 'template');
  const content = children.find((n) => attr(n, 'data-news-content') !== undefined);
  assert.ok(template, 'a declarative shadow root');
  assert.ok(content, 'the [data-news-content] container');
  return { host, children, template, content, scripts: elements(host, 'script') };
}

const paragraphs = (body) => body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());

/** Renders per second: the fastest of three batches, after a warm-up. */
function rate(render, batch = 300) {
  for (let i = 0; i < 100; i++) render();
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) render();
    best = Math.min(best, performance.now() - start);
  }
  return (batch / best) * 1000;
}

describe('news-elements/server in Node', () => {
  it('renders without a DOM and leaves no global behind but litHtmlVersions', () => {
    renderArticle(seedArticle, { baseUrl: BASE, locale: 'de', timeZone: 'Europe/Berlin' });
    renderFaq(seedFaq, { searchable: true, controls: true });
    renderFaq([{ question: 'Q?', answer: '<p onclick="x()">A <b>b</b></p>' }]);
    assert.equal(globalThis.document, undefined);
    assert.equal(globalThis.window, undefined);
    assert.equal(globalThis.customElements, undefined);
    assert.equal(globalThis.HTMLElement, undefined);
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !globalsBefore.has(name));
    // lit-html registers its version in `globalThis.litHtmlVersions` when it loads (its check
    // for two copies on one page), on a server as in a browser: a list of strings, not a DOM
    // shim. @lit-labs/ssr's shims (customElements and the rest) are gone after every render.
    assert.deepEqual(
      added.filter((name) => name !== 'litHtmlVersions'),
      [],
    );
  });

  it('renders the article: tag, attributes, shadow root, JSON-LD, headline, every paragraph', () => {
    const html = renderArticle(seedArticle, {
      baseUrl: BASE,
      locale: 'de',
      headingLevel: 3,
      theme: 'dark',
    });
    const { host, children, template, content, scripts } = parse(html, 'news-article');
    assert.deepEqual(attrs(host), { locale: 'de', 'heading-level': '3', theme: 'dark' });

    assert.equal(attr(template, 'shadowrootmode'), 'open');
    const slots = elements(template, 'slot').map((slot) => attr(slot, 'name'));
    assert.ok(slots.includes(attr(content, 'slot')), 'the frame has a slot for the content');

    assert.equal(scripts.length, 1, 'one script: the content it came from');
    const [script] = scripts;
    assert.equal(children[0], script, 'the script comes first');
    assert.equal(attr(script, 'type'), 'application/ld+json');
    assert.deepEqual(JSON.parse(text(script)), seedArticle);

    const [headline] = elements(content, 'h3');
    assert.ok(headline, 'the headline at heading-level 3');
    assert.equal(text(headline), seedArticle.headline);
    const rendered = elements(content, 'p').map(text);
    let from = 0;
    for (const paragraph of paragraphs(seedArticle.articleBody)) {
      const at = rendered.indexOf(paragraph, from);
      assert.ok(at >= 0, `paragraph in order: ${paragraph.slice(0, 40)}`);
      from = at + 1;
    }
    // The embedded FAQ (hasPart) is in the light DOM too, every answer included.
    for (const item of seedArticle.hasPart.mainEntity) {
      assert.ok(text(content).includes(item.name), item.name);
      assert.ok(text(content).includes(item.acceptedAnswer.text), `answer to ${item.name}`);
    }
  });

  it('renders the FAQ: attributes, shadow root, JSON-LD, every question and answer', () => {
    const html = renderFaq(seedFaq, { searchable: true, controls: true, exclusive: true });
    const { host, template, content, scripts } = parse(html, 'news-faq');
    assert.deepEqual(attrs(host), { locale: 'en', exclusive: '', searchable: '', controls: '' });
    assert.equal(attr(template, 'shadowrootmode'), 'open');
    assert.ok(elements(template, 'input').length > 0, 'the search field is in the frame');
    assert.equal(scripts.length, 1);
    assert.deepEqual(JSON.parse(text(scripts[0])), seedFaq);

    const headings = elements(content).filter((el) => /^h[1-6]$/.test(el.tagName));
    assert.deepEqual(
      headings.map(text),
      seedFaq.mainEntity.map((item) => item.name),
    );
    assert.ok(headings.every((h) => h.tagName === 'h3'));
    const answers = elements(content).filter((el) => /\banswer-body\b/.test(attr(el, 'class')));
    assert.deepEqual(
      answers.map(text),
      seedFaq.mainEntity.map((item) => item.acceptedAnswer.text),
    );
  });

  it('renders the shorthand and refuses content it cannot use with a ContentError', () => {
    const html = renderFaq('[{"question": "Why?", "answer": "Because.",}]');
    const { content } = parse(html, 'news-faq');
    assert.match(text(content), /Why\?.*Because\./);
    assert.throws(
      () => renderArticle({ '@type': 'NewsArticle' }),
      (error) => error instanceof ContentError && error.code === 'INVALID_CONTENT',
    );
    assert.throws(
      () => renderArticle('not json'),
      (error) => error instanceof ContentError && error.code === 'INVALID_JSON',
    );
    assert.throws(
      () => renderFaq(seedArticle.headline),
      (error) => error instanceof ContentError,
    );
  });

  it('writes the styles inline, as links or not at all', () => {
    const count = (html) => {
      const { host, template } = parse(html, 'news-article');
      const light = host.childNodes;
      const shadow = template.content.childNodes;
      return {
        shadowStyle: elements({ childNodes: shadow }, 'style').length,
        lightStyle: light.filter((n) => n.tagName === 'style').length,
        links: elements(host, 'link').map((link) => [attr(link, 'rel'), attr(link, 'href')]),
      };
    };
    const inline = count(renderArticle(seedArticle));
    assert.equal(inline.shadowStyle, 1);
    assert.equal(inline.lightStyle, 1);
    assert.deepEqual(inline.links, []);

    const href = '/assets/news-elements.css';
    const link = count(renderArticle(seedArticle, { styles: 'link', stylesHref: href }));
    assert.equal(link.shadowStyle + link.lightStyle, 0);
    assert.ok(link.links.length >= 1);
    assert.ok(link.links.every(([rel, url]) => rel === 'stylesheet' && url === href));

    const none = count(renderArticle(seedArticle, { styles: 'none' }));
    assert.deepEqual(none, { shadowStyle: 0, lightStyle: 0, links: [] });
    assert.throws(() => renderArticle(seedArticle, { styles: 'link' }), TypeError);
  });

  it('writes plain data, not structured data, with structuredData: false', () => {
    const { scripts } = parse(renderFaq(seedFaq, { structuredData: false }), 'news-faq');
    assert.equal(scripts.length, 1);
    assert.equal(attr(scripts[0], 'type'), 'application/json');
    assert.deepEqual(JSON.parse(text(scripts[0])), seedFaq);
  });

  it('keeps </script> and <!-- in a field inside the script and as text in the content', () => {
    // A plain-text body (none of the paired tags that make it HTML) renders exactly as written.
    const hostile = 'Breaking </script><script>alert(1)</script><!-- news </SCRIPT > -->';
    const article = {
      '@type': 'NewsArticle',
      headline: `${hostile} </script>`,
      articleBody: hostile,
    };
    const { content, scripts } = parse(renderArticle(article), 'news-article');
    assert.equal(scripts.length, 1, 'no script escaped the JSON-LD');
    assert.deepEqual(JSON.parse(text(scripts[0])), article);
    assert.deepEqual(
      elements(content, 'p')
        .map(text)
        .filter((p) => p.startsWith('Breaking')),
      [hostile],
    );
    // A headline is plain text: markup in it is dropped, never rendered.
    assert.equal(text(elements(content, 'h2')[0]), 'Breaking');
  });

  it('sanitizes rich answers and bodies: no script, no handler, no javascript: URL', () => {
    const evil =
      '<p onclick="alert(1)">Hello <a href="javascript:alert(1)">link</a> ' +
      '<img src="x" onerror="alert(1)"><script>alert(2)</script>' +
      '<a href=" JaVaScRiPt:alert(3)">two</a> <b onmouseover="alert(4)">bold</b></p>';
    const faq = parse(renderFaq([{ question: 'Safe?', answer: evil }]), 'news-faq');
    const article = parse(
      renderArticle({ '@type': 'NewsArticle', headline: 'Safe', articleBody: evil }),
      'news-article',
    );
    for (const { host, content, scripts } of [faq, article]) {
      assert.equal(scripts.length, 1, 'only the data script');
      for (const el of elements(host)) {
        for (const { name, value } of el.attrs) {
          assert.ok(!name.startsWith('on'), `no ${name} on <${el.tagName}>`);
          assert.ok(!/^\s*javascript:/i.test(value), `no javascript: in ${name}`);
        }
      }
      assert.match(text(content), /Hello link two bold/);
      assert.ok(elements(content, 'b').length >= 1, 'allowed markup stays');
    }
  });

  it('renders the seed article fast enough (issue 11 goal: 2,000 a second on one core)', () => {
    const plain = rate(() => renderArticle(seedArticle, { baseUrl: BASE }));
    // The same article with its body as rich text: every paragraph through the sanitizer.
    const richBody = paragraphs(seedArticle.articleBody)
      .map((p, i) => `<p>${i % 2 ? `<b>${p}</b>` : `<a href="/more/${i}">${p}</a>`}</p>`)
      .join('\n');
    const richArticle = { ...seedArticle, articleBody: richBody };
    assert.ok(
      elements(parseFragment(renderArticle(richArticle)), 'b').length > 0,
      'the rich body renders as markup',
    );
    const rich = rate(() => renderArticle(richArticle, { baseUrl: BASE }));
    const faq = rate(() => renderFaq(seedFaq, { baseUrl: BASE }));
    console.log(
      `renderArticle(seed): ${Math.round(plain)}/s (${(1000 / plain).toFixed(3)} ms each); ` +
        `rich-text body: ${Math.round(rich)}/s (${(plain / rich).toFixed(2)}x the time); ` +
        `renderFaq(seed FAQ): ${Math.round(faq)}/s`,
    );
    // A floor no machine should miss; the goal itself is reported above, not asserted.
    assert.ok(plain > 100, `${Math.round(plain)} renders per second`);
  });
});
