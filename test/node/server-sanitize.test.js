// The server's rich-text sanitizer in plain Node, with no DOM anywhere: exact outputs, no global
// left behind, deep nesting and 1 MB inputs in time linear in their length (a ratio against a
// smaller input in the same run, never an absolute limit). Equality with the browser's
// sanitizer is proven in test/server-sanitize.test.ts, in all three engines.
// Runs against the built modules: `npx tsc -p tsconfig.build.json` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeHtml } from '../../dist/lib/server/sanitize-html.js';
import { fastest } from './fixtures/timing.js';

const BASE = 'https://news.example/2024/story.html';

/**
 * Time at `size` against 32 times the time at `size / 8`: linear work grows 8 times, quadratic
 * 64 times; parse5 itself grows a little faster than 8 times between 128 KB and 1 MB (about 17
 * to 25 times, string building in its tokenizer), so the bound sits between the two classes.
 */
function assertLinear(make, size, label) {
  const small = make(Math.floor(size / 8));
  const large = make(size);
  const smallMs = fastest(() => sanitizeHtml(small, 2, BASE));
  const largeMs = fastest(() => sanitizeHtml(large, 2, BASE));
  const bound = smallMs * 32 + 50;
  console.log(
    `${label}: ${large.length} chars ${largeMs.toFixed(1)} ms, 1/8 ${smallMs.toFixed(1)} ms`,
  );
  assert.ok(largeMs <= bound, `${label}: ${largeMs.toFixed(1)} ms > ${bound.toFixed(1)} ms`);
}

const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('sanitizeHtml in Node', () => {
  it('runs without any DOM and leaves no global behind', () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    sanitizeHtml('<p onclick="x">a <b>b</b><svg><script>alert(1)</script></svg></p>', 2, BASE);
    assert.equal(globalThis.document, undefined);
    assert.equal(globalThis.window, undefined);
    assert.equal(globalThis.DOMParser, undefined);
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    assert.deepEqual(added, []);
  });

  it('gives exact outputs', () => {
    assert.equal(
      sanitizeHtml(
        '<h1 id="t">Top</h1><h3>Sub</h3><p class="x" onclick="alert(1)">A <b>b</b> ' +
          '<a href="/more" target="_blank">more</a> <a href="javascript:alert(1)">no</a></p>' +
          '<script>alert(1)</script><span>kept text</span><!-- gone -->',
        2,
        BASE,
      ),
      '<h3>Top</h3><h5>Sub</h5><p>A <b>b</b> <a href="/more" rel="noopener noreferrer">more</a> ' +
        '<a>no</a></p>kept text',
    );
    assert.equal(
      sanitizeHtml('Tom &amp; Jerry &lt;3&nbsp;1 < 2', 0, BASE),
      'Tom &amp; Jerry &lt;3&nbsp;1 &lt; 2',
    );
    assert.equal(
      sanitizeHtml('  <ul><li>one<li>two</ul>', 0, BASE),
      '  <ul><li>one</li><li>two</li></ul>',
    );
    assert.equal(
      sanitizeHtml('<a href=" https://a.example/?q=&quot;x&quot;&amp;y ">q</a>', 0, BASE),
      '<a href="https://a.example/?q=&quot;x&quot;&amp;y" rel="noopener noreferrer">q</a>',
    );
    // DOMPurify's removals beyond the allowlist: a clobbered form, `is`, markup-like text.
    assert.equal(sanitizeHtml('<form>x<input name="attributes"></form>y', 0, BASE), 'y');
    assert.equal(sanitizeHtml('<form>x<input name="q"></form>y', 0, BASE), 'xy');
    assert.equal(sanitizeHtml('<p is="x">gone</p><p>&lt;b&gt;<!--c--></p>ok', 0, BASE), 'ok');
    assert.equal(sanitizeHtml('<frameset><frame></frameset>', 0, BASE), '');
  });

  it('returns plain text unchanged (the caller escapes it)', () => {
    assert.equal(sanitizeHtml('Plain > "text"', 2, BASE), 'Plain > "text"');
  });

  it('resolves links against the base URL and refuses a bad base or heading base', () => {
    assert.equal(sanitizeHtml('<a href="x">x</a>', 0, 'file:///tmp/a.html'), '<a>x</a>');
    assert.throws(() => sanitizeHtml('<b>x</b>', 0, 'not a url'), TypeError);
    assert.throws(() => sanitizeHtml('<b>x</b>', Number.NaN, BASE), RangeError);
  });

  it('handles 100,000 nested elements, without recursion', () => {
    const nested = '<b>'.repeat(100_000) + 'x' + '</b>'.repeat(100_000);
    // Cut after MAX_FIELD_ELEMENTS (10,000) start tags, as in the browser.
    assert.equal(sanitizeHtml(nested, 0, BASE), '<b>'.repeat(10_000) + '</b>'.repeat(10_000));
    const unwrapped = '<span>'.repeat(100_000) + 'x';
    assert.equal(sanitizeHtml(unwrapped, 0, BASE), '');
    assert.equal(sanitizeHtml('<div>'.repeat(9_999) + 'x', 0, BASE), 'x');
  });

  it('takes time linear in the length of 1 MB inputs', () => {
    const MB = 1 << 20;
    // Shapes with fewer than MAX_FIELD_ELEMENTS tags at 1 MB, so that nothing is cut.
    const paragraph = `<p>${fill('Some words &amp; more, ', 400)} <b>bold</b> <a href="/x">link</a></p>`;
    assertLinear((n) => fill(paragraph, n), MB, 'prose');
    assertLinear((n) => fill('a < b &lt; ', n), MB, 'stray <');
    assertLinear((n) => '<p>' + fill('x', n) + '<!--', MB, 'one text node and a comment');
    assertLinear((n) => '<i>'.repeat(9_000) + fill('x ', n), MB, '9,000 nested, then text');
    assertLinear((n) => '<form>' + fill('x ', n) + '<input name=attributes>', MB, 'form');
    assertLinear((n) => '<a href="' + fill('/x', n) + '">y</a>', MB, 'long href');
  });
});
