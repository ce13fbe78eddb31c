import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  decodeEntities,
  entityTableLoaded,
  loadEntityTable,
  needsEntityTable,
} from '../../src/content/entities.js';
import { ENTITY_TABLE } from '../../src/content/entity-table.js';
import { fastest } from '../fixtures/timing.js';

/** Escapes text as a CMS does before writing it into an HTML-ish field. */
const encode = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');

/** What the browser's own HTML parser reads for some text (tests only: the code makes no nodes). */
function browserDecode(html: string): string {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return doc.querySelector('p')?.textContent ?? '';
}

describe('decodeEntities', () => {
  // Runs first: everything before loadEntityTable() is decoded with the built-in names only.
  it('knows the names CMSes emit without loading the full table', () => {
    expect(entityTableLoaded()).to.equal(false);
    expect(decodeEntities('Police&#8217;s new rule')).to.equal('Police’s new rule');
    expect(decodeEntities('M&amp;A')).to.equal('M&A');
    expect(decodeEntities('Lindsey O&#039;Donnell')).to.equal("Lindsey O'Donnell");
    expect(decodeEntities('&quot;Yes&quot;&hellip; &ndash; &mdash; &laquo;non&raquo;')).to.equal(
      '"Yes"… – — «non»',
    );
    expect(decodeEntities('a&nbsp;b &copy; &reg; &trade; &euro;5 &pound;3 20&deg;')).to.equal(
      'a\u00a0b © ® ™ €5 £3 20°',
    );
    expect(decodeEntities('&Eacute;cole &ccedil;a &uuml;ber &szlig; &Oslash;')).to.equal(
      'École ça über ß Ø',
    );
    // A name only the full table knows stays as written until it is loaded.
    expect(decodeEntities('&spades; &amp;spades;')).to.equal('&spades; &spades;');
  });

  it('tells whether content needs the full table, scanning every string once', () => {
    expect(needsEntityTable({ headline: 'Plain', author: [{ name: 'O&#039;Neil &amp; Co' }] })).to
      .be.false;
    expect(needsEntityTable({ a: [{ b: ['x &hellip;', { c: 'card &spades; game' }] }] })).to.be
      .true;
    expect(needsEntityTable(['double &amp;clubs;'])).to.equal(true);
    expect(needsEntityTable('AT&T; &unknownname123;')).to.equal(true);
    expect(needsEntityTable([1, null, true, undefined, 'no reference'])).to.equal(false);
    const loop: Record<string, unknown> = { name: 'x' };
    loop['self'] = loop;
    expect(needsEntityTable(loop)).to.equal(false);
  });

  it('decodes every HTML name once the table is loaded, as the browser does', async () => {
    await loadEntityTable();
    await loadEntityTable(); // a second call is harmless
    expect(entityTableLoaded()).to.equal(true);
    expect(needsEntityTable({ a: '&spades;' })).to.equal(false);
    expect(ENTITY_TABLE.size).to.equal(2125);
    let mismatches = 0;
    const names = [...ENTITY_TABLE.keys()];
    // U+E000 (private use) is no reference's value, so it separates them safely.
    const expected = browserDecode(names.map((name) => `&${name};\ue000`).join('')).split('\ue000');
    names.forEach((name, i) => {
      const decoded = decodeEntities(`&${name};`);
      if (decoded !== expected[i]) mismatches++;
    });
    expect(mismatches).to.equal(0);
    expect(decodeEntities('&spades; &NotNestedGreaterGreater; &fjlig;')).to.equal('♠ ⪢̸ fj');
  });

  it('reads numeric references as browsers do', () => {
    expect(decodeEntities('&#8217;&#x2019;&#X2019;&#0000039;&#x1F600;')).to.equal("’’’'😀");
    // 128-159 are windows-1252, as CMSes that wrote &#146; meant.
    expect(decodeEntities('&#146;&#150;&#151;&#133;&#128;')).to.equal('’–—…€');
    expect(decodeEntities('&#0;&#xD800;&#x110000;&#99999999;')).to.equal('\ufffd'.repeat(4));
    const sample = '&#65;&#x3b1;&#128512;&#x10FFFF;&#150;&#x9F;';
    expect(decodeEntities(sample)).to.equal(browserDecode(sample));
  });

  it('decodes a reference whose & is itself encoded exactly one level more', () => {
    expect(decodeEntities('Police&amp;#8217;s')).to.equal('Police’s');
    expect(decodeEntities('&amp;quot;Hi&amp;quot; &amp;amp; &amp;#x2019;')).to.equal('"Hi" & ’');
    // Never two levels more: triple encoding shows one level of encoding.
    expect(decodeEntities('&amp;amp;amp;')).to.equal('&amp;');
    expect(decodeEntities('&amp;amp;#8217;')).to.equal('&#8217;');
    // `&amp;` before an unknown name: only the `&amp;` is a reference.
    expect(decodeEntities('&amp;nosuchname;')).to.equal('&nosuchname;');
  });

  it('leaves everything that is not a terminated reference as written', () => {
    for (const text of [
      'AT&T',
      'R&D; Q&A',
      '&copy 2024',
      '?a=1&b=2&c=3',
      '& amp;',
      '&#;',
      '&#x;',
      '&#12a;',
      '&;',
      '&nosuchname;',
      '&#x123456789;',
      'Fish & Chips',
    ]) {
      expect(decodeEntities(text), text).to.equal(text);
    }
  });

  it('keeps right-to-left text and only decodes the references in it', () => {
    expect(decodeEntities('&quot;السلام&quot; &amp; שלום&#8207;')).to.equal(
      '"السلام" & שלום\u200f',
    );
    expect(decodeEntities('&rlm;עברית&lrm;')).to.equal('\u200fעברית\u200e');
  });

  it('gives back any text encoded once or twice (property)', () => {
    // Text without `&` written by a CMS that escaped it once or twice.
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/&/g, '+'));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeEntities(encode(s))).to.equal(s);
        expect(decodeEntities(encode(encode(s)))).to.equal(s);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back any text at all encoded twice (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(decodeEntities(encode(encode(s)))).to.equal(s);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on what it decoded once it holds no reference (property)', () => {
    const piece = fc.constantFrom('&amp;', '&#8217;', '&amp;#8217;', '&lt;', '&hellip;', 'a', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const once = decodeEntities(pieces.join(''));
        const twice = decodeEntities(once);
        // Decoding again changes text only where a reference survived the first decoding.
        if (!/&(?:#|[A-Za-z])/.test(once)) expect(twice).to.equal(once);
      }),
      { numRuns: 300 },
    );
  });

  it('takes time linear in the length, whatever the text (no backtracking)', () => {
    const size = 200_000;
    const time = (text: string) => fastest(() => decodeEntities(text));
    // The same length of ordinary references, each decoded.
    const baseline = time('&#39;&amp;x'.repeat(size / 11));
    const worst = Math.max(
      time('&amp;#'.repeat(size / 6)),
      time('&amp;'.repeat(size / 5)),
      time(`&${'a'.repeat(size)}`),
      time('&#1'.repeat(size / 3)),
      time('&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.repeat(size / 33)),
      time('&amp;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;'.repeat(size / 38)),
    );
    expect(worst).to.be.below(baseline * 10 + 50);
  });
});
