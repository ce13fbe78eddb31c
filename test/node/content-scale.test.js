// The pipeline takes time linear in its input (issue 15): 1 MB of each worst shape (long runs of
// one character in articleBody, headings, body blocks and image sizes; 20,000 questions with one
// slug) against 1 MB of ordinary prose (20,000 ordinary questions) in the same run. A ratio,
// never an absolute limit: the goal is well under a second each in Node, and the quadratic or
// backtracking code this replaces took minutes at this size.
// Runs against the built modules: `npx tsc -p tsconfig.build.json` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../dist/lib/content/article.js';
import { assignIds } from '../../dist/lib/content/slug.js';
import { fastest } from './fixtures/timing.js';

const MB = 1 << 20;
/** Generous: a busy 2-core machine must not fail it; the old code was 100 to 10,000 times off. */
const FACTOR = 10;
const SLACK_MS = 100;

const fill = (unit, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const prose = fill(
  'The council has agreed to cover the difference between fares and running costs until the ' +
    'end of 2026, said the harbourmaster.\n\nA smaller boat will leave at 23:40. ',
);

const article = (fields) => ({ '@type': 'NewsArticle', headline: 'Scale', ...fields });
const normalize = (fields) => () =>
  normalizeArticle(article(fields), { baseUrl: 'https://x.example/' });

/**
 * 1 MB fields by shape, each in every place it can be. The first of each shape took minutes in
 * the code this replaces; the others guard the scanners that replaced it.
 */
const RUNS = {
  dots: [fill('.'), `${fill('.')}a`],
  dashes: [fill('-')],
  spaces: [
    `a${fill(' ')}b\nc`,
    fill(' '),
    `a${fill(' ', MB / 2)}\n${fill(' ', MB / 2)}b`,
    fill('\n '),
  ],
  'less-than signs': [fill('<')],
  'unclosed tags': [fill('<b '), fill('<p>')],
  ampersands: [fill('&'), `&${fill('a')}`, fill('&#1')],
  emoji: [fill('🙂')],
};

function assertLinear(name, baseline, run) {
  const took = fastest(run);
  assert.ok(
    took <= FACTOR * baseline + SLACK_MS,
    `${name}: ${took.toFixed(1)} ms against ${baseline.toFixed(1)} ms for the baseline`,
  );
  return took;
}

describe('normalizeArticle on 1 MB of one character', () => {
  const baseline = fastest(normalize({ articleBody: prose }));

  for (const [shape, values] of Object.entries(RUNS)) {
    it(`${shape}: articleBody, paragraph, heading, quote, list item`, (t) => {
      for (const value of values) {
        const took = [
          { articleBody: value },
          { body: [value] },
          { body: [{ type: 'paragraph', text: value }] },
          { body: [{ type: 'heading', text: value }] },
          { body: [{ type: 'quote', text: value }] },
          { body: [{ type: 'list', items: [value] }] },
        ].map((fields) =>
          assertLinear(
            `${shape} in ${JSON.stringify(fields).slice(0, 40)}`,
            baseline,
            normalize(fields),
          ),
        );
        t.diagnostic(`baseline ${baseline.toFixed(1)} ms; ${took.map((ms) => ms.toFixed(1))} ms`);
      }
    });
  }

  for (const [shape, widths] of Object.entries({
    'a number, spaces, a letter': [`1${fill(' ')}x`, `${fill(' ')}px`],
    'digits, a dot, digits, spaces, a letter': [
      `1.${fill('1', MB / 2)}${fill(' ', MB / 2)}x`,
      `${fill('1')}x`,
    ],
  })) {
    it(`image width of ${shape}`, (t) => {
      for (const width of widths) {
        const image = { url: 'https://cdn.example/a.jpg', width, height: width };
        const took = [
          assertLinear(`lead image width ${shape}`, baseline, normalize({ image })),
          assertLinear(
            `body image width ${shape}`,
            baseline,
            normalize({ body: [{ type: 'image', ...image }] }),
          ),
        ];
        t.diagnostic(`baseline ${baseline.toFixed(1)} ms; ${took.map((ms) => ms.toFixed(1))} ms`);
      }
    });
  }
});

describe('assignIds for 20,000 questions', () => {
  const count = 20_000;
  const items = (question) => Array.from({ length: count }, (_, i) => ({ question: question(i) }));
  const distinct = items((i) => `How does question number ${i} differ from the others?`);
  const baseline = fastest(() => assignIds(distinct));

  const shapes = {
    'with the same slug': items(() => 'What are ballistic missiles?'),
    'with empty slugs (Greek)': items(() => 'Τι είναι οι βαλλιστικοί πύραυλοι;'),
    'with empty slugs (CJK)': items(() => '弾道ミサイルとは？'),
    'with the same explicit id': Array.from({ length: count }, () => ({
      id: 'faq',
      question: 'Q',
    })),
    'with the same slug and its suffixes taken': [
      ...items(() => 'Same?'),
      ...Array.from({ length: count }, (_, i) => ({ question: `Same ${i + 2}?` })),
    ],
  };
  for (const [shape, questions] of Object.entries(shapes)) {
    it(shape, (t) => {
      const took = assertLinear(shape, baseline, () => assignIds(questions));
      t.diagnostic(`baseline ${baseline.toFixed(1)} ms; ${took.toFixed(1)} ms`);
    });
  }

  it('still numbers repeats -2, -3 ... and skips suffixes other items take', () => {
    const ids = assignIds(shapes['with the same slug and its suffixes taken']);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids.slice(0, 3), ['same', 'same-20002', 'same-20003']);
    assert.equal(ids[count], 'same-2');
    assert.deepEqual(assignIds(shapes['with empty slugs (Greek)']).slice(0, 3), [
      'question',
      'question-2',
      'question-3',
    ]);
  });
});

describe('normalizeArticle without options', () => {
  it('reads the article; relative URLs have no base and are dropped', () => {
    const { value, dropped } = normalizeArticle({
      '@type': 'NewsArticle',
      headline: 'No base',
      url: '/relative',
      author: { name: 'A', url: 'https://a.example/' },
      image: '/relative.jpg',
    });
    assert.equal(value.headline, 'No base');
    assert.equal(value.url, undefined);
    assert.equal(value.image, undefined);
    assert.equal(value.authors[0]?.url, 'https://a.example/');
    assert.ok(dropped.includes('url: not a safe URL'));
  });
});
