import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeArticle } from '../../src/content/article.js';
import { normalizeFaq } from '../../src/content/faq.js';
import { articleJsonLd, faqJsonLd, jsonLdText } from '../../src/content/json-ld.js';
import type { Article, Faq } from '../../src/content/types.js';
import { seedArticle, seedFaqs, seedUrl } from '../fixtures/seed-article.js';

const baseUrl = 'https://meridian.example/';
const seed = () => normalizeArticle(seedArticle, { baseUrl }).value;

describe('articleJsonLd', () => {
  it('writes a clean NewsArticle from the normalized seed article', () => {
    const ld = articleJsonLd(seed());
    expect(ld).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'US says Russia fired North Korean ballistic missiles at Ukraine',
      description: seedArticle.description,
      author: [
        {
          '@type': 'Person',
          name: 'Helen Marsh',
          url: 'https://meridian.example/authors/helen-marsh',
        },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'The Meridian',
        url: 'https://meridian.example/',
      },
      datePublished: '2024-01-05T09:30:00-05:00',
      dateModified: '2024-01-05T11:45:00-05:00',
      articleSection: 'World',
      url: seedUrl,
      mainEntityOfPage: seedUrl,
      inLanguage: 'en',
    });
    expect(ld['keywords']).to.have.length(6);
    expect(ld['wordCount']).to.equal(seed().wordCount);
    // Nothing undefined is left for JSON.stringify to drop silently.
    expect(JSON.parse(JSON.stringify(ld))).to.deep.equal(ld);
  });

  it('puts the FAQ in hasPart with question ids on the article URL', () => {
    const hasPart = articleJsonLd(seed())['hasPart'] as Record<string, unknown>;
    expect(hasPart['@type']).to.equal('FAQPage');
    expect('@context' in hasPart).to.equal(false);
    const questions = hasPart['mainEntity'] as Record<string, unknown>[];
    expect(questions.map((q) => q['@id'])).to.deep.equal([
      `${seedUrl}#what-are-ballistic-missiles`,
      `${seedUrl}#what-is-the-significance-of-this-collaboration-between-russia-and-north-korea`,
      `${seedUrl}#how-will-the-us-respond-to-these-developments`,
      `${seedUrl}#why-is-western-aid-crucial-to-ukraine`,
    ]);
    expect(questions[0]).to.deep.equal({
      '@type': 'Question',
      '@id': `${seedUrl}#what-are-ballistic-missiles`,
      name: seedFaqs[0]!.question,
      acceptedAnswer: { '@type': 'Answer', text: seedFaqs[0]!.answer },
    });
  });

  it('writes only what is known, with sensible types for bare names', () => {
    const article: Article = {
      type: 'BlogPosting',
      headline: 'H',
      authors: [{ name: 'Staff' }, { name: 'AP', type: 'Organization' }],
      publisher: { name: 'Meridian' },
      image: {
        url: 'https://cdn.example/a.jpg',
        width: 1200,
        height: 675,
        alt: '',
        credit: 'Agency',
      },
      keywords: [],
      body: [],
      wordCount: 0,
    };
    expect(articleJsonLd(article)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'H',
      author: [
        { '@type': 'Person', name: 'Staff' },
        { '@type': 'Organization', name: 'AP' },
      ],
      publisher: { '@type': 'Organization', name: 'Meridian' },
      image: {
        '@type': 'ImageObject',
        url: 'https://cdn.example/a.jpg',
        width: 1200,
        height: 675,
        creditText: 'Agency',
      },
    });
  });

  it('reads back into the same article (round trip)', () => {
    const original = seed();
    const again = normalizeArticle(articleJsonLd(original), { baseUrl }).value;
    expect(again).to.deep.equal({ ...original, body: [], wordCount: 0 });
  });

  it('carries no URL that the pipeline dropped', () => {
    const { value } = normalizeArticle(
      {
        '@type': 'NewsArticle',
        headline: 'H',
        url: 'javascript:alert(1)',
        author: { '@type': 'Person', name: 'A', url: ' JAVASCRIPT:alert(1)' },
        image: 'data:image/svg+xml,<svg onload=alert(1)>',
      },
      { baseUrl },
    );
    const text = JSON.stringify(articleJsonLd(value)).toLowerCase();
    expect(text).not.to.include('javascript');
    expect(text).not.to.include('data:');
  });
});

describe('faqJsonLd', () => {
  const faq: Faq = {
    name: 'Missiles',
    items: [
      {
        id: 'what-are-ballistic-missiles',
        question: 'What are ballistic missiles?',
        answer: { html: '<p>Rockets.</p>' },
      },
      { id: 'défense', question: 'Qu’est-ce que la Défense ?', answer: { html: 'Un quartier.' } },
      { id: 'a#b', question: 'Odd id', answer: { html: 'x' } },
    ],
  };

  it('writes an FAQPage whose question ids are the page URL without its fragment plus the id', () => {
    const ld = faqJsonLd(faq, 'https://news.example/faq?x=1#old-fragment');
    expect(ld).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      name: 'Missiles',
      mainEntity: [
        {
          '@type': 'Question',
          '@id': 'https://news.example/faq?x=1#what-are-ballistic-missiles',
          name: 'What are ballistic missiles?',
          acceptedAnswer: { '@type': 'Answer', text: '<p>Rockets.</p>' },
        },
        {
          '@type': 'Question',
          '@id': 'https://news.example/faq?x=1#défense',
          name: 'Qu’est-ce que la Défense ?',
          acceptedAnswer: { '@type': 'Answer', text: 'Un quartier.' },
        },
        {
          '@type': 'Question',
          '@id': 'https://news.example/faq?x=1#a%23b',
          name: 'Odd id',
          acceptedAnswer: { '@type': 'Answer', text: 'x' },
        },
      ],
    });
  });

  it('encodes an id with a lone surrogate instead of throwing (found by fuzzing)', () => {
    const ld = faqJsonLd(
      { items: [{ id: 'a\ud800b', question: 'Q?', answer: { html: 'A.' } }] },
      'https://news.example/faq',
    );
    const [question] = ld['mainEntity'] as Record<string, unknown>[];
    expect(question?.['@id']).to.equal('https://news.example/faq#a%EF%BF%BDb');
  });

  it('writes relative ids without a page URL, and leaves out a missing name', () => {
    const ld = faqJsonLd({ items: faq.items.slice(0, 1) }, '');
    expect('name' in ld).to.equal(false);
    expect((ld['mainEntity'] as Record<string, unknown>[])[0]!['@id']).to.equal(
      '#what-are-ballistic-missiles',
    );
  });

  it('reads back into the same FAQ, ids included (round trip)', () => {
    const page = 'https://news.example/faq';
    const again = normalizeFaq(faqJsonLd(faq, page), { baseUrl: page }).value;
    expect(again).to.deep.equal(faq);
  });
});

describe('jsonLdText', () => {
  it('can never close the script element or open a comment', () => {
    const hostile = {
      headline: '</script><script>alert(1)</script>',
      text: '<!-- <script> -->',
      amp: 'Q&A > more',
    };
    const text = jsonLdText(hostile);
    expect(text).not.to.match(/[<>&]/);
    expect(text).to.include('\\u003c/script\\u003e');
    expect(JSON.parse(text)).to.deep.equal(hostile);
  });

  it('escapes the line and paragraph separators', () => {
    const text = jsonLdText({ a: 'x\u2028y\u2029z' });
    expect(text).to.equal('{"a":"x\\u2028y\\u2029z"}');
    expect(JSON.parse(text)).to.deep.equal({ a: 'x\u2028y\u2029z' });
  });

  it('round-trips any JSON value without a raw < > or & (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = jsonLdText(value);
        expect(text).not.to.match(/[<>&\u2028\u2029]/);
        expect(JSON.stringify(JSON.parse(text))).to.equal(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });
});
