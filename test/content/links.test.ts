import { expect } from '@open-wc/testing';
import { decodeAttribute, loadEntityTable } from '../../src/content/entities.js';
import { absoluteLinks } from '../../src/content/links.js';
import { growsLinearly } from '../fixtures/timing.js';
import { vectors } from '../fixtures/xss-vectors.js';

/**
 * absoluteLinks against the browser itself: a link rewritten for the base `SOURCE` and then read
 * in a document based anywhere else goes where the original goes in a document based at `SOURCE`.
 */
const SOURCE = 'https://news.example/feeds/2024/faq.json';
const ELSEWHERE = 'https://host.example/page/';

/** Where the first link of `markup` goes in a document whose base URL is `base`. */
function linkTarget(markup: string, base: string): string | null {
  const doc = document.implementation.createHTMLDocument('');
  const baseElement = doc.createElement('base');
  baseElement.href = base;
  doc.head.append(baseElement);
  const container = doc.createElement('div');
  // Parsed by the inert document: nothing in a payload loads or runs.
  const range = doc.createRange();
  range.selectNodeContents(doc.body);
  container.append(range.createContextualFragment(markup));
  const link = container.querySelector('a');
  if (link === null || !link.hasAttribute('href')) return null;
  return new URL(link.getAttribute('href')!, base).href;
}

const HREFS = [
  'story.html', '../up.html', '/root.html', '//other.example/x', '?page=2&amp;sort=new',
  '?a=1&copy=2', '?a=1&copy;2', '?a=1&copy2', 'x&notin;y', 'x&notit;y', '&#x73;tory&#46;html',
  '&#47;&#47;evil.example/x', '&#x6a;avascript:alert(1)', 'a&ampb', 'a&amp=b', 'a&#128;b',
  'a&#0;b', 'a&#x110000;b', 'caf&eacute;.html', 'sp ace.html', ' story.html ', 'a"b', "a'b",
  'https://example.com/x', 'mailto:a@b.example', 'javascript:alert(1)', 'a&AMP;b&LT&GT=',
]; // prettier-ignore

describe('absoluteLinks', () => {
  before(loadEntityTable);

  it('sends every link where it goes in the source document, whatever the page', () => {
    const markups = [
      ...HREFS.flatMap((href) => [
        `<a href="${href.replace(/"/g, '&quot;')}">x</a>`,
        `<a href='${href.replace(/'/g, '&#39;')}'>x</a>`,
        `<a href=${href.replace(/[\s"'>]/g, encodeURIComponent)}>x</a>`,
      ]),
      '<a title="<a href=x>" href="first.html" href="second.html">x</a>',
      '<A HREF=story.html>x</A>',
      '<!-- <a href="c.html"> --><a href="d.html">x</a>',
      ...vectors.map((vector) => vector.payload),
      ...vectors.map((vector) => `<a href="${vector.payload.replace(/"/g, '&quot;')}">x</a>`),
    ];
    const wrong = markups.filter((markup) => {
      const target = linkTarget(markup, SOURCE);
      // A link to a fragment only stays in the page that renders it.
      if (target !== null && target.startsWith(`${SOURCE}#`)) return false;
      return linkTarget(absoluteLinks(markup, SOURCE), ELSEWHERE) !== target;
    });
    expect(wrong).to.deep.equal([]);
  });

  it('keeps fragments, empty links and text without a base as written', () => {
    for (const markup of ['<a href="#q2">x</a>', '<a href="">x</a>', '<a href>x</a>']) {
      expect(absoluteLinks(markup, SOURCE)).to.equal(markup);
    }
    expect(absoluteLinks('<a href="story.html">x</a>', '')).to.equal('<a href="story.html">x</a>');
    expect(absoluteLinks('<a href=story.html>x</a>', SOURCE)).to.equal(
      '<a href="https://news.example/feeds/2024/story.html">x</a>',
    );
  });

  it('decodes attribute values as the parser does', () => {
    expect(decodeAttribute('?a=1&copy=2&amp;b&lt;c&copy;d&copyx&#x41;&#66')).to.equal(
      '?a=1&copy=2&b<c©d&copyxAB',
    );
  });

  it('takes time linear in the text', () => {
    for (const shape of ['<a href=x>', '<a href="&amp;&#47;&copy', '<a href=', '&amp;']) {
      const run = (size: number) => absoluteLinks(shape.repeat(size / shape.length), SOURCE);
      const { large, bound } = growsLinearly(run, 200_000);
      expect(large, shape).to.be.below(bound);
    }
  });
});
