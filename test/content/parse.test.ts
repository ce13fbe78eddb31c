import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_DEPTH,
  MAX_JSON_BYTES,
  cleanValue,
  parseJson,
  parseJsonText,
  repairJson,
} from '../../src/content/parse.js';
import { ContentError } from '../../src/content/types.js';
import { growsLinearly } from '../fixtures/timing.js';

/** The ContentError that `run` throws; fails the test when it throws nothing or something else. */
function thrown(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, nothing was thrown');
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const nestedValue = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { child: value };
  return value;
};

/** JSON.parse without the keys parseJson drops, as the reference result. */
const reference = (text: string) =>
  JSON.parse(text, (key, value: unknown) =>
    ['__proto__', 'constructor', 'prototype'].includes(key) ? undefined : value,
  ) as unknown;

/** Whether Object.prototype gained a property from the content. */
const polluted = () => ({}) as Record<string, unknown>;

afterEach(() => {
  // A test that polluted the prototype must not hide it from the next one.
  expect(polluted()['polluted']).to.equal(undefined);
});

describe('parseJson', () => {
  it('parses objects, arrays and primitives', () => {
    expect(parseJson('{"headline": "Hi", "n": [1, 2.5, true, null]}')).to.deep.equal({
      headline: 'Hi',
      n: [1, 2.5, true, null],
    });
    expect(parseJson('[]')).to.deep.equal([]);
    expect(parseJson(' "text" ')).to.equal('text');
  });

  it('accepts a leading byte order mark', () => {
    expect(parseJson('\uFEFF{"a": 1}')).to.deep.equal({ a: 1 });
  });

  it('reports syntax errors as INVALID_JSON with a short human message', () => {
    for (const text of ['', '{', "{'a': 1}", '{"a": 1,,}', 'undefined', '<html>', '{"a": 1} x']) {
      const error = thrown(() => parseJson(text));
      expect(error.code, text).to.equal('INVALID_JSON');
      expect(error.message).to.equal('The content is not valid JSON.');
    }
  });

  it('accepts a document of exactly MAX_JSON_BYTES and refuses one byte more', () => {
    const exact = `"${'a'.repeat(MAX_JSON_BYTES - 2)}"`;
    expect((parseJson(exact) as string).length).to.equal(MAX_JSON_BYTES - 2);
    expect(thrown(() => parseJson(`${exact} `)).code).to.equal('TOO_LARGE');
  });

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    // 3 bytes a character: 400 000 characters are 1.2 MB although the string is shorter.
    expect(thrown(() => parseJson(`"${'€'.repeat(400_000)}"`)).code).to.equal('TOO_LARGE');
    // 4 bytes per astral character, two units each.
    expect(thrown(() => parseJson(`"${'😀'.repeat(262_144)}"`)).code).to.equal('TOO_LARGE');
    expect(parseJson(`"${'€'.repeat(349_000)}"`)).to.have.length(349_000);
  });

  it(`refuses nesting deeper than MAX_DEPTH (${MAX_DEPTH}) as TOO_LARGE`, () => {
    expect(parseJson(nested(MAX_DEPTH))).to.be.an('array');
    const error = thrown(() => parseJson(nested(MAX_DEPTH + 1)));
    expect(error.code).to.equal('TOO_LARGE');
    expect(error.message).to.equal('The content is nested too deeply.');
    expect(thrown(() => parseJson(`{"a":${nested(500_000)}}`)).code).to.equal('TOO_LARGE');
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = JSON.stringify({ a: '[[[[{{{{'.repeat(100), b: 'quote \\" [[[[['.repeat(50) });
    expect(parseJson(text)).to.deep.equal(JSON.parse(text));
  });

  it('drops __proto__, constructor and prototype keys at every level', () => {
    const value = parseJson(
      '{"__proto__": {"polluted": 1}, "a": {"constructor": {"prototype": {"polluted": 1}}, "ok": 1},' +
        ' "list": [{"__proto__": {"polluted": 1}, "name": "x"}]}',
    ) as Record<string, unknown>;
    expect(value).to.deep.equal({ a: { ok: 1 }, list: [{ name: 'x' }] });
    expect(Object.getOwnPropertyNames(value)).to.have.members(['a', 'list']);
    // No prototype at all: a field the content lacks cannot be inherited from a polluted page.
    expect(Object.getPrototypeOf(value)).to.equal(null);
    // The usual ways of merging the result must not reach Object.prototype either.
    const merged: Record<string, unknown> = Object.assign({}, value, { ...value });
    expect(merged['polluted']).to.equal(undefined);
    expect(polluted()['polluted']).to.equal(undefined);
  });

  it('reads no field from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['headline'] = 'POLLUTED';
    try {
      const parsed = parseJson('{"a": {}}') as Record<string, Record<string, unknown>>;
      const cleaned = cleanValue({ a: {} }) as Record<string, Record<string, unknown>>;
      for (const value of [parsed, cleaned]) {
        expect(value['headline']).to.equal(undefined);
        expect(value['a']?.['headline']).to.equal(undefined);
      }
    } finally {
      delete proto['headline'];
    }
  });

  it('round-trips any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        expect(JSON.stringify(parseJson(text))).to.equal(JSON.stringify(reference(text)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('cleanValue', () => {
  it('returns a deep copy made of plain objects, arrays and primitives', () => {
    const source = { headline: 'Hi', author: { name: 'A' }, tags: ['a', 1, true, null] };
    const copy = cleanValue(source) as typeof source;
    expect(copy).to.deep.equal(source);
    expect(copy).not.to.equal(source);
    expect(copy.author).not.to.equal(source.author);
    expect(copy.tags).not.to.equal(source.tags);
  });

  it('shares the unchanged parts of an earlier copy, and only those', () => {
    const page = (second: string, extra: Record<string, unknown> = {}) => ({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'One?', acceptedAnswer: { text: 'A.' } },
        { '@type': 'Question', name: 'Two?', acceptedAnswer: { text: second } },
        { '@type': 'Question', name: 'Three?', acceptedAnswer: { text: 'C.' }, ...extra },
      ],
    });
    type Copy = { mainEntity: { acceptedAnswer: object }[] };
    const first = cleanValue(page('B.')) as Copy;
    // Equal everywhere: the earlier copy itself.
    expect(cleanValue(page('B.'), first)).to.equal(first);
    const second = cleanValue(page('B, corrected.'), first) as Copy;
    expect(second).not.to.equal(first);
    expect(second.mainEntity).not.to.equal(first.mainEntity);
    expect(second.mainEntity[0]).to.equal(first.mainEntity[0]);
    expect(second.mainEntity[1]).not.to.equal(first.mainEntity[1]);
    expect(second.mainEntity[1]!.acceptedAnswer).to.deep.equal({ text: 'B, corrected.' });
    expect(second.mainEntity[2]).to.equal(first.mainEntity[2]);
    // A key more or less, or a function left out, is a difference or none as JSON would see it.
    const added = cleanValue(page('B.', { id: 'three' }), first) as Copy;
    expect(added.mainEntity[2]).not.to.equal(first.mainEntity[2]);
    expect(added.mainEntity[2]).to.deep.equal({ ...page('B.').mainEntity[2], id: 'three' });
    const ignored = cleanValue(page('B.', { fn: () => 1, __proto__x: undefined }), first) as Copy;
    expect(ignored.mainEntity[2]).to.equal(first.mainEntity[2]);
    const removed = cleanValue(
      { ...page('B.'), mainEntity: page('B.').mainEntity.slice(0, 2) },
      first,
    );
    expect((removed as Copy).mainEntity).to.have.length(2);
    expect((removed as Copy).mainEntity[0]).to.equal(first.mainEntity[0]);
    // Caps still hold whatever is shared.
    expect(() => cleanValue({ ...page('B.'), big: 'x'.repeat(MAX_JSON_BYTES) }, first))
      .to.throw(ContentError)
      .with.property('code', 'TOO_LARGE');
  });

  it('gives the same copy with or without an earlier one (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const earlier = cleanValue(a);
        expect(cleanValue(b, earlier)).to.deep.equal(cleanValue(b));
        expect(cleanValue(a, earlier)).to.equal(earlier);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out what JSON cannot hold, keeping array positions', () => {
    const value = cleanValue({
      fn: () => 1,
      sym: Symbol('s'),
      undef: undefined,
      big: 10n,
      list: [() => 1, 'kept', undefined, Symbol('s')],
      nan: NaN,
      inf: -Infinity,
    });
    expect(value).to.deep.equal({ list: [null, 'kept', null, null], nan: null, inf: null });
  });

  it('turns Dates into ISO strings and URLs into their href; drops invalid Dates', () => {
    expect(
      cleanValue({
        datePublished: new Date(Date.UTC(2024, 0, 5, 14, 30)),
        bad: new Date('nope'),
        url: new URL('https://news.example/a?b=1'),
      }),
    ).to.deep.equal({
      datePublished: '2024-01-05T14:30:00.000Z',
      url: 'https://news.example/a?b=1',
    });
  });

  it('drops class instances, Maps and Sets; keeps null-prototype objects', () => {
    class Author {
      name = 'A';
    }
    const bare = Object.create(null) as Record<string, unknown>;
    bare['name'] = 'B';
    expect(
      cleanValue({ a: new Author(), m: new Map([['k', 1]]), s: new Set([1]), bare, re: /x/ }),
    ).to.deep.equal({ bare: { name: 'B' } });
    const copied = (cleanValue({ bare }) as { bare: object }).bare;
    expect(Object.getPrototypeOf(copied)).to.equal(null);
  });

  it('strips prototype keys, even own enumerable __proto__ properties', () => {
    const hostile: Record<string, unknown> = { name: 'x' };
    Object.defineProperty(hostile, '__proto__', {
      value: { polluted: 1 },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    hostile['constructor'] = { prototype: { polluted: 1 } };
    const fromJson = JSON.parse('{"__proto__": {"polluted": 1}, "inner": {"prototype": 1}}');
    const value = cleanValue({ hostile, fromJson }) as Record<string, Record<string, unknown>>;
    expect(value).to.deep.equal({ hostile: { name: 'x' }, fromJson: { inner: {} } });
    expect(Object.getOwnPropertyNames(value['hostile'])).to.deep.equal(['name']);
    expect(Object.getPrototypeOf(value['fromJson'])).to.equal(null);
    expect(polluted()['polluted']).to.equal(undefined);
  });

  it('refuses nesting deeper than MAX_DEPTH as TOO_LARGE', () => {
    expect(cleanValue(nestedValue(MAX_DEPTH))).to.deep.equal(nestedValue(MAX_DEPTH));
    expect(thrown(() => cleanValue(nestedValue(MAX_DEPTH + 1))).code).to.equal('TOO_LARGE');
    expect(thrown(() => cleanValue(nestedValue(100_000))).code).to.equal('TOO_LARGE');
  });

  it('refuses content estimated over MAX_JSON_BYTES as TOO_LARGE', () => {
    expect(thrown(() => cleanValue({ text: 'a'.repeat(MAX_JSON_BYTES) })).code).to.equal(
      'TOO_LARGE',
    );
    const many = Array.from({ length: 200_000 }, () => 'word');
    expect(thrown(() => cleanValue(many)).code).to.equal('TOO_LARGE');
  });

  it('refuses a small graph of shared references that expands past the limit', () => {
    let value: unknown = ['leaf'];
    for (let i = 0; i < 40; i++) value = [value, value]; // 2^40 leaves if copied naively
    expect(thrown(() => cleanValue(value)).code).to.equal('TOO_LARGE');
  });

  it('copies a shared (non-circular) reference twice', () => {
    const author = { name: 'A' };
    expect(cleanValue({ author, editor: author })).to.deep.equal({ author, editor: author });
  });

  it('refuses circular structures as INVALID_CONTENT', () => {
    const loop: Record<string, unknown> = { name: 'x' };
    loop['self'] = { again: loop };
    expect(thrown(() => cleanValue(loop)).code).to.equal('INVALID_CONTENT');
  });

  it('turns a throwing getter into INVALID_CONTENT instead of escaping', () => {
    const value = {
      get headline(): string {
        throw new TypeError('boom');
      },
    };
    const error = thrown(() => cleanValue(value));
    expect(error.code).to.equal('INVALID_CONTENT');
    expect(error.message).to.equal('The content could not be read.');
  });

  it('gives null for a top-level value JSON cannot hold', () => {
    expect(cleanValue(undefined)).to.equal(null);
    expect(cleanValue(() => 1)).to.equal(null);
    expect(cleanValue('text')).to.equal('text');
  });

  it('counts the length of a sparse array, not only its items', () => {
    // Holes are written as null: 2,000,000 of them are over 1 MB although no item is present.
    const holes: unknown[] = [];
    holes.length = 2_000_000;
    expect(thrown(() => cleanValue({ items: holes })).code).to.equal('TOO_LARGE');
    // A length of a billion is refused before any hole is visited.
    const huge: unknown[] = [];
    huge.length = 1e9;
    expect(thrown(() => cleanValue(huge)).code).to.equal('TOO_LARGE');
    const small: unknown[] = ['a'];
    small.length = 3;
    expect(cleanValue(small)).to.deep.equal(['a', null, null]);
  });

  it('agrees with parseJson(JSON.stringify(value)) for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(JSON.stringify(cleanValue(value))).to.equal(
          JSON.stringify(parseJson(JSON.stringify(value))),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseJsonText: almost-JSON', () => {
  it('parses strict JSON without repair', () => {
    expect(parseJsonText('{"a": [1, 2]}')).to.deep.equal({ data: { a: [1, 2] }, repaired: false });
  });

  it('repairs raw newlines, tabs and control characters inside strings', () => {
    const text = '{"articleBody": "First line\nsecond\tline\r\u0001", "headline": "עברית\n"}'
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t')
      .replace(/\\r/g, '\r')
      .replace(/\\u0001/g, '\u0001');
    expect(text).to.include('\n'); // a raw newline, as published
    const { data, repaired } = parseJsonText(text);
    expect(repaired).to.equal(true);
    expect(data).to.deep.equal({
      articleBody: 'First line\nsecond\tline\r\u0001',
      headline: 'עברית\n',
    });
  });

  it('removes trailing commas and a bare comma before } or ]', () => {
    expect(parseJsonText('{"a": [1, 2, ], "b": {"c": 1,\n}, }').data).to.deep.equal({
      a: [1, 2],
      b: { c: 1 },
    });
    expect(parseJsonText('{ , }')).to.deep.equal({ data: {}, repaired: true });
    expect(parseJsonText('[1,]').data).to.deep.equal([1]);
    // Commas inside strings are text, never touched.
    expect(parseJsonText('{"a": "x, }", }').data).to.deep.equal({ a: 'x, }' });
  });

  it('keeps INVALID_JSON for what the repair does not cover', () => {
    for (const text of ["{'a': 1}", '{"a": 1,,}', '[1,,2]', '{"a": 1} x', '{a: 1,}', '{"a": "\n']) {
      expect(thrown(() => parseJsonText(text)).code, text).to.equal('INVALID_JSON');
    }
  });

  it('applies the same guards to repaired text', () => {
    const deep = '['.repeat(MAX_DEPTH + 1) + ','.padEnd(2, ' ') + ']'.repeat(MAX_DEPTH + 1);
    expect(thrown(() => parseJsonText(deep)).code).to.equal('TOO_LARGE');
    const big = `{"a": "${'x'.repeat(MAX_JSON_BYTES)}",}`;
    expect(thrown(() => parseJsonText(big)).code).to.equal('TOO_LARGE');
    const polluting = parseJsonText('{"__proto__": {"polluted": 1}, "constructor": 1, "b": 2,}');
    expect(polluting.repaired).to.equal(true);
    expect(Object.keys(polluting.data as object)).to.deep.equal(['b']);
    expect(Object.getPrototypeOf(polluting.data)).to.equal(null);
  });

  it('parseJson returns the repaired data too', () => {
    expect(parseJson('{"a": 1,}')).to.deep.equal({ a: 1 });
  });

  it('repairJson changes nothing else and says when there was nothing to repair', () => {
    expect(repairJson('{"a": [1, 2]}')).to.equal(undefined);
    expect(repairJson('{"a": "x\\"y",}')).to.equal('{"a": "x\\"y"}');
  });

  it('repairs any JSON value written with trailing commas and raw newlines (property)', () => {
    /** Writes JSON as a careless CMS template would. */
    const sloppy = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map(sloppy).join(',')},]`;
      if (value !== null && typeof value === 'object') {
        const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${sloppy(v)}`);
        return `{${members.join(',')}${members.length ? ',' : ''}\n}`;
      }
      return typeof value === 'string'
        ? // Escapes are read in pairs, so the `n` of an escaped backslash is left alone.
          JSON.stringify(value).replace(/\\./g, (escape) => (escape === '\\n' ? '\n' : escape))
        : JSON.stringify(value);
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const { data } = parseJsonText(sloppy(value));
        expect(JSON.stringify(data)).to.equal(JSON.stringify(parseJson(JSON.stringify(value))));
      }),
      { numRuns: 500 },
    );
  });

  it('repairs in time linear in the length (no quadratic look-ahead)', () => {
    // Each faulty text at 800,000 characters (under the 1 MB cap) against the same text at an
    // eighth of that: long enough that the small run is not lost in timer and GC noise.
    for (const faulty of [
      (n: number) => `[${'1,'.repeat(n / 2)}]`,
      (n: number) => `[${'{"a": [1, ], },'.repeat(n / 16)}0]`,
      (n: number) => `["${'\n'.repeat(n)}"]`,
      (n: number) => `[1,${' '.repeat(n)}]`,
    ]) {
      expect(repairJson(faulty(16))).to.be.a('string');
      const { large, bound } = growsLinearly((n) => parseJsonText(faulty(n)), 800_000, 100);
      expect(large).to.be.below(bound);
    }
  });
});
