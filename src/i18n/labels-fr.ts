import type { LabelTable } from './labels.js';

/** French labels: a lazy chunk, loaded by `loadLabels` for a page in this language. */
export const labels: LabelTable = {
  byline: 'Par {authors}',
  updated: 'Mis à jour',
  readingTime: '{duration} de lecture',
  topics: 'Sujets',
  faq: 'Questions fréquentes',
  photo: 'Photo',
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
  search: 'Rechercher dans les questions',
  searchPlaceholder: 'Saisissez un mot',
  // French `one` covers 0 and 1: « 0 question affichée » is correct.
  results: {
    one: (n) => `${n} question affichée`,
    other: (n) => `${n} questions affichées`,
  },
  noResults: 'Aucune question ne correspond à votre recherche.',
  copyLink: 'Copier le lien vers cette question',
  linkCopied: 'Lien copié',
  clearSearch: 'Effacer la recherche',
  invalidJson: 'Ce contenu n’a pas pu être lu.',
  invalidContent: 'Ce contenu n’est pas dans un format affichable.',
  fetchFailed: 'Ce contenu n’a pas pu être chargé.',
  timeout: 'Le chargement de ce contenu a pris trop de temps.',
  tooLarge: 'Ce contenu est trop volumineux pour être affiché.',
};
