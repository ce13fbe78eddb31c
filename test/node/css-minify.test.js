// The build's minifier of the content styles (scripts/minify-css-text.js), which are plain
// `@scope` template strings rather than Lit `css` literals: the minified text must mean exactly
// what the written text means. esbuild's own CSS minifier is the referee: both texts must
// minify to the same stylesheet. Runs on the built modules (npm run build first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { transform } from 'esbuild';
import { minifyCssTemplates, minifyCssText } from '../../scripts/minify-css-text.js';
import { articleContentCss } from '../../dist/lib/article/article-content.styles.js';
import { faqContentCss } from '../../dist/lib/faq/faq-content.styles.js';

const canonical = async (css) => (await transform(css, { loader: 'css', minify: true })).code;

test('the content styles mean the same minified', async () => {
  for (const css of [articleContentCss, faqContentCss]) {
    const minified = minifyCssText(css);
    assert.ok(minified.length < css.length * 0.85, `only ${css.length - minified.length} B saved`);
    assert.equal(await canonical(minified), await canonical(css));
  }
});

test('strings, comments and significant spaces survive', async () => {
  const css = `a :hover  >  b , c {
    content: ' (  ' attr(href) ' )';  /* a comment */
    width: calc(1px  +  2em);
    font: 1em/1.2  "Some  Font";
  }
  @media (scripting: none) and (min-width: 3em) { d   e { color: red; } }`;
  const minified = minifyCssText(css);
  assert.equal(
    minified,
    `a :hover>b,c{content:' (  ' attr(href) ' )';width:calc(1px + 2em);font:1em/1.2 "Some  Font"}@media (scripting: none) and (min-width: 3em){d e{color:red}}`,
  );
  assert.equal(await canonical(minified), await canonical(css));
});

test('only multi-line CSS template literals change, interpolations stay as written', () => {
  const source = readFileSync(new URL('../../src/base/content.styles.ts', import.meta.url), 'utf8');
  const minified = minifyCssTemplates(source);
  // The one-line `@scope (${root})${limit ? ` to (${limit})` : ''}` literal is code, not CSS text.
  assert.ok(minified.includes("`@scope (${root})${limit ? ` to (${limit})` : ''} {${rules}}`"));
  assert.ok(minified.length < source.length);
  const code = 'const a = `x ${`  y  `}`;\nconst b = `\n  p {  margin: 0;  }\n  ${a}  q { }`;';
  assert.equal(
    minifyCssTemplates(code),
    'const a = `x ${`  y  `}`;\nconst b = ` p{margin:0}${a} q{}`;',
  );
});
