import type { Faq, FaqItem } from '../content/types.js';
import { richTextToPlain } from '../rich-text/sanitize.js';
import { fold, matchesAll, type Folded } from './search.js';

interface ItemText {
  readonly question: Folded;
  readonly haystack: string;
}

/**
 * The folded text of each question and answer, made on first search and kept per item object
 * (new content brings new objects), and the questions a search shows.
 */
export class SearchIndex {
  readonly #texts = new WeakMap<FaqItem, ItemText>();
  /** 0 to the number of items - 1: what the list shows without a search, one array per length. */
  #every: readonly number[] = [];

  /**
   * Folded texts of an item. The answer is read at the heading level it was rendered with, so
   * its sanitized fragment is cached already. Throws like `richTextToPlain` before the sanitizer.
   */
  textOf(item: FaqItem, level: number): ItemText {
    let text = this.#texts.get(item);
    if (!text) {
      const question = fold(item.question);
      const answer = richTextToPlain(item.answer, level);
      text = { question, haystack: `${question.text}\n${fold(answer).text}` };
      this.#texts.set(item, text);
    }
    return text;
  }

  /** Indexes of the items that contain every term, in content order (all, without terms). */
  shown(faq: Faq, terms: readonly string[], level: number): readonly number[] {
    if (!terms.length) {
      if (this.#every.length !== faq.items.length) this.#every = faq.items.map((_item, i) => i);
      return this.#every;
    }
    const indexes: number[] = [];
    faq.items.forEach((item, index) => {
      if (matchesAll(this.textOf(item, level).haystack, terms)) indexes.push(index);
    });
    return indexes;
  }
}
