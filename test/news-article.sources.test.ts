import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import { NewsArticle } from '../src/index.js';
import type { NewsErrorDetail, NewsLoadDetail } from '../src/index.js';
import { nextEvent } from './fixtures/events.js';
import { shadow } from './fixtures/news-faq-helpers.js';
import { contentOf } from './fixtures/content.js';

type Json = Record<string, unknown>;

const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<E>(selector);
const headline = (el: Element) => textOf($(el, '[part="headline"]'));

const article = (title: string, extra: Json = {}): Json => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  datePublished: '2024-03-05T09:30:00Z',
  author: 'Ines Vidal',
  articleBody: 'A paragraph.',
  ...extra,
});

const jsonScript = (data: unknown, type = 'application/ld+json') => {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(data);
  return script;
};

/** An element not yet in the page, with a recorder of its events. */
function detached() {
  const el = document.createElement('news-article');
  const loads: NewsLoadDetail[] = [];
  const errors: NewsErrorDetail[] = [];
  el.addEventListener('news-load', (event) => loads.push(event.detail));
  el.addEventListener('news-error', (event) => errors.push(event.detail));
  return { el, loads, errors };
}

/** Appends to a fresh fixture container and waits for the content to render. */
async function attach<E extends HTMLElement>(el: E): Promise<E> {
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  await (el as unknown as NewsArticle).updateComplete;
  return el;
}

let lateTags = 0;

describe('<news-article> sources', () => {
  it('reads the content property', async () => {
    const { el, loads } = detached();
    el.content = article('From the property');
    await attach(el);
    expect(headline(el)).to.equal('From the property');
    expect(loads).to.deep.equal([{ source: 'property' }]);
  });

  it('reads the content attribute as JSON', async () => {
    const { el, loads } = detached();
    el.setAttribute('content', JSON.stringify(article('From the attribute')));
    await attach(el);
    expect(headline(el)).to.equal('From the attribute');
    expect(loads).to.deep.equal([{ source: 'attribute' }]);
  });

  it('fetches src: a Yoast-style @graph document with references', async () => {
    const { el, loads } = detached();
    el.src = '/test/fixtures/article-yoast.json';
    el.locale = 'en';
    await attach(el);
    expect(loads).to.deep.equal([{ source: 'src' }]);
    expect(headline(el)).to.equal('Night ferry returns to the island after four years');
    expect(textOf($(el, '[part="byline"]'))).to.equal('By Mara Quinn · Harbour Gazette');
    expect($(el, 'a[part="author"]')!.getAttribute('href')).to.equal(
      'https://harbour.example/author/mara-quinn/',
    );
    const img = $<HTMLImageElement>(el, 'img[part="image"]')!;
    expect(img.getAttribute('src')).to.equal(
      'https://harbour.example/wp-content/uploads/2024/03/ferry.jpg',
    );
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1200', '675']);
    expect(textOf($(el, '[part="caption"]'))).to.equal(
      'The ferry at the harbour wall during trials last week. Photo: Ada Lind',
    );
    expect(textOf($(el, '.kicker'))).to.equal('Local');
    expect($(el, 'article')!.getAttribute('lang')).to.equal('en-GB');
    expect(shadow(el).querySelectorAll('[part="body"] > p').length).to.equal(3);
    expect(shadow(el).querySelectorAll('time').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('fetches a plain article from src and renders its calendar date', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article locale="en" src="/test/fixtures/article-plain.json"></news-article>`,
    );
    expect(headline(el)).to.equal('Library extends weekend opening hours');
    expect(textOf($(el, 'time'))).to.equal('February 10, 2024');
    expect(textOf($(el, '[part="byline"]'))).to.equal('By Sam Ortega');
  });

  for (const type of ['application/ld+json', 'application/json']) {
    it(`reads a child <script type="${type}">`, async () => {
      const { el, loads } = detached();
      el.append(jsonScript(article('From the script'), type));
      await attach(el);
      expect(headline(el)).to.equal('From the script');
      expect(loads).to.deep.equal([{ source: 'script' }]);
    });
  }

  it('ranks property over src over script, falling back as each is removed', async () => {
    const { el, loads } = detached();
    el.append(jsonScript(article('Script')));
    el.src = '/test/fixtures/article-plain.json';
    el.content = article('Property');
    await attach(el);
    expect(headline(el)).to.equal('Property');

    el.content = null;
    await el.updateComplete;
    expect(headline(el)).to.equal('Library extends weekend opening hours');

    el.src = null;
    await el.updateComplete;
    expect(headline(el)).to.equal('Script');
    expect(loads.map((detail) => detail.source)).to.deep.equal(['property', 'src', 'script']);
  });

  it('lets the last set of content property and content attribute win', async () => {
    const { el, loads } = detached();
    el.setAttribute('content', JSON.stringify(article('Attribute 1')));
    el.content = article('Property 1');
    await attach(el);
    expect(headline(el)).to.equal('Property 1');

    el.setAttribute('content', JSON.stringify(article('Attribute 2')));
    await el.updateComplete;
    expect(headline(el)).to.equal('Attribute 2');

    el.content = article('Property 2');
    await el.updateComplete;
    expect(headline(el)).to.equal('Property 2');

    el.content = undefined;
    await el.updateComplete;
    expect(headline(el)).to.equal('Attribute 2');
    expect(loads.map((detail) => detail.source)).to.deep.equal([
      'property',
      'attribute',
      'property',
      'attribute',
    ]);
  });

  it('picks up a script child added or changed after upgrade', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    expect(shadow(el).querySelectorAll('article').length).to.equal(0);

    const script = jsonScript(article('Added later'));
    const loaded = nextEvent(el, 'news-load');
    el.append(script);
    expect((await loaded).detail).to.deep.equal({ source: 'script' });
    await el.updateComplete;
    expect(headline(el)).to.equal('Added later');

    const reloaded = nextEvent(el, 'news-load');
    script.textContent = JSON.stringify(article('Changed later'));
    await reloaded;
    await el.updateComplete;
    expect(headline(el)).to.equal('Changed later');
  });

  it('clears when its child script is removed, and renders a replacement script', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    const script = jsonScript(article('From the script'));
    let loaded = nextEvent(el, 'news-load');
    el.append(script);
    await loaded;
    await el.updateComplete;
    expect(headline(el)).to.equal('From the script');

    script.remove();
    await el.updateComplete;
    // The light-DOM container stays for the next content, emptied: nothing of the story is left.
    expect(shadow(el).querySelectorAll('article *').length).to.equal(0);
    expect(textOf(contentOf(el))).to.equal('');
    expect(headline(el)).to.equal('');

    el.append(jsonScript(article('First')));
    await el.updateComplete;
    loaded = nextEvent(el, 'news-load');
    el.querySelector('script')?.replaceWith(jsonScript(article('Replacement')));
    await loaded;
    await el.updateComplete;
    expect(headline(el)).to.equal('Replacement');
  });

  it('keeps a content property set before the element is defined', async () => {
    const tag = `news-article-late-${++lateTags}`;
    const el = document.createElement(tag) as HTMLElement & { content?: unknown };
    el.content = article('Set before definition');
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    container.append(el);
    customElements.define(tag, class extends NewsArticle {});
    expect(el).to.be.instanceOf(NewsArticle);
    await (el as unknown as NewsArticle).updateComplete;
    expect(headline(el)).to.equal('Set before definition');
  });
});

describe('<news-article> errors', () => {
  it('reports INVALID_JSON and shows an alert', async () => {
    const { el, errors, loads } = detached();
    el.setAttribute('content', '{"headline": ');
    await attach(el);
    expect(errors.map((error) => error.code)).to.deep.equal(['INVALID_JSON']);
    expect(loads).to.deep.equal([]);
    const alert = $(el, '[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(textOf(alert)).to.not.equal('');
    expect(shadow(el).querySelectorAll('article').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reports INVALID_CONTENT for JSON that is no article, and recovers with a good value', async () => {
    const { el, errors, loads } = detached();
    el.content = { '@type': 'Recipe', name: 'Soup' };
    await attach(el);
    expect(errors.map((error) => error.code)).to.deep.equal(['INVALID_CONTENT']);
    expect($(el, '[part="error"]')).to.exist;

    el.content = article('Recovered');
    await el.updateComplete;
    expect(headline(el)).to.equal('Recovered');
    expect(shadow(el).querySelectorAll('[part="error"]').length).to.equal(0);
    expect(loads).to.deep.equal([{ source: 'property' }]);
    await expect(el).to.be.accessible();
  });

  it('reports an article without a headline as INVALID_CONTENT', async () => {
    const { el, errors } = detached();
    el.append(jsonScript({ '@type': 'NewsArticle', articleBody: 'No headline.' }));
    await attach(el);
    expect(errors.map((error) => error.code)).to.deep.equal(['INVALID_CONTENT']);
  });

  it('reports a failed fetch as FETCH_FAILED', async () => {
    const { el, errors } = detached();
    el.src = '/test-api/status/404';
    await attach(el);
    expect(errors.map((error) => error.code)).to.deep.equal(['FETCH_FAILED']);
    expect($(el, '[part="error"]')).to.exist;
  });

  it('renders what is valid and lists what it skipped', async () => {
    const { el, errors, loads } = detached();
    el.content = article('Partly valid', {
      author: ['Good Author', { '@type': 'Person' }],
      body: ['Kept.', { type: 'video', url: 'https://v.example/x' }, { type: 'heading' }],
    });
    await attach(el);
    expect(headline(el)).to.equal('Partly valid');
    expect(textOf($(el, '[part="byline"]'))).to.equal('By Good Author');
    expect(textOf($(el, '[part="body"]'))).to.equal('Kept.');
    expect(loads).to.deep.equal([{ source: 'property' }]);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('INVALID_CONTENT');
    expect(errors[0]!.dropped).to.have.length(3);
  });

  it('does not affect a neighbour', async () => {
    const wrapper = fixtureSync(
      html`<div>
        <news-article content="not json"></news-article>
        <news-article .content=${article('Neighbour')}></news-article>
      </div>`,
    );
    const [bad, good] = Array.from(wrapper.querySelectorAll('news-article'));
    await Promise.all([bad!.updateComplete, good!.updateComplete]);
    expect($(bad!, '[part="error"]')).to.exist;
    expect(headline(good!)).to.equal('Neighbour');
    expect(shadow(good!).querySelectorAll('[part="error"]').length).to.equal(0);
  });
});

describe('<news-article> structured data', () => {
  const generated = (el: Element) =>
    el.querySelectorAll(':scope > script[type="application/ld+json"]');

  it('writes exactly one JSON-LD script, kept up to date, and removes it when turned off', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article structured-data .content=${article('Indexed')}></news-article>`,
    );
    expect(generated(el).length).to.equal(1);
    const data = JSON.parse(generated(el)[0]!.textContent!) as Json;
    expect(data['@type']).to.equal('NewsArticle');
    expect(data['headline']).to.equal('Indexed');

    el.content = article('Indexed again');
    await el.updateComplete;
    expect(generated(el).length).to.equal(1);
    expect((JSON.parse(generated(el)[0]!.textContent!) as Json)['headline']).to.equal(
      'Indexed again',
    );
    // The generated script is never read back as a source.
    expect(headline(el)).to.equal('Indexed again');

    el.structuredData = false;
    await el.updateComplete;
    expect(generated(el).length).to.equal(0);
  });

  it('publishes its FAQ answers sanitized', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article
        structured-data
        .content=${article('With FAQ', {
          hasPart: {
            '@type': 'FAQPage',
            mainEntity: [
              {
                '@type': 'Question',
                name: 'Safe?',
                acceptedAnswer: {
                  text: '<b onmouseover="steal()">Yes</b><img src=x onerror="steal()"> <a href="javascript:steal()">really</a>',
                },
              },
            ],
          },
        })}
      ></news-article>`,
    );
    const data = JSON.parse(generated(el)[0]?.textContent ?? '{}') as {
      hasPart: { mainEntity: { acceptedAnswer: { text: string } }[] };
    };
    const text = data.hasPart.mainEntity[0]?.acceptedAnswer.text ?? '';
    expect(text).to.contain('<b>Yes</b>').and.contain('really');
    expect(text).to.not.match(/steal|onerror|onmouseover|javascript:|<img/);
  });

  it('adds nothing when a JSON-LD script child is the source', async () => {
    const { el } = detached();
    el.structuredData = true;
    const script = jsonScript(article('Already in the page'));
    el.append(script);
    await attach(el);
    expect(headline(el)).to.equal('Already in the page');
    expect(generated(el).length).to.equal(1);
    expect(generated(el)[0] === script).to.equal(true);
  });

  it('writes nothing without structured-data', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article .content=${article('Quiet')}></news-article>`,
    );
    expect(generated(el).length).to.equal(0);
  });
});

describe('<news-article> safety', () => {
  it('shows the text of markup in plain-text fields, never the markup', async () => {
    const payload =
      'Breaking <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>news';
    const el = await fixture<NewsArticle>(
      html`<news-article
        .content=${article(payload, {
          description: payload,
          author: { '@type': 'Person', name: payload },
          articleSection: payload,
          keywords: [payload],
          image: { '@type': 'ImageObject', url: 'https://img.example/a.jpg', caption: payload },
          body: [
            { type: 'heading', text: payload },
            { type: 'quote', text: payload, cite: payload },
          ],
        })}
      ></news-article>`,
    );
    expect(headline(el)).to.equal('Breaking news');
    expect(textOf($(el, '[part="dek"]'))).to.equal('Breaking news');
    expect(textOf($(el, '[part="author"]'))).to.equal('Breaking news');
    const root = shadow(el);
    expect(root.querySelectorAll('script').length).to.equal(0);
    expect(root.querySelectorAll('img').length).to.equal(1);
    expect(root.querySelectorAll('[onerror]').length).to.equal(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('removes scripts, handlers and dangerous links from paragraphs', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article
        .content=${article('Rich', {
          body: [
            {
              type: 'paragraph',
              text: 'Hello <script>window.__xss=1</script><img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=1">link</a> <iframe src="https://evil.example"></iframe>world',
            },
            {
              type: 'list',
              items: ['<b onclick="window.__xss=1">item</b><svg onload="window.__xss=1"></svg>'],
            },
          ],
        })}
      ></news-article>`,
    );
    const body = $(el, '[part="body"]')!;
    expect(textOf(body.querySelector('p'))).to.equal('Hello link world');
    expect(body.querySelectorAll('script, img, iframe, svg').length).to.equal(0);
    expect(body.querySelector('a')?.hasAttribute('href') ?? false).to.equal(false);
    for (const node of body.querySelectorAll('*')) {
      const handlers = Array.from(node.attributes).filter((attribute) =>
        attribute.name.startsWith('on'),
      );
      expect(handlers, node.localName).to.deep.equal([]);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
