import { expect } from '@open-wc/testing';
import { normalizeFaq } from '../../src/content/faq.js';
import { cleanValue, parseJson } from '../../src/content/parse.js';
import { ContentError } from '../../src/content/types.js';
import { seedArticle, seedFaqs } from '../fixtures/seed-article.js';

const baseUrl = 'https://news.example/explainers/missiles/';
const options = { baseUrl };

function thrown(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, nothing was thrown');
}

const question = (name: unknown, answer: unknown, extra: Record<string, unknown> = {}) => ({
  '@type': 'Question',
  name,
  acceptedAnswer: { '@type': 'Answer', text: answer },
  ...extra,
});

describe('normalizeFaq', () => {
  it('reads an item again only when its object is new, unless it refers to other nodes', () => {
    const page = (second: string) =>
      cleanValue({
        '@type': 'FAQPage',
        '@graph': [{ '@id': '#a2', text: 'Referenced.' }],
        mainEntity: [
          question('One?', 'A.'),
          question('Two?', second),
          { '@type': 'Question', name: 'Three?', acceptedAnswer: { '@id': '#a2' } },
        ],
      });
    const first = page('B.');
    const before = normalizeFaq(first, { baseUrl: 'https://news.example/' }).value.items;
    const after = normalizeFaq(cleanValue(page('B, corrected.'), first), {
      baseUrl: 'https://news.example/',
    }).value.items;
    expect(after.map((item) => item.answer.html)).to.deep.equal([
      'A.',
      'B, corrected.',
      'Referenced.',
    ]);
    // The same answer object for the item copied unchanged; new ones for the edited item and
    // the one whose answer is a reference.
    expect(after[0]!.answer).to.equal(before[0]!.answer);
    expect(after[1]!.answer).not.to.equal(before[1]!.answer);
    expect(after[2]!.answer).not.to.equal(before[2]!.answer);
  });

  it('reads an FAQPage with an array of Questions', () => {
    const { value, dropped } = normalizeFaq(
      {
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        name: 'Frequently asked questions',
        mainEntity: [
          question('What are ballistic missiles?', '<p>Self-guided rockets.</p>'),
          question(
            'Who supplied them?',
            'North Korea, <a href="https://news.example/">US says</a>.',
          ),
        ],
      },
      options,
    );
    expect(dropped).to.deep.equal([]);
    expect(value).to.deep.equal({
      name: 'Frequently asked questions',
      items: [
        {
          id: 'what-are-ballistic-missiles',
          question: 'What are ballistic missiles?',
          answer: { html: '<p>Self-guided rockets.</p>' },
        },
        {
          id: 'who-supplied-them',
          question: 'Who supplied them?',
          answer: { html: 'North Korea, <a href="https://news.example/">US says</a>.' },
        },
      ],
    });
  });

  it('reads a single Question as mainEntity and leaves out a missing name', () => {
    const { value } = normalizeFaq(
      { '@type': 'FAQPage', mainEntity: question('Only?', 'Yes.') },
      options,
    );
    expect(value).to.deep.equal({
      items: [{ id: 'only', question: 'Only?', answer: { html: 'Yes.' } }],
    });
    expect('name' in value).to.equal(false);
  });

  it('finds the FAQPage in a Yoast @graph, with @type arrays and @id references', () => {
    // As Yoast SEO's FAQ block prints it: the WebPage is also the FAQPage, the Questions are
    // separate @graph nodes referenced by @id.
    const page = `${baseUrl}`;
    const { value, dropped } = normalizeFaq(
      {
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'Organization',
            '@id': 'https://news.example/#organization',
            name: 'The Meridian',
          },
          {
            '@type': ['WebPage', 'FAQPage'],
            '@id': page,
            url: page,
            name: 'Ballistic missiles explained - The Meridian',
            mainEntity: [
              { '@id': `${page}#faq-question-1704465000001` },
              { '@id': `${page}#faq-question-1704465000002` },
              { '@id': '#faq-question-1704465000003' },
            ],
          },
          {
            '@type': 'Question',
            '@id': `${page}#faq-question-1704465000001`,
            position: 0,
            url: `${page}#faq-question-1704465000001`,
            name: 'What are ballistic missiles?',
            answerCount: 1,
            acceptedAnswer: { '@type': 'Answer', text: 'Rockets.', inLanguage: 'en-US' },
            inLanguage: 'en-US',
          },
          {
            '@type': 'Question',
            '@id': `${page}#faq-question-1704465000002`,
            name: 'Who makes them?',
            acceptedAnswer: { '@type': 'Answer', text: 'Many countries.' },
          },
          {
            '@type': 'Question',
            '@id': `${page}#faq-question-1704465000003`,
            name: 'Can they be stopped?',
            acceptedAnswer: { '@type': 'Answer', text: 'Sometimes.' },
          },
        ],
      },
      options,
    );
    expect(dropped).to.deep.equal([]);
    expect(value.name).to.equal('Ballistic missiles explained - The Meridian');
    expect(value.items.map((item) => item.id)).to.deep.equal([
      'faq-question-1704465000001',
      'faq-question-1704465000002',
      'faq-question-1704465000003',
    ]);
    expect(value.items.map((item) => item.answer.html)).to.deep.equal([
      'Rockets.',
      'Many countries.',
      'Sometimes.',
    ]);
  });

  it('finds an FAQPage in a top-level array and with a full schema.org IRI type', () => {
    const data = [
      { '@type': 'BreadcrumbList', itemListElement: [] },
      { '@type': 'https://schema.org/FAQPage', mainEntity: [question('Q?', 'A.')] },
    ];
    expect(normalizeFaq(data, options).value.items).to.have.length(1);
  });

  it('reads the shorthand array with ids, and {name, items}', () => {
    const items = [
      { question: 'What are ballistic missiles?', answer: 'Rockets.', id: 'ballistic' },
      { question: "Qu'est-ce que la Défense ?", answer: '<p>Un quartier.</p>' },
    ];
    const expected = [
      { id: 'ballistic', question: 'What are ballistic missiles?', answer: { html: 'Rockets.' } },
      {
        id: 'qu-est-ce-que-la-defense',
        question: "Qu'est-ce que la Défense ?",
        answer: { html: '<p>Un quartier.</p>' },
      },
    ];
    expect(normalizeFaq(items, options)).to.deep.equal({ value: { items: expected }, dropped: [] });
    expect(normalizeFaq({ name: 'Missiles', items }, options).value).to.deep.equal({
      name: 'Missiles',
      items: expected,
    });
  });

  it('reads a body block `{type: "faq", mainEntity}` without @type', () => {
    const { value } = normalizeFaq({ type: 'faq', mainEntity: [question('Q?', 'A.')] }, options);
    expect(value.items[0]?.question).to.equal('Q?');
  });

  it('gives repeated ids -2, -3 and keeps them unique', () => {
    const { value } = normalizeFaq(
      [
        { question: 'Why?', answer: 'One.' },
        { question: 'Why?', answer: 'Two.' },
        { question: 'Other', answer: 'Three.', id: 'why' },
        { question: 'Why-2', answer: 'Four.' },
      ],
      options,
    );
    expect(value.items.map((item) => item.id)).to.deep.equal(['why', 'why-3', 'why-4', 'why-2']);
  });

  it('uses the first accepted answer that has text', () => {
    const { value } = normalizeFaq(
      {
        '@type': 'FAQPage',
        mainEntity: [
          {
            '@type': 'Question',
            name: 'Q?',
            acceptedAnswer: [
              { '@type': 'Answer' },
              { '@type': 'Answer', text: ' ' },
              { text: 'Second.' },
            ],
          },
        ],
      },
      options,
    );
    expect(value.items[0]?.answer).to.deep.equal({ html: 'Second.' });
  });

  it('makes the question plain text and keeps the answer as untrusted HTML', () => {
    const answer = '  <p onclick="x()">Yes<script>alert(1)</script></p>\n';
    const { value } = normalizeFaq([{ question: '  What\n   is   this? ', answer }], options);
    expect(value.items[0]?.question).to.equal('What is this?');
    // Sanitizing is the sanitizer's job; the pipeline only trims.
    expect(value.items[0]?.answer.html).to.equal(answer.trim());
  });

  it('skips invalid items and lists why, keeping the valid ones', () => {
    const { value, dropped } = normalizeFaq(
      {
        '@type': 'FAQPage',
        mainEntity: [
          question('Valid?', 'Yes.'),
          question('', 'No name.'),
          'not a question',
          { '@type': 'Question', name: 'No answer?' },
          question({ nested: 'object' }, 'Wrong type.'),
          question('Numeric answer?', 42),
          null,
          question('Also valid?', 'Yes.'),
        ],
      },
      options,
    );
    expect(value.items.map((item) => item.question)).to.deep.equal(['Valid?', 'Also valid?']);
    expect(dropped).to.deep.equal([
      'mainEntity[1]: missing name',
      'mainEntity[2]: not an object',
      'mainEntity[3]: missing acceptedAnswer.text',
      'mainEntity[4]: missing name',
      'mainEntity[5]: missing acceptedAnswer.text',
      'mainEntity[6]: not an object',
    ]);
  });

  it('lists shorthand problems by position', () => {
    const { dropped } = normalizeFaq(
      [{ question: 'Q?', answer: 'A.' }, { question: 'No answer' }, { answer: 'No question' }, 3],
      options,
    );
    expect(dropped).to.deep.equal([
      '[1]: missing answer',
      '[2]: missing question',
      '[3]: not an object',
    ]);
    expect(
      normalizeFaq({ items: [{ question: 'x' }, { question: 'Q', answer: 'A' }] }, options).dropped,
    ).to.deep.equal(['items[0]: missing answer']);
  });

  it('throws INVALID_CONTENT with the reasons when no item is valid', () => {
    const error = thrown(() =>
      normalizeFaq(
        { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q?' }] },
        options,
      ),
    );
    expect(error.code).to.equal('INVALID_CONTENT');
    expect(error.message).to.equal('The FAQ has no valid questions.');
    expect(error.dropped).to.deep.equal(['mainEntity[0]: missing acceptedAnswer.text']);
    expect(
      thrown(() => normalizeFaq({ '@type': 'FAQPage', mainEntity: [] }, options)).code,
    ).to.equal('INVALID_CONTENT');
    expect(thrown(() => normalizeFaq([], options)).code).to.equal('INVALID_CONTENT');
  });

  it('throws INVALID_CONTENT when there is no FAQ at all', () => {
    for (const data of [
      null,
      42,
      'text',
      {},
      { '@type': 'NewsArticle', headline: 'x' },
      { items: 'x' },
    ]) {
      const error = thrown(() => normalizeFaq(data, options));
      expect(error.code).to.equal('INVALID_CONTENT');
      expect(error.message).to.equal('No FAQ was found in the content.');
    }
  });

  it('is unaffected by prototype keys in parsed JSON and pollutes nothing', () => {
    const data = parseJson(
      '{"@type": "FAQPage", "__proto__": {"polluted": true}, "mainEntity": [' +
        '{"@type": "Question", "name": "Q?", "constructor": {"prototype": {"polluted": true}},' +
        ' "acceptedAnswer": {"text": "A.", "__proto__": {"polluted": true}}}]}',
    );
    expect(normalizeFaq(data, options).value.items).to.have.length(1);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it("finds the FAQPage in an article's hasPart", () => {
    const { value } = normalizeFaq(seedArticle, options);
    expect(value.items.map((item) => item.question)).to.deep.equal(
      seedFaqs.map((faq) => faq.question),
    );
  });

  it("reads the seed article's FAQ verbatim", () => {
    const { value, dropped } = normalizeFaq(seedArticle.hasPart, options);
    expect(dropped).to.deep.equal([]);
    expect(value.name).to.equal('FAQs');
    expect(value.items.map((item) => item.question)).to.deep.equal(
      seedFaqs.map((faq) => faq.question),
    );
    expect(value.items.map((item) => item.answer.html)).to.deep.equal(
      seedFaqs.map((faq) => faq.answer),
    );
    expect(value.items.map((item) => item.id)).to.deep.equal([
      'what-are-ballistic-missiles',
      'what-is-the-significance-of-this-collaboration-between-russia-and-north-korea',
      'how-will-the-us-respond-to-these-developments',
      'why-is-western-aid-crucial-to-ukraine',
    ]);
  });
});

describe('normalizeFaq: shapes publishers write', () => {
  const questions = (data: unknown) => normalizeFaq(data, options).value.items;

  it('works without options: relative ids compare as written, nothing is resolved', () => {
    const data = {
      '@graph': [
        { '@type': 'FAQPage', mainEntity: [{ '@id': '#q1' }] },
        question('Without a base?', 'Yes.', { '@id': '#q1' }),
      ],
    };
    const { value, dropped } = normalizeFaq(data);
    expect(value.items.map((item) => item.question)).to.deep.equal(['Without a base?']);
    expect(dropped).to.deep.equal([]);
  });

  it('reads a list of questions nested in a list, reporting nested paths', () => {
    const { value, dropped } = normalizeFaq(
      {
        '@type': 'FAQPage',
        mainEntity: [[question('First?', 'A.'), 'oops', question('Second?', 'B.')]],
      },
      options,
    );
    expect(value.items.map((item) => item.question)).to.deep.equal(['First?', 'Second?']);
    expect(dropped).to.deep.equal(['mainEntity[0][1]: not an object']);
  });

  it('reads a single Question instead of a list', () => {
    expect(
      questions({ '@type': 'FAQPage', mainEntity: question('Only one?', 'Yes.') }).map(
        (item) => item.question,
      ),
    ).to.deep.equal(['Only one?']);
  });

  it('finds an FAQPage in @graph inside @graph', () => {
    const data = {
      '@context': 'https://schema.org',
      '@graph': [{ '@graph': [{ '@type': 'FAQPage', mainEntity: [question('Deep?', 'Yes.')] }] }],
    };
    expect(questions(data).map((item) => item.question)).to.deep.equal(['Deep?']);
  });

  it('reads acceptedAnswer as a list, the first with text', () => {
    const item = {
      '@type': 'Question',
      name: 'Which?',
      acceptedAnswer: [{ '@type': 'Answer' }, [{ '@type': 'Answer', text: 'The second.' }]],
    };
    expect(questions({ '@type': 'FAQPage', mainEntity: [item] })[0]?.answer.html).to.equal(
      'The second.',
    );
  });

  it('uses suggestedAnswer when there is no accepted one, never over it', () => {
    const suggested = {
      '@type': 'Question',
      name: 'Suggested?',
      suggestedAnswer: [
        { '@type': 'Answer', text: 'Maybe.' },
        { '@type': 'Answer', text: 'No.' },
      ],
    };
    const both = { ...suggested, name: 'Both?', acceptedAnswer: { text: 'Accepted.' } };
    expect(
      questions({ '@type': 'FAQPage', mainEntity: [suggested, both] }).map((i) => i.answer.html),
    ).to.deep.equal(['Maybe.', 'Accepted.']);
  });

  it('reads an answer from name when it has no text, and a question from text', () => {
    const item = {
      '@type': 'Question',
      text: 'Question in text?',
      acceptedAnswer: { '@type': 'Answer', name: 'Answer in name.' },
    };
    const [read] = questions({ '@type': 'FAQPage', mainEntity: item });
    expect(read?.question).to.equal('Question in text?');
    expect(read?.answer.html).to.equal('Answer in name.');
  });

  it('decodes references and drops tags in questions and the FAQ name, not in answers', () => {
    const data = {
      '@type': 'FAQPage',
      name: 'FAQ &amp; answers',
      mainEntity: [question('<b>What&#8217;s</b> new?', '<p>It&#8217;s <b>this</b>.</p>')],
    };
    const { value } = normalizeFaq(data, options);
    expect(value.name).to.equal('FAQ & answers');
    expect(value.items[0]?.question).to.equal('What’s new?');
    // Rich text is the sanitizer's: kept as written.
    expect(value.items[0]?.answer.html).to.equal('<p>It&#8217;s <b>this</b>.</p>');
  });

  it('follows references to questions and answers defined inside other nodes', () => {
    const data = [
      {
        '@type': 'FAQPage',
        mainEntity: [{ '@id': '#q' }],
      },
      {
        '@type': 'WebPage',
        hasPart: {
          '@type': 'ItemList',
          itemListElement: [
            {
              '@type': 'Question',
              '@id': '#q',
              name: 'هل هذا سؤال؟',
              acceptedAnswer: { '@id': '#a' },
            },
            { '@type': 'Answer', '@id': '#a', text: 'نعم، هذا جواب.' },
          ],
        },
      },
    ];
    const [read] = questions(data);
    expect(read?.question).to.equal('هل هذا سؤال؟');
    expect(read?.answer.html).to.equal('نعم، هذا جواب.');
  });
});

describe('normalizeFaq caps', () => {
  it('drops an answer with more elements than a field may hold, keeping the others', () => {
    const huge = '<b>x</b>'.repeat(10_001);
    const { value, dropped } = normalizeFaq([
      { question: 'Huge?', answer: huge },
      { question: 'Small?', answer: '<b>Yes</b>' },
    ]);
    expect(value.items.map((item) => item.question)).to.deep.equal(['Small?']);
    expect(dropped).to.deep.equal(['[0]: answer has more than 10000 elements']);
  });

  it('refuses an FAQ that would render too many elements, with TOO_LARGE', () => {
    const items = Array.from({ length: 3_000 }, (_, i) => ({
      question: `Question ${i}?`,
      answer: '<p><b>a</b> <i>b</i> <em>c</em></p>',
    }));
    const error = thrown(() => normalizeFaq(items));
    expect(error.code).to.equal('TOO_LARGE');
    expect(normalizeFaq(items.slice(0, 1_000)).value.items).to.have.length(1_000);
  });
});
