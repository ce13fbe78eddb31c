import type { LabelTable } from './labels.js';

/** German labels: a lazy chunk, loaded by `loadLabels` for a page in this language. */
export const labels: LabelTable = {
  byline: 'Von {authors}',
  updated: 'Aktualisiert',
  readingTime: '{duration} Lesezeit',
  topics: 'Themen',
  faq: 'Häufig gestellte Fragen',
  photo: 'Foto',
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  search: 'Fragen durchsuchen',
  searchPlaceholder: 'Suchbegriff eingeben',
  results: { one: (n) => `${n} Frage angezeigt`, other: (n) => `${n} Fragen angezeigt` },
  noResults: 'Keine Frage passt zu Ihrer Suche.',
  copyLink: 'Link zu dieser Frage kopieren',
  linkCopied: 'Link kopiert',
  clearSearch: 'Suche löschen',
  invalidJson: 'Dieser Inhalt konnte nicht gelesen werden.',
  invalidContent: 'Dieser Inhalt liegt in keinem darstellbaren Format vor.',
  fetchFailed: 'Dieser Inhalt konnte nicht geladen werden.',
  timeout: 'Das Laden dieses Inhalts hat zu lange gedauert.',
  tooLarge: 'Dieser Inhalt ist zu groß, um ihn anzuzeigen.',
};
