import { expect } from '@open-wc/testing';
import { MAX_FORMATTERS, cachedFormat, cachedFormatCount } from '../../src/i18n/intl-cache.js';

describe('i18n/intl-cache', () => {
  it('creates a formatter once per key', () => {
    let created = 0;
    const make = () => {
      created++;
      return new Intl.NumberFormat('en');
    };
    const first = cachedFormat('test|same', make);
    expect(cachedFormat('test|same', make)).to.equal(first);
    expect(created).to.equal(1);
  });

  it('is bounded, dropping the least recently used', () => {
    const kept = cachedFormat('test|kept', () => new Intl.NumberFormat('en'));
    for (let i = 0; i < MAX_FORMATTERS * 3; i++) {
      cachedFormat(`test|many-${i}`, () => new Intl.NumberFormat('en'));
      // Used again and again: stays the most recently used.
      if (i % 8 === 0)
        expect(cachedFormat('test|kept', () => new Intl.NumberFormat('en'))).to.equal(kept);
      expect(cachedFormatCount()).to.be.at.most(MAX_FORMATTERS);
    }
    let recreated = false;
    cachedFormat('test|many-0', () => {
      recreated = true;
      return new Intl.NumberFormat('en');
    });
    expect(recreated, 'the oldest entry was dropped').to.equal(true);
    expect(cachedFormat('test|kept', () => new Intl.NumberFormat('de'))).to.equal(kept);
  });

  it('does not cache a failed creation', () => {
    expect(() =>
      cachedFormat('test|bad', () => new Intl.DateTimeFormat('en', { timeZone: 'Nowhere/None' })),
    ).to.throw(RangeError);
    const good = cachedFormat('test|bad', () => new Intl.DateTimeFormat('en'));
    expect(good).to.be.instanceOf(Intl.DateTimeFormat);
  });
});
