/**
 * The words both elements write themselves (everything else on screen is content): one table per
 * language, chosen by the locale's language subtag, English when the language has none. Each
 * element's `labels` property overrides single entries.
 *
 * English is built in; every other language is a lazy chunk of its own (labels-de.ts ...), so a
 * page downloads only its own language: `loadLabels` loads it (the elements await it before they
 * render), `labelsFor` stays synchronous and answers in English until then. The server renderer
 * registers every table at once (`registerLabels`, labels-all.ts).
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
export type LabelTable = Omit<Labels, 'results'> & { results: Plural };

const en: LabelTable = {
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

/** The other languages' tables, each its own chunk (one language is what a page needs). */
const LOADERS: Readonly<Record<string, () => Promise<{ readonly labels: LabelTable }>>> = {
  de: () => import('./labels-de.js'),
  fr: () => import('./labels-fr.js'),
  es: () => import('./labels-es.js'),
  ar: () => import('./labels-ar.js'),
};

/** The tables loaded so far, by language subtag. */
const tables = new Map<string, LabelTable>([['en', en]]);

/** Tables being loaded, by language subtag. */
const loading = new Map<string, Promise<void>>();

/** The languages with built-in labels. */
export const labelLanguages: readonly string[] = ['en', ...Object.keys(LOADERS)];

/** Adds tables by language subtag (the server renderer registers them all: labels-all.ts). */
export function registerLabels(more: Readonly<Record<string, LabelTable>>): void {
  for (const [language, table] of Object.entries(more)) tables.set(language, table);
}

/**
 * Loads the table of a locale's language, so that `labelsFor` answers in it. Undefined when
 * there is nothing to wait for: English, a language without a table, or one already loaded.
 * Never rejects: a chunk that fails to load leaves English (and is tried again next time).
 */
export function loadLabels(locale: string): Promise<void> | undefined {
  const language = languageOf(locale);
  const load = Object.hasOwn(LOADERS, language) ? LOADERS[language] : undefined;
  if (!load || tables.has(language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (module) => void tables.set(language, module.labels),
      () => undefined,
    );
    loading.set(language, pending);
    void pending.then(() => loading.delete(language));
  }
  return pending;
}

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
 * when the language has no table or its table is not loaded yet (see `loadLabels`); built once
 * per locale and table (in the bounded cache the formatters share), so renders get the same
 * object. `overrides` replace single labels: only its own properties of the right kind count, so
 * `{results: undefined}` or a polluted `Object.prototype` change nothing.
 */
export function labelsFor(locale: string, overrides?: Partial<Labels> | null): Labels {
  const tag = safeLocale(locale);
  const language = languageOf(tag);
  const table = tables.get(language) ?? en;
  // Keyed by the table too: English labels made before a table loaded are not kept for it.
  const base = cachedFormat(`labels|${tag}|${table === en ? 'en' : language}`, (): Labels => {
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
