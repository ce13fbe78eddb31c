import { shadow } from './fixtures/news-faq-helpers.js';
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle, NewsFaq } from '../src/index.js';
import { seedArticle, seedFaqs, seedParagraphs } from './fixtures/seed-article.js';
import { contentOf } from './fixtures/content.js';

type Json = Record<string, unknown>;

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

const minutes = (locale: string, n: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(n);

/** Collapses whitespace, as a reader perceives rendered text. */
const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelectorAll<E>(selector);

/** Everything the element renders as markup: its frame (shadow root) and its light-DOM content. */
const markup = (el: Element) =>
  `${el.shadowRoot?.innerHTML ?? ''}${contentOf(el)?.outerHTML ?? ''}`;

/** Everything the element renders as text: its frame and its light-DOM content. */
const renderedText = (el: Element) =>
  `${el.shadowRoot?.textContent ?? ''}${contentOf(el)?.textContent ?? ''}`;

/** An element described for a comparison (chai cannot print elements in Chromium). */
const describeNode = (node: Element) =>
  node.localName === 'slot' ? `slot ${node.getAttribute('name') ?? ''}` : node.localName;

/** A small article; `extra` overrides or adds fields. */
const article = (extra: Json = {}): Json => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Tide tables move online',
  datePublished: '2024-01-05T14:30:00Z',
  author: { '@type': 'Person', name: 'Ines Vidal' },
  articleBody: 'The harbour office has published its tide tables on the web.',
  ...extra,
});

const render = (
  content: unknown,
  attributes: Partial<Record<'locale' | 'heading-level' | 'theme', string>> = {},
) =>
  fixture<NewsArticle>(
    html`<news-article
      .content=${content}
      locale=${attributes.locale ?? 'en'}
      heading-level=${attributes['heading-level'] ?? '2'}
    ></news-article>`,
  );

/** Waits until the embedded `<news-faq>` elements have rendered. */
async function faqsOf(el: NewsArticle): Promise<NewsFaq[]> {
  const faqs = $$<NewsFaq>(el, 'news-faq');
  await Promise.all(faqs.map((faq) => faq.updateComplete));
  return faqs;
}

describe('<news-article>', () => {
  describe('the seed article', () => {
    it('renders headline, dek, byline, dates, reading time, body, FAQ and topics', async () => {
      const el = await render(seedArticle);
      const root = $(el, 'article[part="article"]')!;
      expect(root !== null).to.equal(true);
      expect(root.getAttribute('lang')).to.equal('en');
      expect(textOf($(el, 'h2[part="headline"]'))).to.equal(seedArticle.headline);
      expect(textOf($(el, '[part="dek"]'))).to.equal(seedArticle.description);
      expect(textOf($(el, '[part="byline"]'))).to.match(/^By Helen Marsh\b/);
      expect($(el, 'a[part="author"]')!.getAttribute('href')).to.equal(
        'https://meridian.example/authors/helen-marsh',
      );
      expect($(el, 'a[part="author"]')!.getAttribute('rel')).to.equal('author');
      expect(textOf($(el, '.kicker'))).to.equal('World');

      const times = $$<HTMLTimeElement>(el, 'time[part="date"]');
      expect(times.map((time) => time.dateTime)).to.deep.equal([
        '2024-01-05T09:30:00-05:00',
        '2024-01-05T11:45:00-05:00',
      ]);
      const format = new Intl.DateTimeFormat('en', dateTimeOptions);
      expect(textOf(times[0])).to.equal(format.format(Date.UTC(2024, 0, 5, 14, 30)));
      expect(textOf(times[1]!.parentElement)).to.equal(
        `Updated ${format.format(Date.UTC(2024, 0, 5, 16, 45))}`,
      );

      const words = seedParagraphs.join(' ').split(/\s+/).length;
      expect(textOf($(el, '.meta'))).to.contain(`${Math.ceil(words / 230)} min read`);

      const paragraphs = $$(el, '[part="body"] > p');
      expect(paragraphs.map(textOf)).to.deep.equal([...seedParagraphs]);

      const faqs = await faqsOf(el);
      expect(faqs.length).to.equal(1);
      expect(textOf($(el, 'section.faq > h3'))).to.equal('FAQs');
      const questions = shadow(faqs[0]!).querySelectorAll('h4');
      expect(questions.map(textOf)).to.deep.equal(seedFaqs.map((faq) => faq.question));

      expect($$(el, '.topics li').map(textOf)).to.deep.equal([
        'Russia',
        'Ukraine',
        'North Korea',
        'ballistic missiles',
        'United States',
        'UN Security Council',
      ]);
      await expect(el).to.be.accessible();
    });

    it('puts the slots above the headline and below everything else', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article .content=${seedArticle}>
          <span slot="before">Exclusive</span>
          <a slot="after" href="#share">Share</a>
        </news-article>`,
      );
      // The article is light-DOM content now, slotted into the frame between the two slots
      // (it used to hold them): the frame's order is what a reader sees.
      const frame = el.shadowRoot!.querySelector('.root')!;
      expect([...frame.children].map(describeNode)).to.deep.equal([
        'slot before',
        'slot news-content',
        'slot after',
      ]);
      const content = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="news-content"]')!;
      expect(content.assignedElements().map(describeNode)).to.deep.equal(['article']);
      expect(content.assignedElements()[0] === $(el, 'article[part="article"]')).to.equal(true);
      const before = $<HTMLSlotElement>(el, 'slot[name="before"]')!;
      const after = $<HTMLSlotElement>(el, 'slot[name="after"]')!;
      const box = (node: Element) => node.getBoundingClientRect();
      expect(box(before.assignedElements()[0]!).bottom).to.be.at.most(
        box($(el, '[part="headline"]')!).top + 0.5,
      );
      expect(box(after.assignedElements()[0]!).top).to.be.at.least(
        box($(el, '.topics')!).bottom - 0.5,
      );
      expect(before.assignedElements().map(textOf)).to.deep.equal(['Exclusive']);
      expect(after.assignedElements().map(textOf)).to.deep.equal(['Share']);
      await expect(el).to.be.accessible();
    });
  });

  describe('fields', () => {
    it('lists several authors with the locale conjunction, linking only those with a URL', async () => {
      const el = await render(
        article({
          author: [
            { '@type': 'Person', name: 'Ann Lee', url: 'https://news.example/ann' },
            'Ben Ode',
            { '@type': 'Person', name: 'Cy Park' },
          ],
        }),
      );
      const names = ['Ann Lee', 'Ben Ode', 'Cy Park'];
      const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
      expect(textOf($(el, '[part="byline"]'))).to.equal(`By ${list}`);
      expect($$(el, 'a[part="author"]').map(textOf)).to.deep.equal(['Ann Lee']);
      expect($$(el, 'span[part="author"]').map(textOf)).to.deep.equal(['Ben Ode', 'Cy Park']);
      await expect(el).to.be.accessible();
    });

    it('does not link an author whose URL is unsafe', async () => {
      const el = await render(
        article({ author: { '@type': 'Person', name: 'Eve', url: 'javascript:alert(1)' } }),
      );
      expect($$(el, 'a[part="author"]').length).to.equal(0);
      expect(textOf($(el, 'span[part="author"]'))).to.equal('Eve');
      expect(markup(el)).not.to.contain('javascript:');
    });

    it('names the publisher after the authors, or as the author when there is none', async () => {
      const publisher = {
        '@type': 'Organization',
        name: 'Coast Courier',
        url: 'https://courier.example/',
      };
      const el = await render(article({ publisher }));
      expect(textOf($(el, '[part="byline"]'))).to.equal('By Ines Vidal · Coast Courier');
      expect($(el, '.publisher a')!.getAttribute('href')).to.equal('https://courier.example/');

      el.content = article({ publisher, author: undefined });
      await el.updateComplete;
      expect(textOf($(el, '[part="byline"]'))).to.equal('By Coast Courier');

      el.content = article({ author: undefined });
      await el.updateComplete;
      expect($$(el, '[part="byline"]').length).to.equal(0);
    });

    it('sets width and height of an ImageObject, with caption and credit', async () => {
      const el = await render(
        article({
          image: {
            '@type': 'ImageObject',
            url: 'https://img.example/tide.jpg',
            width: 1600,
            height: '900',
            description: 'Boats aground at low tide',
            caption: 'Low tide at the harbour mouth.',
            creditText: 'Jo Brandt',
          },
        }),
      );
      const img = $<HTMLImageElement>(el, 'figure[part="figure"] > img[part="image"]')!;
      expect(img.getAttribute('src')).to.equal('https://img.example/tide.jpg');
      expect(img.getAttribute('alt')).to.equal('Boats aground at low tide');
      expect(img.getAttribute('width')).to.equal('1600');
      expect(img.getAttribute('height')).to.equal('900');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(textOf($(el, 'figcaption[part="caption"]'))).to.equal(
        'Low tide at the harbour mouth. Photo: Jo Brandt',
      );
      // The lead figure sits between the header and the body.
      expect($(el, 'header')!.nextElementSibling === img.parentElement).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the space of an image with known size before it loads', async () => {
      const wrapper = fixtureSync(
        html`<div style="inline-size: 400px">
          <news-article
            .content=${article({
              // Never loads (404): the box comes from width and height alone.
              image: {
                '@type': 'ImageObject',
                url: '/test/no-such-image.png',
                width: 1600,
                height: 900,
              },
            })}
          ></news-article>
        </div>`,
      );
      const el = wrapper.querySelector('news-article')!;
      await el.updateComplete;
      const img = $<HTMLImageElement>(el, 'img')!;
      const box = img.getBoundingClientRect();
      expect(box.width).to.be.at.most(400);
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
    });

    it('takes the first usable image of an array, with no attributes it does not know', async () => {
      const el = await render(
        article({
          image: ['javascript:alert(1)', 'https://img.example/a.jpg', 'https://img.example/b.jpg'],
        }),
      );
      const imgs = $$<HTMLImageElement>(el, 'img');
      expect(imgs.length).to.equal(1);
      expect(imgs[0]!.getAttribute('src')).to.equal('https://img.example/a.jpg');
      expect(imgs[0]!.hasAttribute('width')).to.equal(false);
      expect(imgs[0]!.getAttribute('alt')).to.equal('');
      expect($$(el, 'figcaption').length).to.equal(0);
    });

    it('does not repeat a label the credit already has', async () => {
      const el = await render(
        article({
          image: {
            '@type': 'ImageObject',
            url: 'https://img.example/a.jpg',
            creditText: '© Harbour Trust',
          },
        }),
      );
      expect(textOf($(el, 'figcaption'))).to.equal('© Harbour Trust');
      for (const credit of [
        'Illustration: The Example Times',
        'Grafik: Ana Ruiz',
        'Copyright AP',
      ]) {
        el.content = article({ image: { url: 'https://img.example/a.jpg', creditText: credit } });
        await el.updateComplete;
        expect(textOf($(el, 'figcaption'))).to.equal(credit);
      }
      el.content = article({
        image: {
          url: 'https://img.example/a.jpg',
          creditText: 'Jo Brandt, Harbour Office',
        },
      });
      await el.updateComplete;
      expect(textOf($(el, 'figcaption'))).to.equal('Photo: Jo Brandt, Harbour Office');
    });

    it('isolates names and captions, so an unterminated right-to-left override stays inside', async () => {
      const rlo = '\u202E';
      const el = await render(
        article({
          author: [{ name: `${rlo}Amal` }, { name: 'Ben Ode' }, { name: 'Cy Park' }],
          image: {
            url: 'https://img.example/a.jpg',
            caption: `${rlo}Low tide`,
            creditText: 'Jo Brandt',
          },
        }),
      );
      const [first, second, third] = $$(el, '[part="author"]');
      const box = (node: Element) => node.getBoundingClientRect();
      // Left to right, in order: the override reversed only the first name's own letters.
      expect(box(second!).left).to.be.greaterThan(box(first!).right - 1);
      expect(box(third!).left).to.be.greaterThan(box(second!).right - 1);
      const caption = $(el, '.caption-text')!;
      const credit = $(el, '.credit')!;
      expect(box(credit).left).to.be.greaterThan(box(caption).right - 1);
      expect(credit.querySelector('bdi')?.textContent).to.equal('Jo Brandt');
      expect(textOf(credit)).to.equal('Photo: Jo Brandt');
    });

    it('takes the dek from alternativeHeadline, else description', async () => {
      const el = await render(
        article({ alternativeHeadline: 'The alternative', description: 'The description' }),
      );
      expect(textOf($(el, 'p[part="dek"]'))).to.equal('The alternative');
      el.content = article({ description: 'The description' });
      await el.updateComplete;
      expect(textOf($(el, 'p[part="dek"]'))).to.equal('The description');
      el.content = article();
      await el.updateComplete;
      expect($$(el, '[part="dek"]').length).to.equal(0);
    });

    it('shows the section above the headline', async () => {
      const el = await render(article({ articleSection: 'Coast' }));
      const kicker = $(el, '.kicker')!;
      expect(textOf(kicker)).to.equal('Coast');
      expect(kicker.nextElementSibling!.getAttribute('part')).to.equal('headline');
    });

    it('lists keywords under a "Topics" label', async () => {
      const el = await render(article({ keywords: 'tides, harbour ,  boats' }));
      // In the light DOM ids would share the page's id space: the list is named by aria-label
      // (it was aria-labelledby an id in the shadow root), with the same visible label.
      const list = $(el, '.topics ul')!;
      expect(list.getAttribute('aria-label')).to.equal('Topics');
      expect(list.hasAttribute('aria-labelledby')).to.equal(false);
      expect(textOf($(el, '.topics-label'))).to.equal('Topics');
      expect($$(el, '.topics li').map(textOf)).to.deep.equal(['tides', 'harbour', 'boats']);
      await expect(el).to.be.accessible();
    });

    it('estimates reading time at 230 words a minute, rounded up', async () => {
      const body = Array.from({ length: 461 }, (_, i) => `word${i}`).join(' ');
      const el = await render(article({ articleBody: body }));
      expect(textOf($(el, '.reading-time'))).to.equal('3 min read');
      el.content = article({ articleBody: 'Short.' });
      await el.updateComplete;
      expect(textOf($(el, '.reading-time'))).to.equal('1 min read');
      el.content = article({ articleBody: undefined });
      await el.updateComplete;
      expect($$(el, '.reading-time').length).to.equal(0);
      expect($$(el, '[part="body"]').length).to.equal(0);
    });

    it('shows a plain calendar date without a time, and no update on the same date', async () => {
      const el = await render(article({ datePublished: '2024-02-10', dateModified: '2024-02-10' }));
      const times = $$<HTMLTimeElement>(el, 'time');
      expect(times.length).to.equal(1);
      expect(times[0]!.dateTime).to.equal('2024-02-10');
      expect(textOf(times[0])).to.equal('February 10, 2024');
    });

    it('shows only the update when there is no publication date', async () => {
      const el = await render(
        article({ datePublished: undefined, dateModified: '2024-02-11T08:00:00Z' }),
      );
      expect(textOf($(el, '.updated'))).to.equal(
        `Updated ${new Intl.DateTimeFormat('en', dateTimeOptions).format(Date.UTC(2024, 1, 11, 8))}`,
      );
      expect($$(el, 'time').length).to.equal(1);
    });
  });

  describe('body', () => {
    const blocks = [
      'A plain paragraph.',
      {
        type: 'paragraph',
        text: 'With <strong>strong</strong> and <a href="https://example.org/x">a link</a>.',
      },
      { type: 'heading', text: 'What happens next' },
      { type: 'quote', text: 'We will be ready by spring.', cite: 'Port authority' },
      { type: 'quote', text: 'Unattributed.' },
      { type: 'list', items: ['First', 'Second <em>item</em>'], ordered: true },
      { type: 'list', items: ['Bullet'] },
      {
        type: 'image',
        url: 'https://img.example/map.png',
        width: 800,
        height: 600,
        description: 'Map of the new route',
        caption: 'The new route',
      },
      {
        type: 'faq',
        name: 'Route questions',
        mainEntity: [
          {
            '@type': 'Question',
            name: 'When?',
            acceptedAnswer: { '@type': 'Answer', text: 'In May.' },
          },
        ],
      },
    ];

    it('renders every block type in order', async () => {
      const el = await render(
        article({ body: blocks, articleBody: 'Ignored when body is present.' }),
      );
      const children = Array.from($(el, '[part="body"]')!.children);
      expect(children.map((child) => child.localName)).to.deep.equal([
        'p',
        'p',
        'h3',
        'figure',
        'figure',
        'ol',
        'ul',
        'figure',
        'section',
      ]);
      expect(textOf(children[0])).to.equal('A plain paragraph.');
      expect(textOf(children[1]!.querySelector('strong'))).to.equal('strong');
      expect(children[1]!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://example.org/x',
      );
      expect(textOf(children[2])).to.equal('What happens next');

      expect(textOf(children[3]!.querySelector('blockquote'))).to.equal(
        'We will be ready by spring.',
      );
      expect(textOf(children[3]!.querySelector('figcaption cite'))).to.equal('Port authority');
      expect(children[4]!.querySelectorAll('figcaption').length).to.equal(0);

      expect(Array.from(children[5]!.querySelectorAll('li')).map(textOf)).to.deep.equal([
        'First',
        'Second item',
      ]);
      expect(textOf(children[5]!.querySelector('em'))).to.equal('item');
      expect(Array.from(children[6]!.querySelectorAll('li')).map(textOf)).to.deep.equal(['Bullet']);

      const img = children[7]!.querySelector('img[part="image"]')!;
      expect(children[7]!.getAttribute('part')).to.equal('figure');
      expect(img.getAttribute('width')).to.equal('800');
      expect(img.getAttribute('alt')).to.equal('Map of the new route');
      expect(textOf(children[7]!.querySelector('[part="caption"]'))).to.equal('The new route');

      const [faq] = await faqsOf(el);
      expect(children[8]!.contains(faq!)).to.equal(true);
      expect(textOf(children[8]!.querySelector('h3'))).to.equal('Route questions');
      expect(faq!.getAttribute('heading-level')).to.equal('4');
      expect(textOf(shadow(faq!).querySelector('h4'))).to.equal('When?');
      expect(renderedText(el)).not.to.contain('Ignored when body is present.');
      await expect(el).to.be.accessible();
    });

    it('splits articleBody into paragraphs at blank lines', async () => {
      const el = await render(article({ articleBody: 'One\nline.\n\nTwo.\n \n\nThree.' }));
      expect($$(el, '[part="body"] > p').map(textOf)).to.deep.equal([
        'One line.',
        'Two.',
        'Three.',
      ]);
    });

    it('writes plain paragraphs as bare <p> elements, kept across re-renders', async () => {
      const texts = Array.from({ length: 50 }, (_, i) => `Paragraph ${i + 1}.`);
      const el = await render(
        article({
          body: [...texts.slice(0, 25), { type: 'heading', text: 'Middle' }, ...texts.slice(25)],
        }),
      );
      const body = $(el, '[part="body"]')!;
      const paragraphs = $$(el, '[part="body"] > p');
      expect(paragraphs.map(textOf)).to.deep.equal(texts);
      // One text node per paragraph, and no template markers inside or between them: a marker
      // pair around each run of paragraphs and the heading, plus the guard's own.
      for (const p of paragraphs) expect(p.childNodes.length).to.equal(1);
      const comments = [...body.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE);
      expect(comments.length).to.be.at.most(8);
      el.theme = 'dark';
      await el.updateComplete;
      const after = $$(el, '[part="body"] > p');
      expect(after.length).to.equal(paragraphs.length);
      expect(after.every((p, i) => p === paragraphs[i])).to.equal(true);
      el.content = article({ body: ['Only this.'] });
      await el.updateComplete;
      expect($$(el, '[part="body"] > p').map(textOf)).to.deep.equal(['Only this.']);
    });

    it('ranks headings inside rich text below the headline, and never nests paragraphs', async () => {
      const el = await render(
        article({
          body: [{ type: 'paragraph', text: '<h1>Inside</h1><p>First</p><p>Second</p>' }],
        }),
        { 'heading-level': '3' },
      );
      const body = $(el, '[part="body"]')!;
      expect(textOf(body.querySelector('h4'))).to.equal('Inside');
      expect(body.querySelectorAll('h1, h2, h3').length).to.equal(0);
      expect(body.querySelectorAll('p p').length).to.equal(0);
      expect(Array.from(body.querySelectorAll('p')).map(textOf)).to.deep.equal(['First', 'Second']);
    });

    it('keeps rendered rich text across re-renders', async () => {
      const el = await render(
        article({ body: [{ type: 'paragraph', text: 'Some <b>bold</b> text' }] }),
      );
      const bold = $(el, '[part="body"] b');
      el.theme = 'dark';
      await el.updateComplete;
      expect($(el, '[part="body"] b') === bold).to.equal(true);
      expect(textOf($(el, '[part="body"] p'))).to.equal('Some bold text');
    });
  });

  describe('FAQ', () => {
    it('renders hasPart FAQPage after the body, as a news-faq one level below its heading', async () => {
      const el = await render(
        article({
          hasPart: {
            '@type': 'FAQPage',
            mainEntity: [
              {
                '@type': 'Question',
                name: 'Is it free?',
                acceptedAnswer: { '@type': 'Answer', text: 'Yes, <b>always</b>.' },
              },
              {
                '@type': 'Question',
                name: 'Where?',
                acceptedAnswer: { '@type': 'Answer', text: 'Online.' },
              },
            ],
          },
        }),
        { 'heading-level': '1' },
      );
      const section = $(el, 'section.faq')!;
      expect(section.previousElementSibling!.getAttribute('part')).to.equal('body');
      const heading = section.querySelector('h2')!;
      expect(textOf(heading)).to.equal('Frequently asked questions');
      // No id in the light DOM (the page's id space): the section is marked data-faq instead of
      // aria-labelledby, and its heading comes first.
      expect(section.getAttribute('data-faq')).to.equal('faq');
      expect(section.hasAttribute('aria-labelledby')).to.equal(false);
      expect(section.firstElementChild === heading).to.equal(true);
      const [faq] = await faqsOf(el);
      expect(faq!.getAttribute('heading-level')).to.equal('3');
      expect(faq!.getAttribute('locale')).to.equal('en');
      const questions = shadow(faq!).querySelectorAll('h3');
      expect(questions.map(textOf)).to.deep.equal(['Is it free?', 'Where?']);
      expect(textOf(shadow(faq!).querySelector('[part="answer"] b'))).to.equal('always');
      await expect(el).to.be.accessible();
    });

    it('keeps the embedded FAQ events from looking like the article loading again', async () => {
      const loads: Event[] = [];
      const el = await fixture<NewsArticle>(
        html`<news-article
          @news-load=${(event: Event) => loads.push(event)}
          .content=${seedArticle}
        ></news-article>`,
      );
      await faqsOf(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads.length).to.equal(1);
      expect(loads[0]!.target === el).to.equal(true);
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders the headline as h${level} and inner headings one level below`, async () => {
        const el = await render(
          article({ body: ['Intro.', { type: 'heading', text: 'Section' }] }),
          { 'heading-level': String(level) },
        );
        expect($(el, '[part="headline"]')!.localName).to.equal(`h${level}`);
        expect($(el, '[part="body"] :is(h1, h2, h3, h4, h5, h6)')!.localName).to.equal(
          `h${Math.min(6, level + 1)}`,
        );
      });
    }

    it('clamps values outside 1-6 and defaults to 2', async () => {
      const el = await render(article(), { 'heading-level': '0' });
      expect($(el, '[part="headline"]')!.localName).to.equal('h1');
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '[part="headline"]')!.localName).to.equal('h6');
      el.setAttribute('heading-level', 'high');
      await el.updateComplete;
      expect($(el, '[part="headline"]')!.localName).to.equal('h2');
      const plain = await fixture<NewsArticle>(
        html`<news-article .content=${article()}></news-article>`,
      );
      expect($(plain, '[part="headline"]')!.localName).to.equal('h2');
    });
  });

  describe('locale', () => {
    const dated = article({
      datePublished: '2024-01-05T14:30:00Z',
      dateModified: '2024-01-06T08:05:00Z',
      author: ['Ann Lee', 'Ben Ode'],
      keywords: ['a'],
    });

    for (const locale of ['en', 'de', 'ar']) {
      it(`formats dates, byline and labels for ${locale}`, async () => {
        const el = await render(dated, { locale });
        const format = new Intl.DateTimeFormat(locale, dateTimeOptions);
        const times = $$(el, 'time');
        expect(textOf(times[0])).to.equal(format.format(Date.UTC(2024, 0, 5, 14, 30)));
        expect(textOf(times[1])).to.equal(format.format(Date.UTC(2024, 0, 6, 8, 5)));
        const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format([
          'Ann Lee',
          'Ben Ode',
        ]);
        expect(textOf($(el, '[part="byline"]'))).to.contain(list);
        await expect(el).to.be.accessible();
      });
    }

    it('writes German words and month names', async () => {
      const el = await render(dated, { locale: 'de-DE' });
      expect(textOf($(el, '[part="byline"]'))).to.equal('Von Ann Lee und Ben Ode');
      expect(textOf($$(el, 'time')[0])).to.contain('Januar');
      expect(textOf($(el, '.updated'))).to.match(/^Aktualisiert /);
      expect(textOf($(el, '.reading-time'))).to.equal(`${minutes('de', 1)} Lesezeit`);
      expect(textOf($(el, '.topics-label'))).to.equal('Themen');
      const root = $(el, 'article')!;
      expect(root.getAttribute('lang')).to.equal('de-DE');
      expect(root.getAttribute('dir')).to.equal('ltr');
    });

    it('lays Arabic out right to left', async () => {
      const el = await render(dated, { locale: 'ar' });
      const root = $(el, 'article')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(root.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle($(el, '[part="headline"]')!).direction).to.equal('rtl');
      expect(textOf($(el, '[part="byline"]'))).to.match(/^بقلم /);
      expect(textOf($(el, '.updated'))).to.match(/^آخر تحديث /);
      // The quote rule is on the start side, which is the right in right-to-left text.
      const quote = await render(article({ body: [{ type: 'quote', text: 'قول' }] }), {
        locale: 'ar',
      });
      const style = getComputedStyle($(quote, '.quote')!);
      expect(style.borderRightWidth).to.equal('3px');
      expect(style.borderLeftWidth).to.equal('0px');
    });

    it('sets lang and dir from inLanguage, and labels the element words in their own language', async () => {
      const el = await render(article({ inLanguage: 'he', keywords: ['x'] }), { locale: 'en' });
      const root = $(el, 'article')!;
      expect(root.getAttribute('lang')).to.equal('he');
      expect(root.getAttribute('dir')).to.equal('rtl');
      const byline = $(el, '[part="byline"]')!;
      expect(byline.getAttribute('lang')).to.equal('en');
      expect(byline.getAttribute('dir')).to.equal('ltr');
      expect(textOf(byline)).to.match(/^By /);
    });

    it('leaves the direction to a dir attribute on the element', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article dir="ltr" locale="ar" .content=${article()}></news-article>`,
      );
      expect($(el, 'article')!.hasAttribute('dir')).to.equal(false);
      expect(getComputedStyle($(el, '[part="headline"]')!).direction).to.equal('ltr');
    });

    it('uses the nearest lang attribute when there is no locale, inheriting lang and dir', async () => {
      const wrapper = fixtureSync(
        html`<div lang="de"><news-article .content=${dated}></news-article></div>`,
      );
      const el = wrapper.querySelector('news-article')!;
      await el.updateComplete;
      expect(textOf($(el, '[part="byline"]'))).to.match(/^Von /);
      expect($(el, 'article')!.hasAttribute('lang')).to.equal(false);
      expect($(el, 'article')!.hasAttribute('dir')).to.equal(false);
    });

    it('re-renders when the locale changes, and survives an invalid one', async () => {
      const el = await render(dated, { locale: 'en' });
      el.locale = 'de';
      await el.updateComplete;
      expect(textOf($(el, '[part="byline"]'))).to.match(/^Von /);
      el.locale = 'not a locale!';
      await el.updateComplete;
      expect(textOf($(el, '[part="headline"]'))).to.equal('Tide tables move online');
      expect($$(el, 'time').length).to.equal(2);
      expect($(el, 'article')!.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('slots', () => {
    it('keeps the before and after slots while empty, in error and with content', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article>
          <p slot="before">Kicker</p>
          <p slot="after">Correction</p>
        </news-article>`,
      );
      const assigned = () =>
        $$<HTMLSlotElement>(el, 'slot[name="before"], slot[name="after"]').map((slot) =>
          slot
            .assignedNodes()
            .map((node) => node.textContent)
            .join(),
        );
      expect(assigned()).to.deep.equal(['Kicker', 'Correction']);

      el.setAttribute('content', '{"broken"');
      await el.updateComplete;
      expect($$(el, '[part="error"]').length).to.equal(1);
      expect(assigned()).to.deep.equal(['Kicker', 'Correction']);

      el.content = article();
      await el.updateComplete;
      expect(assigned()).to.deep.equal(['Kicker', 'Correction']);
      await expect(el).to.be.accessible();
    });
  });

  describe('styling', () => {
    it('paints a dark or light theme, and inherits the page colours without one', async () => {
      const wrapper = fixtureSync(
        html`<div style="color: rgb(240, 240, 240); background: rgb(10, 10, 10)">
          <news-article .content=${article()}></news-article>
          <news-article theme="dark" .content=${article()}></news-article>
          <news-article theme="light" .content=${article()}></news-article>
        </div>`,
      );
      const [plain, dark, light] = Array.from(wrapper.querySelectorAll('news-article'));
      await Promise.all([plain, dark, light].map((el) => el!.updateComplete));
      expect(getComputedStyle(plain!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle($(plain!, '[part="headline"]')!).color).to.equal(
        'rgb(240, 240, 240)',
      );
      expect(getComputedStyle($(plain!, '[part="byline"]')!).color).to.equal('rgb(240, 240, 240)');
      const darkBg = getComputedStyle(dark!).backgroundColor;
      const lightBg = getComputedStyle(light!).backgroundColor;
      expect(darkBg).not.to.equal(lightBg);
      expect(lightBg).to.equal('rgb(255, 255, 255)');
      // A painted background gets padding; an unthemed article lines up with the page text. The
      // padding is the frame's now (the article is slotted into it), so compare where the text
      // starts rather than one box's padding.
      const inset = (el: Element) =>
        $(el, '[part="headline"]')!.getBoundingClientRect().left - el.getBoundingClientRect().left;
      expect(inset(dark!)).to.be.greaterThan(0);
      expect(inset(light!)).to.be.greaterThan(0);
      expect(inset(plain!)).to.equal(0);
      await expect(plain).to.be.accessible();
      await expect(dark).to.be.accessible();
      await expect(light).to.be.accessible();
    });

    it('honours the custom properties', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          style="--news-heading-font-family: serif; --news-muted-color: rgb(1, 2, 3); --news-accent-color: rgb(4, 5, 6); --news-spacing: 10px"
          .content=${article({ articleSection: 'Coast', body: [{ type: 'quote', text: 'Q' }] })}
        ></news-article>`,
      );
      expect(getComputedStyle($(el, '[part="headline"]')!).fontFamily).to.equal('serif');
      expect(getComputedStyle($(el, '[part="byline"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.kicker')!).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(el, '.quote')!).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(el, 'header')!).marginBlockEnd).to.equal('15px');
    });

    it('reflows at 320 CSS pixels without horizontal scrolling', async () => {
      const long =
        'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
      const wrapper = fixtureSync(
        html`<div style="inline-size: 320px">
          <news-article
            .content=${article({
              headline: `${long} headline`,
              body: [
                `${long} https://example.org/${long}/${long}`,
                { type: 'list', items: [long] },
              ],
              keywords: [long],
              image: {
                '@type': 'ImageObject',
                url: '/test/no-such-image.png',
                width: 2000,
                height: 1000,
              },
            })}
          ></news-article>
        </div>`,
      );
      const el = wrapper.querySelector('news-article')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      for (const node of shadow(el).querySelectorAll('*')) {
        if (node.localName === 'slot' || node.localName === 'style') continue;
        const box = node.getBoundingClientRect();
        expect(box.right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      expect($(el, 'article')!.scrollWidth).to.be.at.most($(el, 'article')!.clientWidth);
    });
  });
});
