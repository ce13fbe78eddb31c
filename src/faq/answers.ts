import type { FaqItem } from '../content/types.js';
import { hasMarkup, renderRichText } from '../rich-text/sanitize.js';

/** Marking and unmarking of text nodes: search.ts, passed in from the search's lazy chunk. */
export interface Marker {
  markText(root: Node, terms: readonly string[]): void;
  unmark(root: Element): void;
}

interface Entry {
  html: string;
  level: number;
  readonly node: HTMLElement;
  /** The terms the node is marked with, `''` when unmarked. */
  marked: string;
}

/**
 * The sanitized answers, one node per question id that the element owns and Lit treats as
 * opaque. The node of a question is kept for as long as the question exists: a changed answer
 * or heading level is rendered into it in place, so an edit touches one answer and the list
 * need not render again. Search marks in open answers are managed here too.
 */
export class AnswerNodes {
  readonly #entries = new Map<string, Entry>();
  /** How many nodes hold marks: when none do and none should, marking visits nothing. */
  #markedCount = 0;

  /** The answer node of `item`, rendered at heading level `level`. */
  nodeFor(item: FaqItem, level: number): HTMLElement {
    let entry = this.#entries.get(item.id);
    if (!entry) {
      entry = { html: '', level, node: document.createElement('div'), marked: '' };
      this.#entries.set(item.id, entry);
      this.#fill(entry, item, level);
    } else if (entry.html !== item.answer.html || entry.level !== level) {
      this.#fill(entry, item, level);
    }
    return entry.node;
  }

  /**
   * Server output being adopted: each answer's node there (`.answer-body` in the panel with the
   * item's answer id) becomes the item's node, as if rendered here from the same answer.
   */
  adopt(
    container: Element,
    items: readonly FaqItem[],
    ids: ReadonlyMap<string, { readonly answer: string }>,
    level: number,
  ): void {
    const panels = new Map<string, Element>();
    for (const panel of container.querySelectorAll('.answer[id]')) panels.set(panel.id, panel);
    for (const item of items) {
      const answerId = ids.get(item.id)?.answer;
      const node = answerId ? panels.get(answerId)?.firstElementChild : undefined;
      if (!(node instanceof HTMLElement) || !node.classList.contains('answer-body')) continue;
      this.#entries.set(item.id, { html: item.answer.html, level, node, marked: '' });
    }
  }

  /**
   * New content: answers whose text changed are rendered again into their nodes (the caller need
   * not render the list for that), and the nodes of questions that are gone are dropped.
   */
  update(items: readonly FaqItem[]): void {
    const present = new Set<string>();
    for (const item of items) {
      present.add(item.id);
      const entry = this.#entries.get(item.id);
      if (entry && entry.html !== item.answer.html) this.#fill(entry, item, entry.level);
    }
    for (const [id, entry] of this.#entries) {
      if (present.has(id)) continue;
      if (entry.marked) this.#markedCount--;
      this.#entries.delete(id);
    }
  }

  /**
   * Marks `terms` in the answers of the open questions (`key`: the terms joined, `''` for none)
   * and clears older marks everywhere else. Closed answers are left unmarked: no one sees them,
   * and marking every closed answer on each keystroke cost more than the filtering itself.
   */
  mark(
    isOpen: (id: string) => boolean,
    terms: readonly string[],
    key: string,
    { markText, unmark }: Marker,
  ): void {
    if (!key && !this.#markedCount) return;
    for (const [id, entry] of this.#entries) {
      const wanted = key && isOpen(id) && entry.node.isConnected ? key : '';
      if (entry.marked === wanted) continue;
      if (entry.marked) unmark(entry.node);
      if (wanted) markText(entry.node, terms);
      this.#setMarked(entry, wanted);
    }
  }

  #fill(entry: Entry, item: FaqItem, level: number): void {
    const { html } = item.answer;
    entry.node.className = hasMarkup(html) ? 'answer-body' : 'answer-body plain';
    // Its marks go with the old content: `mark` marks it again if needed.
    entry.node.replaceChildren(renderRichText(item.answer, level));
    entry.html = html;
    entry.level = level;
    this.#setMarked(entry, '');
  }

  #setMarked(entry: Entry, marked: string): void {
    this.#markedCount += (marked ? 1 : 0) - (entry.marked ? 1 : 0);
    entry.marked = marked;
  }
}
