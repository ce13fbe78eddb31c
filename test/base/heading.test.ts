import { expect, fixture, html } from '@open-wc/testing';
import { clampHeadingLevel, heading } from '../../src/base/heading.js';

describe('base/heading', () => {
  it('clamps to 1-6 and falls back when unusable', () => {
    expect([0, 1, 3.4, 6, 9, -2].map((n) => clampHeadingLevel(n, 2))).to.deep.equal([
      1, 1, 3, 6, 6, 1,
    ]);
    expect(clampHeadingLevel('4', 2)).to.equal(4);
    expect(clampHeadingLevel(Number.NaN, 2)).to.equal(2);
    expect(clampHeadingLevel('high', 3)).to.equal(3);
    expect(clampHeadingLevel(null, 3)).to.equal(3);
    expect(clampHeadingLevel('', 3)).to.equal(3);
  });

  it('renders a real heading element at each level with only the attributes given', async () => {
    for (let level = 0; level <= 7; level++) {
      const el = await fixture(html`<div>${heading(level, 'Title', { id: 'x', part: 'p' })}</div>`);
      const h = el.firstElementChild;
      expect(h?.localName).to.equal(`h${Math.min(6, Math.max(1, level))}`);
      expect(h?.id).to.equal('x');
      expect(h?.getAttribute('part')).to.equal('p');
      expect(h?.hasAttribute('class')).to.equal(false);
      expect(h?.textContent).to.equal('Title');
    }
  });

  it('binds content as text, never as markup', async () => {
    const el = await fixture(html`<div>${heading(2, '<img src=x onerror=alert(1)>')}</div>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});
