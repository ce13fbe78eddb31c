import { expect } from '@open-wc/testing';
import { ARTICLE_TYPES, normalizeArticle } from '../../src/content/article.js';
import { cleanValue, parseJson } from '../../src/content/parse.js';
import { ContentError, type Article, type Block } from '../../src/content/types.js';
import { seedArticle, seedFaqs, seedParagraphs, seedUrl } from '../fixtures/seed-article.js';

const baseUrl = 'https://news.example/world/2024/03/10/story/';
const options = { baseUrl };
const read = (data: unknown) => normalizeArticle(data, options);

function thrown(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, nothing was thrown');
}

/** A Yoast SEO (WordPress) @graph, trimmed to what matters, nodes linked by @id. */
const yoastGraph = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'Article',
      '@id': 'https://news.example/world/2024/03/10/story/#article',
      isPartOf: { '@id': 'https://news.example/world/2024/03/10/story/' },
      author: { name: 'Helen Marsh', '@id': 'https://news.example/#/schema/person/5f1d' },
      headline: 'Grain corridor reopens as talks resume',
      datePublished: '2024-03-10T08:15:42+00:00',
      dateModified: '2024-03-10T17:02:11+00:00',
      mainEntityOfPage: { '@id': 'https://news.example/world/2024/03/10/story/' },
      wordCount: 812,
      publisher: { '@id': 'https://news.example/#organization' },
      image: { '@id': 'https://news.example/world/2024/03/10/story/#primaryimage' },
      thumbnailUrl: 'https://news.example/wp-content/uploads/2024/03/port-150x150.jpg',
      keywords: ['Black Sea', 'grain', 'shipping'],
      articleSection: ['World', 'Europe'],
      inLanguage: 'en-US',
    },
    {
      '@type': 'WebPage',
      '@id': 'https://news.example/world/2024/03/10/story/',
      url: 'https://news.example/world/2024/03/10/story/',
      name: 'Grain corridor reopens as talks resume - The Meridian',
      primaryImageOfPage: { '@id': 'https://news.example/world/2024/03/10/story/#primaryimage' },
    },
    {
      '@type': 'ImageObject',
      inLanguage: 'en-US',
      '@id': 'https://news.example/world/2024/03/10/story/#primaryimage',
      url: 'https://news.example/wp-content/uploads/2024/03/port.jpg',
      contentUrl: 'https://news.example/wp-content/uploads/2024/03/port.jpg',
      width: 1600,
      height: '900',
      caption: 'Cargo ships wait outside the port of Odesa.',
    },
    {
      '@type': 'Organization',
      '@id': 'https://news.example/#organization',
      name: 'The Meridian',
      url: 'https://news.example/',
      logo: { '@id': 'https://news.example/#/schema/logo/image/' },
    },
    {
      '@type': 'Person',
      '@id': 'https://news.example/#/schema/person/5f1d',
      name: 'Helen Marsh',
      url: 'https://news.example/author/helen-marsh/',
      sameAs: ['https://social.example/@helen'],
    },
  ],
};

describe('normalizeArticle', () => {
  describe('the seed article', () => {
    it('normalizes every field', () => {
      const { value, dropped } = read(seedArticle);
      expect(dropped).to.deep.equal([]);
      expect(value.type).to.equal('NewsArticle');
      expect(value.headline).to.equal(
        'US says Russia fired North Korean ballistic missiles at Ukraine',
      );
      expect(value.dek).to.equal(seedArticle.description);
      expect(value.authors).to.deep.equal([
        {
          name: 'Helen Marsh',
          url: 'https://meridian.example/authors/helen-marsh',
          type: 'Person',
        },
      ]);
      expect(value.publisher).to.deep.equal({
        name: 'The Meridian',
        url: 'https://meridian.example/',
        type: 'Organization',
      });
      expect(value.datePublished).to.deep.equal({
        iso: '2024-01-05T09:30:00-05:00',
        time: Date.UTC(2024, 0, 5, 14, 30),
        hasTime: true,
      });
      expect(value.dateModified?.time).to.equal(Date.UTC(2024, 0, 5, 16, 45));
      expect(value.section).to.equal('World');
      expect(value.keywords).to.deep.equal([
        'Russia',
        'Ukraine',
        'North Korea',
        'ballistic missiles',
        'United States',
        'UN Security Council',
      ]);
      expect(value.url).to.equal(seedUrl);
      expect(value.inLanguage).to.equal('en');
      expect(value.image).to.equal(undefined);
    });

    it('keeps every paragraph verbatim and the FAQ out of the body', () => {
      const { value } = read(seedArticle);
      expect(value.body).to.deep.equal(
        seedParagraphs.map((html) => ({ type: 'paragraph', text: { html } })),
      );
      expect(JSON.stringify(value.body)).not.to.include('FAQs');
      expect(value.faq?.name).to.equal('FAQs');
      expect(value.faq?.items.map((item) => [item.question, item.answer.html])).to.deep.equal(
        seedFaqs.map((faq) => [faq.question, faq.answer]),
      );
    });

    it('counts the words of the body, not of the headline or FAQ', () => {
      const expected = seedParagraphs.join(' ').split(/\s+/).length;
      expect(expected).to.be.greaterThan(400);
      expect(read(seedArticle).value.wordCount).to.equal(expected);
    });

    it('reads the same from JSON text', () => {
      const { value } = read(parseJson(JSON.stringify(seedArticle)));
      expect(value).to.deep.equal(read(seedArticle).value);
    });
  });

  describe('finding the article', () => {
    it('reads a Yoast @graph, following @id references', () => {
      const { value, dropped } = read(yoastGraph);
      expect(dropped).to.deep.equal([]);
      expect(value.type).to.equal('Article');
      expect(value.headline).to.equal('Grain corridor reopens as talks resume');
      expect(value.authors).to.deep.equal([
        { name: 'Helen Marsh', url: 'https://news.example/author/helen-marsh/', type: 'Person' },
      ]);
      expect(value.publisher).to.deep.equal({
        name: 'The Meridian',
        url: 'https://news.example/',
        type: 'Organization',
      });
      expect(value.image).to.deep.equal({
        url: 'https://news.example/wp-content/uploads/2024/03/port.jpg',
        width: 1600,
        height: 900,
        alt: '',
        caption: 'Cargo ships wait outside the port of Odesa.',
      });
      expect(value.section).to.equal('World');
      expect(value.keywords).to.deep.equal(['Black Sea', 'grain', 'shipping']);
      expect(value.url).to.equal('https://news.example/world/2024/03/10/story/');
      expect(value.inLanguage).to.equal('en-US');
      expect(value.datePublished?.time).to.equal(Date.UTC(2024, 2, 10, 8, 15, 42));
      expect(value.body).to.deep.equal([]);
      expect(value.wordCount).to.equal(0);
    });

    it('accepts every article type, and @type arrays containing one', () => {
      for (const type of ARTICLE_TYPES) {
        expect(read({ '@type': type, headline: 'H' }).value.type).to.equal(type);
      }
      for (const type of [
        'NewsArticle',
        'Article',
        'ReportageNewsArticle',
        'AnalysisNewsArticle',
        'OpinionNewsArticle',
        'BlogPosting',
        'Report',
      ]) {
        expect(ARTICLE_TYPES).to.include(type);
      }
      expect(
        read({ '@type': ['CreativeWork', 'OpinionNewsArticle'], headline: 'H' }).value.type,
      ).to.equal('OpinionNewsArticle');
      expect(
        read({ '@type': 'https://schema.org/BlogPosting', headline: 'H' }).value.type,
      ).to.equal('BlogPosting');
    });

    it('finds the article in a top-level array and as a WebPage mainEntity', () => {
      const list = [
        { '@type': 'BreadcrumbList' },
        { '@type': 'ReportageNewsArticle', headline: 'In list' },
      ];
      expect(read(list).value.headline).to.equal('In list');
      const page = { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Main' } };
      expect(read(page).value.headline).to.equal('Main');
    });

    it('reads an object without @type but with a headline as a NewsArticle', () => {
      const { value } = read({ headline: 'Hand-written', body: ['One paragraph.'] });
      expect(value.type).to.equal('NewsArticle');
      expect(value.body).to.have.length(1);
    });

    it('throws INVALID_CONTENT when there is no article', () => {
      for (const data of [
        null,
        'text',
        42,
        [],
        {},
        { '@type': 'WebPage', headline: 'x' },
        { '@type': 'FAQPage' },
      ]) {
        const error = thrown(() => read(data));
        expect(error.code).to.equal('INVALID_CONTENT');
        expect(error.message).to.equal('No article was found in the content.');
      }
    });

    it('throws INVALID_CONTENT when the headline is missing or empty', () => {
      for (const headline of [undefined, '', '   ', {}, null, ['']]) {
        const error = thrown(() => read({ '@type': 'NewsArticle', headline, description: 'Dek' }));
        expect(error.code).to.equal('INVALID_CONTENT');
        expect(error.message).to.equal('The article has no headline.');
      }
      expect(read({ '@type': 'NewsArticle', name: 'Named' }).value.headline).to.equal('Named');
    });

    it('leaves absent fields out and gives empty lists', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: '  Only \n a headline ',
      });
      expect(dropped).to.deep.equal([]);
      expect(value).to.deep.equal({
        type: 'NewsArticle',
        headline: 'Only a headline',
        authors: [],
        keywords: [],
        body: [],
        wordCount: 0,
      } satisfies Article);
    });
  });

  describe('fields', () => {
    it('takes the dek from alternativeHeadline, then description', () => {
      expect(
        read({
          '@type': 'NewsArticle',
          headline: 'H',
          alternativeHeadline: 'Alt',
          description: 'Desc',
        }).value.dek,
      ).to.equal('Alt');
      expect(
        read({ '@type': 'NewsArticle', headline: 'H', description: ' Desc ' }).value.dek,
      ).to.equal('Desc');
    });

    it('reads authors mixing strings, Persons, Organizations and references', () => {
      const { value, dropped } = read({
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'NewsArticle',
            headline: 'H',
            author: [
              'Reuters',
              { '@type': 'Person', name: 'Helen Marsh', url: '/authors/helen' },
              { '@type': 'Person', givenName: 'Tomás', familyName: 'Ruiz' },
              {
                '@type': 'NewsMediaOrganization',
                name: 'Meridian Staff',
                url: ['https://news.example/staff'],
              },
              { '@id': '#jdoe' },
              { '@type': 'Person', name: 'Ana Lima', url: 'javascript:alert(1)' },
              { '@type': 'Person', url: 'https://news.example/nobody' },
              42,
              '   ',
            ],
          },
          {
            '@type': 'Person',
            '@id': `${baseUrl}#jdoe`,
            name: 'Jane Doe',
            email: 'jane@news.example',
          },
        ],
      });
      expect(value.authors).to.deep.equal([
        { name: 'Reuters' },
        { name: 'Helen Marsh', url: 'https://news.example/authors/helen', type: 'Person' },
        { name: 'Tomás Ruiz', type: 'Person' },
        { name: 'Meridian Staff', url: 'https://news.example/staff', type: 'Organization' },
        { name: 'Jane Doe', type: 'Person' },
        { name: 'Ana Lima', type: 'Person' },
      ]);
      expect(dropped).to.deep.equal([
        'author[5].url: not a safe URL',
        'author[6]: missing name',
        'author[7]: not a person or organization',
        'author[8]: empty name',
      ]);
    });

    it('reads a single author and a publisher given as an array', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        author: { '@type': 'Organization', name: 'AP' },
        publisher: [{ '@type': 'Corporation', legalName: 'Meridian Media Ltd' }],
      });
      expect(value.authors).to.deep.equal([{ name: 'AP', type: 'Organization' }]);
      expect(value.publisher).to.deep.equal({ name: 'Meridian Media Ltd', type: 'Organization' });
    });

    it('reads dates with offsets and drops invalid ones, listing them', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        datePublished: '2024-02-30T10:00:00+01:00',
        dateModified: '2024-03-01T07:00:00+09:00',
      });
      expect(value.datePublished).to.equal(undefined);
      expect(value.dateModified).to.deep.equal({
        iso: '2024-03-01T07:00:00+09:00',
        time: Date.UTC(2024, 1, 29, 22),
        hasTime: true,
      });
      expect(dropped).to.deep.equal(['datePublished: not a valid date']);
      const wrongType = read({
        '@type': 'NewsArticle',
        headline: 'H',
        datePublished: 1704465000000,
        dateModified: '2024-01-05',
      });
      expect(wrongType.dropped).to.deep.equal(['datePublished: not a valid date']);
      expect(wrongType.value.dateModified).to.deep.equal({
        iso: '2024-01-05',
        time: Date.UTC(2024, 0, 5),
        hasTime: false,
      });
    });

    it('reads an ImageObject with contentUrl, numeric strings, credit and alt text', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        image: {
          '@type': 'ImageObject',
          contentUrl: '/images/kirby.jpg',
          width: '1200px',
          height: { '@type': 'QuantitativeValue', value: 800 },
          caption: 'John Kirby at the White House briefing.',
          creditText: 'Photo: A. Photographer / Agency',
          description: 'A man speaks at a lectern.',
        },
      });
      expect(value.image).to.deep.equal({
        url: 'https://news.example/images/kirby.jpg',
        width: 1200,
        height: 800,
        alt: 'A man speaks at a lectern.',
        caption: 'John Kirby at the White House briefing.',
        credit: 'Photo: A. Photographer / Agency',
      });
    });

    it('credits the copyright holder and takes alt text from name when needed', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        image: {
          url: 'https://cdn.example/a.jpg',
          name: 'Port of Odesa',
          copyrightHolder: { '@type': 'Organization', name: 'Agency Photos' },
          width: 'wide',
          height: -5,
        },
      });
      expect(value.image).to.deep.equal({
        url: 'https://cdn.example/a.jpg',
        alt: 'Port of Odesa',
        credit: 'Agency Photos',
      });
    });

    it('takes the first usable image of an array as the lead, listing the skipped ones', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        image: [
          { '@type': 'ImageObject', url: 'javascript:alert(1)' },
          'data:image/png;base64,iVBORw0KGgo=',
          { '@type': 'ImageObject', url: 'https://cdn.example/16x9.jpg', width: 1600, height: 900 },
          'https://cdn.example/4x3.jpg',
        ],
      });
      expect(value.image).to.deep.equal({
        url: 'https://cdn.example/16x9.jpg',
        width: 1600,
        height: 900,
        alt: '',
      });
      expect(dropped).to.deep.equal(['image[0]: no safe image URL', 'image[1]: no safe image URL']);
    });

    it('falls back to thumbnailUrl', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        thumbnailUrl: 'https://cdn.example/t.jpg',
      });
      expect(value.image).to.deep.equal({ url: 'https://cdn.example/t.jpg', alt: '' });
    });

    it('reads section and keywords in their common shapes', () => {
      const string = read({
        '@type': 'NewsArticle',
        headline: 'H',
        articleSection: 'Politics',
        keywords: ' Russia, Ukraine,, North Korea , Russia ',
      });
      expect(string.value.section).to.equal('Politics');
      expect(string.value.keywords).to.deep.equal(['Russia', 'Ukraine', 'North Korea']);
      const array = read({
        '@type': 'NewsArticle',
        headline: 'H',
        articleSection: ['', 'World', 'Europe'],
        keywords: ['Black Sea', { '@type': 'DefinedTerm', name: 'Shipping' }, 7, {}, null],
      });
      expect(array.value.section).to.equal('World');
      expect(array.value.keywords).to.deep.equal(['Black Sea', 'Shipping', '7']);
    });

    it('canonicalizes inLanguage and drops what is not a language tag', () => {
      expect(
        read({ '@type': 'NewsArticle', headline: 'H', inLanguage: 'en-us' }).value.inLanguage,
      ).to.equal('en-US');
      expect(
        read({
          '@type': 'NewsArticle',
          headline: 'H',
          inLanguage: { '@type': 'Language', name: 'French', alternateName: 'fr' },
        }).value.inLanguage,
      ).to.equal('fr');
      const bad = read({ '@type': 'NewsArticle', headline: 'H', inLanguage: 'not a language!' });
      expect(bad.value.inLanguage).to.equal(undefined);
      expect(bad.dropped).to.deep.equal(['inLanguage: not a BCP 47 language tag']);
    });

    it('resolves a relative url, and uses mainEntityOfPage without one', () => {
      expect(read({ '@type': 'NewsArticle', headline: 'H', url: '../other/' }).value.url).to.equal(
        'https://news.example/world/2024/03/10/other/',
      );
      expect(
        read({ '@type': 'NewsArticle', headline: 'H', mainEntityOfPage: 'https://news.example/p' })
          .value.url,
      ).to.equal('https://news.example/p');
      expect(
        read({
          '@type': 'NewsArticle',
          headline: 'H',
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/q' },
        }).value.url,
      ).to.equal('https://news.example/q');
    });
  });

  describe('body', () => {
    it('splits articleBody into paragraphs on blank lines', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        articleBody:
          '\n  First line\nsame paragraph.  \r\n\r\nSecond <b>bold</b>.\n \t \nThird.\n\n\n\n',
      });
      expect(value.body).to.deep.equal([
        { type: 'paragraph', text: { html: 'First line same paragraph.' } },
        { type: 'paragraph', text: { html: 'Second <b>bold</b>.' } },
        { type: 'paragraph', text: { html: 'Third.' } },
      ]);
      expect(value.wordCount).to.equal(7);
    });

    it('reads body blocks of every type, in order, instead of articleBody', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'Headline words are not counted',
        articleBody: 'Ignored when body is present.',
        body: [
          'A plain <em>string</em> paragraph.',
          { type: 'paragraph', text: '<p>An explicit paragraph.</p>' },
          { type: 'heading', text: 'What happened' },
          {
            type: 'quote',
            text: 'We will raise this at the Security Council.',
            cite: 'John Kirby',
          },
          { type: 'quote', text: 'Unattributed.' },
          { type: 'list', items: ['One', '<b>Two</b>'], ordered: true },
          { type: 'list', items: ['Bullet'] },
          {
            type: 'image',
            url: 'https://cdn.example/launcher.jpg',
            width: 1200,
            height: 675,
            caption: 'A launcher.',
            creditText: 'Agency',
          },
          {
            type: 'faq',
            '@type': 'FAQPage',
            mainEntity: [
              { '@type': 'Question', name: 'Why?', acceptedAnswer: { text: 'Because.' } },
            ],
          },
          { type: 'faq', items: [{ question: 'Shorthand?', answer: 'Yes.' }] },
        ],
      });
      // One FAQ per article: the second block is dropped.
      expect(dropped).to.deep.equal(['body[9]: more than 1 FAQ in the article']);
      const expected: Block[] = [
        { type: 'paragraph', text: { html: 'A plain <em>string</em> paragraph.' } },
        { type: 'paragraph', text: { html: '<p>An explicit paragraph.</p>' } },
        { type: 'heading', text: 'What happened' },
        { type: 'quote', text: 'We will raise this at the Security Council.', cite: 'John Kirby' },
        { type: 'quote', text: 'Unattributed.' },
        { type: 'list', items: [{ html: 'One' }, { html: '<b>Two</b>' }], ordered: true },
        { type: 'list', items: [{ html: 'Bullet' }], ordered: false },
        {
          type: 'image',
          image: {
            url: 'https://cdn.example/launcher.jpg',
            width: 1200,
            height: 675,
            alt: '',
            caption: 'A launcher.',
            credit: 'Agency',
          },
        },
        {
          type: 'faq',
          faq: { items: [{ id: 'why', question: 'Why?', answer: { html: 'Because.' } }] },
        },
      ];
      expect(value.body).to.deep.equal(expected);
      // 4 + 3 + 2 + 8 + 1 + 2 + 1: paragraphs, heading, quotes and lists; not images or FAQs.
      expect(value.wordCount).to.equal(21);
    });

    it('skips invalid blocks and lists why', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        body: [
          'Kept.',
          '   ',
          42,
          null,
          {},
          { type: 'video', url: 'https://cdn.example/v.mp4' },
          { type: 'paragraph' },
          { type: 'heading', text: { html: 'x' } },
          { type: 'quote', cite: 'Nobody' },
          { type: 'list', items: [] },
          { type: 'list', items: ['Kept item', 7, ''] },
          { type: 'image', url: 'javascript:alert(1)' },
          { type: 'faq', mainEntity: [{ '@type': 'Question', name: 'No answer' }] },
          { type: 'faq' },
        ],
      });
      expect(value.body).to.deep.equal([
        { type: 'paragraph', text: { html: 'Kept.' } },
        { type: 'list', items: [{ html: 'Kept item' }], ordered: false },
      ]);
      expect(dropped).to.deep.equal([
        'body[1]: empty paragraph',
        'body[2]: not a block',
        'body[3]: not a block',
        'body[4]: no type',
        'body[5]: unknown block type "video"',
        'body[6]: paragraph without text',
        'body[7]: heading without text',
        'body[8]: quote without text',
        'body[9]: list without items',
        'body[10].items[1]: not text',
        'body[10].items[2]: not text',
        'body[11]: no safe image URL',
        'body[12]: The FAQ has no valid questions.',
        'body[12].mainEntity[0]: missing acceptedAnswer.text',
        'body[13]: No FAQ was found in the content.',
      ]);
    });

    it('falls back to articleBody when no body block is usable', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        body: [{ type: 'video' }],
        articleBody: 'Fallback.',
      });
      expect(value.body).to.deep.equal([{ type: 'paragraph', text: { html: 'Fallback.' } }]);
      expect(dropped).to.deep.equal(['body[0]: unknown block type "video"']);
      const notArray = read({
        '@type': 'NewsArticle',
        headline: 'H',
        body: 'text',
        articleBody: 42,
      });
      expect(notArray.value.body).to.deep.equal([]);
      expect(notArray.dropped).to.deep.equal(['body: not an array', 'articleBody: not text']);
    });

    it('counts words between tags and ignores entities that are not words', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        body: [
          '<p>One <b>two</b></p><p>three&nbsp;four</p> &amp; <a href="https://x.example/">five</a>',
        ],
      });
      expect(value.wordCount).to.equal(5);
    });
  });

  describe('hasPart FAQ', () => {
    it('reads an FAQPage among other parts, or referenced by @id', () => {
      const faq = {
        '@type': 'FAQPage',
        '@id': '#faq',
        mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { text: 'A.' } }],
      };
      const paywall = {
        '@type': 'WebPageElement',
        isAccessibleForFree: false,
        cssSelector: '.paywall',
      };
      const inline = read({ '@type': 'NewsArticle', headline: 'H', hasPart: [paywall, faq] });
      expect(inline.value.faq).to.deep.equal({
        items: [{ id: 'q', question: 'Q?', answer: { html: 'A.' } }],
      });
      const referenced = read({
        '@graph': [{ '@type': 'NewsArticle', headline: 'H', hasPart: { '@id': '#faq' } }, faq],
      });
      expect(referenced.value.faq).to.deep.equal(inline.value.faq);
    });

    it('drops an invalid FAQ and lists why, without failing the article', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        hasPart: {
          '@type': 'FAQPage',
          mainEntity: [{ '@type': 'Question', acceptedAnswer: { text: 'A.' } }],
        },
      });
      expect(value.headline).to.equal('H');
      expect(value.faq).to.equal(undefined);
      expect(dropped).to.deep.equal([
        'hasPart: The FAQ has no valid questions.',
        'hasPart.mainEntity[0]: missing name',
      ]);
    });

    it('lists skipped FAQ items with their place in the article', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        hasPart: [
          { '@type': 'WebPageElement' },
          { '@type': 'FAQPage', mainEntity: ['x', { name: 'Q', acceptedAnswer: { text: 'A' } }] },
        ],
      });
      expect(value.faq?.items).to.have.length(1);
      expect(dropped).to.deep.equal(['hasPart[1].mainEntity[0]: not an object']);
    });
  });

  describe('articleBody: text or HTML', () => {
    const paragraphsOf = (articleBody: string) =>
      read({ '@type': 'NewsArticle', headline: 'H', articleBody }).value.body.map((block) =>
        block.type === 'paragraph' ? block.text.html : block.type,
      );

    it('keeps every word of text with < and > (escaped, so it renders as text)', () => {
      expect(paragraphsOf('If a<b and b>c then a<c.\n\nx <b> y, 3 < 4 & 5 > 2')).to.deep.equal([
        'If a&lt;b and b&gt;c then a&lt;c.',
        'x &lt;b&gt; y, 3 &lt; 4 &amp; 5 &gt; 2',
      ]);
    });

    it('reads text with unpaired or unknown tags as text', () => {
      expect(paragraphsOf('<b>bold? no close')).to.deep.equal(['&lt;b&gt;bold? no close']);
      expect(paragraphsOf('</b> closed before <b> opened')).to.deep.equal([
        '&lt;/b&gt; closed before &lt;b&gt; opened',
      ]);
      expect(paragraphsOf('<span>x</span> <script>alert(1)</script>')).to.deep.equal([
        '&lt;span&gt;x&lt;/span&gt; &lt;script&gt;alert(1)&lt;/script&gt;',
      ]);
      // `<b` whose `>` comes after another `<` was never a tag.
      expect(paragraphsOf('a<b and <c> then </b>')).to.deep.equal([
        'a&lt;b and &lt;c&gt; then &lt;/b&gt;',
      ]);
    });

    it('keeps character references written out in full, escapes bare ampersands', () => {
      expect(paragraphsOf('Q&A: M&amp;A, it&#8217;s &#x2019; AT&T &copy')).to.deep.equal([
        'Q&amp;A: M&amp;A, it&#8217;s &#x2019; AT&amp;T &amp;copy',
      ]);
    });

    it('reads a body with an allowed tag pair or a <br> as HTML, as written', () => {
      expect(paragraphsOf('One <b>bold</b> word.\n\nIf a<b then')).to.deep.equal([
        'One <b>bold</b> word.',
        'If a<b then',
      ]);
      expect(paragraphsOf('<P CLASS="x">One</p >')).to.deep.equal(['<P CLASS="x">One</p >']);
      expect(paragraphsOf('<a href="https://x.example/">link</a>')).to.deep.equal([
        '<a href="https://x.example/">link</a>',
      ]);
      expect(paragraphsOf('Line<br>break')).to.deep.equal(['Line<br>break']);
      expect(paragraphsOf('Line<BR/>break')).to.deep.equal(['Line<BR/>break']);
      expect(paragraphsOf('<ul>\n\n<li>split</li>\n\n</ul>')).to.deep.equal([
        '<ul>',
        '<li>split</li>',
        '</ul>',
      ]);
    });

    it('counts the words of text with < as a reader sees them', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        articleBody: 'If a<b and b>c then a<c',
      });
      expect(value.wordCount).to.equal(6);
    });
  });

  describe('caps', () => {
    const tags = (count: number) => '<i>x</i>'.repeat(count);

    it('drops a rich-text field over 10,000 elements and says so', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        body: [
          tags(10_000),
          tags(10_001),
          { type: 'paragraph', text: tags(10_001) },
          { type: 'list', items: ['Kept', tags(10_001)] },
        ],
      });
      expect(value.body.map((block) => block.type)).to.deep.equal(['paragraph', 'list']);
      expect(dropped).to.deep.equal([
        'body[1]: rich text over 10000 elements',
        'body[2]: rich text over 10000 elements',
        'body[3].items[1]: rich text over 10000 elements',
      ]);
    });

    it('drops an articleBody over 10,000 elements in all', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        articleBody: `${tags(6000)}\n\n${tags(6000)}`,
      });
      expect(value.body).to.deep.equal([]);
      expect(dropped).to.deep.equal(['articleBody: rich text over 10000 elements']);
    });

    it('drops an FAQ answer over 10,000 elements, keeping the other questions', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        hasPart: {
          '@type': 'FAQPage',
          mainEntity: [
            { '@type': 'Question', name: 'Big?', acceptedAnswer: { text: tags(10_001) } },
            { '@type': 'Question', name: 'Small?', acceptedAnswer: { text: 'Yes.' } },
          ],
        },
      });
      expect(value.faq?.items.map((item) => item.question)).to.deep.equal(['Small?']);
      expect(dropped).to.deep.equal(['hasPart.mainEntity[0]: answer has more than 10000 elements']);
    });

    it('refuses an article over 20,000 elements with TOO_LARGE', () => {
      const fields = Array.from({ length: 3 }, () => tags(7000));
      const error = thrown(() => read({ '@type': 'NewsArticle', headline: 'H', body: fields }));
      expect(error.code).to.equal('TOO_LARGE');
      expect(error.message).to.equal('The article would render more than 20000 elements.');
      // Blocks count too: 20,001 one-word paragraphs are as many elements.
      const blocks = Array.from({ length: 20_001 }, () => 'a');
      expect(thrown(() => read({ headline: 'H', body: blocks })).code).to.equal('TOO_LARGE');
      expect(read({ headline: 'H', body: blocks.slice(1) }).value.body).to.have.length(20_000);
    });

    it('keeps one FAQ per article: the hasPart FAQ counts, further faq blocks go', () => {
      const faq = (name: string) => ({
        '@type': 'FAQPage',
        mainEntity: [{ '@type': 'Question', name, acceptedAnswer: { text: 'A.' } }],
      });
      const both = read({
        '@type': 'NewsArticle',
        headline: 'H',
        hasPart: faq('From hasPart?'),
        body: ['Text.', { type: 'faq', ...faq('Inline?') }],
      });
      expect(both.value.faq?.items[0]?.question).to.equal('From hasPart?');
      expect(both.value.body).to.deep.equal([{ type: 'paragraph', text: { html: 'Text.' } }]);
      expect(both.dropped).to.deep.equal(['body[1]: more than 1 FAQ in the article']);

      const blocks = read({
        '@type': 'NewsArticle',
        headline: 'H',
        body: [
          { type: 'faq', mainEntity: [] },
          { type: 'faq', ...faq('First valid?') },
          { type: 'faq', ...faq('Second?') },
        ],
      });
      expect(blocks.value.body.map((block) => block.type)).to.deep.equal(['faq']);
      expect(blocks.dropped).to.deep.equal([
        'body[0]: The FAQ has no valid questions.',
        'body[2]: more than 1 FAQ in the article',
      ]);
    });

    it('scales image sizes down to 10,000 px, keeping the aspect ratio', () => {
      const image = (width: unknown, height?: unknown) =>
        read({
          '@type': 'NewsArticle',
          headline: 'H',
          image: { url: 'https://cdn.example/i.jpg', width, height },
        });
      const big = image(40_000, 20_000).value.image;
      expect([big?.width, big?.height]).to.deep.equal([10_000, 5_000]);
      const alone = image(undefined, '100000000px').value.image;
      expect([alone?.width, alone?.height]).to.deep.equal([undefined, 10_000]);
      const ordinary = image('1200 px', { value: 675 }).value.image;
      expect([ordinary?.width, ordinary?.height]).to.deep.equal([1200, 675]);
    });

    it('drops a width and height with an absurd aspect ratio and keeps the image', () => {
      const { value, dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        image: { url: 'https://cdn.example/i.jpg', width: 1, height: 100_000_000 },
        body: [{ type: 'image', url: 'https://cdn.example/b.jpg', width: 5001, height: 100 }],
      });
      expect(value.image).to.deep.equal({ url: 'https://cdn.example/i.jpg', alt: '' });
      expect(value.body).to.deep.equal([
        { type: 'image', image: { url: 'https://cdn.example/b.jpg', alt: '' } },
      ]);
      expect(dropped).to.deep.equal([
        'body[0]: width and height (aspect ratio over 50:1)',
        'image: width and height (aspect ratio over 50:1)',
      ]);
      const panorama = read({
        headline: 'H',
        image: { url: 'https://cdn.example/p.jpg', width: 5000, height: 100 },
      }).value.image;
      expect([panorama?.width, panorama?.height]).to.deep.equal([5000, 100]);
    });
  });

  describe('options', () => {
    it('works without options: relative URLs have no base and are dropped', () => {
      const { value, dropped } = normalizeArticle({
        '@type': 'NewsArticle',
        headline: 'H',
        url: 'story/',
        image: 'https://cdn.example/i.jpg',
        author: { name: 'A', url: '/a' },
      });
      expect(value.url).to.equal(undefined);
      expect(value.image?.url).to.equal('https://cdn.example/i.jpg');
      expect(value.authors).to.deep.equal([{ name: 'A' }]);
      expect(dropped).to.deep.equal(['author.url: not a safe URL', 'url: not a safe URL']);
    });
  });

  describe('safety', () => {
    it('quotes no raw content in dropped entries', () => {
      const { dropped } = read({
        '@type': 'NewsArticle',
        headline: 'H',
        body: [
          { type: '<img src=x onerror=alert(1)>' },
          { type: 'evil\u202e\u0000"type"\nwith `marks` & a very long tail that goes on and on' },
          { type: 'x'.repeat(100_000) },
        ],
      });
      expect(dropped).to.deep.equal([
        'body[0]: unknown block type "img src=x onerror=alert(1)"',
        'body[1]: unknown block type "eviltype with marks a very long tail tha…"',
        `body[2]: unknown block type "${'x'.repeat(40)}…"`,
      ]);
    });

    const vectors = [
      'java\tscript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];

    for (const bad of vectors) {
      it(`drops ${JSON.stringify(bad)} from every URL field`, () => {
        const { value, dropped } = read({
          '@context': 'https://schema.org',
          '@graph': [
            {
              '@type': 'NewsArticle',
              headline: 'H',
              url: bad,
              mainEntityOfPage: bad,
              author: [{ '@type': 'Person', name: 'A', url: bad }, { '@id': '#b' }],
              publisher: { '@type': 'Organization', name: 'P', url: [bad] },
              image: [bad, { '@type': 'ImageObject', url: bad, contentUrl: bad }],
              thumbnailUrl: bad,
              body: [{ type: 'image', url: bad, contentUrl: bad }, 'Text.'],
              hasPart: {
                '@type': 'FAQPage',
                mainEntity: [{ '@type': 'Question', name: 'Q', acceptedAnswer: { text: 'A' } }],
              },
            },
            { '@type': 'Person', '@id': `${baseUrl}#b`, name: 'B', url: bad },
          ],
        });
        const json = JSON.stringify(value).toLowerCase();
        for (const scheme of ['javascript', 'vbscript', 'data:'])
          expect(json).not.to.include(scheme);
        expect(value.authors).to.deep.equal([
          { name: 'A', type: 'Person' },
          { name: 'B', type: 'Person' },
        ]);
        expect(value.publisher).to.deep.equal({ name: 'P', type: 'Organization' });
        expect(value.image).to.equal(undefined);
        expect(value.url).to.equal(undefined);
        expect(value.body).to.deep.equal([{ type: 'paragraph', text: { html: 'Text.' } }]);
        expect(dropped).to.include.members([
          'url: not a safe URL',
          'author[0].url: not a safe URL',
          'author[1].url: not a safe URL',
          'publisher.url: not a safe URL',
          'image[0]: no safe image URL',
          'image[1]: no safe image URL',
          'body[0]: no safe image URL',
        ]);
      });
    }

    it('is unaffected by prototype keys and pollutes nothing', () => {
      const text =
        '{"@type": "NewsArticle", "headline": "H", "__proto__": {"polluted": true, "headline": "Evil"},' +
        ' "author": {"name": "A", "constructor": {"prototype": {"polluted": true}}},' +
        ' "image": {"__proto__": {"url": "javascript:alert(1)"}, "url": "https://cdn.example/i.jpg"}}';
      const fromText = read(parseJson(text)).value;
      expect(fromText.headline).to.equal('H');
      expect(fromText.authors).to.deep.equal([{ name: 'A' }]);
      expect(fromText.image?.url).to.equal('https://cdn.example/i.jpg');
      const hostile: Record<string, unknown> = { '@type': 'NewsArticle', headline: 'H' };
      Object.defineProperty(hostile, '__proto__', { value: { polluted: true }, enumerable: true });
      expect(read(cleanValue(hostile)).value.headline).to.equal('H');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });

    it('keeps only the text of markup in plain-text fields', () => {
      const { value } = read({
        '@type': 'NewsArticle',
        headline: 'Breaking <img src=x onerror=alert(1)>news',
        author: '<script>alert(1)</script>Jane',
      });
      // Markup is dropped to its text; the templates bind what is left as text.
      expect(value.headline).to.equal('Breaking news');
      expect(value.authors).to.deep.equal([{ name: 'Jane' }]);
    });
  });
});
