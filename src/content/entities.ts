/**
 * HTML character references in plain-text fields (`Police&#8217;s`, `M&amp;A`, `&hellip;`), as
 * WordPress and other CMSes write them into JSON-LD. Decoded by string replacement alone: no
 * markup is parsed and no DOM node is made, so this runs in Node too.
 *
 * The rule:
 * - A reference ends in `;`: `&#8217;`, `&#x2019;`, or one of the HTML named references
 *   (`&rsquo;`). `AT&T`, `&copy` and `?a=1&b=2` stay as written.
 * - Numeric references follow the HTML standard: 0, surrogates and values past U+10FFFF become
 *   U+FFFD, and 128 to 159 are read as windows-1252 (`&#146;` is `’`), as browsers read them.
 * - A reference written with its `&` encoded (`&amp;#8217;`, `&amp;quot;`, `&amp;amp;`) is
 *   decoded as well: exactly one level more, never more. Text meant to show a literal `&amp;`
 *   is the rare case, and is written `&amp;amp;amp;`.
 * - An unknown name (`&foo;`) stays as written.
 *
 * The few dozen names CMSes really emit are known here. The rest of the HTML set (2,125 names)
 * is a separate module, loaded by loadEntityTable() only for content that needs it
 * (needsEntityTable()); until then those names stay as written.
 */
import { MAX_DEPTH } from './parse.js';

/** Names of U+00A0 to U+00FF, in order: Latin-1, which covers most European text. */
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc ' +
  'Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute ' +
  'THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave ' +
  'uacute ucirc uuml yacute thorn yuml';

/** Other names CMSes emit, with their code points in hexadecimal. */
const COMMON =
  'quot:22 amp:26 apos:27 lt:3c gt:3e OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 ' +
  'fnof:192 circ:2c6 tilde:2dc ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e ' +
  'rlm:200f ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d ' +
  'bdquo:201e dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 ' +
  'lsaquo:2039 rsaquo:203a euro:20ac trade:2122 larr:2190 rarr:2192 minus:2212';

function coreTable(): Map<string, string> {
  const table = new Map<string, string>();
  LATIN_1.split(' ').forEach((name, i) => table.set(name, String.fromCharCode(0xa0 + i)));
  for (const entry of COMMON.split(' ')) {
    const [name = '', hex = ''] = entry.split(':');
    table.set(name, String.fromCharCode(parseInt(hex, 16)));
  }
  return table;
}

const CORE: ReadonlyMap<string, string> = coreTable();

/** The full table once loadEntityTable() has loaded it. */
let fullTable: ReadonlyMap<string, string> | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the full HTML named-reference table (a separate chunk, about 9 KB gzip), after which
 * decoding knows every name. Safe to call more than once; Node callers may simply await it first.
 */
export function loadEntityTable(): Promise<void> {
  loading ??= import('./entity-table.js').then(
    (module) => {
      fullTable = module.ENTITY_TABLE;
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load may succeed later
      throw error;
    },
  );
  return loading;
}

/** Whether the full table is loaded (decoding then knows every HTML name). */
export function entityTableLoaded(): boolean {
  return fullTable !== undefined;
}

function named(name: string): string | undefined {
  return CORE.get(name) ?? fullTable?.get(name);
}

/** How browsers read numeric references 128 to 159 (HTML standard, windows-1252). */
const WINDOWS_1252 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function numeric(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252.charAt(code - 0x80);
  return String.fromCodePoint(code);
}

/**
 * One reference, its `&` optionally written as `&amp;`: decimal, hexadecimal or named. The
 * lengths are bounded, so each `&` costs a bounded look-ahead and the whole scan is linear.
 */
const REFERENCE = /&(amp;)?(?:#(?:[xX]([0-9a-fA-F]{1,8})|(\d{1,8}))|([A-Za-z][A-Za-z0-9]{0,31}));/g;

function replaceReference(
  match: string,
  doubled: string | undefined,
  hex: string | undefined,
  decimal: string | undefined,
  name: string | undefined,
): string {
  if (hex !== undefined) return numeric(parseInt(hex, 16));
  if (decimal !== undefined) return numeric(Number(decimal));
  const value = named(name ?? '');
  if (value !== undefined) return value;
  // `&amp;foo;` with an unknown name: only the `&amp;` is a reference.
  return doubled === undefined ? match : `&${match.slice(5)}`;
}

/** Decodes the character references of plain text (see the rule above). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, replaceReference) : text;
}

/** A named reference, directly or behind `&amp;`. */
const NAMED = /&(?:amp;)?([A-Za-z][A-Za-z0-9]{0,31});/g;

function needsTable(text: string): boolean {
  if (!text.includes('&')) return false;
  NAMED.lastIndex = 0;
  for (let match = NAMED.exec(text); match !== null; match = NAMED.exec(text)) {
    if (!CORE.has(match[1] ?? '')) return true;
  }
  return false;
}

/** Most values looked at by needsEntityTable: content over 1 MB is refused anyway. */
const MAX_VALUES = 200_000;

/**
 * Whether the raw parsed content holds a named reference the built-in names do not cover while
 * the full table is not loaded yet: then the caller awaits loadEntityTable() before
 * normalizing. A cheap scan of the strings (bounded depth and work, shared objects once).
 */
export function needsEntityTable(data: unknown): boolean {
  if (fullTable !== undefined) return false;
  const seen = new Set<object>();
  let budget = MAX_VALUES;
  const visit = (value: unknown, depth: number): boolean => {
    if (--budget < 0) return false;
    if (typeof value === 'string') return needsTable(value);
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || seen.has(value)) {
      return false;
    }
    seen.add(value);
    const items = Array.isArray(value) ? value : Object.values(value);
    for (const item of items) {
      if (budget < 0) return false;
      if (visit(item, depth + 1)) return true;
    }
    return false;
  };
  return visit(data, 0);
}

/** Names the HTML parser also reads without their `;`: all of Latin-1, and these. */
const LEGACY = new Set([...LATIN_1.split(' '), 'amp', 'lt', 'gt', 'quot']);
const LEGACY_UPPER = new Set(['AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']);

function legacy(name: string): string | undefined {
  if (LEGACY.has(name)) return CORE.get(name);
  return LEGACY_UPPER.has(name) ? CORE.get(name.toLowerCase()) : undefined;
}

/** A reference in an attribute value: numeric (`;` optional) or a run of letters and digits. */
const ATTRIBUTE_REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([A-Za-z0-9]+)(;?))/g;

/**
 * An attribute value decoded exactly as the HTML parser decodes it (the rule above is for text;
 * this is the parser's own, for attributes), or undefined when that needs the full table and it
 * is not loaded. In an attribute, a name read without `;` (`&copy`) is decoded unless a letter,
 * digit or `=` follows it (`?a=1&copy=2` stays as written), and the longest known name wins.
 */
export function decodeAttribute(value: string): string | undefined {
  if (!value.includes('&')) return value;
  let certain = true;
  const decoded = value.replace(
    ATTRIBUTE_REFERENCE,
    (match, hex?: string, decimal?: string, name?: string, semicolon?: string, at = 0) => {
      if (hex !== undefined) return numeric(parseInt(hex, 16));
      if (decimal !== undefined) return numeric(Number(decimal));
      const run = name ?? '';
      if (semicolon === ';') {
        const found = named(run);
        if (found !== undefined) return found;
        if (fullTable === undefined) certain = false;
      }
      // The longest name read without `;` (six letters at most) that starts the run.
      for (let length = Math.min(6, run.length); length >= 2; length--) {
        const found = legacy(run.slice(0, length));
        if (found === undefined) continue;
        // Followed by a letter or digit (the rest of the run) or `=`: not a reference.
        if (length < run.length || value.charAt(at + match.length) === '=') return match;
        return found;
      }
      return match;
    },
  );
  return certain ? decoded : undefined;
}
