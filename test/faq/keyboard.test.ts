import { expect } from '@open-wc/testing';
import { isPlainKey, nextQuestion } from '../../src/faq/keyboard.js';

describe('faq/keyboard', () => {
  it('moves down and up with wrapping, and to the first and last', () => {
    expect(nextQuestion('ArrowDown', 0, 4)).to.equal(1);
    expect(nextQuestion('ArrowDown', 3, 4)).to.equal(0);
    expect(nextQuestion('ArrowUp', 0, 4)).to.equal(3);
    expect(nextQuestion('ArrowUp', 2, 4)).to.equal(1);
    expect(nextQuestion('Home', 2, 4)).to.equal(0);
    expect(nextQuestion('End', 0, 4)).to.equal(3);
  });

  it('ignores other keys, an unknown position and an empty list', () => {
    expect(nextQuestion('Enter', 1, 4)).to.equal(undefined);
    expect(nextQuestion('ArrowDown', -1, 4)).to.equal(undefined);
    expect(nextQuestion('ArrowDown', 0, 0)).to.equal(undefined);
  });

  it('handles only keys without modifiers', () => {
    expect(isPlainKey(new KeyboardEvent('keydown', { key: 'Home' }))).to.equal(true);
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey']) {
      expect(isPlainKey(new KeyboardEvent('keydown', { key: 'Home', [modifier]: true }))).to.equal(
        false,
      );
    }
  });
});
