import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countWords, textAsHtml } from '../../src/content/body-text.js';

/** What a word is, said plainly: a run of non-space characters with a letter or a digit in it. */
const reference = (text: string) =>
  text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/**
 * Characters where the two counting paths differ: ASCII, the punctuation and symbols that keep
 * text on the ASCII path, letters and digits just next to them (`ª`, `²`, `ⁱ`), letters and
 * digits of other scripts, astral ones, and every kind of white space. Not lone surrogates: in
 * a `u` pattern WebKit reads a lone lead surrogate and a following U+FEFF as one letter, so its
 * count of such text is one more (the scanner before this one's was too).
 */
const piece = fc.constantFrom(
  'a', 'Z', '7', '_', '.', '-', ',', '"', ' ', '\n', '\t', '\r\n',
  '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b',
  '\u2019', '\u2014', '\u2026', '«', '»', '€', '×', '©',
  'ª', 'º', '²', '¹', '¼', '\u2070', '\u2071',
  'é', 'ß', 'ع', '٣', '中', 'я', '😀', '𝟘', '𝐀',
); // prettier-ignore

describe('content/body-text: countWords', () => {
  it('counts runs of non-space characters that hold a letter or a digit (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(countWords(text), JSON.stringify(text)).to.equal(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts English with curly quotes and dashes, and other scripts, the same way', () => {
    expect(countWords('The mayor’s plan — “a start” … costs €5,000 (2024).')).to.equal(8);
    expect(countWords('Die Straße wird gesperrt – ab 1. März.')).to.equal(7);
    expect(countWords('قال المتحدث ٣ مرات')).to.equal(4);
    expect(countWords('x² — ª')).to.equal(2);
    expect(countWords(' \n — … ')).to.equal(0);
  });

  it('counts the words of markup, not its tags and references', () => {
    expect(countWords('<p>One <a href="https://x.example/a b">two</a>&nbsp;three</p>')).to.equal(3);
    expect(countWords('AT&amp;T &mdash; &#8212;')).to.equal(1);
  });
});

describe('content/body-text: textAsHtml', () => {
  it('returns text without markup characters as it is, and escapes the rest', () => {
    const plain = 'Nothing to escape here.';
    expect(textAsHtml(plain)).to.equal(plain);
    expect(textAsHtml('a<b & c>d &amp; &#8217;')).to.equal('a&lt;b &amp; c&gt;d &amp; &#8217;');
  });
});
