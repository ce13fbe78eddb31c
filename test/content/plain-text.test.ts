import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html, render } from 'lit';
import { loadEntityTable } from '../../src/content/entities.js';
import { looksLikeMarkup, plainText, stripTags } from '../../src/content/plain-text.js';
import { text } from '../../src/content/schema.js';
import { fastest as best } from '../fixtures/timing.js';

/** Output never holds a `<` that opens tag syntax with a `>` after it. */
const TAG = /<[A-Za-z/!?][^>]*>/;

describe('stripTags', () => {
  it('keeps the text of the markup CMSes put in plain-text fields', () => {
    expect(stripTags('<p>The mayor said ...</p>')).to.equal(' The mayor said ... ');
    expect(stripTags('Read <a href="https://x.example/">the report</a> now')).to.equal(
      'Read the report now',
    );
    expect(stripTags('One<br>Two<br/>Three')).to.equal('One Two Three');
    expect(stripTags('<STRONG>Loud</STRONG> <em class="x">quiet</em>')).to.equal('Loud quiet');
    expect(stripTags('a<!-- comment <b> -->b<?php echo 1 ?>c<!DOCTYPE html>d')).to.equal('abcd');
  });

  it('drops the content of script and style', () => {
    expect(stripTags('Hi<script>alert("<b>")</script> there')).to.equal('Hi there');
    expect(stripTags('A<style>p > b { color: red }</style>B<SCRIPT>x</Script >C')).to.equal('ABC');
    expect(stripTags('Before<script>never closed > still code')).to.equal('Before');
  });

  it('keeps a < that is not tag syntax', () => {
    for (const kept of ['a < b', 'I <3 NY', '1<2', 'x << y', 'if a <b and no close']) {
      expect(stripTags(kept), kept).to.equal(kept);
    }
    expect(stripTags('a < b <i>c</i>')).to.equal('a < b c');
  });

  it('never leaves tag syntax made of the pieces it removed', () => {
    expect(stripTags('<<b>b>text')).to.equal('b>text');
    expect(stripTags('<<<i>i>i>x')).to.not.match(TAG);
    expect(stripTags('<</b>script>alert(1)<</b>/script>')).to.not.match(TAG);
  });

  it('leaves text without < alone, as the same string', () => {
    const plain = 'No markup at all & none here';
    expect(stripTags(plain)).to.equal(plain);
  });

  it('never returns tag syntax, whatever the input (property)', () => {
    const piece = fc.constantFrom('<', '>', '/', 'b', 'script', '!--', '-->', ' ', 'x', '"', '?');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(stripTags(pieces.join(''))).to.not.match(TAG);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes time linear in the length, whatever the text', () => {
    const size = 200_000;
    const time = (input: string) => best(() => stripTags(input));
    // The same length of ordinary tags, each removed.
    const baseline = time('<b>x</b> '.repeat(size / 9));
    const worst = Math.max(
      time('<a'.repeat(size / 2) + '>'),
      time('<a'.repeat(size / 2)),
      time('<b>'.repeat(size / 6) + '<a'.repeat(size / 4)),
      time('<script>'.repeat(size / 8)),
      time('<!--'.repeat(size / 4) + '>'),
      time('<<b>'.repeat(size / 4)),
    );
    expect(worst).to.be.below(baseline * 10 + 50);
  });
});

describe('plainText', () => {
  before(() => loadEntityTable());

  it('drops tags, decodes references, and drops the tags the references encoded', () => {
    expect(plainText('<p>Police&#8217;s new rule</p>')).to.equal(' Police’s new rule ');
    expect(plainText('&lt;p&gt;The mayor said&hellip;&lt;/p&gt;')).to.equal(' The mayor said… ');
    expect(plainText('&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt;')).to.equal('Bold');
    expect(plainText('a &lt; b &amp;&amp; c &gt; d')).to.equal('a < b && c > d');
    expect(plainText('I &lt;3 NY')).to.equal('I <3 NY');
    // An attribute value holding an encoded `>` does not end its tag early.
    expect(plainText('<a title="&gt; x">Link</a>')).to.equal('Link');
  });

  it('returns text without < or & as it is', () => {
    const plain = 'Nothing to do here';
    expect(plainText(plain)).to.equal(plain);
  });

  it('is what text() reads for every plain-text field, white space collapsed', () => {
    expect(text('<p>The mayor\n said</p>\n<p>more&nbsp;&nbsp;text</p>')).to.equal(
      'The mayor said more text',
    );
    expect(text('<b> </b>')).to.equal(undefined);
    expect(text({ '@value': 'M&amp;A' })).to.equal('M&A');
    expect(text(['', '&quot;Quoted&quot;'])).to.equal('"Quoted"');
    expect(text('&lt;script&gt;alert(1)&lt;/script&gt;Safe')).to.equal('Safe');
    expect(text('<p dir="rtl">مرحبا &amp; أهلا</p>')).to.equal('مرحبا & أهلا');
    expect(text('<span>שלום&#8207;</span> עולם')).to.equal('שלום\u200f עולם');
  });

  it('keeps text with a bare < as text, every word (schema.org Text is not HTML)', () => {
    expect(plainText('If a<b and b>c then a<c')).to.equal('If a<b and b>c then a<c');
    expect(plainText('I <3 NY &amp; x<y')).to.equal('I <3 NY & x<y');
    expect(plainText('Use <b>bold</b> or a<b')).to.equal('Use bold or a<b');
    expect(plainText('<img src=x onerror=alert(1)>Photo')).to.equal('Photo');
    expect(plainText('x <br> y')).to.equal('x   y');
    expect(plainText('&lt;p&gt;Encoded&lt;/p&gt;')).to.equal(' Encoded ');
  });

  it('tells markup from text with <', () => {
    for (const markup of [
      '<p>a</p>',
      '<br>',
      'a<br/>b',
      '<a href="/x">x</a>',
      '<svg onload=x>',
      '<!-- c -->',
      '<span class="k">x</span>',
    ]) {
      expect(looksLikeMarkup(markup), markup).to.equal(true);
    }
    for (const text of ['If a<b and b>c then a<c', 'a < b', '<3', 'x <b>y', '<<>>', 'a<b\n>c']) {
      expect(looksLikeMarkup(text), text).to.equal(false);
    }
  });

  it('renders as text in a Lit text binding, never as an element (property)', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '&lt;',
      '&gt;',
      '&amp;lt;',
      '&#60;',
      '&#x3C;',
      '&LT;',
      '&#x3c;',
      'img src=x onerror=alert(1)',
      'script',
      '/',
      '!--',
      'b',
      '"',
      ' ',
      'text',
      'نص',
    );
    const container = document.createElement('div');
    document.body.append(container);
    try {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
          const decoded = plainText(pieces.join(''));
          // What is left is never markup: at most a bare `<` that opens nothing ("a<b and b>c").
          expect(looksLikeMarkup(decoded)).to.equal(false);
          render(html`<p>${decoded}</p>`, container);
          const paragraph = container.querySelector('p');
          expect(paragraph?.children.length).to.equal(0);
          expect(paragraph?.textContent).to.equal(decoded);
          // Not asserted: that the text, parsed as HTML, would create no element. Text such as
          // "a<b and b>c" keeps its words (schema.org Text), and would; it is only ever bound
          // as text or escaped, never parsed.
        }),
        { numRuns: 500 },
      );
    } finally {
      container.remove();
    }
  });

  it('takes time linear in the length, whatever the text', () => {
    const size = 200_000;
    const time = (input: string) => best(() => plainText(input));
    // The same length of ordinary tags and references, each removed or decoded.
    const baseline = time('<i>x</i>&amp;&lt;b&gt;'.repeat(size / 21));
    const worst = Math.max(
      time('&lt;a'.repeat(size / 5) + '&gt;'),
      time('&lt;a'.repeat(size / 5)),
      time('&amp;lt;'.repeat(size / 8)),
      time('<&lt;b&gt;'.repeat(size / 10)),
    );
    expect(worst).to.be.below(baseline * 10 + 50);
  });
});
