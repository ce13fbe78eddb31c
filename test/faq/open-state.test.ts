import { expect } from '@open-wc/testing';
import { OpenState } from '../../src/faq/open-state.js';

const ids = ['a', 'b', 'c', 'd'];

function state(): OpenState {
  const open = new OpenState();
  open.setItems(ids);
  return open;
}

describe('faq/open-state', () => {
  it('starts closed and opens and closes one question, reporting each change', () => {
    const open = state();
    expect(open.openIds).to.deep.equal([]);
    expect(open.set('b', true)).to.deep.equal([{ id: 'b', open: true }]);
    expect(open.set('b', true)).to.deep.equal([]);
    expect(open.isOpen('b')).to.equal(true);
    expect(open.set('b', false)).to.deep.equal([{ id: 'b', open: false }]);
    expect(open.set('zz', true)).to.deep.equal([]);
  });

  it('lists the open ids in content order, whatever the order they opened in', () => {
    const open = state();
    open.set('d', true);
    open.set('a', true);
    expect(open.openIds).to.deep.equal(['a', 'd']);
  });

  it('applies the exclusive rule: opening one closes the others', () => {
    const open = state();
    open.setExclusive(true);
    open.set('a', true);
    expect(open.set('c', true)).to.deep.equal([
      { id: 'c', open: true },
      { id: 'a', open: false },
    ]);
    expect(open.openIds).to.deep.equal(['c']);
    expect(open.setMany(ids, true), 'expanding all does nothing').to.deep.equal([]);
  });

  it('keeps the first open question when exclusive is turned on', () => {
    const open = state();
    open.setMany(['b', 'c', 'd'], true);
    expect(open.setExclusive(true)).to.deep.equal([
      { id: 'c', open: false },
      { id: 'd', open: false },
    ]);
    expect(open.openIds).to.deep.equal(['b']);
    expect(open.setExclusive(false)).to.deep.equal([]);
  });

  it('opens and closes many in content order, skipping unknown and unchanged ids', () => {
    const open = state();
    open.set('b', true);
    expect(open.setMany(['d', 'b', 'x', 'a'], true)).to.deep.equal([
      { id: 'd', open: true },
      { id: 'a', open: true },
    ]);
    expect(open.setMany(open.openIds, false).map((c) => c.id)).to.deep.equal(['a', 'b', 'd']);
  });

  it('keeps the state of surviving ids across new content and forgets the others silently', () => {
    const open = state();
    open.setMany(['a', 'c'], true);
    const revision = open.revision;
    open.setItems(['c', 'e']);
    expect(open.openIds).to.deep.equal(['c']);
    expect(open.revision).to.be.greaterThan(revision);
    expect(open.set('a', true)).to.deep.equal([]);
  });

  it('changes its revision with every change and only then', () => {
    const open = state();
    const start = open.revision;
    open.set('a', false);
    expect(open.revision).to.equal(start);
    open.set('a', true);
    expect(open.revision).to.equal(start + 1);
  });
});
