import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignIds, isValidToken, slugify } from '../../src/content/slug.js';

describe('slugify', () => {
  it('follows the SPEC rule on real questions', () => {
    expect(slugify("Qu'est-ce que la Défense ?")).to.equal('qu-est-ce-que-la-defense');
    expect(slugify('What are ballistic missiles?')).to.equal('what-are-ballistic-missiles');
    expect(slugify('How will the US respond to these developments?')).to.equal(
      'how-will-the-us-respond-to-these-developments',
    );
    expect(slugify('Why is Western aid crucial to Ukraine?')).to.equal(
      'why-is-western-aid-crucial-to-ukraine',
    );
  });

  it('removes combining marks after compatibility decomposition', () => {
    expect(slugify('Crème brûlée, São Paulo & Zürich')).to.equal('creme-brulee-sao-paulo-zurich');
    expect(slugify('Ｆｕｌｌｗｉｄｔｈ １２３')).to.equal('fullwidth-123');
    expect(slugify('ﬁnance ²')).to.equal('finance-2');
    expect(slugify('İstanbul')).to.equal('istanbul');
  });

  it('collapses runs of other characters and trims dashes', () => {
    expect(slugify('  --Hello,   World!--  ')).to.equal('hello-world');
    expect(slugify('2024: a year_in review')).to.equal('2024-a-year-in-review');
    expect(slugify('Straße')).to.equal('stra-e');
  });

  it('gives an empty slug for scripts without a Latin decomposition', () => {
    expect(slugify('弾道ミサイルとは？')).to.equal('');
    expect(slugify('Что такое баллистическая ракета?')).to.equal('');
    expect(slugify('?!')).to.equal('');
  });

  it('only produces a-z, 0-9 and single inner dashes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(slugify(text)).to.match(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isValidToken', () => {
  it('accepts non-empty ids without white space or control characters', () => {
    for (const id of ['faq-1', 'q:1.2', 'défense', '1st', 'a#b', '弾道']) {
      expect(isValidToken(id), id).to.equal(true);
    }
  });

  it('refuses empty ids, white space and control characters', () => {
    for (const id of [
      '',
      ' ',
      'a b',
      'a\tb',
      'a\nb',
      'a\u00a0b',
      'a\u2003b',
      'a\u0000b',
      'a\u007fb',
    ]) {
      expect(isValidToken(id), JSON.stringify(id)).to.equal(false);
    }
  });
});

describe('assignIds', () => {
  it('uses the explicit id, then the @id fragment, then the slug', () => {
    expect(
      assignIds([
        { id: 'ballistic', atId: 'https://news.example/a#ignored', question: 'What?' },
        { atId: 'https://news.example/faq/#faq-question-1609785464221', question: 'Why?' },
        { atId: 'https://news.example/faq/', question: 'How will the US respond?' },
        { question: "Qu'est-ce que la Défense ?" },
      ]),
    ).to.deep.equal([
      'ballistic',
      'faq-question-1609785464221',
      'how-will-the-us-respond',
      'qu-est-ce-que-la-defense',
    ]);
  });

  it('skips ids and fragments that are not valid tokens', () => {
    expect(
      assignIds([
        { id: 'has space', atId: '#also bad', question: 'First question' },
        { id: '', atId: 'https://news.example/page#', question: 'Second question' },
      ]),
    ).to.deep.equal(['first-question', 'second-question']);
  });

  it('percent-decodes @id fragments, and keeps a stray % as written', () => {
    expect(
      assignIds([
        { atId: 'https://news.example/faq#d%C3%A9fense', question: 'a' },
        { atId: 'https://news.example/faq#100%', question: 'b' },
      ]),
    ).to.deep.equal(['défense', '100%']);
  });

  it('falls back to "question" when the slug is empty', () => {
    expect(assignIds([{ question: '弾道ミサイルとは？' }, { question: '¿?' }])).to.deep.equal([
      'question',
      'question-2',
    ]);
  });

  it('numbers repeats -2, -3, ...', () => {
    expect(
      assignIds([{ question: 'Same?' }, { question: 'Same!' }, { question: 'same' }]),
    ).to.deep.equal(['same', 'same-2', 'same-3']);
    expect(
      assignIds([{ id: 'q' }, { id: 'q' }].map((item) => ({ ...item, question: 'x' }))),
    ).to.deep.equal(['q', 'q-2']);
  });

  it('never takes a suffixed id that another item has as its own', () => {
    expect(
      assignIds([{ question: 'a' }, { question: 'a' }, { id: 'a-2', question: 'x' }]),
    ).to.deep.equal(['a', 'a-3', 'a-2']);
    expect(
      assignIds([{ question: 'a' }, { question: 'a-2' }, { question: 'a' }, { question: 'a' }]),
    ).to.deep.equal(['a', 'a-2', 'a-3', 'a-4']);
  });

  it('returns unique valid tokens, one per item (property)', () => {
    const item = fc.record(
      {
        id: fc.constantFrom('a', 'a-2', 'b', 'x y', ''),
        atId: fc.constantFrom('#a', '#a-2', 'https://n.example/p#b', 'https://n.example/p'),
        question: fc.oneof(fc.constantFrom('A', 'a 2', 'B?', '¿?'), fc.string()),
      },
      { requiredKeys: ['question'] },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const ids = assignIds(items);
        expect(ids).to.have.length(items.length);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const id of ids) expect(isValidToken(id)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the ids the search from -2 for every repeat gave (property)', () => {
    // The former algorithm, quadratic for many repeats: the reference for the linear one.
    const searchEachTime = (bases: readonly string[]) => {
      const reserved = new Set(bases);
      const used = new Set<string>();
      return bases.map((base) => {
        let id = base;
        if (used.has(id)) {
          let n = 2;
          while (used.has(`${base}-${n}`) || reserved.has(`${base}-${n}`)) n++;
          id = `${base}-${n}`;
        }
        used.add(id);
        return id;
      });
    };
    const id = fc.constantFrom('a', 'a-2', 'a-3', 'a-2-2', 'a-10', 'b', 'b-2', 'question-2');
    const question = fc.constantFrom('A', 'a 2', 'a-3', 'B', 'Что?', '弾道', 'Question 3');
    const item = fc.record({ id, question }, { requiredKeys: ['question'] });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const bases = assignIds(items.map((entry) => ({ question: entry.question, id: entry.id })));
        const expected = searchEachTime(
          items.map((entry) => entry.id ?? (slugify(entry.question) || 'question')),
        );
        expect(bases).to.deep.equal(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers 20,000 equal or empty-slug questions in order', () => {
    const same = assignIds(Array.from({ length: 20_000 }, () => ({ question: 'Same?' })));
    expect(same.slice(0, 3)).to.deep.equal(['same', 'same-2', 'same-3']);
    expect(same.at(-1)).to.equal('same-20000');
    const greek = assignIds(Array.from({ length: 20_000 }, () => ({ question: 'Τι;' })));
    expect(greek.at(-1)).to.equal('question-20000');
    expect(new Set(greek).size).to.equal(20_000);
  });
});

describe('assignIds and the page', () => {
  it('avoids ids the page has for ids made from text, and keeps explicit ones', () => {
    const page = new Set(['contact', 'contact-2', 'refunds']);
    const ids = assignIds(
      [
        { question: 'Contact' },
        { question: 'Contact' },
        { id: 'refunds', question: 'Refunds?' },
        { question: 'Hours' },
      ],
      (id) => page.has(id),
    );
    expect(ids).to.deep.equal(['contact-3', 'contact-4', 'refunds', 'hours']);
    // Stable: the same page and content give the same ids.
    expect(
      assignIds(
        [
          { question: 'Contact' },
          { question: 'Contact' },
          { id: 'refunds', question: 'Refunds?' },
          { question: 'Hours' },
        ],
        (id) => page.has(id),
      ),
    ).to.deep.equal(ids);
  });
});
