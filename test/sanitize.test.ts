import { expect } from '@open-wc/testing';
import {
  hasMarkup,
  isSanitizerReady,
  loadSanitizer,
  needsSanitizer,
  renderRichText,
  richTextToPlain,
  usesNativeSanitizer,
} from '../src/rich-text/sanitize.js';
import { DANGEROUS_HREFS, SAFE_HREFS } from './fixtures/rich-text-cases.js';
import { vectors } from './fixtures/xss-vectors.js';

const KEPT = [
  'p',
  'br',
  'ol',
  'ul',
  'li',
  'a',
  'b',
  'strong',
  'i',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
];
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

// Records every Trusted Types policy created from here on (Lit's own was created at import).
const policiesCreated: string[] = [];
const factory = (
  window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }
).trustedTypes;
if (factory) {
  const create = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    policiesCreated.push(name);
    return create(name, rules);
  };
}

/** Renders into a detached div and returns it. */
function render(html: string, base = 2): HTMLDivElement {
  const div = document.createElement('div');
  div.append(renderRichText({ html }, base));
  return div;
}

function link(html: string): HTMLAnchorElement {
  const a = render(html).querySelector('a');
  expect(a, html).to.exist;
  return a!;
}

/** Resources this page has fetched so far whose URL matches. */
function fetched(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}

const SANITIZER_CODE = /\/src\/purify\.[jt]s|dompurify/;

describe('sanitize: before the sanitizer loads', () => {
  it('reports markup for tags and entities only', () => {
    expect(hasMarkup('Plain words, 3 > 2 and "quotes"')).to.equal(false);
    expect(hasMarkup('a <b>bold</b> word')).to.equal(true);
    expect(hasMarkup('Tom &amp; Jerry')).to.equal(true);
    expect(hasMarkup('1 < 2')).to.equal(true);
  });

  it('renders plain text as one text node without loading DOMPurify', () => {
    const fragment = renderRichText({ html: 'Plain > text, "as is"' }, 2);
    expect(fragment.childNodes.length).to.equal(1);
    expect(fragment.firstChild).to.be.instanceOf(Text);
    expect(fragment.textContent).to.equal('Plain > text, "as is"');
    expect(richTextToPlain({ html: 'Plain text' })).to.equal('Plain text');
    expect(isSanitizerReady()).to.equal(false);
    expect(fetched(SANITIZER_CODE)).to.deep.equal([]);
  });

  it('says whether some text needs the sanitizer', () => {
    expect(needsSanitizer([{ html: 'one' }, { html: 'two' }])).to.equal(false);
    expect(needsSanitizer([{ html: 'one' }, { html: '<em>two</em>' }])).to.equal(true);
    expect(needsSanitizer(new Set([{ html: 'a &amp; b' }]))).to.equal(true);
    expect(needsSanitizer([])).to.equal(false);
  });

  it('refuses to render markup before loadSanitizer() resolved', () => {
    expect(() => renderRichText({ html: '<b>bold</b>' }, 2)).to.throw(Error, /loadSanitizer/);
    expect(() => richTextToPlain({ html: 'a &amp; b' })).to.throw(Error, /loadSanitizer/);
  });

  it('loads the sanitizer on demand, once: DOMPurify only without the Sanitizer API', async () => {
    const first = loadSanitizer();
    const second = loadSanitizer();
    expect(second).to.equal(first);
    await first;
    expect(isSanitizerReady()).to.equal(true);
    expect(needsSanitizer([{ html: '<em>two</em>' }])).to.equal(false);
    // Where the browser's Sanitizer API is used (src/rich-text/native.ts), nothing is fetched.
    if (usesNativeSanitizer()) expect(fetched(SANITIZER_CODE)).to.deep.equal([]);
    else expect(fetched(SANITIZER_CODE).length).to.be.greaterThan(0);
    // DOMPurify was handed our policy and created none of its own.
    expect(policiesCreated).to.deep.equal(factory ? ['news-elements'] : []);
  });
});

describe('sanitize: rich text', () => {
  before(() => loadSanitizer());

  it('keeps the allowed tags', () => {
    const html =
      '<p>A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em><br>next</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><p><a href="https://example.com/">link</a></p>';
    expect(render(html).innerHTML).to.equal(
      '<p>A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em><br>next</p>' +
        '<ul><li>one</li></ul><ol><li>two</li></ol>' +
        '<p><a href="https://example.com/" rel="noopener noreferrer">link</a></p>',
    );
  });

  it('strips every attribute except href on links', () => {
    const div = render(
      '<p class="a" id="b" style="color:red" title="t" data-x="1" aria-label="l" lang="en" ' +
        'dir="rtl" onclick="alert(1)">text</p><b href="https://example.com/">bold</b>' +
        '<a href="/x" target="_blank" rel="opener" download ping="/p" name="n" class="c">go</a>',
    );
    expect(div.innerHTML).to.equal(
      '<p>text</p><b>bold</b><a href="/x" rel="noopener noreferrer">go</a>',
    );
  });

  it('re-levels headings below the base level, keeping their order', () => {
    const levels = (html: string, base: number) =>
      [...render(html, base).querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (h) => `${h.localName}:${h.textContent}`,
      );
    expect(levels('<h1>A</h1><p>x</p><h3>B</h3>', 2)).to.deep.equal(['h3:A', 'h5:B']);
    expect(levels('<h4>Only</h4>', 1)).to.deep.equal(['h2:Only']);
    expect(levels('<h2>a</h2><h3>b</h3><h2>c</h2>', 3)).to.deep.equal(['h4:a', 'h5:b', 'h4:c']);
    expect(levels('<h2>a</h2><h3>b</h3>', 5)).to.deep.equal(['h6:a', 'h6:b']);
    expect(levels('<h2>a</h2>', 0)).to.deep.equal(['h1:a']);
    // Out-of-range bases are clamped to 0-6.
    expect(levels('<h1>a</h1>', 9)).to.deep.equal(['h6:a']);
    expect(levels('<h3>a</h3>', -4)).to.deep.equal(['h1:a']);
  });

  it('keeps the content of re-levelled headings, without attributes', () => {
    expect(render('<h1 id="x" class="y">Big <em>news</em></h1>', 1).innerHTML).to.equal(
      '<h2>Big <em>news</em></h2>',
    );
  });

  it('refuses a heading base that is not a number', () => {
    expect(() => renderRichText({ html: '<h2>a</h2>' }, Number.NaN)).to.throw(RangeError);
  });

  for (const href of DANGEROUS_HREFS) {
    it(`drops href=${JSON.stringify(href)} and keeps the link text`, () => {
      const a = link(`<a href="${href}">click</a>`);
      expect(a.hasAttribute('href')).to.equal(false);
      expect(a.hasAttribute('rel')).to.equal(false);
      expect(a.textContent).to.equal('click');
    });
  }

  for (const href of SAFE_HREFS) {
    it(`keeps href=${JSON.stringify(href)} with rel="noopener noreferrer"`, () => {
      const a = link(`<a href="${href}">go</a>`);
      expect(a.getAttribute('href')).to.equal(href);
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.hasAttribute('target')).to.equal(false);
    });
  }

  it('adds no rel to a link without href', () => {
    expect(render('<a>name</a>').innerHTML).to.equal('<a>name</a>');
  });

  it('removes script, style and similar with their content', () => {
    const div = render(
      'a<script>alert("s")</script>b<style>p{color:red}</style>c<template>t</template>d' +
        '<iframe>f</iframe>e<object>o</object><embed src="x">g<noscript>n</noscript>h' +
        '<textarea>ta</textarea>i<title>ti</title>j<svg><text>sv</text></svg>k' +
        '<math><mi>ma</mi></math>l<select><option>op</option></select>m',
    );
    expect(div.textContent).to.equal('abcdeghijklm');
    expect(div.children.length).to.equal(0);
  });

  it('keeps the text of unknown and unwanted tags', () => {
    const div = render(
      '<span>a</span><div>b</div><foo-bar>c</foo-bar><font>d</font><u>e</u>' +
        '<table><tr><td>f</td></tr></table><button>g</button><img src="x" alt="h">',
    );
    expect(div.textContent).to.equal('abcdefg');
    expect(div.children.length).to.equal(0);
  });

  it('decodes entities and keeps escaped markup as text', () => {
    expect(render('Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#x1F600;&nbsp;!').textContent).to.equal(
      'Tom & Jerry <3 été 😀\u00a0!',
    );
    const div = render('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(div.children.length).to.equal(0);
    expect(div.textContent).to.equal('<script>alert(1)</script>');
  });

  it('returns a fresh fragment on every call', () => {
    const html = '<p>one</p><p>two</p>';
    const first = renderRichText({ html }, 2);
    const second = renderRichText({ html }, 2);
    expect(first).not.to.equal(second);
    first.firstChild!.remove();
    expect(renderRichText({ html }, 2).childNodes.length).to.equal(2);
    expect(second.ownerDocument).to.equal(document);
  });

  it('caches per heading base', () => {
    const html = '<h2>Same</h2>';
    expect(render(html, 1).innerHTML).to.equal('<h2>Same</h2>');
    expect(render(html, 3).innerHTML).to.equal('<h4>Same</h4>');
    expect(render(html, 1).innerHTML).to.equal('<h2>Same</h2>');
  });

  it('gives searchable plain text', () => {
    expect(
      richTextToPlain({
        html:
          '<h2>Title</h2><p>One &amp; <b>two</b></p><ul><li>three</li><li>four</li></ul>' +
          '<script>hidden()</script><p>five<br>six</p>',
      }),
    ).to.equal('Title\nOne & two\nthree\nfour\nfive\nsix');
    expect(richTextToPlain({ html: 'a <span>b</span> c' })).to.equal('a b c');
  });
});

describe('sanitize: Trusted Types', () => {
  interface FrameReport {
    trustedTypes: boolean;
    enforced: boolean;
    policies: string[];
    violations: string[];
    html: string;
    error: string | null;
    alerts: number;
    native: boolean;
  }

  /**
   * Loads src/rich-text/sanitize.ts in a fresh iframe under the CSP of SPEC section 7 (the Trusted Types
   * part) and renders a link and an XSS payload there. With `duplicate`, a `news-elements` policy
   * exists before our module loads, as when a second copy of the library is on the page.
   */
  async function strictFrame(duplicate: boolean): Promise<FrameReport> {
    const moduleUrl = new URL('../src/rich-text/sanitize.ts', import.meta.url).href;
    const html =
      '<p>Hi <a href="https://example.com/">link</a><img src="x" onerror="alert(1)"></p>';
    const script = `
      const report = { trustedTypes: 'trustedTypes' in window, enforced: false, policies: [],
        violations: [], html: '', error: null, alerts: 0, native: false };
      window.alert = () => { report.alerts++; };
      document.addEventListener('securitypolicyviolation', (e) => {
        report.violations.push(e.effectiveDirective + ' ' + e.sample);
      });
      if (window.trustedTypes) {
        const create = trustedTypes.createPolicy.bind(trustedTypes);
        trustedTypes.createPolicy = (name, rules) => { report.policies.push(name); return create(name, rules); };
        ${duplicate ? "trustedTypes.createPolicy('news-elements', {});" : ''}
      }
      try {
        const sanitize = await import(${JSON.stringify(moduleUrl)});
        await sanitize.loadSanitizer();
        report.native = sanitize.usesNativeSanitizer();
        const host = document.createElement('div');
        document.body.append(host);
        host.append(sanitize.renderRichText({ html: ${JSON.stringify(html)} }, 2));
        await new Promise((resolve) => setTimeout(resolve, 100));
        report.html = host.innerHTML;
      } catch (error) {
        report.error = String(error);
      }
      const violations = [...report.violations];
      // Probe last, so that its own violation is not counted: a string into a sink must throw.
      try { document.createElement('div').innerHTML = '<b>probe</b>'; } catch { report.enforced = true; }
      report.violations = violations;
      parent.postMessage({ strictFrame: report }, '*');
    `;
    const iframe = document.createElement('iframe');
    iframe.srcdoc =
      '<!doctype html><meta http-equiv="Content-Security-Policy" content="' +
      "require-trusted-types-for 'script'; trusted-types lit-html news-elements\">" +
      `<script type="module">${script}</script>`;
    const report = new Promise<FrameReport>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== iframe.contentWindow) return;
        window.removeEventListener('message', onMessage);
        resolve((event.data as { strictFrame: FrameReport }).strictFrame);
      };
      window.addEventListener('message', onMessage);
    });
    document.body.append(iframe);
    try {
      return await report;
    } finally {
      iframe.remove();
    }
  }

  it('renders rich text under the strict CSP through the news-elements policy only', async () => {
    const report = await strictFrame(false);
    expect(report.error).to.equal(null);
    expect(report.html).to.equal(
      '<p>Hi <a href="https://example.com/" rel="noopener noreferrer">link</a></p>',
    );
    expect(report.alerts).to.equal(0);
    expect(report.violations).to.deep.equal([]);
    if (report.trustedTypes) {
      expect(report.enforced, 'the CSP is enforced').to.equal(true);
      expect(report.policies).to.deep.equal(['news-elements']);
    }
  });

  it('stays safe and creates no dompurify policy when news-elements exists already', async () => {
    const report = await strictFrame(true);
    expect(report.error).to.equal(null);
    expect(report.alerts).to.equal(0);
    expect(report.html).not.to.match(/<img|onerror/);
    if (report.trustedTypes) {
      expect(report.enforced, 'the CSP is enforced').to.equal(true);
      expect(report.policies).to.deep.equal(['news-elements', 'news-elements']);
      if (report.native) {
        // Document.parseHTML is no Trusted Types sink: the native path needs no policy.
        expect(report.html).to.equal(
          '<p>Hi <a href="https://example.com/" rel="noopener noreferrer">link</a></p>',
        );
      } else {
        // Without a policy the enforcing page cannot parse: rich text renders empty.
        expect(report.html).to.equal('');
      }
    } else {
      expect(report.html).to.include('<a href="https://example.com/"');
    }
  });
});

describe('sanitize: DOMPurify XSS vectors', () => {
  const calls: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const watcher = window as unknown as { __xss: string[] } & Record<
    'alert' | 'confirm' | 'prompt',
    unknown
  >;

  before(async () => {
    await loadSanitizer();
    watcher.__xss = calls;
    // Every payload calls alert; confirm and prompt are watched too, in case a variant does.
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      watcher[name] = (...args: unknown[]) => {
        calls.push(`${name}(${args.map(String).join(', ')})`);
        return name === 'confirm' ? false : null;
      };
    }
  });

  after(() => {
    Object.assign(window, originals);
  });

  /** Two animation frames and 50 ms: long enough for onload/onerror of anything inserted. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  function assertInert(root: Element, context: string): void {
    for (const element of root.querySelectorAll('*')) {
      expect(KEPT, `${context}: <${element.localName}>`).to.include(element.localName);
      for (const attribute of element.attributes) {
        const where = `${context}: ${element.localName}[${attribute.name}]`;
        expect(attribute.name, where).not.to.match(/^on/i);
        expect(['href', 'rel'], where).to.include(attribute.name);
        if (attribute.name === 'href') {
          expect(SAFE_PROTOCOLS, where).to.include(
            new URL(attribute.value, document.baseURI).protocol,
          );
        }
      }
    }
    const forbidden = root.querySelectorAll(
      'script, iframe, object, embed, form, input, style, svg, math',
    );
    expect(forbidden.length, context).to.equal(0);
  }

  it('has all 141 vectors', () => {
    expect(vectors.length).to.equal(141);
  });

  it('notices a handler that does run (control)', async () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'alert("control")');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    try {
      for (let i = 0; i < 20 && calls.length === 0; i++) await settle();
      expect(calls).to.deep.equal(['alert(control)']);
    } finally {
      img.remove();
      calls.length = 0;
    }
  });

  vectors.forEach(({ title, payload }, index) => {
    it(`#${index + 1} ${title ?? '(untitled)'}`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        host.append(renderRichText({ html: payload }, 2));
        await settle();
        expect(calls, payload).to.deep.equal([]);
        assertInert(host, payload);
      } finally {
        host.remove();
        calls.length = 0;
      }
    });
  });
});
