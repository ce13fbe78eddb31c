import type { LabelTable } from './labels.js';

/** Spanish labels: a lazy chunk, loaded by `loadLabels` for a page in this language. */
export const labels: LabelTable = {
  byline: 'Por {authors}',
  updated: 'Actualizado',
  readingTime: '{duration} de lectura',
  topics: 'Temas',
  faq: 'Preguntas frecuentes',
  photo: 'Foto',
  expandAll: 'Desplegar todo',
  collapseAll: 'Plegar todo',
  search: 'Buscar preguntas',
  searchPlaceholder: 'Escriba una palabra',
  results: {
    one: (n) => `${n} pregunta mostrada`,
    other: (n) => `${n} preguntas mostradas`,
  },
  noResults: 'Ninguna pregunta coincide con su búsqueda.',
  copyLink: 'Copiar el enlace a esta pregunta',
  linkCopied: 'Enlace copiado',
  clearSearch: 'Borrar la búsqueda',
  invalidJson: 'No se pudo leer este contenido.',
  invalidContent: 'Este contenido no tiene un formato que se pueda mostrar.',
  fetchFailed: 'No se pudo cargar este contenido.',
  timeout: 'Este contenido tardó demasiado en cargarse.',
  tooLarge: 'Este contenido es demasiado grande para mostrarlo.',
};
