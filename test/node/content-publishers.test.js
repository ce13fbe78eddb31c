// The pipeline in Node, as server rendering will run it (issue 12): no DOM, the full entity table
// loaded with a plain `await`, almost-JSON repaired, several scripts merged. Run on the built
// modules: `npx tsc -p tsconfig.build.json && node --test test/node/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { URL } from 'node:url';
import {
  decodeEntities,
  loadEntityTable,
  mergeDocuments,
  needsEntityTable,
  normalizeFaq,
  parseDate,
  parseJsonText,
  plainText,
} from '../../dist/lib/content/index.js';

const fixtures = new URL('../fixtures/jsonld/', import.meta.url);
const read = (name) => readFileSync(new URL(name, fixtures), 'utf8');

test('decodes the names CMSes emit, then every HTML name after loadEntityTable', async () => {
  assert.equal(typeof document, 'undefined'); // no DOM here
  assert.equal(decodeEntities('Police&#8217;s &amp; M&amp;A &hellip;'), 'Police’s & M&A …');
  assert.equal(needsEntityTable({ headline: 'card &spades;' }), true);
  assert.equal(decodeEntities('&spades;'), '&spades;');
  await loadEntityTable();
  assert.equal(needsEntityTable({ headline: 'card &spades;' }), false);
  assert.equal(decodeEntities('&spades; &amp;hearts; &NotNestedGreaterGreater;'), '♠ ♥ ⪢̸');
});

test('drops tags, encoded or not, without a DOM', () => {
  assert.equal(plainText('&lt;p&gt;The <b>mayor</b> said&hellip;&lt;/p&gt;'), ' The mayor said… ');
});

test('repairs almost-JSON and says so', () => {
  const { data, repaired } = parseJsonText(read('almost-json-fr.jsonld'));
  assert.equal(repaired, true);
  assert.match(data.articleBody, /grève\.\nElle/);
  assert.throws(() => parseJsonText('{"a": 1,,}'), { code: 'INVALID_JSON' });
});

test('reads an FAQ in Hebrew without options', () => {
  const { value } = normalizeFaq(parseJsonText(read('hebrew-faq.jsonld')).data);
  assert.equal(value.name, 'שאלות & תשובות');
  assert.deepEqual(
    value.items.map((item) => item.question),
    ['מה זה "חוק החניה"?', 'מתי הוא חל?', 'האם יש חריגים…?'],
  );
});

test('resolves references across merged scripts', () => {
  const data = mergeDocuments([
    parseJsonText('{"@type": "FAQPage", "mainEntity": {"@id": "#q"}}').data,
    parseJsonText(
      '{"@type": "WebPage", "hasPart": [{"@type": "Question", "@id": "#q", "name": "Q?", "acceptedAnswer": {"text": "A."}}]}',
    ).data,
  ]);
  assert.deepEqual(
    normalizeFaq(data).value.items.map((item) => item.question),
    ['Q?'],
  );
});

test('reads dates as written, in any machine time zone', () => {
  assert.equal(parseDate('Wed, 04 May 2022 02:41:00 GMT')?.time, Date.UTC(2022, 4, 4, 2, 41));
  assert.equal(parseDate('2021-01-03T17:40:00EET')?.iso, '2021-01-03T17:40:00+02:00');
  assert.equal(parseDate('February 30, 2024'), undefined);
});
