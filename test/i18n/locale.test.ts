import { expect } from '@open-wc/testing';
import { canonicalLocale, languageOf, safeLocale, textDirection } from '../../src/i18n/locale.js';

describe('i18n/locale', () => {
  describe('textDirection', () => {
    it('is rtl for right-to-left languages and scripts', () => {
      for (const tag of [
        'ar',
        'ar-EG',
        'he',
        'fa',
        'ur',
        'ps',
        'sd',
        'ug',
        'yi',
        'dv',
        'ckb',
        'ku-Arab',
      ]) {
        expect(textDirection(tag), tag).to.equal('rtl');
      }
    });

    it('is ltr otherwise, and for invalid tags', () => {
      for (const tag of ['en', 'de-CH', 'ku', 'az-Latn', 'ja', 'zh-Hant', '', 'not a tag!']) {
        expect(textDirection(tag), tag).to.equal('ltr');
      }
    });
  });

  describe('locales', () => {
    it('canonicalizes valid tags and rejects others', () => {
      expect(canonicalLocale('EN-gb')).to.equal('en-GB');
      expect(canonicalLocale('no such tag')).to.equal(undefined);
      expect(canonicalLocale(null)).to.equal(undefined);
      expect(safeLocale('no such tag')).to.equal(canonicalLocale(navigator.language) ?? 'en');
    });

    it('answers the same for each tag, read once or again, past the size of its cache', () => {
      // Tags a page could write: valid and invalid, in odd case, with spaces around.
      const tags = Array.from({ length: 300 }, (_, i) =>
        i % 3 === 0 ? `x-${i}-` : i % 3 === 1 ? ` EN-us-x-n${i} ` : `de-CH-u-nu-latn-x-${i}`,
      );
      const answers = (list: string[]) =>
        list.map((tag) => {
          try {
            return Intl.getCanonicalLocales(tag.trim())[0];
          } catch {
            return undefined;
          }
        });
      const expected = answers(tags);
      expect(tags.map((tag) => canonicalLocale(tag))).to.deep.equal(expected);
      expect(tags.map((tag) => canonicalLocale(tag))).to.deep.equal(expected);
      expect(expected.filter((answer) => answer === undefined)).to.have.length(100);
    });
  });

  describe('languageOf', () => {
    it('is the lower-case language subtag of the normalized locale', () => {
      expect(languageOf('de-AT')).to.equal('de');
      expect(languageOf('EN_gb')).to.equal(languageOf(safeLocale('EN_gb')));
      expect(languageOf('zh-Hant-TW')).to.equal('zh');
      expect(languageOf('!!')).to.equal(languageOf(null));
    });
  });
});
