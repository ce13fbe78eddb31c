import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle, NewsErrorDetail, NewsErrorEvent, NewsFaq } from '../src/index.js';
import { loadEntityTable } from '../src/content/entities.js';
import { plainText } from '../src/content/plain-text.js';
import { shadow } from './fixtures/news-faq-helpers.js';
import { vectors } from './fixtures/xss-vectors.js';
import { contentOf } from './fixtures/content.js';

/**
 * The XSS corpus at element level (SPEC section 7): each of DOMPurify's 141 script-executing
 * payloads in every plain-text, rich-text and URL field of an article and an FAQ, through every
 * input channel (property, attribute, child script, src). A payload that runs calls `alert` (or
 * a relative), which is watched; the rendered trees (each element's frame in its shadow root and
 * its content in the light DOM, nested elements included) must hold nothing that can run script, load a frame or carry a dangerous URL, and plain-text
 * fields must show the payload as text.
 *
 * One element of each kind per channel has its content swapped payload after payload, which also
 * exercises re-rendering.
 */

// Placeholders filled with the payload, here or (for `src`) by the test server's `xss` route.
const PAYLOAD = '@@PAYLOAD@@';
const PAYLOAD_ATTR = '@@PAYLOAD_ATTR@@';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A deep copy with the placeholders replaced; the same as test/server/middleware.js does. */
function fill(value: unknown, payload: string): unknown {
  if (typeof value === 'string') {
    // Replacer functions, so a `$&` in a payload is not a replacement pattern.
    return value
      .replaceAll(PAYLOAD_ATTR, () => escapeAttribute(payload))
      .replaceAll(PAYLOAD, () => payload);
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, payload));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fill(item, payload)]),
    );
  }
  return value;
}

/**
 * How the pipeline shows a plain-text field: tags dropped and references decoded (plainText),
 * white space collapsed and trimmed.
 */
const plain = (text: string) => plainText(text).replace(/\s+/g, ' ').trim();

/**
 * The payload in a plain-text field, between guillemets: a payload that is only markup still
 * leaves text (a headline or question of only tags is no headline or question at all).
 */
const PLAIN = `«${PAYLOAD}»`;

/** An existing same-origin image, so the lead image renders when the payload is no usable URL. */
const SAFE_IMAGE = '/demo/assets/lead.svg';
const LINK = `Read <a href="${PAYLOAD_ATTR}">more</a>.`;

const imageObject = (url: string) => ({
  '@type': 'ImageObject',
  url,
  description: PLAIN,
  caption: PLAIN,
  creditText: PLAIN,
});

/** An FAQPage with the payload as name, question, id and answer, and as a link in an answer. */
const faqPage = () => ({
  '@type': 'FAQPage',
  name: PLAIN,
  mainEntity: [
    {
      '@type': 'Question',
      id: PAYLOAD,
      name: PLAIN,
      acceptedAnswer: { '@type': 'Answer', text: PAYLOAD },
    },
    { '@type': 'Question', name: 'Where?', acceptedAnswer: { '@type': 'Answer', text: LINK } },
    { question: PLAIN, answer: PAYLOAD },
  ],
});

/** Every plain, rich and URL field of an article, with the `body` blocks. */
const articleDocument = (index: number) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  // Unused by the elements; makes every document differ, so an attribute always changes.
  identifier: `xss-${index}`,
  headline: PLAIN,
  alternativeHeadline: PLAIN,
  author: [PLAIN, { '@type': 'Person', name: PLAIN, url: PAYLOAD }],
  publisher: { '@type': 'Organization', name: `${PLAIN} (publisher)`, url: PAYLOAD },
  datePublished: '2024-03-05T09:30:00Z',
  articleSection: PLAIN,
  keywords: [PLAIN],
  url: PAYLOAD,
  image: [imageObject(PAYLOAD), imageObject(SAFE_IMAGE)],
  body: [
    PAYLOAD,
    { type: 'paragraph', text: PAYLOAD },
    { type: 'paragraph', text: LINK },
    { type: 'heading', text: PLAIN },
    { type: 'quote', text: PLAIN, cite: PLAIN },
    { type: 'list', items: [PAYLOAD, LINK] },
    { type: 'image', ...imageObject(PAYLOAD) },
    { type: 'faq', ...faqPage() },
  ],
  hasPart: faqPage(),
});

/** The rich `articleBody` (read only without `body`): the payload, then a paragraph with a link. */
const articleBodyDocument = (index: number) => ({
  '@type': 'NewsArticle',
  identifier: `xss-${index}`,
  headline: PLAIN,
  articleBody: `${PAYLOAD}\n\n${LINK}`,
});

const faqDocument = (index: number) => ({
  '@context': 'https://schema.org',
  identifier: `xss-${index}`,
  ...faqPage(),
});

type ContentElement = NewsArticle | NewsFaq;

interface Subject {
  readonly name: string;
  readonly el: ContentElement;
  readonly build: (index: number) => unknown;
  /** The plain-text fields as rendered, each with the text it must show. */
  readonly texts: (el: ContentElement, payload: string) => [string, string | null, string][];
}

const textOf = (node: Node | null | undefined) => node?.textContent ?? null;

function questionTexts(faq: Element): string[] {
  return shadow(faq)
    .querySelectorAll('[part~="question"]')
    .map((button) => button.textContent?.trim() ?? '');
}

/** Every plain-text field of the full article as rendered, with the text it must show. */
function articleTexts(el: Element, payload: string): [string, string | null, string][] {
  const text = plain(`«${payload}»`);
  const root = shadow(el);
  const q = (selector: string) => root.querySelector(selector);
  const fields: [string, string | null, string][] = [
    ['headline', textOf(q('[part~="headline"]')), text],
    ['dek', textOf(q('[part~="dek"]')), text],
    // The section is the kicker, the paragraph above the headline.
    ['articleSection', textOf(q('header > p:first-child')), text],
    ['topic', textOf(q('.topics li')), text],
    ['image alt', q('[part~="image"]')?.getAttribute('alt') ?? null, text],
    ['heading block', textOf(q('[part~="body"] > h3')), text],
    ['quote', textOf(q('[part~="body"] blockquote')), text],
    ['quote cite', textOf(q('[part~="body"] cite')), text],
    ['FAQ name', textOf(q('section > h3')), text],
  ];
  root.querySelectorAll('[part~="author"]').forEach((author, i) => {
    fields.push([`author ${i}`, textOf(author), text]);
  });
  const byline = plain(textOf(q('[part~="byline"]')) ?? '');
  fields.push([
    'publisher',
    byline.includes(plain(`«${payload}» (publisher)`)) ? 'shown' : byline,
    'shown',
  ]);
  const caption = plain(textOf(q('[part~="caption"]')) ?? '');
  fields.push(['caption and credit', caption.split(text).length === 3 ? 'both' : caption, 'both']);
  root.querySelectorAll('news-faq').forEach((faq, i) => {
    const [first, , third] = questionTexts(faq);
    fields.push(
      [`FAQ ${i} question`, first ?? null, text],
      [`FAQ ${i} shorthand`, third ?? null, text],
    );
  });
  return fields;
}

const subjects = (): Subject[] => [
  {
    name: 'article',
    el: document.createElement('news-article'),
    build: articleDocument,
    texts: articleTexts,
  },
  {
    name: 'article (articleBody)',
    el: document.createElement('news-article'),
    build: articleBodyDocument,
    texts: (el, payload) => [
      ['headline', textOf(shadow(el).querySelector('[part~="headline"]')), plain(`«${payload}»`)],
    ],
  },
  {
    name: 'faq',
    el: document.createElement('news-faq'),
    build: faqDocument,
    texts: (el, payload) => {
      const [first, second, third] = questionTexts(el);
      return [
        ['question', first ?? null, plain(`«${payload}»`)],
        ['link question', second ?? null, 'Where?'],
        ['shorthand question', third ?? null, plain(`«${payload}»`)],
      ];
    },
  },
];

interface Channel {
  readonly name: 'property' | 'attribute' | 'script' | 'src';
  set(el: ContentElement, doc: unknown, index: number): void;
}

const SOURCE_SCRIPT = ':scope > script[type="application/ld+json"]:not([data-news-generated])';

const channels: Channel[] = [
  {
    name: 'property',
    set: (el, doc, index) => {
      el.content = fill(doc, vectors[index]!.payload) as NewsArticle['content'];
    },
  },
  {
    name: 'attribute',
    set: (el, doc, index) => {
      el.setAttribute('content', JSON.stringify(fill(doc, vectors[index]!.payload)));
    },
  },
  {
    name: 'script',
    set: (el, doc, index) => {
      let script = el.querySelector<HTMLScriptElement>(SOURCE_SCRIPT);
      if (!script) {
        script = document.createElement('script');
        script.type = 'application/ld+json';
        el.prepend(script);
      }
      script.textContent = JSON.stringify(fill(doc, vectors[index]!.payload));
    },
  },
  {
    name: 'src',
    set: (el, doc, index) => {
      // The server fills in payload `index`; the URL carries only the placeholders.
      el.src = `/test-api/xss?i=${index}&doc=${encodeURIComponent(JSON.stringify(doc))}`;
    },
  },
];

/** Resolves on the next `news-load`; rejects, listing any `news-error`, after five seconds. */
function nextLoad(el: ContentElement, context: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const errors: NewsErrorDetail[] = [];
    const onError = (event: NewsErrorEvent) => errors.push(event.detail);
    const done = () => {
      clearTimeout(timer);
      el.removeEventListener('news-load', onLoad);
      el.removeEventListener('news-error', onError);
    };
    const onLoad = () => {
      done();
      resolve();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${context}: no news-load; errors: ${JSON.stringify(errors)}`));
    }, 5000);
    el.addEventListener('news-load', onLoad);
    el.addEventListener('news-error', onError);
  });
}

/** Waits for the element and every element nested in its content to finish rendering. */
async function rendered(el: Element): Promise<void> {
  await (el as ContentElement).updateComplete;
  for (const inner of contentOf(el)?.querySelectorAll('news-faq, news-article') ?? []) {
    await rendered(inner);
  }
}

/**
 * Time for onload/onerror of anything inserted to run. Timers only: a page the runner keeps in a
 * background tab (two test files at once) gets no animation frames.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Payloads rendered between two settles. Handlers of nodes already replaced by the next payload
 * still run (a detached image still loads and fails), so batching loses no detection, only
 * precision in naming the payload; and it saves time where background tabs throttle timers.
 */
const BATCH = 24;

// Lit adds <style> elements to shadow roots only where constructable sheets cannot be adopted.
const adoptsStyles =
  'adoptedStyleSheets' in Document.prototype && 'replace' in CSSStyleSheet.prototype;

/** The elements the templates and the sanitizer can produce; anything else is a finding. */
const ALLOWED_ELEMENTS = new Set([
  'article', 'header', 'section', 'div', 'p', 'span', 'a', 'b', 'strong', 'i', 'em', 'br',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'time', 'figure', 'figcaption', 'img',
  'blockquote', 'cite', 'bdi', 'slot', 'button', 'mark', 'news-faq',
]); // prettier-ignore
/** The usual suspects, also checked by name, so that a finding reads plainly. */
const FORBIDDEN =
  'script, iframe, frame, object, embed, form, input, textarea, select, style, link, meta, base, svg, math';
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data',
  'ping', 'cite', 'longdesc', 'srcdoc', 'codebase', 'manifest',
]); // prettier-ignore
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];
const IMAGE_PROTOCOLS = ['http:', 'https:'];

function protocolOf(url: string): string {
  try {
    return new URL(url, document.baseURI).protocol;
  } catch {
    return 'unparsable';
  }
}

/** Every element under `root`, descending into open shadow roots. */
function allElements(root: ParentNode, out: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) allElements(element.shadowRoot, out);
  }
  return out;
}

/** Findings: what in the tree could run script, load a frame or carry a dangerous URL. */
function findings(root: ParentNode): string[] {
  return elementFindings(allElements(root));
}

/** Findings in an element's frame (shadow root) and in its light-DOM content, container included. */
function renderedFindings(el: Element): string[] {
  const container = contentOf(el);
  const content = container ? [container, ...allElements(container)] : [];
  return [...findings(el.shadowRoot!), ...elementFindings(content)];
}

function elementFindings(elements: readonly Element[]): string[] {
  const found: string[] = [];
  for (const element of elements) {
    const tag = element.localName;
    const litStyle = tag === 'style' && !adoptsStyles && element.parentNode instanceof ShadowRoot;
    if (litStyle) continue;
    if (!ALLOWED_ELEMENTS.has(tag) || element.matches(FORBIDDEN)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (name === 'style') found.push(`<${tag} style>`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      const allowed = tag === 'img' && name === 'src' ? IMAGE_PROTOCOLS : LINK_PROTOCOLS;
      // `srcdoc` and `srcset` never come from the templates: any value is a finding.
      if (name === 'srcdoc' || name === 'srcset' || !allowed.includes(protocolOf(value))) {
        found.push(`<${tag} ${name}="${value}">`);
      }
    }
  }
  return found;
}

/** Every `url` and `@id` in the JSON-LD written for crawlers, with a dangerous scheme. */
function unsafeJsonLdUrls(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => unsafeJsonLdUrls(item, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const isUrl = key === 'url' || key === '@id' || key === 'mainEntityOfPage';
      if (isUrl && typeof item === 'string' && !LINK_PROTOCOLS.includes(protocolOf(item))) {
        found.push(`${key}: ${item}`);
      } else unsafeJsonLdUrls(item, found);
    }
  }
  return found;
}

/**
 * The light DOM: JSON-LD scripts, our generated one inert and its URLs safe, and the content
 * container (one, ours, checked by `renderedFindings`).
 */
function lightDomFindings(el: Element): string[] {
  const found: string[] = [];
  const containerTag = el.localName === 'news-article' ? 'article' : 'div';
  let containers = 0;
  for (const child of el.children) {
    if (child.matches(`${containerTag}[data-news-content][slot="news-content"]`)) containers++;
    else if (!child.matches('script[type="application/ld+json"]'))
      found.push(`light <${child.localName}>`);
  }
  if (containers !== 1) found.push(`${containers} content containers`);
  const generated = el.querySelectorAll<HTMLScriptElement>(':scope > script[data-news-generated]');
  if (generated.length > 1) found.push(`${generated.length} generated scripts`);
  for (const script of generated) {
    // `<` and `>` escaped: nothing could close the script were the text ever parsed as HTML.
    if (/[<>]/.test(script.text)) found.push('JSON-LD with < or >');
    found.push(...unsafeJsonLdUrls(JSON.parse(script.text)));
  }
  return found;
}

type Watched = 'alert' | 'confirm' | 'prompt' | 'print';
const WATCHED: readonly Watched[] = ['alert', 'confirm', 'prompt', 'print'];

describe('XSS corpus in <news-article> and <news-faq>', () => {
  // The expected texts decode every HTML name, as the elements do once they load the table.
  before(() => loadEntityTable());
  const calls: string[] = [];
  const pageErrors: string[] = [];
  const originals = WATCHED.map((name) => [name, window[name]] as const);
  const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));

  before(() => {
    for (const name of WATCHED) {
      (window as unknown as Record<Watched, unknown>)[name] = (...args: unknown[]) => {
        calls.push(`${name}(${args.map(String).join(', ')})`);
        return name === 'confirm' ? false : null;
      };
    }
    window.addEventListener('error', onError);
  });

  after(() => {
    for (const [name, original] of originals) {
      (window as unknown as Record<Watched, unknown>)[name] = original;
    }
    window.removeEventListener('error', onError);
  });

  afterEach(() => {
    calls.length = 0;
    pageErrors.length = 0;
  });

  it('has the 141 vectors, each of which calls a watched function', () => {
    expect(vectors).to.have.length(141);
    for (const { payload } of vectors) expect(payload).to.match(/alert/);
  });

  it('notices a handler that runs, and a dangerous tree, even two shadow roots deep (control)', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    // Detached too: why payloads replaced before the next settle are still watched.
    const images = ['attached', 'detached'].map((name) => {
      const img = document.createElement('img');
      img.setAttribute('onerror', `alert("${name}")`);
      img.src = 'data:,not-an-image';
      return img;
    });
    host.append(images[0]!);
    for (let i = 0; i < 20 && calls.length < 2; i++) await settle();
    expect([...calls].sort()).to.deep.equal(['alert(attached)', 'alert(detached)']);

    const inner = host.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const deeper = inner.appendChild(document.createElement('span')).attachShadow({ mode: 'open' });
    const link = deeper.appendChild(document.createElement('a'));
    link.setAttribute('href', ' JaVaScRiPt:alert(1)');
    deeper.appendChild(document.createElement('iframe'));
    expect(findings(host)).to.deep.equal([
      '<img onerror>',
      '<img src="data:,not-an-image">',
      '<a href=" JaVaScRiPt:alert(1)">',
      '<iframe>',
    ]);
  });

  for (const channel of channels) {
    it(`renders all 141 payloads through the ${channel.name} channel as inert text`, async function () {
      this.timeout(180_000);
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      // Far below the viewport: lazy images whose URL is a payload (a relative URL, so allowed)
      // are not requested, which keeps the runner's log free of 404s. Handlers still run here.
      Object.assign(container.style, { position: 'absolute', top: '-100000px', width: '40rem' });
      const all = subjects();
      for (const { el } of all) {
        el.locale = 'en';
        el.structuredData = true;
        container.append(el);
      }

      let batch: string[] = [];
      for (let index = 0; index < vectors.length; index++) {
        const { title, payload } = vectors[index]!;
        const context = `${channel.name} #${index + 1} ${title ?? ''}: ${payload}`;
        await Promise.all(
          all.map(async ({ name, el, build }) => {
            const loaded = nextLoad(el, `${name} ${context}`);
            channel.set(el, build(index), index);
            await loaded;
            await rendered(el);
          }),
        );
        for (const { name, el, texts } of all) {
          const where = `${name} ${context}`;
          expect(renderedFindings(el), where).to.deep.equal([]);
          expect(lightDomFindings(el), where).to.deep.equal([]);
          const fields = texts(el, payload);
          expect(
            fields.map(([field, actual]) => [field, actual]),
            where,
          ).to.deep.equal(fields.map(([field, , expected]) => [field, expected]));
        }
        batch.push(`#${index + 1}`);
        if (batch.length === BATCH || index === vectors.length - 1) {
          await settle();
          expect(calls, `${channel.name}: one of payloads ${batch.join(' ')}`).to.deep.equal([]);
          expect(pageErrors, `${channel.name}: one of payloads ${batch.join(' ')}`).to.deep.equal(
            [],
          );
          batch = [];
        }
      }
      // The src channel really went through the server.
      if (channel.name === 'src') {
        expect(all[0]!.el.src).to.match(/^\/test-api\/xss\?i=140&/);
      }
    });
  }
});
