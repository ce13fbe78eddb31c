/**
 * The words both elements write themselves (everything else on screen is content): one table per
 * language, chosen by the locale's language subtag, English when the language has none. Each
 * element's `labels` property overrides single entries.
 */
import type { ErrorCode } from '../content/types.js';
import { cachedFormat } from './intl-cache.js';
import { languageOf, safeLocale } from './locale.js';

/** The words `<news-article>` writes; `{authors}` and `{duration}` are placeholders. */
export interface ArticleLabels {
  /** Byline, e.g. `By {authors}`. */
  byline: string;
  /** Before the modification date. */
  updated: string;
  /** Reading time, e.g. `{duration} read`, where `{duration}` is a localized "4 min". */
  readingTime: string;
  /** Label of the keyword list. */
  topics: string;
  /** Heading of an FAQ that has no name of its own. */
  faq: string;
  /** Before an image credit. */
  photo: string;
}

/** Texts of `<news-faq>`'s own controls; `results` gets the count of questions shown. */
export interface FaqLabels {
  /** Button that opens every question shown. */
  expandAll: string;
  /** Button that closes every question. */
  collapseAll: string;
  /** Visible label of the search box. */
  search: string;
  /** Placeholder of the search box (a hint; the label above is what names it). */
  searchPlaceholder: string;
  /** Announced and shown while a search is active, e.g. `3 questions shown`. */
  results: (count: number) => string;
  /** Shown and announced when no question matches the search. */
  noResults: string;
  /** Button in each open answer that copies a link to the question. */
  copyLink: string;
  /** Shown briefly after the link was copied. */
  linkCopied: string;
  /** Button that empties the search box. */
  clearSearch: string;
}

/** The message shown in `part="error"`, one per `news-error` code that leaves nothing to show. */
export interface ErrorLabels {
  /** INVALID_JSON */
  invalidJson: string;
  /** INVALID_CONTENT */
  invalidContent: string;
  /** FETCH_FAILED */
  fetchFailed: string;
  /** TIMEOUT */
  timeout: string;
  /** TOO_LARGE */
  tooLarge: string;
}

/** Every label of both elements: what the `labels` property of either overrides. */
export interface Labels extends ArticleLabels, FaqLabels, ErrorLabels {}

/** Plural forms of the result count, by CLDR plural category; `other` is required. */
type Plural = Partial<Record<Intl.LDMLPluralRule, (n: string) => string>> & {
  other: (n: string) => string;
};

/** A language's table: the labels, with the result count as plural forms. */
type Table = Omit<Labels, 'results'> & { results: Plural };

const en: Table = {
  byline: 'By {authors}',
  updated: 'Updated',
  readingTime: '{duration} read',
  topics: 'Topics',
  faq: 'Frequently asked questions',
  photo: 'Photo',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  search: 'Search questions',
  searchPlaceholder: 'Type a word',
  results: { one: (n) => `${n} question shown`, other: (n) => `${n} questions shown` },
  noResults: 'No questions match your search.',
  copyLink: 'Copy link to this question',
  linkCopied: 'Link copied',
  clearSearch: 'Clear search',
  invalidJson: 'This content could not be read.',
  invalidContent: 'This content is not in a format that can be shown.',
  fetchFailed: 'This content could not be loaded.',
  timeout: 'This content took too long to load.',
  tooLarge: 'This content is too large to show.',
};

const TABLES: Readonly<Record<string, Table>> = {
  en,
  de: {
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
  },
  fr: {
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
  },
  es: {
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
  },
  ar: {
    byline: 'بقلم {authors}',
    updated: 'آخر تحديث',
    readingTime: 'وقت القراءة: {duration}',
    topics: 'مواضيع',
    faq: 'الأسئلة الشائعة',
    photo: 'صورة',
    expandAll: 'توسيع الكل',
    collapseAll: 'طي الكل',
    search: 'البحث في الأسئلة',
    searchPlaceholder: 'اكتب كلمة',
    // Arabic has six plural forms; `zero` and `one`/`two` spell the count out.
    results: {
      zero: () => 'لا توجد أسئلة معروضة',
      one: () => 'سؤال واحد معروض',
      two: () => 'سؤالان معروضان',
      few: (n) => `${n} أسئلة معروضة`,
      many: (n) => `${n} سؤالًا معروضًا`,
      other: (n) => `${n} سؤال معروض`,
    },
    noResults: 'لا توجد أسئلة تطابق بحثك.',
    copyLink: 'نسخ رابط هذا السؤال',
    linkCopied: 'تم نسخ الرابط',
    clearSearch: 'مسح البحث',
    invalidJson: 'تعذرت قراءة هذا المحتوى.',
    invalidContent: 'هذا المحتوى ليس بتنسيق يمكن عرضه.',
    fetchFailed: 'تعذر تحميل هذا المحتوى.',
    timeout: 'استغرق تحميل هذا المحتوى وقتًا طويلًا.',
    tooLarge: 'هذا المحتوى أكبر من أن يُعرض.',
  },
};

/** The languages with built-in labels. */
export const labelLanguages: readonly string[] = Object.keys(TABLES);

/** The label shown for each `news-error` code; a warning code shows nothing of its own. */
const ERROR_LABELS: Readonly<Record<string, keyof ErrorLabels>> = {
  INVALID_JSON: 'invalidJson',
  INVALID_CONTENT: 'invalidContent',
  FETCH_FAILED: 'fetchFailed',
  TIMEOUT: 'timeout',
  TOO_LARGE: 'tooLarge',
};

/** The visible message for an error code, in the labels' language. */
export function errorMessage(labels: ErrorLabels, code: ErrorCode): string {
  return labels[(Object.hasOwn(ERROR_LABELS, code) && ERROR_LABELS[code]) || 'invalidContent'];
}

/** "3 questions shown": the locale's CLDR plural rule picks the form, the number is localized. */
function plural(locale: string, forms: Plural): (count: number) => string {
  return (count) => {
    let rule: Intl.LDMLPluralRule = 'other';
    let number = String(count);
    try {
      rule = cachedFormat(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
      number = cachedFormat(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(count);
    } catch {
      // An engine without the locale's data: the plain number with `other` is still readable.
    }
    return (forms[rule] ?? forms.other)(number);
  };
}

/**
 * The labels for a BCP 47 locale, matched on its language subtag (`de-AT` -> German), English
 * when the language has no table; built once per locale (in the bounded cache the formatters
 * share), so renders get the same object. `overrides` replace single labels: only its own
 * properties of the right kind count, so `{results: undefined}` or a polluted `Object.prototype`
 * change nothing.
 */
export function labelsFor(locale: string, overrides?: Partial<Labels> | null): Labels {
  const tag = safeLocale(locale);
  const base = cachedFormat(`labels|${tag}`, (): Labels => {
    const language = languageOf(tag);
    const table = (Object.hasOwn(TABLES, language) && TABLES[language]) || en;
    return { ...table, results: plural(tag, table.results) };
  });
  if (!overrides) return base;
  let result: Labels | undefined;
  for (const key of Object.keys(base) as (keyof Labels)[]) {
    if (!Object.hasOwn(overrides, key)) continue;
    const value: unknown = overrides[key];
    if (key === 'results' ? typeof value === 'function' : typeof value === 'string') {
      result ??= { ...base };
      (result as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return result ?? base;
}
