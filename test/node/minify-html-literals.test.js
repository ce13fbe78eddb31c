import assert from 'node:assert/strict';
import test from 'node:test';
import { minifyHtmlLiterals } from '../../scripts/minify-html-literals.js';

test('collapses line-break runs in html literals, nested ones included', () => {
  const code =
    'const a = html`<div\n   class="x">\n  ${b ? html`<p>\n   hi ${"}"} </p>` : c}\n</div>`;';
  assert.equal(
    minifyHtmlLiterals(code),
    'const a = html`<div class="x"> ${b ? html`<p> hi ${"}"} </p>` : c} </div>`;',
  );
});

test('leaves other template literals, strings and expressions alone', () => {
  const code = [
    'const css = `a\n   b`;',
    'const t = html`<p>${`keep\n   this`} ${"a\\n  b"} ${x.html`no\n  touch`}</p>`;',
    'const y = obj.html`not\n  ours`;',
  ].join('\n');
  assert.equal(
    minifyHtmlLiterals(code),
    [
      'const css = `a\n   b`;',
      'const t = html`<p>${`keep\n   this`} ${"a\\n  b"} ${x.html`no\n  touch`}</p>`;',
      'const y = obj.html`not\n  ours`;',
    ].join('\n'),
  );
});

test('keeps single spaces and escapes, and ignores html` in comments', () => {
  const code = '// see html`x\n  y`\n/* html`z\n  w` */\nconst a = html`<b>a</b> <i>\\`b\\`</i>`;';
  assert.equal(minifyHtmlLiterals(code), code);
});

test('returns code without html literals unchanged', () => {
  assert.equal(minifyHtmlLiterals('const a = 1;\n'), 'const a = 1;\n');
});
