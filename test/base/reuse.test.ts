import { expect } from '@open-wc/testing';
import { reuseList, reuseView } from '../../src/base/reuse.js';

describe('base/reuse', () => {
  it('keeps the previous view when every field is the same', () => {
    const node = {};
    const previous = { a: 1, b: 'x', c: node, d: Number.NaN };
    expect(reuseView(previous, { a: 1, b: 'x', c: node, d: Number.NaN })).to.equal(previous);
    const changed = { a: 1, b: 'x', c: {}, d: Number.NaN };
    expect(reuseView(previous, changed)).to.equal(changed);
    expect(reuseView(undefined, changed)).to.equal(changed);
  });

  it('notices a field that only the new view has', () => {
    const previous = { a: 1 } as { a: number; b?: number };
    const next = { a: 1, b: 2 };
    expect(reuseView(previous, next)).to.equal(next);
  });

  it('keeps the previous list when it holds the same items in the same order', () => {
    const [x, y] = [{}, {}];
    const previous = [x, y];
    expect(reuseList(previous, [x, y])).to.equal(previous);
    expect(reuseList(previous, [y, x])).to.not.equal(previous);
    expect(reuseList(previous, [x])).to.not.equal(previous);
  });
});
