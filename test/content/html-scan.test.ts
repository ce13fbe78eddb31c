import { expect } from '@open-wc/testing';
import { inertMarkup, startTags } from '../../src/content/html-scan.js';
import { createPurifier } from '../../src/rich-text/purify.js';
import { growsLinearly } from '../fixtures/timing.js';
import { vectors } from '../fixtures/xss-vectors.js';

/**
 * inertMarkup must not change what the sanitizer makes of any markup: the XSS corpus, CMS
 * shapes and random markup sanitize to the same HTML with and without it, in every engine.
 */
const purify = createPurifier(() => true, null);
const sanitized = (html: string) => {
  const container = document.createElement('div');
  container.append(purify(html));
  return container.innerHTML;
};

/** Shapes that rename something, and the tokenizer corners around them. */
const SHAPES = [
  '<p style="text-align:center">Centred</p>',
  '<p onclick="track()">Clicked</p><a href="/x" onmouseover=go() STYLE=\'color:red\'>link</a>',
  '<style>p { color: red }</style><p>After style</p>',
  '<p>a<style>x</noframes>b</style>c</p>',
  '<style><p style="</style><img src=x onerror=alert(1)>">',
  '<table><tr><td>a<style>td{}</style>b</td></tr></table>after',
  '<table><style>x</style><tr><td>c</td></tr></table>',
  '<p title="<p style=x>">q</p>',
  '<!-- <p style=x> --><p>t</p><!--> <p onclick=x>u</p>',
  '<script>var s = "<p style=x>";</script><p>v</p>',
  '<script><!--<script></script><p onclick=x>in</p></script><p>out</p>',
  '<textarea><p style=x></textarea><title><b onclick=x></title>w',
  '<p/style=x/onclick=y>z</p><p =style=1 x"style=2>y</p>',
  '</p style="><b onclick=x>"><i>k</i>',
  '<svg><style><p style=x>m</p></style></svg><math><style>n</style></math>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>',
  '<noscript><p style=x>ns</p></noscript><plaintext><p style=x>',
  '<select><style>s</style></select><xmp><p style=x></xmp>',
  '<p onclick="a>b" style=\'c>d\'>e</p><p style',
];

/** Random markup from pieces that steer the tokenizer, seeded so a failure repeats. */
function randomMarkup(seed: number, length: number): string {
  const pieces = [
    '<', '>', '</', '/', '=', '"', "'", ' ', '\n', 'p', 'b', 'a', 'style', 'STYLE', 'onclick',
    'noframes', 'script', 'svg', 'math', 'table', 'td', 'textarea', 'title', '<!--', '-->', '--!>',
    '<!', '<?', '<![CDATA[', ']]>', 'x', 'href', '&amp;', 'select', 'template', '-',
  ]; // prettier-ignore
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  let text = '';
  for (let i = 0; i < length; i++) text += pieces[next() % pieces.length] ?? '';
  return text;
}

describe('inertMarkup', () => {
  it('renames inline styles, handlers and style elements', () => {
    expect(inertMarkup('<p style="a" onclick=b>c</p>')).to.equal(
      '<p data-news-inert="a" data-news-inert=b>c</p>',
    );
    expect(inertMarkup('<STYLE media=x>p{}</Style >t')).to.equal(
      '<noframes media=x>p{}</noframes >t',
    );
    expect(inertMarkup('<p title="style=x">on</p>')).to.equal('<p title="style=x">on</p>');
    expect(inertMarkup('<!-- <p style=x> -->')).to.equal('<!-- <p style=x> -->');
  });

  it('leaves what the sanitizer makes unchanged, for every XSS vector and CMS shape', () => {
    const inputs = [...vectors.map((vector) => vector.payload), ...SHAPES];
    const changed = inputs.filter((html) => sanitized(inertMarkup(html)) !== sanitized(html));
    expect(changed).to.deep.equal([]);
  });

  it('leaves what the sanitizer makes unchanged for random markup', () => {
    const changed: string[] = [];
    for (let seed = 1; seed <= 3000; seed++) {
      const html = randomMarkup(seed, 40);
      if (sanitized(inertMarkup(html)) !== sanitized(html)) changed.push(html);
    }
    expect(changed.slice(0, 5)).to.deep.equal([]);
  });

  it('takes time linear in the markup for its worst shapes', () => {
    const shapes = [
      '<', '<a', '<a ', '<a b', '<a b=', '<a b="', '<!--', '<!-- --', '</', '<?', '<style>',
      '<style></', '<script><!--<script>', '<p style=x>', '-', '<a\n', '<!-x',
    ]; // prettier-ignore
    for (const shape of shapes) {
      const run = (size: number) => inertMarkup(shape.repeat(Math.ceil(size / shape.length)));
      // Slack for the garbage collector: a tag of 250,000 attributes allocates as many objects.
      const { large, bound } = growsLinearly(run, 1_000_000, 150);
      expect(large, shape).to.be.below(bound);
    }
  });

  it('reads quoted `>` and text-only elements as the tokenizer does', () => {
    const names = (html: string) => [...startTags(html)].map((tag) => tag.name);
    expect(names('<a title=">"><b>')).to.deep.equal(['a', 'b']);
    expect(names('<style><b></style><i>')).to.deep.equal(['style', 'i']);
    expect(names('<script><!--<script></script><b></script><i>')).to.deep.equal(['script', 'i']);
    expect(names('</x y="<b>"><i>')).to.deep.equal(['i']);
    expect(names('<p')).to.deep.equal([]);
  });
});
