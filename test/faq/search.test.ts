import { expect, fixture, html } from '@open-wc/testing';
import {
  fold,
  markText,
  marksMatches,
  matchRanges,
  matchesAll,
  searchTerms,
  splitAtRanges,
  unmark,
} from '../../src/faq/search.js';

describe('faq/search', () => {
  describe('fold', () => {
    it('lower-cases ASCII in place, without a position map', () => {
      expect(fold('Hello World')).to.deep.equal({ text: 'hello world' });
    });

    it('removes diacritics and expands compatibility characters, mapping back to the original', () => {
      const folded = fold('Ça ﬁnit à Zürich');
      expect(folded.text).to.equal('ca finit a zurich');
      // `ﬁ` (one unit) folds to two units, both mapped to the ligature's span.
      const at = folded.text.indexOf('fi');
      expect([folded.starts?.[at], folded.ends?.[at + 1]]).to.deep.equal([3, 4]);
    });

    it('keeps astral characters as one span', () => {
      const folded = fold('a😀b');
      expect(folded.text).to.equal('a😀b');
      expect(folded.starts).to.deep.equal([0, 1, 1, 3]);
      expect(folded.ends).to.deep.equal([1, 3, 3, 4]);
    });
  });

  describe('terms', () => {
    it('splits a query into folded terms', () => {
      expect(searchTerms('  Élan   VITAL ')).to.deep.equal(['elan', 'vital']);
      expect(searchTerms('   ')).to.deep.equal([]);
    });

    it('marks only from two letters on', () => {
      expect(marksMatches(['a'])).to.equal(false);
      expect(marksMatches(['ab'])).to.equal(true);
      expect(marksMatches(['a', 'b'])).to.equal(true);
    });

    it('matches when every term occurs', () => {
      expect(matchesAll('the quick fox', ['quick', 'fox'])).to.equal(true);
      expect(matchesAll('the quick fox', ['quick', 'dog'])).to.equal(false);
      expect(matchesAll('anything', [])).to.equal(true);
    });
  });

  describe('matchRanges', () => {
    it('finds every occurrence of every term, merged and in order, in original positions', () => {
      const text = 'Éé, the café: CAFÉ!';
      const ranges = matchRanges(fold(text), ['cafe', 'ee']);
      expect(ranges.map(([s, e]) => text.slice(s, e))).to.deep.equal(['Éé', 'café', 'CAFÉ']);
    });

    it('merges overlapping matches', () => {
      expect(matchRanges(fold('aaaa'), ['aa'])).to.deep.equal([[0, 4]]);
      expect(matchRanges(fold('abcd'), ['abc', 'bcd'])).to.deep.equal([[0, 4]]);
    });

    it('splits text at the ranges', () => {
      expect(splitAtRanges('a big dog', [[2, 5]])).to.deep.equal([
        { text: 'a ', marked: false },
        { text: 'big', marked: true },
        { text: ' dog', marked: false },
      ]);
    });
  });

  describe('markText and unmark', () => {
    it('wraps matches in <mark> across text nodes and restores the text exactly', () => {
      const el = document.createElement('div');
      const p = el.appendChild(document.createElement('p'));
      p.append(
        'Ballistic ',
        Object.assign(document.createElement('b'), { textContent: 'missiles' }),
      );
      p.append(' and ballistic tests');
      const before = el.innerHTML;
      markText(el, ['ballistic', 'miss']);
      expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal([
        'Ballistic',
        'miss',
        'ballistic',
      ]);
      expect(el.textContent).to.equal('Ballistic missiles and ballistic tests');
      unmark(el);
      expect(el.querySelector('mark')).to.equal(null);
      expect(el.innerHTML).to.equal(before);
    });

    it('treats markup-like text as text', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div>${'<img src=x onerror=alert(1)> img'}</div>`,
      );
      markText(el, ['img']);
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelectorAll('mark').length).to.equal(2);
    });
  });
});
