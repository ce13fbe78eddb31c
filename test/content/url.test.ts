import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl, type UrlKind } from '../../src/content/url.js';

const base = 'https://news.example/world/2024/story.html?ref=home#top';
const kinds: readonly UrlKind[] = ['link', 'image', 'fetch'];

/** URLs that must never come out, for any kind. */
const dangerous = [
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'jav\u0001ascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'javascript\t:alert(1)',
  'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'blob:https://news.example/0b9c8f2e-6f7a-4c1e-9a57-0c8b1f1e2d3c',
  'file:///etc/passwd',
  'filesystem:https://news.example/temporary/a.png',
  'ftp://files.example/a.jpg',
  'about:blank',
  'chrome://settings',
  'tel:+15551234567',
  'http://',
  'https://[not-an-ip]/',
];

describe('safeUrl', () => {
  it('returns absolute http(s) URLs for every kind', () => {
    for (const kind of kinds) {
      expect(safeUrl('https://cdn.example/a.jpg', base, kind)).to.equal(
        'https://cdn.example/a.jpg',
      );
      expect(safeUrl('HTTP://CDN.EXAMPLE/A.jpg', base, kind)).to.equal('http://cdn.example/A.jpg');
    }
  });

  it('resolves relative and protocol-relative URLs against the base', () => {
    expect(safeUrl('/authors/helen', base, 'link')).to.equal('https://news.example/authors/helen');
    expect(safeUrl('photo.jpg', base, 'image')).to.equal(
      'https://news.example/world/2024/photo.jpg',
    );
    expect(safeUrl('../data.json', base, 'fetch')).to.equal('https://news.example/world/data.json');
    expect(safeUrl('//cdn.example/x.jpg', base, 'image')).to.equal('https://cdn.example/x.jpg');
    expect(safeUrl('#faq', base, 'link')).to.equal(
      'https://news.example/world/2024/story.html?ref=home#faq',
    );
  });

  it('trims surrounding white space', () => {
    expect(safeUrl('  https://news.example/a \n', base, 'link')).to.equal('https://news.example/a');
  });

  it('allows mailto for links only', () => {
    expect(safeUrl('mailto:desk@news.example', base, 'link')).to.equal('mailto:desk@news.example');
    expect(safeUrl('MAILTO:desk@news.example', base, 'link')).to.equal('mailto:desk@news.example');
    expect(safeUrl('mailto:desk@news.example', base, 'image')).to.equal(undefined);
    expect(safeUrl('mailto:desk@news.example', base, 'fetch')).to.equal(undefined);
  });

  it('refuses dangerous and foreign schemes, however they are written', () => {
    for (const kind of kinds) {
      for (const url of dangerous)
        expect(safeUrl(url, base, kind), `${kind} ${url}`).to.equal(undefined);
    }
  });

  it('keeps entity-looking text harmless: it is a relative path, not a scheme', () => {
    const url = safeUrl('&#106;avascript:alert(1)', base, 'link');
    expect(new URL(url!).protocol).to.equal('https:');
    expect(url!.startsWith('https://news.example/world/2024/')).to.equal(true);
  });

  it('refuses empty strings and values that are not strings', () => {
    for (const value of ['', '   ', 42, null, undefined, {}, ['https://a.example/'], true]) {
      expect(safeUrl(value, base, 'link'), String(value)).to.equal(undefined);
    }
    expect(safeUrl(new URL('https://a.example/'), base, 'link')).to.equal(undefined);
  });

  it('still accepts absolute URLs when the base is unusable, but not relative ones', () => {
    expect(safeUrl('https://a.example/x', 'not a base', 'link')).to.equal('https://a.example/x');
    expect(safeUrl('/x', 'not a base', 'link')).to.equal(undefined);
    expect(safeUrl('/x', 'about:blank', 'link')).to.equal(undefined);
  });

  it('only ever returns an allowed absolute URL (property)', () => {
    const schemes = fc.constantFrom(
      'javascript',
      'data',
      'vbscript',
      'http',
      'https',
      'mailto',
      'blob',
    );
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001f', '\u00a0', '%09', '&#9;');
    const caseMix = (text: string, flips: boolean[]) =>
      [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');
    const candidate = fc
      .tuple(noise, schemes, fc.array(fc.boolean(), { minLength: 1 }), noise, fc.string())
      .map(([lead, scheme, flips, inside, rest]) => {
        const cut = Math.floor(scheme.length / 2);
        const mixed = caseMix(scheme, flips);
        return `${lead}${mixed.slice(0, cut)}${inside}${mixed.slice(cut)}:${rest}`;
      });
    fc.assert(
      fc.property(fc.oneof(candidate, fc.string()), fc.constantFrom(...kinds), (input, kind) => {
        const url = safeUrl(input, base, kind);
        if (url === undefined) return;
        const allowed = kind === 'link' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
        expect(allowed).to.include(new URL(url).protocol);
        expect(new URL(url).href).to.equal(url);
      }),
      { numRuns: 500 },
    );
  });
});
