/**
 * HTML first (issue 11): the story is in the light DOM for every reader, the server renders the
 * same DOM as the browser, and the element adopts server output without rendering it again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle, NewsFaq } from '../src/index.js';
import { contentDigest, DIGEST_ATTRIBUTE } from '../src/base/digest.js';
import { contentOf } from './fixtures/content.js';
import { shadow } from './fixtures/news-faq-helpers.js';
import { seedArticle, seedFaqs, seedParagraphs, seedUrl } from './fixtures/seed-article.js';
import { seedFaqPage } from './fixtures/seed-faq.js';

type Kind = 'article' | 'faq';

/** The server renderer's output for `input` (test/server/middleware.js runs it in Node). */
async function serverHtml(kind: Kind, input: unknown, options: object = {}): Promise<string> {
  const response = await fetch('/test-api/render', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      kind,
      input,
      options: { locale: 'en', baseUrl: location.href, ...options },
    }),
  });
  if (!response.ok) throw new Error(`render failed: ${await response.text()}`);
  return response.text();
}

/**
 * Server output parsed as a page parses it, declarative shadow roots included, in an inert
 * document where the element is not upgraded. (`Document.parseHTMLUnsafe` would drop the
 * comments in Chromium, Lit's hydration markers among them.)
 */
function parseServerHtml(markup: string): HTMLElement {
  const body = document.implementation.createHTMLDocument('').body;
  (body as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  const element = body.firstElementChild;
  if (!(element instanceof HTMLElement)) throw new Error('no element in the server output');
  return element;
}

/** Resolves with the next `news-load` of `el`. */
const loaded = (el: Element) =>
  new Promise<void>((resolve) => el.addEventListener('news-load', () => resolve(), { once: true }));

/** The content container of an element. */
const container = contentOf;

/**
 * A canonical description of a subtree for comparing DOMs: elements with their attributes in
 * name order, text as it is; comments (Lit's markers), the server's style elements and its
 * content digest (`data-news-digest`, a marker for adoption like the comments) skipped.
 */
function canonical(node: Node): string {
  if (node instanceof Text) return JSON.stringify(node.data);
  if (!(node instanceof Element)) return '';
  if (node.localName === 'style' || node.localName === 'link' || node.localName === 'template') {
    return '';
  }
  const attributes = [...node.attributes]
    .filter((attribute) => attribute.name !== DIGEST_ATTRIBUTE)
    .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
    .sort()
    .join(' ');
  // Adjacent text nodes read as one (Lit writes a binding's text beside the template's).
  const children: string[] = [];
  let text: string | undefined;
  for (const child of node.childNodes) {
    if (child instanceof Comment) continue;
    if (child instanceof Text) {
      text = (text ?? '') + child.data;
      continue;
    }
    if (text !== undefined) children.push(JSON.stringify(text));
    text = undefined;
    const described = canonical(child);
    if (described) children.push(described);
  }
  if (text !== undefined) children.push(JSON.stringify(text));
  return `<${node.localName} ${attributes}>[${children.join(',')}]`;
}

/** Text with its white space collapsed. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Loads Readability (a classic script) into this page once. */
let readabilityLoaded: Promise<void> | undefined;
function loadReadability(): Promise<void> {
  readabilityLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/@mozilla/readability/Readability.js';
    script.onload = () => resolve();
    script.onerror = reject;
    document.head.append(script);
  });
  return readabilityLoaded;
}

interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  textContent: string | null;
}

/** What Firefox's Reader View engine extracts from `doc` (a clone: it changes what it reads). */
async function readerView(doc: Document): Promise<ReadabilityResult> {
  await loadReadability();
  const Readability = (
    window as unknown as {
      Readability: new (doc: Document) => { parse(): ReadabilityResult | null };
    }
  ).Readability;
  const result = new Readability(doc.cloneNode(true) as Document).parse();
  if (!result) throw new Error('Readability found no article');
  return result;
}

/** How much of `expected`'s characters `text` holds, in order (by paragraphs). */
function shareInOrder(text: string, paragraphs: readonly string[]): number {
  const squashed = squash(text);
  let from = 0;
  let found = 0;
  for (const paragraph of paragraphs) {
    const at = squashed.indexOf(squash(paragraph), from);
    if (at < 0) continue;
    found += paragraph.length;
    from = at + squash(paragraph).length;
  }
  return found / paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

/** An iframe holding `body` (a whole page body), loaded; `sandbox` as given. */
async function framePage(body: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const done = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  await done;
  return frame;
}

/**
 * A publisher's client-rendered page in a frame: the seed's JSON-LD in a `<news-article>`
 * between `before` and `after`, the built bundle after it; resolves once the article rendered.
 */
async function publisherPage(before = '', after = '') {
  const json = JSON.stringify(seedArticle).replace(/</g, '\\u003c');
  const frame = await framePage(
    `${before}<news-article locale="en"><script type="application/ld+json">${json}</script></news-article>${after}
    <script type="module" src="/dist/news-elements.js"></script>`,
  );
  const article = frame.contentDocument!.querySelector('news-article')!;
  if (!contentOf(article)) {
    await new Promise((resolve) => article.addEventListener('news-load', resolve, { once: true }));
  }
  return { frame, article };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('HTML first', function () {
  this.timeout(30_000);

  describe('the readable content is in the light DOM', () => {
    it('puts headline, byline, dates, figure, body, FAQ and topics outside the shadow root', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article locale="en" .content=${seedArticle}></news-article>`,
      );
      await el.updateComplete;
      const light = container(el)!;
      expect(light.localName).to.equal('article');
      expect(squash(light.querySelector('[part~="headline"]')?.textContent)).to.equal(
        seedArticle.headline,
      );
      expect(light.querySelectorAll('time[datetime]').length).to.equal(2);
      const paragraphs = [...light.querySelectorAll('[part~="body"] > p')].map((p) =>
        squash(p.textContent),
      );
      expect(paragraphs).to.deep.equal(seedParagraphs.map(squash));
      // Every question and every answer, closed ones included (findable, readable).
      const text = squash(light.textContent);
      for (const { question, answer } of seedFaqs) {
        expect(text).to.contain(squash(question));
        expect(text).to.contain(squash(answer));
      }
      // The shadow root keeps only the frame.
      expect(squash(el.shadowRoot!.textContent)).to.equal('');
    });

    it('gives Readability the headline, the byline and the whole body, in order', async () => {
      const { frame } = await publisherPage('<main>', '</main>');
      const result = await readerView(frame.contentDocument!);
      expect(squash(result.title)).to.contain(seedArticle.headline);
      expect(squash(result.byline)).to.contain('Helen Marsh');
      expect(shareInOrder(result.textContent ?? '', seedParagraphs)).to.be.at.least(0.95);
    });
  });

  describe('styles in the host page', () => {
    /** The boxes of the article's content in a page with `css`, client-rendered. */
    async function layoutWith(css: string) {
      const { frame, article } = await publisherPage(`<style>${css}</style>`);
      // The embedded FAQ renders once the article has given it its content.
      for (let i = 0; i < 100 && !article.querySelector('[part~="question"]'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const style = (selector: string) => {
        const node = article.querySelector(selector);
        if (!node) throw new Error(`no ${selector}`);
        const computed = frame.contentWindow!.getComputedStyle(node);
        return `${selector}: margin ${computed.marginBlockEnd}, size ${computed.fontSize}, display ${computed.display}, spacing ${computed.letterSpacing}, list ${computed.listStyleType}`;
      };
      return [
        style('[part~="headline"]'),
        style('[part~="body"] > p'),
        style('.topics li'),
        style('[part~="question"]'),
        style('.answer-body'),
      ];
    }

    for (const entry of ['news-elements', 'news-article']) {
      it(`renders the content with its slotted markup at once: nothing in it moves (${entry}.js)`, async () => {
        const json = JSON.stringify(seedArticle).replace(/</g, '\\u003c');
        // From the definition on, every frame records where the publisher's `after` markup is
        // (while the shadow root shows nothing yet it has no box); the bundle is loaded last.
        const frame = await framePage(`<news-article locale="en"><p slot="before">Analysis</p>
        <script type="application/ld+json">${json}</script><div slot="after" id="after">Share</div>
        </news-article>
        <script type="module">
          window.__tops = [];
          const after = document.getElementById('after');
          const watch = () => {
            const box = after.getBoundingClientRect();
            if (box.height) window.__tops.push(Math.round(box.top));
            if (!window.__done) requestAnimationFrame(watch);
          };
          customElements.whenDefined('news-article').then(() => requestAnimationFrame(watch));
          document.querySelector('news-article').addEventListener('news-load', () =>
            requestAnimationFrame(() => requestAnimationFrame(() => (window.__done = true))),
          );
        </script>
        <script type="module" src="/dist/${entry}.js"></script>`);
        const win = frame.contentWindow as Window & { __done?: boolean; __tops: number[] };
        while (!win.__done) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(new Set(win.__tops).size, `positions: ${win.__tops.join(', ')}`).to.equal(1);
      });
    }

    it("keeps its layout under a page's reset and element rules", async () => {
      const plain = await layoutWith('');
      const reset = await layoutWith(`
        *, *::before, *::after { margin: 0; padding: 0; box-sizing: border-box; }
        p { margin: 0 0 2px; } h1, h2, h3, h4 { font-size: inherit; margin: 0; }
        ul, ol { list-style: none; } li { display: inline; } button { all: unset; }
        [hidden] { display: block; } a { color: inherit; text-decoration: none; }`);
      expect(reset).to.deep.equal(plain);
    });

    it("lets a publisher's rule through a documented hook win", async () => {
      const styled = await layoutWith(
        'news-article [part~="headline"] { letter-spacing: 3px; } news-faq [part~="question"] { letter-spacing: 2px; }',
      );
      expect(styled[0]).to.contain('spacing 3px');
      expect(styled[3]).to.contain('spacing 2px');
    });
  });

  describe('server rendering', () => {
    it('renders the same DOM on the server as in the browser, for the article and the FAQ', async () => {
      for (const [kind, input] of [
        ['article', seedArticle],
        ['faq', seedFaqPage],
      ] as const) {
        const server = parseServerHtml(await serverHtml(kind, input));
        const client = await fixture<NewsArticle | NewsFaq>(
          kind === 'article'
            ? html`<news-article locale="en" .content=${input}></news-article>`
            : html`<news-faq locale="en" .content=${input}></news-faq>`,
        );
        await client.updateComplete;
        for (const faq of client.querySelectorAll<NewsFaq>('news-faq')) await faq.updateComplete;
        const [a, b] = [canonical(container(server)!), canonical(container(client)!)];
        let at = 0;
        while (at < a.length && a[at] === b[at]) at++;
        expect(a.slice(at - 200, at + 200), `${kind}: server against client`).to.equal(
          b.slice(at - 200, at + 200),
        );
      }
    });

    it('renders the same DOM on the server as in the browser, for every JSON-LD fixture', async () => {
      const index = (await (await fetch('/test/fixtures/jsonld/index.json')).json()) as {
        documents: { name: string; element: string; scripts: string[] }[];
      };
      const documents = [
        ...index.documents
          .filter((doc) => doc.scripts.length === 1)
          .map((doc) => ({
            name: doc.name,
            element: doc.element,
            file: `jsonld/${doc.scripts[0]}`,
          })),
        { name: 'plain article', element: 'news-article', file: 'article-plain.json' },
        { name: 'Yoast article', element: 'news-article', file: 'article-yoast.json' },
        { name: 'seed FAQ', element: 'news-faq', file: 'faq-seed.json' },
      ];
      expect(documents.length).to.be.at.least(9);
      for (const { name, element, file } of documents) {
        // The text as published (some of it almost-JSON), read by both renderers alike.
        const text = await (await fetch(`/test/fixtures/${file}`)).text();
        const kind = element === 'news-faq' ? 'faq' : 'article';
        const server = parseServerHtml(await serverHtml(kind, text));
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const client = document.createElement(element) as NewsArticle;
        client.setAttribute('locale', 'en');
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = text;
        client.append(script);
        const ready = loaded(client);
        host.append(client);
        await ready;
        for (const faq of client.querySelectorAll<NewsFaq>('news-faq')) await faq.updateComplete;
        expect(canonical(container(server)!), name).to.equal(canonical(container(client)!));
        // Ids made from text avoid the page's own: the next document must not see these.
        host.remove();
      }
    });

    it('shows all the text without JavaScript, styled, in a sandboxed frame', async () => {
      const markup = await serverHtml('article', seedArticle);
      const frame = await framePage(markup, 'allow-same-origin');
      const doc = frame.contentDocument!;
      const article = doc.querySelector('news-article')!;
      // No script ran: the element is not defined, yet its frame (declarative) and content show.
      expect(frame.contentWindow!.customElements.get('news-article')).to.equal(undefined);
      expect(article.shadowRoot).to.not.equal(null);
      const visible = (node: Element | null) =>
        node !== null && (node as HTMLElement).offsetHeight > 0 && node.checkVisibility();
      expect(visible(article.querySelector('[part~="headline"]'))).to.equal(true);
      for (const paragraph of article.querySelectorAll('[part~="body"] > p')) {
        expect(visible(paragraph), squash(paragraph.textContent)).to.equal(true);
      }
      // Closed answers show without scripting: there is no script to open them.
      const answers = [...article.querySelectorAll('.answer')];
      expect(answers.length).to.equal(seedFaqs.length);
      for (const answer of answers) expect(visible(answer.firstElementChild)).to.equal(true);
      // Styled: the headline is set larger than the body text.
      const size = (node: Element | null) =>
        node ? parseFloat(frame.contentWindow!.getComputedStyle(node).fontSize) : 0;
      expect(size(article.querySelector('[part~="headline"]'))).to.be.above(
        size(article.querySelector('[part~="body"] > p')) * 1.4,
      );
      const result = await readerView(doc);
      expect(squash(result.title)).to.contain(seedArticle.headline);
      expect(shareInOrder(result.textContent ?? '', seedParagraphs)).to.be.at.least(0.95);
    });

    it('is accessible before any script runs (axe on the server output as parsed)', async () => {
      // A page without our bundle: the elements stay undefined, their declarative frames and
      // light-DOM content are what a reader without JavaScript gets.
      // The article is the page's main heading here, as on a publisher's article page.
      const markup = await serverHtml('article', seedArticle, { headingLevel: 1 });
      const frame = await framePage(
        `<main>${markup}</main><script src="/node_modules/axe-core/axe.min.js"></script>`,
      );
      const win = frame.contentWindow as Window & {
        axe?: { run(context: Node): Promise<{ violations: { id: string }[] }> };
      };
      for (let i = 0; i < 100 && !win.axe; i++) await new Promise((r) => setTimeout(r, 20));
      expect(win.customElements.get('news-article')).to.equal(undefined);
      const { violations } = await win.axe!.run(frame.contentDocument!);
      expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    });

    it('escapes the JSON-LD script and refuses content the element would refuse', async () => {
      const payload = '</script><script>window.__ssrXss = 1</script><!--';
      const markup = await serverHtml('article', { ...seedArticle, comment: payload });
      const el = parseServerHtml(markup);
      const scripts = el.querySelectorAll('script');
      expect(scripts.length).to.equal(1);
      expect(JSON.parse(scripts[0]!.textContent ?? '').comment).to.equal(payload);
      const response = await fetch('/test-api/render', {
        method: 'POST',
        body: JSON.stringify({ kind: 'article', input: { '@type': 'NewsArticle' } }),
      });
      expect(response.status).to.equal(422);
      expect((await response.json()).code).to.equal('INVALID_CONTENT');
    });
  });

  describe('hydration', () => {
    for (const kind of ['article', 'faq'] as const) {
      it(`adopts the server's nodes and renders nothing again (${kind})`, async () => {
        const input = kind === 'article' ? seedArticle : seedFaqPage;
        const el = parseServerHtml(await serverHtml(kind, input));
        const light = container(el)!;
        const before = [...light.querySelectorAll('*')];
        const headline = light.querySelector('[part~="headline"], [part~="question"]');
        const mutations: MutationRecord[] = [];
        const observer = new MutationObserver((records) => mutations.push(...records));
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const ready = loaded(el);
        host.append(document.adoptNode(el));
        observer.observe(light, { childList: true, subtree: true, characterData: true });
        await ready;
        await (el as NewsArticle).updateComplete;
        for (const faq of el.querySelectorAll<NewsFaq>('news-faq')) await faq.updateComplete;
        observer.disconnect();
        expect(container(el) === light, 'the same container').to.equal(true);
        expect(light.querySelector('[part~="headline"], [part~="question"]') === headline).to.equal(
          true,
        );
        const after = [...light.querySelectorAll('*')];
        expect(after.length).to.equal(before.length);
        expect(after.every((node, i) => node === before[i])).to.equal(true);
        // An embedded FAQ's content is set aside while the article adopts its own, and put back.
        const inner = (nodes: NodeList) =>
          [...nodes].every(
            (node) => node instanceof Element && node.matches('news-faq > [data-news-content]'),
          );
        const changes = mutations.filter(
          (record) => !(inner(record.addedNodes) && inner(record.removedNodes)),
        );
        expect(changes.length).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('behaves after adoption: questions open, and new content renders as usual', async () => {
      const el = parseServerHtml(await serverHtml('faq', seedFaqPage)) as NewsFaq;
      const ready = loaded(el);
      (await fixture<HTMLElement>(html`<div></div>`)).append(document.adoptNode(el));
      await ready;
      const question = shadow(el).querySelector<HTMLButtonElement>('[part~="question"]')!;
      question.click();
      expect(question.getAttribute('aria-expanded')).to.equal('true');
      expect(el.openIds).to.deep.equal([el.querySelector('.heading')!.id]);
      await expect(el).to.be.accessible();
      el.content = [{ question: 'Replaced?', answer: 'Yes.' }];
      await el.updateComplete;
      expect(
        shadow(el)
          .querySelectorAll('[part~="question"]')
          .map((q) => squash(q.textContent)),
      ).to.deep.equal(['Replaced?']);
    });

    it('opens the question the URL names once the server output is adopted', async () => {
      const el = parseServerHtml(await serverHtml('faq', seedFaqPage)) as NewsFaq;
      const id = el.querySelectorAll('.heading')[2]!.id;
      const url = location.href;
      history.replaceState(null, '', `#${id}`);
      try {
        const ready = loaded(el);
        (await fixture<HTMLElement>(html`<div></div>`)).append(document.adoptNode(el));
        await ready;
        await el.updateComplete;
        await el.updateComplete;
        expect(el.openIds).to.deep.equal([id]);
        const button = el.querySelector(`#${CSS.escape(id)} > button`)!;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(
          el.querySelector(`#${button.getAttribute('aria-controls')}`)!.hasAttribute('hidden'),
        ).to.equal(false);
      } finally {
        history.replaceState(null, '', url);
      }
    });

    it('renders afresh, without duplicates, when the server output is for other content', async () => {
      const el = parseServerHtml(await serverHtml('faq', seedFaqPage)) as NewsFaq;
      el.querySelector('script')!.textContent = JSON.stringify([
        { question: 'Other?', answer: 'Other content.' },
      ]);
      const ready = loaded(el);
      (await fixture<HTMLElement>(html`<div></div>`)).append(document.adoptNode(el));
      await ready;
      expect(
        shadow(el)
          .querySelectorAll('[part~="question"]')
          .map((q) => squash(q.textContent)),
      ).to.deep.equal(['Other?']);
      expect(el.querySelectorAll(':scope > [data-news-content]').length).to.equal(1);
    });

    describe('an article without an FAQ: kept as it is', () => {
      const { hasPart: _faq, ...plainArticle } = seedArticle as typeof seedArticle & {
        hasPart?: unknown;
      };

      /** Server output of the article without its FAQ, upgraded in this page; its mutations. */
      async function adopted(edit: (el: HTMLElement) => void = () => {}) {
        const el = parseServerHtml(await serverHtml('article', plainArticle)) as NewsArticle;
        edit(el);
        const light = container(el)!;
        const nodes = [...light.querySelectorAll('*')];
        const mutations: MutationRecord[] = [];
        const observer = new MutationObserver((records) => mutations.push(...records));
        observer.observe(light, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const errors: unknown[] = [];
        el.addEventListener('news-error', (event) => errors.push((event as CustomEvent).detail));
        const ready = new Promise<CustomEvent>((resolve) =>
          el.addEventListener('news-load', (event) => resolve(event as CustomEvent), {
            once: true,
          }),
        );
        (await fixture<HTMLElement>(html`<div></div>`)).append(document.adoptNode(el));
        const load = await ready;
        await el.updateComplete;
        return { el, light, nodes, mutations, observer, errors, load };
      }

      it('adopts the output without touching it and without reading the content', async () => {
        // The data script is replaced by text no pipeline could read, with its digest: adopted
        // all the same, so nothing parsed it.
        const { el, light, nodes, mutations, observer, errors, load } = await adopted((el) => {
          el.querySelector('script')!.textContent = 'not JSON at all';
          container(el)!.setAttribute(
            DIGEST_ATTRIBUTE,
            contentDigest(
              { locale: el.getAttribute('locale'), headingLevel: null },
              'not JSON at all',
            ),
          );
        });
        observer.disconnect();
        expect(load.detail).to.deep.equal({ source: 'script' });
        expect(errors).to.deep.equal([]);
        expect(mutations.length).to.equal(0);
        expect(container(el) === light).to.equal(true);
        const after = [...light.querySelectorAll('*')];
        expect(after.length).to.equal(nodes.length);
        expect(after.every((node, i) => node === nodes[i])).to.equal(true);
        // The server's frame stays too: one frame, its slots holding the content.
        expect(el.shadowRoot!.querySelectorAll('.root').length).to.equal(1);
        const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="news-content"]')!;
        expect(slot.assignedElements()).to.deep.equal([light]);
        await expect(el).to.be.accessible();
      });

      it('renders afresh once something changes, and follows the content after', async () => {
        const { el, light, observer } = await adopted();
        observer.disconnect();
        el.headingLevel = 3;
        await el.updateComplete;
        const headline = container(el)!.querySelector('[part~="headline"]')!;
        expect(headline.localName).to.equal('h3');
        expect(squash(headline.textContent)).to.equal(squash(plainArticle.headline));
        expect(el.querySelectorAll(':scope > [data-news-content]').length).to.equal(1);
        expect(container(el) === light, 'the same container, its children replaced').to.equal(true);
        // Lit's frame replaced the server's: still one.
        expect(el.shadowRoot!.querySelectorAll('.root').length).to.equal(1);
        el.querySelector('script')!.textContent = JSON.stringify({
          ...plainArticle,
          headline: 'A new headline',
        });
        await new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
        expect(squash(container(el)!.querySelector('[part~="headline"]')!.textContent)).to.equal(
          'A new headline',
        );
      });

      it('replaces output made for other content of the same shape', async () => {
        // Lit's hydration compares templates, not text: without the digest this output would stay.
        const { el } = await adopted((el) => {
          el.querySelector('script')!.textContent = JSON.stringify({
            ...plainArticle,
            headline: 'Edited after rendering',
          });
        });
        expect(squash(container(el)!.querySelector('[part~="headline"]')!.textContent)).to.equal(
          'Edited after rendering',
        );
        expect(el.querySelectorAll(':scope > [data-news-content]').length).to.equal(1);
        expect(container(el)!.querySelectorAll('[part~="headline"]').length).to.equal(1);
      });
    });

    describe("styles: the server's, until the element renders its own", () => {
      const { hasPart: _faq, ...plainArticle } = seedArticle as typeof seedArticle & {
        hasPart?: unknown;
      };
      const weight = (node: Element | null | undefined) => getComputedStyle(node!).fontWeight;

      /** Server output upgraded in a shadow root of its own, whose adopted sheets it can count. */
      async function inRoot(options: object = {}, edit: (el: HTMLElement) => void = () => {}) {
        const root = (await fixture<HTMLElement>(html`<div></div>`)).attachShadow({ mode: 'open' });
        const el = parseServerHtml(
          await serverHtml('article', plainArticle, options),
        ) as NewsArticle;
        edit(el);
        const ready = loaded(el);
        root.append(document.adoptNode(el));
        await ready;
        await el.updateComplete;
        return { root, el };
      }

      it('parses no sheet of its own while it keeps the output, and adopts them when it renders', async () => {
        const { root, el } = await inRoot();
        expect(root.adoptedStyleSheets, 'content styles').to.have.length(0);
        expect(el.shadowRoot!.adoptedStyleSheets, 'frame styles').to.have.length(0);
        // Styled all the same, by the server's sheets: the frame's and the content's.
        expect(getComputedStyle(el).display).to.equal('block');
        expect(weight(container(el)!.querySelector('[part~="headline"]'))).to.equal('700');

        el.headingLevel = 3;
        await el.updateComplete;
        // Lit's frame replaced the server's, its `<style>` with it: the element's own sheets now.
        expect(el.shadowRoot!.querySelector('style')).to.equal(null);
        expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
        expect(getComputedStyle(el).display).to.equal('block');
        // The content's `<style>` stays beside the container, which renders again inside it.
        expect(root.adoptedStyleSheets).to.have.length(0);
        expect(weight(container(el)!.querySelector('h3[part~="headline"]'))).to.equal('700');
        await expect(el).to.be.accessible();
      });

      it("adopts its own content sheet beside another version's, a link or none", async () => {
        const other = await inRoot({}, (el) =>
          el.querySelector('style[data-news-styles]')!.setAttribute('data-news-styles', '0.0.1'),
        );
        expect(other.root.adoptedStyleSheets).to.have.length(1);
        const none = await inRoot({ styles: 'none' });
        expect(none.root.adoptedStyleSheets).to.have.length(1);
        // No style in the declared frame: the element's are adopted at once.
        expect(none.el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
        expect(getComputedStyle(none.el).display).to.equal('block');
        expect(weight(container(none.el)!.querySelector('[part~="headline"]'))).to.equal('700');
        const linked = await inRoot({ styles: 'link', stylesHref: '/dist/news-elements.css' });
        expect(linked.root.adoptedStyleSheets).to.have.length(1);
      });
    });

    it('replaces FAQ output made for other questions of the same shape', async () => {
      const el = parseServerHtml(await serverHtml('faq', seedFaqPage)) as NewsFaq;
      const edited = structuredClone(seedFaqPage) as typeof seedFaqPage;
      edited.mainEntity[0]!.name = 'An edited question?';
      el.querySelector('script')!.textContent = JSON.stringify(edited);
      const ready = loaded(el);
      (await fixture<HTMLElement>(html`<div></div>`)).append(document.adoptNode(el));
      await ready;
      const questions = shadow(el)
        .querySelectorAll('[part~="question"]')
        .map((q) => squash(q.textContent));
      expect(questions[0]).to.equal('An edited question?');
      expect(questions.length).to.equal(seedFaqPage.mainEntity.length);
    });

    it('shifts no layout when the script arrives after the HTML', async () => {
      const markup = await serverHtml('article', seedArticle, { baseUrl: seedUrl });
      const frame = await framePage(
        `${markup}<script type="module">
          window.__shifts = 0;
          try {
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) window.__shifts += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          } catch {}
        </script>`,
      );
      const win = frame.contentWindow as Window & typeof globalThis & { __shifts: number };
      const doc = frame.contentDocument!;
      const boxes = () =>
        [...doc.querySelectorAll('news-article [data-news-content] *')].map((node) => {
          const box = node.getBoundingClientRect();
          return `${node.localName}.${node.className} ${Math.round(box.top)},${Math.round(box.left)},${Math.round(box.width)},${Math.round(box.height)}`;
        });
      const before = boxes();
      const question = doc.querySelector('[part~="question"]');
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/news-elements.js';
      const article = doc.querySelector('news-article')!;
      const ready = new Promise((resolve) => article.addEventListener('news-load', resolve));
      doc.body.append(script);
      await ready;
      await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 100)));
      const after = boxes();
      expect(
        doc.querySelector('[part~="question"]') === question,
        'the same question node',
      ).to.equal(true);
      expect(after.filter((box, i) => box !== before[i])).to.deep.equal([]);
      expect(win.__shifts).to.equal(0);
    });
  });
});
