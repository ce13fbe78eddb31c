import type { DateValue } from '../content/types.js';
import { cachedFormat } from './intl-cache.js';
import { labelsFor, type ArticleLabels } from './labels.js';
import { safeLocale } from './locale.js';

/**
 * Locale-aware formatting for `<news-article>`: dates, reading time and the byline list. Pure
 * functions over `Intl` (formatters from the bounded cache), so the element only chooses a locale.
 */

/** Words per minute of the reading-time estimate: a common figure for adult readers on screen. */
export const WORDS_PER_MINUTE = 230;

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
  const format = cachedFormat(`date|${tag}|${date.hasTime}|${timeZone ?? ''}`, () => {
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

/**
 * Makes, ahead of need, the formatters an article's first render uses in `locale`: a date with
 * its time of day in the reader's zone, and the reading time. The first `Intl` object a page
 * makes starts the engine's ICU data, whatever the formatter: 12 to 15 ms in a fresh Chromium
 * page, which a render would otherwise pay in the middle of its frame.
 */
export function prepareFormats(locale: string): void {
  formatDate({ iso: '', time: 0, hasTime: true }, locale);
  formatReadingTime(1, locale, { readingTime: '{duration}' });
}

/** Minutes to read `wordCount` words at {@link WORDS_PER_MINUTE}, rounded up; 0 for no words. */
export function readingMinutes(wordCount: number): number {
  if (!Number.isFinite(wordCount) || wordCount <= 0) return 0;
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

/** "4 min read" in the locale; empty when there is nothing to read. */
export function formatReadingTime(
  wordCount: number,
  locale: string,
  labels?: Pick<ArticleLabels, 'readingTime'>,
): string {
  const minutes = readingMinutes(wordCount);
  if (minutes === 0) return '';
  const tag = safeLocale(locale);
  let duration: string;
  try {
    // The unit style knows each language's abbreviation and plural rules ("4 Min.", "٤ د").
    duration = cachedFormat(
      `minutes|${tag}`,
      () => new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
    ).format(minutes);
  } catch {
    duration = `${cachedFormat(`number|${tag}`, () => new Intl.NumberFormat(tag)).format(minutes)} min`;
  }
  return (labels ?? labelsFor(tag)).readingTime.replace('{duration}', duration);
}

/** A piece of a formatted list: the `index`-th item, or the text between items. */
export type ListPart =
  | { readonly type: 'item'; readonly index: number }
  | { readonly type: 'text'; readonly value: string };

/**
 * The byline "By A, B and C" as parts, so the element can render each author as a link: the
 * label's text around the list, the locale's separators and conjunction, and item indexes.
 */
export function bylineParts(
  names: readonly string[],
  locale: string,
  labels?: Pick<ArticleLabels, 'byline'>,
): ListPart[] {
  const tag = safeLocale(locale);
  const [before = '', after = ''] = (labels ?? labelsFor(tag)).byline.split('{authors}');
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
    listParts = names.map((value) => ({ type: 'element', value }));
  } else {
    try {
      listParts = cachedFormat(
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
