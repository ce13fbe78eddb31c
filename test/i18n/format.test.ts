import { expect } from '@open-wc/testing';
import {
  bylineParts,
  formatDate,
  formatReadingTime,
  readingMinutes,
  WORDS_PER_MINUTE,
  type ListPart,
} from '../../src/i18n/format.js';
import type { DateValue } from '../../src/content/types.js';
import { labelLanguages, loadLabels } from '../../src/i18n/labels.js';

const withTime: DateValue = {
  iso: '2024-01-05T14:30:00Z',
  time: Date.UTC(2024, 0, 5, 14, 30),
  hasTime: true,
};
const dateOnly: DateValue = { iso: '2024-01-05', time: Date.UTC(2024, 0, 5), hasTime: false };

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** Renders byline parts as text, with the names filled in. */
const joinParts = (parts: ListPart[], names: string[]) =>
  parts.map((part) => (part.type === 'text' ? part.value : names[part.index])).join('');

const minutes = (locale: string, n: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(n);

describe('i18n/format', () => {
  // The other languages' labels are lazy chunks: load them all first.
  before(() => Promise.all(labelLanguages.map((language) => loadLabels(language))));

  describe('formatDate', () => {
    it('formats a date-time with the long date, the short time and the zone, in the reader zone', () => {
      // The test browsers run in UTC.
      const expected = new Intl.DateTimeFormat('en', dateTimeOptions).format(withTime.time);
      expect(formatDate(withTime, 'en')).to.equal(expected);
      expect(formatDate(withTime, 'en'))
        .to.contain('January 5, 2024')
        .and.contain('2:30')
        .and.contain('UTC');
    });

    it('uses a given time zone, moving the date when the zone crosses midnight', () => {
      const late: DateValue = {
        iso: '2024-01-05T23:30:00Z',
        time: Date.UTC(2024, 0, 5, 23, 30),
        hasTime: true,
      };
      const text = formatDate(late, 'en', 'Asia/Tokyo');
      expect(text).to.equal(
        new Intl.DateTimeFormat('en', { ...dateTimeOptions, timeZone: 'Asia/Tokyo' }).format(
          late.time,
        ),
      );
      expect(text).to.contain('January 6, 2024');
    });

    it('formats a plain calendar date without a time, on the same day in every zone', () => {
      expect(formatDate(dateOnly, 'en')).to.equal('January 5, 2024');
      expect(formatDate(dateOnly, 'en', 'America/Los_Angeles')).to.equal('January 5, 2024');
    });

    it('writes month names in the locale', () => {
      expect(formatDate(dateOnly, 'de')).to.equal('5. Januar 2024');
      expect(formatDate(withTime, 'de')).to.equal(
        new Intl.DateTimeFormat('de', dateTimeOptions).format(withTime.time),
      );
      expect(formatDate(withTime, 'de')).to.contain('Januar');
      expect(formatDate(dateOnly, 'ar')).to.equal(
        new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(dateOnly.time),
      );
    });

    it('falls back to a usable locale and zone instead of throwing', () => {
      expect(formatDate(dateOnly, 'not a locale!')).to.be.a('string').and.not.equal('');
      expect(formatDate(withTime, 'en', 'Mars/Olympus_Mons')).to.equal(
        new Intl.DateTimeFormat('en', dateTimeOptions).format(withTime.time),
      );
    });
  });

  describe('reading time', () => {
    it(`rounds up at ${WORDS_PER_MINUTE} words a minute, at least one minute`, () => {
      expect(readingMinutes(1)).to.equal(1);
      expect(readingMinutes(WORDS_PER_MINUTE)).to.equal(1);
      expect(readingMinutes(WORDS_PER_MINUTE + 1)).to.equal(2);
      expect(readingMinutes(920)).to.equal(4);
    });

    it('is nothing for no words', () => {
      expect(readingMinutes(0)).to.equal(0);
      expect(readingMinutes(Number.NaN)).to.equal(0);
      expect(formatReadingTime(0, 'en')).to.equal('');
    });

    it('is localized with the unit format of the language', () => {
      expect(formatReadingTime(920, 'en')).to.equal(`${minutes('en', 4)} read`);
      expect(formatReadingTime(920, 'en')).to.equal('4 min read');
      expect(formatReadingTime(920, 'de')).to.equal(`${minutes('de', 4)} Lesezeit`);
      expect(formatReadingTime(920, 'ar')).to.equal(`وقت القراءة: ${minutes('ar', 4)}`);
      expect(formatReadingTime(920, 'fr')).to.equal(`${minutes('fr', 4)} de lecture`);
    });
  });

  describe('bylineParts', () => {
    it('joins names with the locale conjunction around the label', () => {
      const names = ['Ann Lee', 'Ben Ode', 'Cy Park'];
      const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
      expect(joinParts(bylineParts(names, 'en'), names)).to.equal(`By ${list}`);
      const de = new Intl.ListFormat('de', { type: 'conjunction' }).format(names);
      expect(joinParts(bylineParts(names, 'de'), names)).to.equal(`Von ${de}`);
      expect(de).to.contain(' und ');
    });

    it('refers to every name once, in order', () => {
      const parts = bylineParts(['A', 'B', 'C', 'D'], 'fr');
      const indexes = parts.flatMap((part) => (part.type === 'item' ? [part.index] : []));
      expect(indexes).to.deep.equal([0, 1, 2, 3]);
      expect(bylineParts(['Solo'], 'en')).to.deep.equal([
        { type: 'text', value: 'By ' },
        { type: 'item', index: 0 },
      ]);
    });
  });
});
