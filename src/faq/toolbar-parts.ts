/**
 * The lazy chunk behind `searchable` and `controls` (see lazy.ts): the toolbar's template, the
 * search (terms, the index of folded texts, the marks in answers and questions). news-faq.ts
 * reaches it only through `import()`, so a FAQ without either attribute never loads it.
 */
import { html } from 'lit-html';
import { fold, matchRanges, splitAtRanges } from './search.js';

export { renderToolbar } from './toolbar.js';
export { SearchIndex } from './search-index.js';
export { markText, marksMatches, searchTerms, unmark } from './search.js';

/** The question text with the marked terms (joined by spaces) in `<mark>`. */
export function markQuestion(question: string, marked: string): unknown {
  const ranges = matchRanges(fold(question), marked.split(' '));
  if (!ranges.length) return question;
  return splitAtRanges(question, ranges).map((piece) =>
    piece.marked ? html`<mark>${piece.text}</mark>` : piece.text,
  );
}
