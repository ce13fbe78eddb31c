import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  loadSanitizer,
  renderRichText,
  sanitizerEngines,
  usesNativeSanitizer,
  type EngineRender,
} from '../src/rich-text/sanitize.js';
import { ALLOWED_TAGS, FORBID_CONTENTS } from '../src/rich-text/purify.js';
import { NATIVE_ALLOWED_TAGS, NATIVE_FORBID_CONTENTS } from '../src/rich-text/native.js';
import { closeFrames, openPage, renderedElements } from './fixtures/frame.js';
import { vectors } from './fixtures/xss-vectors.js';

/**
 * Rich text through the browser's HTML Sanitizer API (src/rich-text/native.ts) against DOMPurify
 * (src/rich-text/purify.ts), in this engine: where the engine has the API, both must render the
 * same DOM (text node boundaries included) for the XSS corpus, the rich-text cases of
 * test/sanitize.test.ts, DOMPurify's own removals and random HTML, at every heading base, except
 * the inputs knownDifference lists, where the native side must remove more. Where the engine has
 * no API (WebKit here), DOMPurify is what renders, and the built bundle requests its chunk only
 * there.
 *
 * The property run is seeded and the seed logged; replay with `?seed=N` in the page URL.
 */

const HAS_API =
  typeof (globalThis as { Sanitizer?: unknown }).Sanitizer === 'function' &&
  typeof (Document as unknown as { parseHTML?: unknown }).parseHTML === 'function';
const BASES = [0, 1, 2, 3, 4, 5, 6];
const RUNS = 2000;
const seedParam = new URLSearchParams(location.search).get('seed');
const SEED =
  seedParam !== null && Number.isSafeInteger(Number(seedParam))
    ? Number(seedParam)
    : Date.now() % 0x7fffffff;
const KEPT = new Set<string>(ALLOWED_TAGS);
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** The tree as a string: every node, text node boundaries and attribute order included. */
function dump(root: Node): string {
  let out = '';
  for (const child of root.childNodes) {
    if (child instanceof Text) out += JSON.stringify(child.data);
    else if (child instanceof Element) {
      const attributes = [...child.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`);
      out += `<${child.localName}${attributes.join('')}>${dump(child)}</>`;
    } else out += `?${child.nodeType}`;
  }
  return out;
}

/** Nothing but kept elements, `href` and `rel`, and hrefs with a safe protocol. */
function assertInert(fragment: DocumentFragment, context: string): void {
  for (const element of fragment.querySelectorAll('*')) {
    expect(KEPT.has(element.localName), `${context}: <${element.localName}>`).to.equal(true);
    expect(element.namespaceURI).to.equal('http://www.w3.org/1999/xhtml');
    expect(element.shadowRoot, context).to.equal(null);
    for (const attribute of element.attributes) {
      const where = `${context}: ${element.localName}[${attribute.name}]`;
      expect(['href', 'rel'], where).to.include(attribute.name);
      if (attribute.name === 'href') {
        expect(SAFE_PROTOCOLS, where).to.include(new URL(attribute.value, document.baseURI).protocol); // prettier-ignore
      }
    }
  }
}

const bodyGetter = Object.getOwnPropertyDescriptor(Document.prototype, 'body')?.get;
const bodyOf = (doc: Document) => (bodyGetter?.call(doc) ?? null) as HTMLElement | null;

const REMOVED_BY_BROWSER = new Set(['script', 'iframe', 'object', 'embed']);

/**
 * The inputs native.ts lists where the paths cannot agree, found in DOMParser's tree (the tree
 * DOMPurify walks):
 * - an element holding a comment and text that looks like markup, whose element children are
 *   all ones the browser's sanitizer removes first (or a declarative shadow root template);
 * - a form in text with an `<object>` (the browser removes the object that might clobber it);
 * - a form the engine ties controls to from outside its subtree.
 */
function knownDifference(html: string): boolean {
  // Through the getter: a named `<img name="body">` shadows a document's own `body`.
  const body = bodyOf(new DOMParser().parseFromString(html, 'text/html'));
  if (body === null) return false;
  if (/<form/i.test(html) && /<object[\s/>]/i.test(html)) return true;
  for (const form of body.querySelectorAll('form')) {
    // `<svg><form>` is an SVG element, without `elements`.
    if (!(form instanceof HTMLFormElement)) continue;
    for (const control of form.elements) if (!form.contains(control)) return true;
  }
  for (const element of body.querySelectorAll('*')) {
    const children = [...element.childNodes];
    const elements = children.filter((child) => child instanceof Element);
    if (elements.length === 0) continue;
    const removedFirst = elements.every(
      (child) =>
        REMOVED_BY_BROWSER.has(child.localName) ||
        (child.localName === 'template' && child.hasAttribute('shadowrootmode')),
    );
    const text = children.map((child) => (child instanceof Text ? child.data : '')).join('');
    const comment = children.some((child) => child instanceof Comment);
    if (removedFirst && comment && /<[/\w!]/.test(text)) return true;
  }
  return false;
}

let native: EngineRender | undefined;
let dompurify: EngineRender;

/** Both paths at every base: the same tree, or (a known difference) less from the native one. */
function expectSame(html: string, bases = BASES): void {
  if (!native) return;
  for (const base of bases) {
    const ours = native(html, base);
    const theirs = dompurify(html, base);
    const context = `base ${base}: ${JSON.stringify(html)}`;
    assertInert(ours, context);
    if (knownDifference(html)) {
      expect((ours.textContent ?? '').length, context).to.be.at.most((theirs.textContent ?? '').length); // prettier-ignore
    } else {
      expect(dump(ours), context).to.equal(dump(theirs));
    }
  }
}

/** The rich-text inputs (copied from test/server-sanitize.test.ts) of test/sanitize.test.ts. */
const SANITIZE_CASES = [
  '<p>A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em><br>next</p>' +
    '<ul><li>one</li></ul><ol><li>two</li></ol><p><a href="https://example.com/">link</a></p>',
  '<p class="a" id="b" style="color:red" title="t" data-x="1" aria-label="l" lang="en" ' +
    'dir="rtl" onclick="alert(1)">text</p><b href="https://example.com/">bold</b>' +
    '<a href="/x" target="_blank" rel="opener" download ping="/p" name="n" class="c">go</a>',
  '<h1>A</h1><p>x</p><h3>B</h3>',
  '<h4>Only</h4>',
  '<h2>a</h2><h3>b</h3><h2>c</h2>',
  '<h1 id="x" class="y">Big <em>news</em></h1>',
  ...[
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'java\nscript:alert(1)',
    ' \u0001javascript:alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'tel:+15551234',
    'ftp://example.com/file',
    'https://example.com/a?b=c#d',
    'http://example.com',
    'mailto:news@example.com',
    'page.html',
    '/section/story',
    '#anchor',
    '?page=2',
    '//example.com/x',
  ].map((href) => `<a href="${href}">click</a>`),
  '<a>name</a>',
  'a<script>alert("s")</script>b<style>p{color:red}</style>c<template>t</template>d' +
    '<iframe>f</iframe>e<object>o</object><embed src="x">g<noscript>n</noscript>h' +
    '<textarea>ta</textarea>i<title>ti</title>j<svg><text>sv</text></svg>k' +
    '<math><mi>ma</mi></math>l<select><option>op</option></select>m',
  '<span>a</span><div>b</div><foo-bar>c</foo-bar><font>d</font><u>e</u>' +
    '<table><tr><td>f</td></tr></table><button>g</button><img src="x" alt="h">',
  'Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#x1F600;&nbsp;!',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<h2>Title</h2><p>One &amp; <b>two</b></p><ul><li>three</li><li>four</li></ul>' +
    '<script>hidden()</script><p>five<br>six</p>',
  'a <span>b</span> c',
];

/** DOMPurify's removals beyond the allowlist, and parser corners, one case each. */
const EDGE_CASES = [
  // Plain text comes back as it is, unescaped, in both.
  'Plain > text, "as is"',
  '',
  // Leading white space the parser drops and DOMPurify puts back, carriage return included.
  ' \r\n\t<p>x</p>',
  '\n\nText &amp; more',
  // Comments go; an element holding text that looks like markup next to a comment goes whole.
  'a<!-- c -->b<!--<b>-->c',
  '<p>&lt;b&gt;<!--x--></p><b>&lt;i<!---->z</b><span>&lt;/p<!---->q</span>after',
  '<p>&lt;b&gt; no comment</p><p><!--x-->plain</p>',
  // Forms clobbered by their controls go with their content; others are unwrapped.
  '<form>kept<input name="x"></form><form>gone<input name="attributes"></form>',
  '<form>gone<img id="nodeName"></form><form>kept<input type="image" name="nodeName"></form>',
  '<form>outer<div><form>inner</form></div><select name="childNodes"></select></form>',
  '<form>kept<div></form><form>nested<input name="setAttribute"></form>tail',
  // `is` on an allowed element removes it with its content (DOMPurify returns a fragment).
  '<p is="x">gone</p><b IS="y">gone too</b><span is="z">kept</span>',
  // A top-level frameset leaves no body: nothing.
  '<frameset><frame src="x"></frameset>',
  '<p><frameset>after',
  'text<frameset>ignored',
  // Quirks mode: a table opens inside a p.
  '<p>one<table><tr><td>cell</td></tr></table>two',
  // html, head and body tags, and content before them.
  '<title>t</title><meta charset="x"><p>x</p>',
  '<html lang="en"><body onload="alert(1)"><p>hi</p></body></html>after',
  '<!DOCTYPE html><p>standards</p><p><table></table>',
  // Attribute values: trimming, escaping, DOMPurify's breakout patterns.
  '<a href="  https://example.com/a b  ">t</a><a href="\u00a0/x\u00a0">u</a>',
  '<a href="/x?a=1&amp;b=&quot;2&quot;&lt;3&gt;\u00a0">q</a>',
  '<a href="/x--&gt;">c</a><a href="/x]]&gt;">d</a><a href="/x&lt;/style">e</a>',
  '<a href="">empty</a><a href>bare</a><a href=" ">space</a>',
  '<a href="https://a.example/" href="javascript:alert(1)">dup</a>',
  '<a href="ht\u00adtp:x">soft</a><a href="\u2028javascript:alert(1)">ls</a>',
  // Stray less-than signs, entities and NULs.
  '1 < 2 <3 <= 4 <> <- <.5 <\u00e9',
  '&notin; &notit; &amp &AMP; &#0; &#x110000; &#128; x\u0000y',
  // NUL before the body and in a column group: the engines ignore it, unlike parse5 alone.
  '\u0000 <p>x',
  '<title>x</title>\u0000 y',
  '<table><colgroup>\u0000 <col>x',
  '<head><noscript>\u0000 a</noscript></head>x',
  '<p>x</body>\u0000 y<svg>\u0000</svg>',
  // Nesting, misnesting and the adoption agency.
  '<b><i>a</b>b</i>c<p>d<b>e<p>f',
  '<ul><li>a<li>b<ol><li>c</ul>d',
  '<h1>a<h2>b</h1>c</h2><h6>d',
  '<a href="/1">x<a href="/2">y</a>z',
  '<li>orphan</li><br></br><p></p></p>',
  // Foreign content and its integration points.
  '<svg><foreignObject><p>x</p></foreignObject></svg><math><mi><b>y</b></mi></math>z',
  '<svg><p>breaks out</p><b>too</b></svg>',
  '<math><annotation-xml encoding="text/html"><p>in</p></annotation-xml></math>out',
  // Raw text and RCDATA.
  '<xmp><b>x</b></xmp><plaintext><p>all the rest',
  '<textarea><b></textarea><title><b></title>after',
  '<noscript><p>parsed with scripting off</p></noscript>n',
  '<noembed><b>x</b></noembed><noframes><b>y</b></noframes>z',
  '<template><p>t</p></template><p>u</p>',
];

/** What the native path has to get right beyond the server's cases. */
const NATIVE_CASES = [
  // Firefox parses Document.parseHTML input with scripting on; DOMPurify's DOMParser does not.
  '<noscript><p>x</p></noscript>after',
  '<p><noscript><p>x</noscript>y',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<NOSCRIPT/><b>x</b>',
  // Elements the browser's sanitizer removes first.
  'a<script>x</script>b<iframe src="x">y</iframe>c<object data="x">z</object>d<embed src="x">e',
  '<b>&lt;p<!---->text</b><i>&lt;p<!----><span></span></i>',
  '<form>keep<object name="x"></object></form>',
  // Declarative shadow roots: parsed by Document.parseHTML, never copied.
  '<p><template shadowrootmode="open"><b>in</b></template>light</p>',
  '<div><template shadowrootmode="closed"><img src=x onerror=alert(1)></template>d</div>',
  // Handlers, styles and URLs the browser removes, and ones it keeps for the walk to remove.
  '<p style="color:red" onclick="alert(1)" data-x="1">p</p><a href=" https://example.com/ ">t</a>',
  '<a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><a href="/ok" is="x">i</a>',
  // Named images and forms shadow a document's body and a form's members.
  '<img name="body"><form name="body"><input name="firstChild">x</form><p>after</p>',
  '<form id="f">in</form><input form="f" name="attributes">out',
  // Processing instructions (Chromium) and bogus comments.
  '<p>&lt;3<?x?></p><b><?y?>z</b><!x>',
  '\n \t<h3>lead</h3>',
];

describe('native sanitizer: the same DOM as DOMPurify', () => {
  before(async () => {
    ({ native, dompurify } = await sanitizerEngines());
    console.log(`rich-text-native fast-check seed: ${SEED}`);
  });

  it('is used exactly where the engine has the Sanitizer API', async () => {
    await loadSanitizer();
    expect(usesNativeSanitizer()).to.equal(HAS_API);
    expect(native !== undefined).to.equal(HAS_API);
  });

  it('keeps the same tag lists as purify.ts', () => {
    expect([...NATIVE_ALLOWED_TAGS]).to.deep.equal([...ALLOWED_TAGS]);
    expect([...NATIVE_FORBID_CONTENTS]).to.deep.equal([...FORBID_CONTENTS]);
  });

  it('removes every FORBID_CONTENTS element with its content, as DOMPurify does', function () {
    if (!native) this.skip();
    for (const tag of FORBID_CONTENTS) expectSame(`a<${tag}>x<b>y</b></${tag}>b`);
  });

  it('equals DOMPurify on the rich-text cases of sanitize.test.ts', function () {
    if (!native) this.skip();
    for (const html of SANITIZE_CASES) expectSame(html);
  });

  it('equals DOMPurify on edge cases of DOMPurify and the parser', function () {
    if (!native) this.skip();
    for (const html of EDGE_CASES) expectSame(html);
  });

  it('equals DOMPurify where the browser sanitizes or parses differently', function () {
    if (!native) this.skip();
    for (const html of NATIVE_CASES) expectSame(html);
  });

  it('lists as known differences only inputs where the native side removes more', function () {
    if (!native) this.skip();
    const differing = [
      '<b>&lt;p<!----><script>x</script></b>after',
      '<form>gone<object name="attributes"></object></form>after',
    ];
    for (const html of differing) {
      expect(knownDifference(html), html).to.equal(true);
      expect(dump(native(html, 2)), html).to.equal('"after"');
    }
  });

  it('equals DOMPurify on every XSS vector', function () {
    if (!native) this.skip();
    expect(vectors.length).to.equal(141);
    for (const { payload } of vectors) expectSame(payload);
  });

  it('equals DOMPurify on random HTML (fast-check)', function () {
    if (!native) this.skip();
    this.timeout(120_000);
    fc.assert(
      fc.property(randomHtml, fc.constantFrom(...BASES), (html, base) => expectSame(html, [base])),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('renders markup through whichever path loadSanitizer picked', async () => {
    await loadSanitizer();
    const div = document.createElement('div');
    div.append(
      renderRichText({ html: '<span>a</span> <b onclick="x">b</b><script>c</script>' }, 2),
    );
    expect(div.innerHTML).to.equal('a <b>b</b>');
  });
});

describe('native sanitizer: what the built bundle downloads', () => {
  afterEach(closeFrames);

  it('requests the DOMPurify chunk only where the engine has no Sanitizer API', async () => {
    // A page with a rich answer, loading dist/news-elements.js (npm run build first).
    const win = await openPage('/test/pages/dist-module.html');
    const { faq } = await renderedElements(win);
    const strong = faq.querySelector('[part~="answer"] strong');
    expect(strong?.textContent).to.equal('self-guided rockets');
    const purify = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /purify/i.test(name));
    expect(purify.length, purify.join(', ')).to.equal(HAS_API ? 0 : 1);
  });
});

// Random HTML: allowed, unknown and forbidden tags, attributes, entities, comments, stray `<`.

const TAGS = [
  ...NATIVE_ALLOWED_TAGS,
  ...NATIVE_FORBID_CONTENTS,
  'span', 'div', 'foo', 'x-y', 'u', 'font', 'table', 'tr', 'td', 'caption', 'form', 'input',
  'img', 'button', 'body', 'html', 'head', 'pre', 'listing', 'nobr', 'dd', 'dt', 'hr',
  'image', 'isindex', 'keygen', 'marquee', 'menu', 'summary', 'details', 'dialog', 'search',
  'FOO', 'P', 'A', 'Br',
]; // prettier-ignore
const ATTRIBUTE_NAMES = [
  'href', 'HREF', 'is', 'id', 'name', 'type', 'onclick', 'style', 'rel', 'shadowrootmode', 'form',
]; // prettier-ignore
const ATTRIBUTE_VALUES = [
  '',
  '/x',
  'https://example.com/?a=1&amp;b=2',
  'javascript:alert(1)',
  ' jav&#x09;ascript:alert(1) ',
  'mailto:a@b.example',
  'tel:1',
  'nodeName',
  'attributes',
  'image',
  'x"y',
  "x'y",
  '&lt;b&gt;',
  '--&gt;',
  '\u00a0#f',
  'open',
  'f',
];
const TEXTS = [
  'text',
  ' ',
  '\u0000',
  '\uFFFD',
  '\n',
  '\r\n',
  '\t',
  '&amp;',
  '&lt;b&gt;',
  '&nbsp;',
  '&notin',
  '&#0;',
  '<',
  '< ',
  '<3',
  '<!--',
  '-->',
  '<!---->',
  '<!-- <p> -->',
  '<!x>',
  '<?x?>',
  '</ >',
  '</>',
  '<![CDATA[<b>]]>',
  '"',
  "'",
  '>',
  '\u00a0',
  'é',
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTE_NAMES), fc.constantFrom(...ATTRIBUTE_VALUES), fc.nat(2))
  .map(([name, value, quote]) =>
    quote === 0 ? ` ${name}="${value.replace(/"/g, '&quot;')}"` : quote === 1 ? ` ${name}='${value.replace(/'/g, '&#39;')}'` : ` ${name}`,
  ); // prettier-ignore

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 2 }), fc.boolean())
      .map(([tag, attributes, selfClosing]) => `<${tag}${attributes.join('')}${selfClosing ? '/' : ''}>`),
  }, // prettier-ignore
  { weight: 2, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`) },
);

/** Up to 40 tokens, often with a leading white-space run. */
const randomHtml = fc
  .tuple(fc.constantFrom('', ' ', '\n\t'), fc.array(token, { maxLength: 40 }))
  .map(([lead, tokens]) => lead + tokens.join(''));
