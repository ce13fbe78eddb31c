import { ContentError } from './types.js';

/** Largest JSON document accepted, in UTF-8 bytes (SPEC section 7: "over 1 MB"). */
export const MAX_JSON_BYTES = 1_048_576;

/**
 * Deepest nesting of objects and arrays accepted (the outermost container is level 1).
 * Real schema.org JSON-LD stays under about ten levels; 64 leaves ample room for rich `body`
 * blocks while keeping every recursive walk (ours, the templates', structuredClone) far from
 * engine stack limits, so hostile input is refused before it can exhaust the stack.
 */
export const MAX_DEPTH = 64;

/** Keys that could reach an object's prototype when the value is later merged or spread. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const tooLarge = () => new ContentError('TOO_LARGE', 'The content is larger than 1 MB.');
const tooDeep = () => new ContentError('TOO_LARGE', 'The content is nested too deeply.');

/** UTF-8 length of a string, counted without allocating an encoded copy. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3; // includes lone surrogates, which encoders write as U+FFFD (3 bytes)
  }
  return bytes;
}

/**
 * Throws TOO_LARGE when brackets outside strings nest deeper than MAX_DEPTH. Done on the text
 * before JSON.parse because some engines' parsers, and any walk over the result, recurse.
 */
function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \ */) i++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (++depth > MAX_DEPTH) throw tooDeep();
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) depth--;
  }
}

/**
 * Objects of the model have no prototype, so a field the content lacks reads as undefined even on
 * a page that polluted Object.prototype (no inherited `headline` or `url` can leak into output).
 */
function withoutPrototype(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

/** JSON's white space. */
const WHITE_SPACE: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** How each control character is written inside a JSON string. */
const CONTROL_ESCAPES: readonly string[] = Array.from({ length: 0x20 }, (_, code) => {
  const short: Readonly<Record<number, string>> = {
    8: '\\b',
    9: '\\t',
    10: '\\n',
    12: '\\f',
    13: '\\r',
  };
  return short[code] ?? `\\u${code.toString(16).padStart(4, '0')}`;
});

/**
 * The JSON text with exactly the faults of almost-JSON that CMSes publish repaired, or undefined
 * when it has none of them: raw control characters inside strings (newlines, tabs; written as
 * escapes), and a comma before `}` or `]` (a trailing comma, or a bare `,` in `{,}`; removed).
 * One linear pass; the text is not otherwise changed, so what it still gets wrong stays an error.
 */
export function repairJson(text: string): string | undefined {
  let out = '';
  let kept = 0; // text before this index and not yet in `out` is unchanged
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \ */) i++;
      else if (code === 0x22 /* " */) inString = false;
      else if (code < 0x20) {
        out += text.slice(kept, i) + (CONTROL_ESCAPES[code] ?? '');
        kept = i + 1;
      }
    } else if (code === 0x22) inString = true;
    else if (code === 0x2c /* , */) {
      let next = i + 1;
      while (next < text.length && WHITE_SPACE.has(text.charCodeAt(next))) next++;
      const after = text.charCodeAt(next);
      if (after === 0x7d /* } */ || after === 0x5d /* ] */) {
        out += text.slice(kept, i);
        kept = i + 1;
      }
      i = next - 1; // the white space just skipped holds nothing to repair
    }
  }
  return kept === 0 ? undefined : out + text.slice(kept);
}

/** What parseJsonText read, and whether it had to repair the text first (REPAIRED_JSON). */
export interface ParsedJson {
  readonly data: unknown;
  readonly repaired: boolean;
}

function parseStrict(source: string): unknown {
  return JSON.parse(source, (key, value: unknown) =>
    FORBIDDEN_KEYS.has(key) ? undefined : withoutPrototype(value),
  ) as unknown;
}

/**
 * Parses untrusted JSON text. When strict JSON.parse fails, the faults repairJson() knows are
 * repaired and the text is parsed again: `repaired` tells the caller to report REPAIRED_JSON (a
 * warning; the content still renders). Throws ContentError TOO_LARGE (over MAX_JSON_BYTES, as
 * published, or MAX_DEPTH) or INVALID_JSON (not JSON even after the repair); drops `__proto__`,
 * `constructor` and `prototype` keys at every level.
 */
export function parseJsonText(text: string): ParsedJson {
  // UTF-8 never takes fewer bytes than UTF-16 code units, and at most three per unit, so only
  // strings in between need counting.
  if (text.length > MAX_JSON_BYTES) throw tooLarge();
  if (text.length * 3 > MAX_JSON_BYTES && utf8Length(text) > MAX_JSON_BYTES) throw tooLarge();
  // A byte order mark is invisible in an editor but a syntax error to JSON.parse.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  checkDepth(source);
  try {
    return { data: parseStrict(source), repaired: false };
  } catch {
    // tried below, repaired
  }
  // Repairs change no bracket, so checkDepth's verdict holds for the repaired text too.
  const repaired = repairJson(source);
  try {
    if (repaired !== undefined) return { data: parseStrict(repaired), repaired: true };
  } catch {
    // not JSON even so
  }
  throw new ContentError('INVALID_JSON', 'The content is not valid JSON.');
}

/**
 * parseJsonText's data alone, for callers that do not report repairs. Throws as parseJsonText.
 */
export function parseJson(text: string): unknown {
  return parseJsonText(text).data;
}

/** Walk state of cleanValue: an estimate of the serialized size, and the objects being copied. */
interface Walk {
  size: number;
  readonly ancestors: Set<object>;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  // Also accepts another realm's Object.prototype (an object made in an iframe).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Number of keys of an object without prototype (an earlier copy), without listing them. */
function keyCount(object: Record<string, unknown>): number {
  let count = 0;
  // Own keys only: the object has no prototype to inherit any from.
  for (const _key in object) count++;
  return count;
}

/**
 * Copies one value; undefined means "not representable in JSON, leave it out". `previous` is the
 * same place in an earlier copy: a part equal to it is that earlier object (see cleanValue).
 */
function copy(value: unknown, depth: number, walk: Walk, previous?: unknown): unknown {
  switch (typeof value) {
    case 'string':
      walk.size += value.length + 2;
      break;
    case 'number':
      walk.size += 8;
      if (!Number.isFinite(value)) return null; // as JSON.stringify does
      break;
    case 'boolean':
      walk.size += 5;
      break;
    case 'object':
      break;
    default:
      return undefined; // undefined, function, symbol, bigint
  }
  if (walk.size > MAX_JSON_BYTES) throw tooLarge();
  if (value === null || typeof value !== 'object') return value;

  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : value.toISOString();
  }
  if (value instanceof URL) return value.href;

  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) return undefined; // Map, Set, class instances, ...
  if (depth > MAX_DEPTH) throw tooDeep();
  if (walk.ancestors.has(value)) {
    throw new ContentError('INVALID_CONTENT', 'The content refers to itself in a loop.');
  }
  walk.ancestors.add(value);
  walk.size += 2;
  let result: unknown;
  if (isArray) {
    // Every position is written (null for a hole), so a sparse array's length counts in full:
    // `a.length = 1e9` is too large before its holes are walked.
    walk.size += (value as readonly unknown[]).length;
    if (walk.size > MAX_JSON_BYTES) throw tooLarge();
    const before = Array.isArray(previous) ? (previous as readonly unknown[]) : undefined;
    const items: unknown[] = [];
    let same = before?.length === (value as readonly unknown[]).length;
    for (const item of value as readonly unknown[]) {
      // Positions are kept (null, as JSON.stringify writes) so reported paths match the input.
      const copied = copy(item, depth + 1, walk, before?.[items.length]) ?? null;
      same &&= Object.is(copied, before![items.length]);
      items.push(copied);
    }
    result = same ? before : items;
  } else {
    // An earlier copy is ours: an object without prototype, safe to index with any key.
    const before =
      previous !== null && typeof previous === 'object' && !Array.isArray(previous)
        ? (previous as Record<string, unknown>)
        : undefined;
    const object = Object.create(null) as Record<string, unknown>; // see withoutPrototype
    let same = before !== undefined;
    let count = 0;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      walk.size += key.length + 4;
      const item = copy((value as Record<string, unknown>)[key], depth + 1, walk, before?.[key]);
      if (item === undefined) continue;
      object[key] = item;
      count++;
      same &&= key in before! && Object.is(before![key], item);
    }
    result = same && keyCount(before!) === count ? before : object;
  }
  walk.ancestors.delete(value);
  return result;
}

/**
 * Makes a safe deep copy of a value given through the `content` property: plain objects, arrays
 * and JSON primitives only (Dates become ISO strings, URLs their href, other objects and
 * functions are left out), without prototype keys. Throws ContentError TOO_LARGE when the
 * estimated JSON size exceeds MAX_JSON_BYTES or nesting exceeds MAX_DEPTH, and INVALID_CONTENT
 * for a circular structure or one whose getters throw.
 *
 * `previous`, an earlier result of cleanValue, is shared where equal: every object or array of
 * the copy that equals the one at the same place in `previous` is that object, so new content
 * that differs in one answer yields the same objects for everything else (which normalizing
 * then recognizes). The copies are never modified, so sharing them is safe.
 */
export function cleanValue(value: unknown, previous?: unknown): unknown {
  try {
    return copy(value, 1, { size: 0, ancestors: new Set() }, previous) ?? null;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    // A throwing getter or Proxy trap: the host's object, not ours to crash on.
    throw new ContentError('INVALID_CONTENT', 'The content could not be read.');
  }
}
