import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  loadSanitizer,
  renderRichText,
  sanitizerEngines,
  usesNativeSanitizer,
  type EngineRender,
} from '../src/rich-text/sanitize.js';
import {
  ALLOWED_TAGS as PURIFY_ALLOWED_TAGS,
  FORBID_CONTENTS as PURIFY_FORBID_CONTENTS,
} from '../src/rich-text/purify.js';
import { ALLOWED_TAGS, FORBID_CONTENTS } from '../src/rich-text/walk-rules.js';
import { closeFrames, openPage, renderedElements } from './fixtures/frame.js';
import {
  BASES,
  EDGE_CASES,
  SANITIZE_CASES,
  fastCheckSeed,
  randomHtml,
} from './fixtures/rich-text-cases.js';
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
const RUNS = 2000;
const SEED = fastCheckSeed();
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

  it('keeps the same tag lists as purify.ts (the walks share walk-rules.ts)', () => {
    expect([...ALLOWED_TAGS]).to.deep.equal([...PURIFY_ALLOWED_TAGS]);
    expect([...FORBID_CONTENTS]).to.deep.equal([...PURIFY_FORBID_CONTENTS]);
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
      fc.property(
        randomHtml({ names: ['shadowrootmode', 'form'], values: ['open', 'f'] }),
        fc.constantFrom(...BASES),
        (html, base) => expectSame(html, [base]),
      ),
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
