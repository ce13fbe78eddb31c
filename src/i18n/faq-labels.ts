/**
 * The words `<news-faq>` shows or announces itself (everything else on screen is content).
 * Chosen by the element's locale (language subtag), English when the language is not listed;
 * the element's `labels` property overrides any of them.
 */

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

type Plural = Partial<Record<Intl.LDMLPluralRule, (n: string) => string>> & {
  other: (n: string) => string;
};

/** Plural rules and number format per locale: building them loads locale data. */
const formats = new Map<string, { rules: Intl.PluralRules; number: Intl.NumberFormat }>();

/** Pluralizes with the locale's CLDR rules and formats the number for the locale. */
function plural(locale: string, forms: Plural): (count: number) => string {
  return (count) => {
    let rule: Intl.LDMLPluralRule = 'other';
    let number = String(count);
    try {
      let format = formats.get(locale);
      if (!format) {
        format = { rules: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
        formats.set(locale, format);
      }
      rule = format.rules.select(count);
      number = format.number.format(count);
    } catch {
      // An invalid locale tag: the plain number with the `other` form is still readable.
    }
    return (forms[rule] ?? forms.other)(number);
  };
}

type LabelSet = (locale: string) => FaqLabels;

const sets: Record<string, LabelSet> = {
  en: (locale) => ({
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    search: 'Search questions',
    searchPlaceholder: 'Type a word',
    results: plural(locale, {
      one: (n) => `${n} question shown`,
      other: (n) => `${n} questions shown`,
    }),
    noResults: 'No questions match your search.',
    copyLink: 'Copy link to this question',
    linkCopied: 'Link copied',
    clearSearch: 'Clear search',
  }),
  de: (locale) => ({
    expandAll: 'Alle aufklappen',
    collapseAll: 'Alle zuklappen',
    search: 'Fragen durchsuchen',
    searchPlaceholder: 'Suchbegriff eingeben',
    results: plural(locale, {
      one: (n) => `${n} Frage angezeigt`,
      other: (n) => `${n} Fragen angezeigt`,
    }),
    noResults: 'Keine Frage passt zu Ihrer Suche.',
    copyLink: 'Link zu dieser Frage kopieren',
    linkCopied: 'Link kopiert',
    clearSearch: 'Suche löschen',
  }),
  fr: (locale) => ({
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    search: 'Rechercher dans les questions',
    searchPlaceholder: 'Saisissez un mot',
    // French `one` covers 0 and 1: « 0 question affichée » is correct.
    results: plural(locale, {
      one: (n) => `${n} question affichée`,
      other: (n) => `${n} questions affichées`,
    }),
    noResults: 'Aucune question ne correspond à votre recherche.',
    copyLink: 'Copier le lien vers cette question',
    linkCopied: 'Lien copié',
    clearSearch: 'Effacer la recherche',
  }),
  es: (locale) => ({
    expandAll: 'Desplegar todo',
    collapseAll: 'Plegar todo',
    search: 'Buscar preguntas',
    searchPlaceholder: 'Escriba una palabra',
    results: plural(locale, {
      one: (n) => `${n} pregunta mostrada`,
      other: (n) => `${n} preguntas mostradas`,
    }),
    noResults: 'Ninguna pregunta coincide con su búsqueda.',
    copyLink: 'Copiar el enlace a esta pregunta',
    linkCopied: 'Enlace copiado',
    clearSearch: 'Borrar la búsqueda',
  }),
  ar: (locale) => ({
    expandAll: 'توسيع الكل',
    collapseAll: 'طي الكل',
    search: 'البحث في الأسئلة',
    searchPlaceholder: 'اكتب كلمة',
    // Arabic has six plural forms; `zero` and `one`/`two` spell the count out.
    results: plural(locale, {
      zero: () => 'لا توجد أسئلة معروضة',
      one: () => 'سؤال واحد معروض',
      two: () => 'سؤالان معروضان',
      few: (n) => `${n} أسئلة معروضة`,
      many: (n) => `${n} سؤالًا معروضًا`,
      other: (n) => `${n} سؤال معروض`,
    }),
    noResults: 'لا توجد أسئلة تطابق بحثك.',
    copyLink: 'نسخ رابط هذا السؤال',
    linkCopied: 'تم نسخ الرابط',
    clearSearch: 'مسح البحث',
  }),
};

/** The languages with built-in labels. */
export const faqLabelLanguages: readonly string[] = Object.keys(sets);

/**
 * The labels for a BCP 47 locale, matched on its language subtag (`de-AT` -> German), English
 * when the language has no set; `overrides` replace single labels.
 */
export function faqLabels(locale: string, overrides: Partial<FaqLabels> = {}): FaqLabels {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const known = Object.hasOwn(sets, language);
  const base = known ? sets[language](locale) : sets.en('en');
  const result: FaqLabels = { ...base };
  // Only defined overrides of the right kind count, so `{results: undefined}` keeps the default.
  for (const key of Object.keys(base) as (keyof FaqLabels)[]) {
    const value: unknown = overrides[key];
    if (key === 'results' ? typeof value === 'function' : typeof value === 'string') {
      (result as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}
