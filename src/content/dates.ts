import type { DateValue } from './types.js';

/**
 * ISO 8601 as schema.org and CMSes write it: a calendar date, optionally followed by `T` (or a
 * space, as SQL dumps write it) and a time of day with minutes, optional seconds and fraction,
 * and an optional zone (`Z`, `+05:00`, `+0500` or `+05`).
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

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

/**
 * Validates an ISO 8601 date or date-time string. Impossible values (February 30, month 13,
 * hour 25, offset minutes 60) are rejected rather than rolled over as Date would. A date-time
 * without a zone is read as UTC, so results never depend on the machine's time zone. `iso` is
 * the same moment, written as it was given but in a form `<time datetime>` accepts (zone as
 * `Z` or `+HH:MM`, at most three fraction digits).
 */
export function parseDate(value: unknown): DateValue | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, z, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) {
    return { iso: date, time: utc(year, month, day, 0, 0, 0, 0), hasTime: false };
  }

  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  // Leap seconds and 24:00 are left out: Date cannot represent the first, and the second is
  // rarer in CMS output than the confusion it would cause.
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));

  let offsetMinutes = 0;
  let zone = '';
  if (z !== undefined) zone = 'Z';
  else if (sign !== undefined && oh !== undefined) {
    const offsetHours = Number(oh);
    const offsetMins = om === undefined ? 0 : Number(om);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
    zone = `${sign}${oh}:${pad(offsetMins)}`;
  }

  let clock = `${h}:${mi}`;
  if (s !== undefined) clock += `:${s}`;
  if (s !== undefined && fraction !== undefined) clock += `.${fraction.slice(0, 3)}`;
  const time = utc(year, month, day, hour, minute, second, ms) - offsetMinutes * 60_000;
  return { iso: `${date}T${clock}${zone}`, time, hasTime: true };
}
