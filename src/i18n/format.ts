import type { DateValue } from '../content/types.js';

/**
 * Locale-aware formatting for `<news-article>`: its few labels, dates, reading time, the byline
 * list and the text direction. Pure functions over `Intl`, so the element only chooses a locale.
 */

/** The words `<news-article>` writes itself; `{authors}` and `{duration}` are placeholders. */
export interface ArticleLabels {
  /** Byline, e.g. `By {authors}`. */
  readonly byline: string;
  /** Before the modification date. */
  readonly updated: string;
  /** Reading time, e.g. `{duration} read`, where `{duration}` is a localized "4 min". */
  readonly readingTime: string;
  /** Label of the keyword list. */
  readonly topics: string;
  /** Heading of an FAQ that has no name of its own. */
  readonly faq: string;
  /** Before an image credit. */
  readonly photo: string;
}

const LABELS: Readonly<Record<string, ArticleLabels>> = {
  en: {
    byline: 'By {authors}',
    updated: 'Updated',
    readingTime: '{duration} read',
    topics: 'Topics',
    faq: 'Frequently asked questions',
    photo: 'Photo',
  },
  de: {
    byline: 'Von {authors}',
    updated: 'Aktualisiert',
    readingTime: '{duration} Lesezeit',
    topics: 'Themen',
    faq: 'Häufig gestellte Fragen',
    photo: 'Foto',
  },
  ar: {
    byline: 'بقلم {authors}',
    updated: 'آخر تحديث',
    readingTime: 'وقت القراءة: {duration}',
    topics: 'مواضيع',
    faq: 'الأسئلة الشائعة',
    photo: 'صورة',
  },
  fr: {
    byline: 'Par {authors}',
    updated: 'Mis à jour',
    readingTime: '{duration} de lecture',
    topics: 'Sujets',
    faq: 'Questions fréquentes',
    photo: 'Photo',
  },
  es: {
    byline: 'Por {authors}',
    updated: 'Actualizado',
    readingTime: '{duration} de lectura',
    topics: 'Temas',
    faq: 'Preguntas frecuentes',
    photo: 'Foto',
  },
};

/** Words per minute of the reading-time estimate: a common figure for adult readers on screen. */
export const WORDS_PER_MINUTE = 230;

/** Scripts written right to left (ISO 15924), for engines without `Intl.Locale` text info. */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/** Languages written right to left by default, when even `Intl.Locale#maximize` is missing. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/**
 * The canonical form of a BCP 47 tag, or undefined when it is not one. `Intl` constructors
 * throw a RangeError on malformed tags, and a `locale` attribute is whatever a page wrote.
 */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** A locale every `Intl` constructor accepts: `tag` when valid, else the browser's, else `en`. */
export function safeLocale(tag: string | null | undefined): string {
  return canonicalLocale(tag) ?? canonicalLocale(globalThis.navigator?.language) ?? 'en';
}

/** The labels for a locale, chosen by its language subtag; English when there are none. */
export function articleLabels(locale: string): ArticleLabels {
  const language = safeLocale(locale).split('-')[0]!.toLowerCase();
  return LABELS[language] ?? LABELS['en']!;
}

/** `ltr` or `rtl`: the default direction of text in a locale. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const tag = canonicalLocale(locale);
  if (!tag) return 'ltr';
  const [language = '', second] = tag.split('-');
  // An explicit script subtag decides: `ku-Arab` is right to left, `az-Latn` is not.
  if (second && /^[A-Z][a-z]{3}$/.test(second)) return RTL_SCRIPTS.has(second) ? 'rtl' : 'ltr';
  try {
    const intlLocale = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    // `getTextInfo()` is the current proposal; older Chromium and WebKit have a `textInfo` getter.
    // Only its "rtl" is trusted: WebKit answers "ltr" for languages its data lacks (`dv`).
    const info =
      typeof intlLocale.getTextInfo === 'function' ? intlLocale.getTextInfo() : intlLocale.textInfo;
    if (info?.direction === 'rtl') return 'rtl';
    // Firefox has no text info: the likely script decides (`ku` is Latin, `ckb` Arabic).
    const script = intlLocale.maximize().script;
    if (script && RTL_SCRIPTS.has(script)) return 'rtl';
  } catch {
    // fall through to the language list
  }
  return RTL_LANGUAGES.has(language.toLowerCase()) ? 'rtl' : 'ltr';
}

/** A heading level from an attribute or property: an integer clamped to 1-6, 2 when unusable. */
export function clampHeadingLevel(value: unknown): number {
  const level = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(level)) return 2;
  return Math.min(6, Math.max(1, Math.round(level)));
}

/** Formatters by locale and options: building one loads locale data, far slower than using it. */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  create: () => F,
): F {
  let format = cache.get(key) as F | undefined;
  if (!format) {
    format = create();
    cache.set(key, format);
  }
  return format;
}

/**
 * Options for a date with a time of day: the long date and short time of `dateStyle: 'long',
 * timeStyle: 'short'`, spelled out because `timeZoneName` cannot be combined with the styles.
 * The zone name is shown because the time is the reader's, not the newsroom's.
 */
export const DATE_TIME_OPTIONS: Readonly<Intl.DateTimeFormatOptions> = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * Options for a plain calendar date. It is formatted in UTC because the model stores it as UTC
 * midnight: in the reader's zone, `2024-01-05` would read as January 4 west of Greenwich.
 */
export const DATE_OPTIONS: Readonly<Intl.DateTimeFormatOptions> = {
  dateStyle: 'long',
  timeZone: 'UTC',
};

/**
 * A date as a reader expects it: with its time of day in the reader's time zone (or `timeZone`),
 * or, for a plain calendar date, the date alone.
 */
export function formatDate(date: DateValue, locale: string, timeZone?: string): string {
  const tag = safeLocale(locale);
  const options: Intl.DateTimeFormatOptions = date.hasTime
    ? { ...DATE_TIME_OPTIONS, timeZone }
    : DATE_OPTIONS;
  const format = cached(`date|${tag}|${date.hasTime}|${timeZone ?? ''}`, () => {
    try {
      return new Intl.DateTimeFormat(tag, options);
    } catch {
      // An unknown `timeZone` is the only remaining RangeError: use the reader's own.
      return new Intl.DateTimeFormat(tag, {
        ...options,
        timeZone: date.hasTime ? undefined : 'UTC',
      });
    }
  });
  return format.format(date.time);
}

/** Minutes to read `wordCount` words at {@link WORDS_PER_MINUTE}, rounded up; 0 for no words. */
export function readingMinutes(wordCount: number): number {
  if (!Number.isFinite(wordCount) || wordCount <= 0) return 0;
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

/** "4 min read" in the locale; empty when there is nothing to read. */
export function formatReadingTime(wordCount: number, locale: string): string {
  const minutes = readingMinutes(wordCount);
  if (minutes === 0) return '';
  const tag = safeLocale(locale);
  let duration: string;
  try {
    // The unit style knows each language's abbreviation and plural rules ("4 Min.", "٤ د").
    duration = cached(
      `minutes|${tag}`,
      () => new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
    ).format(minutes);
  } catch {
    duration = `${cached(`number|${tag}`, () => new Intl.NumberFormat(tag)).format(minutes)} min`;
  }
  return articleLabels(tag).readingTime.replace('{duration}', duration);
}

/** A piece of a formatted list: the `index`-th item, or the text between items. */
export type ListPart =
  | { readonly type: 'item'; readonly index: number }
  | { readonly type: 'text'; readonly value: string };

/**
 * The byline "By A, B and C" as parts, so the element can render each author as a link: the
 * label's text around the list, the locale's separators and conjunction, and item indexes.
 */
export function bylineParts(names: readonly string[], locale: string): ListPart[] {
  const tag = safeLocale(locale);
  const [before = '', after = ''] = articleLabels(tag).byline.split('{authors}');
  const parts: ListPart[] = [];
  const text = (value: string) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text')
      parts[parts.length - 1] = { type: 'text', value: last.value + value };
    else parts.push({ type: 'text', value });
  };
  text(before);
  let listParts: { type: string; value: string }[] | undefined;
  if (names.length === 1) {
    // One name needs no separators: skip loading the locale's list data.
    listParts = [{ type: 'element', value: names[0]! }];
  } else {
    try {
      listParts = cached(
        `list|${tag}`,
        () => new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' }),
      ).formatToParts(names);
    } catch {
      listParts = undefined;
    }
  }
  if (listParts) {
    let index = 0;
    for (const part of listParts) {
      if (part.type === 'element') parts.push({ type: 'item', index: index++ });
      else text(part.value);
    }
  } else {
    names.forEach((_, index) => {
      if (index > 0) text(', ');
      parts.push({ type: 'item', index });
    });
  }
  text(after);
  return parts;
}
