import type { DateValue } from './types.js';

/*
 * Dates as publishers write them. Every pattern is anchored and has no nested or adjacent
 * unbounded repetition, so matching is linear in the length of the text (no backtracking blow-up
 * on hostile input). A date is either right or absent: impossible days, hours and offsets, a
 * weekday that contradicts the date, and zone abbreviations that name more than one zone are
 * refused, never guessed.
 */

/**
 * ISO 8601 as schema.org and CMSes write it: a calendar date, optionally followed by `T` or a
 * space (as SQL dumps write it) and a time of day. `YYYY/MM/DD` (month and day of one or two
 * digits) is read the same way.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](.+))?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[Tt ](.+))?$/;

/**
 * English month names, full or abbreviated, with an optional weekday in front and a time after:
 * `November 19, 2019`, `Nov. 19th 2019`, `Tuesday, November 19, 2019 at 3:45 PM EST`, and day
 * first: `19 November 2019`, RFC 2822's `Wed, 04 May 2022 02:41:00 GMT`.
 */
const MONTH_FIRST =
  /^(?:([A-Za-z]{3,9})\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\S.*))?$/;
const DAY_FIRST =
  /^(?:([A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\S.*))?$/;

/**
 * A time of day: hours, minutes, optional seconds and fraction, `AM`/`PM` (12-hour clock), then
 * an optional zone after an optional space: `Z`, an offset (`+05:00`, `+0500`, `+05`) or an
 * abbreviation (ZONES).
 */
const TIME =
  /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?: ?([AaPp])\.?[Mm]\.?)?(?: ?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?|([A-Za-z]{2,5})))?$/;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
}; // prettier-ignore

/** Weekdays as `getUTCDay()` numbers them. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
}; // prettier-ignore

/**
 * Zone abbreviations and their offsets in minutes: RFC 2822's (UT, GMT and the North American
 * ones: EST is UTC-5, CST UTC-6, and so on) and the common unambiguous ones of Europe, Africa,
 * Asia and Oceania. IST is India (UTC+5:30). Refused because they name several zones: BST
 * (British or Bangladesh), AST and ADT (Atlantic or Arabia), GST (Gulf or South Georgia), SST,
 * ECT, AMT, CCT; so is any abbreviation not listed here.
 */
const ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120,
  EET: 120, EEST: 180, MSK: 180, WAT: 60, CAT: 120, SAST: 120, EAT: 180, IDT: 180, PKT: 300,
  IST: 330, NPT: 345, ICT: 420, WIB: 420, HKT: 480, SGT: 480, AWST: 480, JST: 540, KST: 540,
  ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, HST: -600, AKST: -540,
  AKDT: -480, PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300,
  EDT: -240, NST: -210, NDT: -150,
}; // prettier-ignore

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since the epoch of a UTC wall-clock time; valid for years 0 to 99 too. */
function utc(
  year: number,
  month: number,
  day: number,
  h: number,
  m: number,
  s: number,
  ms: number,
) {
  const date = new Date(0);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(h, m, s, ms);
  return date.getTime();
}

/** A calendar date read from one of the patterns, before its time of day. */
interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday?: string;
  /** What follows the date: a time of day. */
  readonly rest?: string;
  /** ISO 8601 only: the time must be written as ISO writes it (two-digit hour, 24-hour clock). */
  readonly strict: boolean;
}

function readDay(value: string): Day | undefined {
  let match = ISO.exec(value);
  if (match !== null) {
    const [, y, mo, d, rest] = match;
    return { year: Number(y), month: Number(mo), day: Number(d), rest, strict: true };
  }
  match = SLASHED.exec(value);
  if (match !== null) {
    const [, y, mo, d, rest] = match;
    return { year: Number(y), month: Number(mo), day: Number(d), rest, strict: false };
  }
  match = MONTH_FIRST.exec(value);
  if (match !== null) {
    const [, weekday, month = '', d, y, rest] = match;
    const number = MONTHS[month.toLowerCase()];
    if (number === undefined) return undefined;
    return { year: Number(y), month: number, day: Number(d), weekday, rest, strict: false };
  }
  match = DAY_FIRST.exec(value);
  if (match !== null) {
    const [, weekday, d, month = '', y, rest] = match;
    const number = MONTHS[month.toLowerCase()];
    if (number === undefined) return undefined;
    return { year: Number(y), month: number, day: Number(d), weekday, rest, strict: false };
  }
  return undefined;
}

/** A time of day and its zone, or undefined when it is not one (or not a possible one). */
function readTime(rest: string, strict: boolean) {
  const match = TIME.exec(rest);
  if (match === null) return undefined;
  const [, h = '', mi = '', s, fraction, meridiem, z, sign, oh, om, abbreviation] = match;
  if (strict && (h.length !== 2 || meridiem !== undefined)) return undefined;
  let hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  // Leap seconds and 24:00 are left out: Date cannot represent the first, and the second is
  // rarer in CMS output than the confusion it would cause.
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));

  let offset = 0; // minutes east of UTC
  let zone = '';
  if (z !== undefined) zone = 'Z';
  else if (sign !== undefined && oh !== undefined) {
    const offsetHours = Number(oh);
    const offsetMins = om === undefined ? 0 : Number(om);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
    zone = `${sign}${oh}:${pad(offsetMins)}`;
  } else if (abbreviation !== undefined) {
    const known = ZONES[abbreviation.toUpperCase()];
    if (known === undefined) return undefined;
    offset = known;
    const size = Math.abs(known);
    zone =
      known === 0 ? 'Z' : `${known < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
  }

  // As written when it was ISO 8601 already; otherwise rebuilt on the 24-hour clock.
  let clock = strict ? `${h}:${mi}` : `${pad(hour)}:${mi}`;
  if (s !== undefined) clock += `:${s}`;
  if (s !== undefined && fraction !== undefined) clock += `.${fraction.slice(0, 3)}`;
  return { hour, minute, second, ms, offset, clock, zone };
}

/**
 * Validates a date or date-time string as publishers write it and returns it as ISO 8601:
 * - ISO 8601: `2024-04-30`, `2024-04-30T16:38:37+02:00`, with a space instead of `T` and before
 *   the zone (`2024-04-30 16:38:37 +02:00`), fractions of a second, offsets written `+02:00`,
 *   `+0200` or `+02`, `Z`, or a zone abbreviation (`2021-01-03T17:40:00EET`, see ZONES);
 * - `2024/04/30`, optionally with a time as above;
 * - English month names, full or abbreviated: `November 19, 2019`, `19 November 2019`,
 *   `Nov. 19, 2019`, with an optional weekday in front and an optional time after (12- or 24-hour
 *   clock, optional zone), which includes RFC 2822 (`Wed, 04 May 2022 02:41:00 GMT`).
 * Impossible values (February 30, month 13, hour 25, offset minutes 60, a weekday that is not
 * the date's, an unknown or ambiguous zone) are rejected rather than rolled over as Date would,
 * as is every other format (`05/04/2022` could be April or May). A date-time without a zone is
 * read as UTC, so results never depend on the machine's time zone. `iso` is the same moment in
 * a form `<time datetime>` accepts (zone as `Z` or `+HH:MM`, at most three fraction digits).
 */
export function parseDate(value: unknown): DateValue | undefined {
  if (typeof value !== 'string') return undefined;
  const found = readDay(value.trim());
  if (found === undefined) return undefined;
  const { year, month, day, weekday, rest, strict } = found;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const midnight = utc(year, month, day, 0, 0, 0, 0);
  if (weekday !== undefined) {
    const number = WEEKDAYS[weekday.toLowerCase()];
    if (number === undefined || new Date(midnight).getUTCDay() !== number) return undefined;
  }
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (rest === undefined) return { iso: date, time: midnight, hasTime: false };

  const time = readTime(rest, strict);
  if (time === undefined) return undefined;
  const { hour, minute, second, ms, offset, clock, zone } = time;
  const instant = utc(year, month, day, hour, minute, second, ms) - offset * 60_000;
  return { iso: `${date}T${clock}${zone}`, time: instant, hasTime: true };
}
