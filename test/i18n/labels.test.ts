import { expect } from '@open-wc/testing';
import {
  errorMessage,
  labelLanguages,
  labelsFor,
  loadLabels,
  type Labels,
} from '../../src/i18n/labels.js';
import { safeLocale } from '../../src/i18n/locale.js';

describe('i18n/labels', () => {
  // Every language but English is a lazy chunk: load them all (the elements await their own).
  before(() => Promise.all(labelLanguages.map((language) => loadLabels(language))));

  it('loads nothing for English, unknown languages or a table already loaded', () => {
    expect(loadLabels('en-GB')).to.equal(undefined);
    expect(loadLabels('ja')).to.equal(undefined);
    expect(loadLabels('de-AT')).to.equal(undefined);
  });

  it('has one complete table per language, for both elements and the errors', () => {
    expect(labelLanguages).to.include.members(['en', 'de', 'fr', 'es', 'ar']);
    const keys = Object.keys(labelsFor('en')).sort();
    for (const language of labelLanguages) {
      const labels = labelsFor(language);
      expect(Object.keys(labels).sort(), language).to.deep.equal(keys);
      for (const key of keys) {
        const value = labels[key as keyof Labels];
        if (typeof value === 'function') {
          expect(value(3), `${language} ${key}`).to.contain(
            new Intl.NumberFormat(language).format(3),
          );
        } else expect(value, `${language} ${key}`).to.be.a('string').and.not.equal('');
      }
      if (language !== 'en') {
        expect(labels.invalidJson, language).to.not.equal(labelsFor('en').invalidJson);
        expect(labels.expandAll, language).to.not.equal(labelsFor('en').expandAll);
      }
    }
  });

  it('chooses by the language subtag, English when unknown', () => {
    expect(labelsFor('de-AT').updated).to.equal('Aktualisiert');
    expect(labelsFor('ar-EG').topics).to.equal('مواضيع');
    expect(labelsFor('es-419').faq).to.equal('Preguntas frecuentes');
    expect(labelsFor('fr-CA').photo).to.equal('Photo');
    expect(labelsFor('ja').byline).to.equal('By {authors}');
    expect(labelsFor('!!').updated).to.equal(labelsFor(safeLocale(null)).updated);
  });

  it('pluralizes the result count with the locale rules and digits', () => {
    expect(labelsFor('en').results(1)).to.equal('1 question shown');
    expect(labelsFor('en').results(3)).to.equal('3 questions shown');
    expect(labelsFor('fr').results(0)).to.equal('0 question affichée');
    expect(labelsFor('ar').results(2)).to.equal('سؤالان معروضان');
    expect(labelsFor('de').results(1200)).to.equal(
      `${new Intl.NumberFormat('de').format(1200)} Fragen angezeigt`,
    );
  });

  it('returns the same object for the same locale without overrides', () => {
    expect(labelsFor('de')).to.equal(labelsFor('de'));
    expect(labelsFor('de', {})).to.equal(labelsFor('de'));
  });

  it('overrides single labels with own properties of the right kind only', () => {
    const labels = labelsFor('de', {
      expandAll: 'Everything open',
      results: (n: number) => `${n} of them`,
      collapseAll: undefined,
      noResults: 42 as unknown as string,
    });
    expect(labels.expandAll).to.equal('Everything open');
    expect(labels.results(3)).to.equal('3 of them');
    expect(labels.collapseAll).to.equal('Alle zuklappen');
    expect(labels.noResults).to.equal('Keine Frage passt zu Ihrer Suche.');
  });

  it('ignores a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['expandAll'] = 'polluted';
    proto['tooLarge'] = 'polluted';
    try {
      expect(labelsFor('en', {}).expandAll).to.equal('Expand all');
      expect(labelsFor('en', { clearSearch: 'x' }).expandAll).to.equal('Expand all');
      expect(errorMessage(labelsFor('en'), 'TOO_LARGE')).to.equal(
        'This content is too large to show.',
      );
    } finally {
      delete proto['expandAll'];
      delete proto['tooLarge'];
    }
  });

  it('has a localized message for every error code', () => {
    const codes = [
      'INVALID_JSON',
      'INVALID_CONTENT',
      'FETCH_FAILED',
      'TIMEOUT',
      'TOO_LARGE',
    ] as const;
    const en = codes.map((code) => errorMessage(labelsFor('en'), code));
    expect(new Set(en).size).to.equal(codes.length);
    const de = codes.map((code) => errorMessage(labelsFor('de'), code));
    expect(de.every((message, i) => message !== en[i])).to.equal(true);
    expect(errorMessage(labelsFor('fr'), 'TIMEOUT')).to.equal(
      'Le chargement de ce contenu a pris trop de temps.',
    );
  });
});
