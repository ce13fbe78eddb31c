import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { NewsContentElement } from '../base/content-element.js';
import { normalizeFaq } from '../content/faq.js';
import { faqJsonLd } from '../content/json-ld.js';
import type { Faq, FaqItem, Normalized } from '../content/types.js';
import { faqLabels, type FaqLabels } from '../i18n/faq-labels.js';
import {
  hasMarkup,
  loadSanitizer,
  needsSanitizer,
  renderRichText,
  richTextToPlain,
} from '../rich-text/sanitize.js';
import { baseStyles } from '../base/base.styles.js';

export type { FaqLabels } from '../i18n/faq-labels.js';

/** `news-toggle` detail: which item changed, its new state, and what changed it. */
export interface NewsToggleDetail {
  /** Position of the item in the content (not among the questions a search shows). */
  index: number;
  id: string;
  open: boolean;
  source: 'user' | 'api' | 'hash' | 'find';
}

type ToggleSource = NewsToggleDetail['source'];

/**
 * Up to this many items, each answer is a `region` landmark labelled by its question. The APG
 * advises against regions when an accordion has more panels than about six, where they would
 * flood the landmark list.
 */
const MAX_REGIONS = 6;

/** How long "Link copied" stays visible. */
const COPIED_MS = 3000;

/** Queries shorter than this (letters, without spaces) filter but mark nothing. */
const MIN_MARKED = 2;

/** Ids of the elements an item renders besides its heading (which carries the item id). */
interface ItemIds {
  readonly button: string;
  readonly answer: string;
}

/**
 * Text folded for searching. `starts`/`ends` give each folded UTF-16 unit's span in the original
 * text; absent when folding kept every unit in place (ASCII text: only the case changed).
 */
interface Folded {
  readonly text: string;
  readonly starts?: readonly number[];
  readonly ends?: readonly number[];
}

/** Any character outside ASCII, where folding may change lengths. */
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Folds text for case- and diacritics-insensitive search: NFKD, combining marks removed, lower
 * case. Done per code point so that every folded unit maps back to the characters it came from
 * (`é` -> `e`, `ﬁ` -> `fi`), which is what lets a match in folded text be highlighted in the
 * original. ASCII text, most of it in practice, only needs lower case, one unit for one.
 */
function fold(source: string): Folded {
  if (!NON_ASCII.test(source)) return { text: source.toLowerCase() };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of source) {
    const folded =
      char < '\x80'
        ? char.toLowerCase()
        : char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    text += folded;
    offset += char.length;
  }
  return { text, starts, ends };
}

/** The search terms of a query: folded, split on white space. */
function searchTerms(query: string): string[] {
  return fold(query)
    .text.split(/\s+/u)
    .filter((term) => term !== '');
}

/** Where any of the terms occurs in the folded text, as merged `[start, end)` ranges of the original. */
function matchRanges(folded: Folded, terms: readonly string[]): [number, number][] {
  const { text, starts, ends } = folded;
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const last = at + term.length - 1;
      ranges.push([starts ? starts[at]! : at, ends ? ends[last]! : last + 1]);
    }
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** Whether a query is long enough to mark matches: one letter would mark nearly every word. */
function marksMatches(terms: readonly string[]): boolean {
  return terms.join('').length >= MIN_MARKED;
}

/** Wraps each match of the terms in the text nodes under `root` in a `<mark>`. */
function markText(root: Node, terms: readonly string[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text as Text);
  for (const text of texts) {
    const { data } = text;
    const ranges = matchRanges(fold(data), terms);
    if (!ranges.length) continue;
    const parts: Node[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) parts.push(document.createTextNode(data.slice(at, start)));
      const mark = document.createElement('mark');
      mark.textContent = data.slice(start, end);
      parts.push(mark);
      at = end;
    }
    if (at < data.length) parts.push(document.createTextNode(data.slice(at)));
    text.replaceWith(...parts);
  }
}

/** Whether the browser supports `hidden="until-found"` (and so find-in-page opens answers). */
function supportsUntilFound(): boolean {
  return typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;
}

/** The decoded URL fragment of the page, without `#`. */
function currentFragment(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a stray `%`: compare the fragment as written
  }
}

/** Escapes text for the HTML string of a markup answer (the answer is sanitized on render). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What every item's rendering shares. */
interface ItemOptions {
  readonly labels: FaqLabels;
  readonly level: number;
  readonly regions: boolean;
  readonly closedValue: string;
  readonly marked: readonly string[];
}

/** The attributes and text of a question button. */
interface QuestionValues {
  readonly id: string;
  readonly expanded: 'true' | 'false';
  readonly controls: string;
  readonly text: unknown;
}

/**
 * A real `<h1>`-`<h6>` element (`id`: the item id) holding the question button: six literal
 * templates, because a tag name cannot be bound in Lit without `unsafeStatic`. The button is
 * written into each rather than nested, which saves a template instance per question.
 */
function heading(level: number, id: string, q: QuestionValues): TemplateResult {
  // prettier-ignore
  switch (level) {
    case 1:
      return html`<h1 id=${id} class="heading"><button type="button" id=${q.id} part="question" class="question" aria-expanded=${q.expanded} aria-controls=${q.controls}>${q.text}</button></h1>`;
    case 2:
      return html`<h2 id=${id} class="heading"><button type="button" id=${q.id} part="question" class="question" aria-expanded=${q.expanded} aria-controls=${q.controls}>${q.text}</button></h2>`;
    case 4:
      return html`<h4 id=${id} class="heading"><button type="button" id=${q.id} part="question" class="question" aria-expanded=${q.expanded} aria-controls=${q.controls}>${q.text}</button></h4>`;
    case 5:
      return html`<h5 id=${id} class="heading"><button type="button" id=${q.id} part="question" class="question" aria-expanded=${q.expanded} aria-controls=${q.controls}>${q.text}</button></h5>`;
    case 6:
      return html`<h6 id=${id} class="heading"><button type="button" id=${q.id} part="question" class="question" aria-expanded=${q.expanded} aria-controls=${q.controls}>${q.text}</button></h6>`;
    default:
      return html`<h3 id=${id} class="heading"><button type="button" id=${q.id} part="question" class="question" aria-expanded=${q.expanded} aria-controls=${q.controls}>${q.text}</button></h3>`;
  }
}

/**
 * An accessible accordion of questions and answers from schema.org `FAQPage` JSON, following the
 * WAI-ARIA Authoring Practices accordion pattern.
 *
 * Each question is a real heading (`heading-level`, default 3) holding a button with
 * `aria-expanded` and `aria-controls`; with six items or fewer each answer is a `region`
 * labelled by its question (beyond that the APG advises against the landmarks). Every question
 * is in the Tab order; Enter and Space toggle; ArrowDown/ArrowUp (wrapping), Home and End move
 * between the questions shown. Closed answers hold no Tab stops.
 *
 * Closed answers are `hidden="until-found"`, so the browser's find-in-page finds their text
 * and opens them (`news-toggle` with source `find`). Browsers without `until-found` get plain
 * `hidden`: there find-in-page cannot see closed answers.
 *
 * Deep links: a question's heading has the item's id, but inside the shadow root, where a URL
 * fragment cannot reach it. So the element watches the fragment itself: when it equals an item
 * id on first render or on `hashchange`, that item opens (source `hash`), a search hiding it is
 * cleared, and it scrolls into view (smoothly unless reduced motion is preferred). Each answer
 * has a "Copy link" button that copies the page URL with that fragment (or, without clipboard
 * access, puts it into the address bar); one polite live region announces "Link copied".
 *
 * `exclusive`: opening a question closes the others, each change firing its own `news-toggle`;
 * `expandAll()` does nothing and "Expand all" is not shown. Turning `exclusive` on keeps only the
 * first open question open.
 *
 * `searchable`: a search box filters questions and answers as you type, ignoring case and
 * diacritics; every word typed must occur. Questions that do not match are not rendered.
 * Matches are marked with `<mark>` in questions and in open answers (rich answers too) once
 * the query has two letters; one letter filters without marking. The number of
 * questions shown is announced in a polite `role="status"` line; Escape clears the search.
 * While a search is active, `expandAll()` opens only the questions shown; `collapseAll()`
 * always closes every question.
 *
 * Progressive enhancement: `<details><summary>Question</summary>answer markup</details>`
 * children are read as the items (source `markup`, an `id` attribute gives the item id), so the
 * page works before and without JavaScript. Once rendered they are not slotted, so they do not
 * show twice. Answers start closed whatever their `open` attribute says (the SPEC's rule).
 *
 * Printing shows every answer and hides the search, buttons and links that only work on
 * screen.
 *
 * @tagname news-faq
 * @summary Accessible, searchable FAQ accordion from schema.org FAQPage JSON.
 *
 * @slot before - Above the questions: a kicker, a title, an introduction.
 * @slot after - Below the questions: related links, a correction note.
 *
 * @csspart list - The container of the questions.
 * @csspart item - One question with its answer.
 * @csspart question - The button that opens and closes an answer (inside the heading).
 * @csspart answer - The answer panel.
 * @csspart toolbar - The row holding the search box and the expand/collapse buttons.
 * @csspart search - The search input.
 * @csspart error - The message shown when the content cannot be used.
 *
 * @cssprop --news-font-family - Font of the element (default: inherited).
 * @cssprop --news-heading-font-family - Font of the questions (default: inherited).
 * @cssprop --news-text-color - Text colour (default: inherited).
 * @cssprop --news-muted-color - Secondary text: result count, copy-link button.
 * @cssprop --news-background - Background (default: transparent).
 * @cssprop --news-accent-color - Buttons, links and the hover colour of questions.
 * @cssprop --news-border-color - Separators between questions, input and button borders.
 * @cssprop --news-radius - Corner radius of the search box and buttons.
 * @cssprop --news-spacing - Base spacing unit (default 1rem).
 * @cssprop --news-max-width - Largest inline size (default 42rem).
 * @cssprop --news-line-height - Line height (default 1.6).
 * @cssprop --news-focus-ring-color - Colour of the keyboard focus ring.
 *
 * @fires news-load - The content was read and rendered; detail `{source}`.
 * @fires news-toggle - A question opened or closed; detail `{index, id, open, source}` (`NewsToggleDetail`). Fired once per item that changed, after the state changed.
 * @fires news-error - The content could not be used, or parts of it were skipped; detail `{code, message, dropped?}`.
 */
export class NewsFaq extends NewsContentElement<Faq> {
  static override styles = [
    baseStyles,
    css`
      .root {
        display: block;
      }

      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: calc(var(--_space) * 0.5) var(--_space);
        margin-block-end: calc(var(--_space) * 0.75);
      }
      .search {
        display: flex;
        flex: 1 1 14rem;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.5rem;
        min-inline-size: 0;
      }
      .search label {
        flex: 1 0 100%;
        font-size: 0.9em;
        font-weight: 600;
      }
      input[type='search'] {
        flex: 1 1 10rem;
        min-inline-size: 0;
        padding: 0.45em 0.7em;
        border: 1px solid var(--_border-color);
        border-radius: var(--_radius);
        font: inherit;
        color: inherit;
        background: transparent;
      }
      input[type='search']::-webkit-search-cancel-button {
        /* Our own "Clear search" button replaces it, the same in every engine. */
        -webkit-appearance: none;
        appearance: none;
      }
      input[type='search']::placeholder {
        color: var(--_muted-color);
        opacity: 1;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .button {
        padding: 0.45em 0.9em;
        border: 1px solid var(--_border-color);
        border-radius: var(--_radius);
        font: inherit;
        font-size: 0.9em;
        color: var(--_accent-color);
        background: transparent;
        cursor: pointer;
      }
      .button:hover {
        border-color: currentColor;
      }

      .status {
        margin: 0 0 calc(var(--_space) * 0.5);
        font-size: 0.9em;
        color: var(--_muted-color);
      }
      .status.idle {
        margin: 0;
      }

      .list {
        border-block-start: 1px solid var(--_border-color);
      }
      /*
       * Items off screen skip style, layout and paint until they come near the viewport (the
       * browser keeps their text findable and in the accessibility tree); a long FAQ then costs
       * about what the screenful a reader sees costs. The remembered size keeps scrolling steady.
       */
      .item {
        border-block-end: 1px solid var(--_border-color);
        content-visibility: auto;
        contain-intrinsic-size: auto 3.5em;
      }
      .heading {
        margin: 0;
        font: inherit;
      }
      /* Block, not flex: the question text and its <mark>s must flow as one run of text. */
      .question {
        display: block;
        position: relative;
        inline-size: 100%;
        margin: 0;
        padding: calc(var(--_space) * 0.75) calc(var(--_space) + 1.05em) calc(var(--_space) * 0.75)
          0.25rem;
        overflow-wrap: anywhere;
        border: 0;
        font: inherit;
        font-family: var(--news-heading-font-family, inherit);
        font-size: 1.05em;
        font-weight: 600;
        line-height: 1.4;
        text-align: start;
        color: inherit;
        background: none;
        cursor: pointer;
      }
      .question:hover {
        color: var(--_accent-color);
        text-decoration: underline;
        text-decoration-thickness: 0.08em;
        text-underline-offset: 0.2em;
      }
      .question:focus-visible {
        outline-offset: -2px;
      }
      /*
       * A chevron drawn with two borders of a pseudo-element (no node per question); physical
       * sides, since "down" is the same in RTL.
       */
      .question::after {
        content: '';
        position: absolute;
        inset-block-start: calc(var(--_space) * 0.75 + 0.3em);
        inset-inline-end: 0.5em;
        inline-size: 0.55em;
        block-size: 0.55em;
        border-right: 2px solid currentColor;
        border-bottom: 2px solid currentColor;
        transform: rotate(45deg);
        transition: transform 0.2s ease;
      }
      .question[aria-expanded='true']::after {
        transform: translateY(0.25em) rotate(-135deg);
      }

      /*
       * The panel itself has no box styles: under hidden="until-found" it is laid out (with
       * content-visibility: hidden), so padding or borders here would show while closed. Its
       * children carry them instead.
       */
      .answer-body {
        padding-inline: 0.25rem;
      }
      .answer-body > :first-child {
        margin-block-start: 0;
      }
      .answer-body > :last-child {
        margin-block-end: 0;
      }
      .answer-body.plain {
        white-space: pre-line;
      }
      .answer-body :is(h1, h2, h3, h4, h5, h6) {
        margin-block: 1em 0.25em;
        font-size: 1em;
        font-family: var(--news-heading-font-family, inherit);
      }
      .answer-body :is(ul, ol) {
        padding-inline-start: 1.5em;
      }
      .answer-footer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.75rem;
        margin: 0;
        padding: calc(var(--_space) * 0.5) 0.25rem var(--_space);
        font-size: 0.85em;
      }
      .copy-link {
        padding: 0.15em 0;
        border: 0;
        font: inherit;
        color: var(--_muted-color);
        background: none;
        text-decoration: underline;
        text-decoration-thickness: 0.08em;
        text-underline-offset: 0.15em;
        cursor: pointer;
      }
      .copy-link:hover {
        color: var(--_accent-color);
      }
      .copied {
        color: var(--_muted-color);
      }
      /* The one live region for "Link copied": read out, while the item shows the words. */
      .copy-status {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        margin: -1px;
        padding: 0;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      mark {
        padding-inline: 0.05em;
        border-radius: 0.15em;
      }

      @media (prefers-reduced-motion: reduce) {
        .question::after {
          transition: none;
        }
      }

      @media (forced-colors: active) {
        .list,
        .item,
        input[type='search'],
        .button {
          border-color: CanvasText;
        }
        .question:focus-visible,
        .button:focus-visible,
        .copy-link:focus-visible,
        input[type='search']:focus-visible {
          outline: 2px solid Highlight;
        }
        .question::after {
          border-color: ButtonText;
        }
      }

      @media print {
        .toolbar,
        .status,
        .answer-footer,
        .question::after {
          display: none !important;
        }
        /* Every answer, closed or not, including hidden="until-found" ones. */
        .answer[hidden] {
          display: block !important;
          content-visibility: visible !important;
        }
        .question {
          padding-block-end: 0.25rem;
          cursor: auto;
        }
        .item {
          break-inside: avoid;
          /* Every item laid out on paper, whether or not it was ever near the viewport. */
          content-visibility: visible;
        }
      }
    `,
  ];

  /** Level of each question heading, 1 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Opening a question closes the others. */
  @property({ type: Boolean, reflect: true }) exclusive = false;

  /** Shows a search box that filters the questions as you type. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Shows "Expand all" and "Collapse all" buttons. */
  @property({ type: Boolean, reflect: true }) controls = false;

  /** Replaces single labels of the element's own controls (see `FaqLabels`). */
  @property({ attribute: false }) labels: Partial<FaqLabels> = {};

  /** The search text as typed. */
  @state() private query = '';

  /** Id of the item whose "Link copied" message shows. */
  @state() private copiedId: string | undefined;

  /** Ids of the open items. */
  #open = new Set<string>();
  /** Counts changes of the questions (ids, texts, order): with the other inputs, what the list shows. */
  #questions = 0;
  /**
   * Rendered answers by item id, kept with the answer HTML and heading level they were made
   * from: re-renders reuse these nodes, and new content re-renders only the answers whose text
   * changed (new content brings new item objects, so identity would re-render every answer).
   */
  #answers = new Map<string, { html: string; level: number; node: HTMLElement }>();
  /** Folded question, and folded question and answer text for filtering, made once per item. */
  #searchText = new WeakMap<FaqItem, { question: Folded; haystack: string }>();
  /** Position of each item id in the content. */
  #indexes = new Map<string, number>();
  /** The answer nodes that hold marks, with the terms they are marked with. */
  #highlighted = new Map<HTMLElement, string>();
  /** 0 to the number of items - 1: what the list shows without a search. */
  #everyIndex: readonly number[] = [];
  #ids = new Map<string, ItemIds>();
  #searchId = 'search';
  /** Changes made during an update, announced once it rendered. */
  #queued: NewsToggleDetail[] = [];
  /** Item to scroll to once rendered. */
  #scrollTo: string | undefined;
  #fragmentChecked = false;
  #copiedTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = this.value?.items ?? [];
    // `value` is protected, so the typed map does not list it.
    if ((changed as PropertyValues).has('value')) {
      const previous = ((changed as PropertyValues).get('value') as Faq | undefined)?.items ?? [];
      // New content with the same ids in the same order (an edited answer) keeps the positions
      // and element ids it had; with the same questions too, the list need not render again.
      const sameIds =
        previous.length === items.length && items.every((item, i) => item.id === previous[i]!.id);
      const sameQuestions =
        sameIds && items.every((item, i) => item.question === previous[i]!.question);
      if (!sameQuestions) this.#questions++;
      if (!sameIds) {
        // Items keep their state across new content when their id survives.
        this.#indexes = new Map(items.map((item, index) => [item.id, index]));
        for (const id of this.#open) if (!this.#indexes.has(id)) this.#open.delete(id);
        for (const [id, answer] of this.#answers) {
          if (this.#indexes.has(id)) continue;
          this.#answers.delete(id);
          this.#highlighted.delete(answer.node);
        }
        this.#assignIds(items);
      }
      // A changed answer is re-rendered into its node, in place: the list itself need not be.
      for (const item of items) {
        const answer = this.#answers.get(item.id);
        if (answer && answer.html !== item.answer.html)
          this.#fillAnswer(answer.node, item, answer.level);
      }
      if (this.value && !this.#fragmentChecked) {
        this.#fragmentChecked = true;
        this.#openFromFragment(true);
      }
    }
    if (changed.has('searchable') && !this.searchable) this.query = '';
    if (changed.has('exclusive') && this.exclusive) {
      // Keep the first open item, as a <details name> group does.
      let kept = false;
      items.forEach((item, index) => {
        if (!this.#open.has(item.id)) return;
        if (!kept) kept = true;
        else {
          this.#open.delete(item.id);
          this.#queued.push({ index, id: item.id, open: false, source: 'api' });
        }
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#highlightAnswers();
    const queued = this.#queued;
    this.#queued = [];
    for (const detail of queued) this.emit<NewsToggleDetail>('news-toggle', detail);
    if (this.#scrollTo !== undefined) {
      const id = this.#scrollTo;
      this.#scrollTo = undefined;
      this.#scrollIntoView(id);
    }
  }

  /** Normalizes FAQPage JSON, `@graph` documents or the `[{question, answer, id?}]` shorthand. */
  protected override normalizeContent(data: unknown, baseUrl: string): Normalized<Faq> {
    return normalizeFaq(data, { baseUrl });
  }

  /** Loads the sanitizer when an answer has markup, so that rendering can stay synchronous. */
  protected override async prepare(faq: Faq): Promise<void> {
    if (needsSanitizer(faq.items.map((item) => item.answer))) await loadSanitizer();
  }

  /** Reads `<details><summary>` children as the shorthand item array. */
  protected override readMarkup(): unknown {
    const details = this.querySelectorAll<HTMLDetailsElement>(':scope > details');
    if (!details.length) return undefined;
    return [...details].map((element) => {
      const summary = element.querySelector(':scope > summary');
      // Reading the page's existing markup (the getter), never writing it: the answer is
      // sanitized like any other when it renders.
      const answer = [...element.childNodes]
        .filter((node) => node !== summary)
        .map((node) =>
          node instanceof Element
            ? node.outerHTML
            : node instanceof Text
              ? escapeText(node.data)
              : '',
        )
        .join('')
        .trim();
      const question = (summary?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return element.id ? { question, answer, id: element.id } : { question, answer };
    });
  }

  /** Changes inside `<details>` children re-read the markup. */
  protected override isMarkupNode(node: Node): boolean {
    // A removed <details> is already detached when the change is reported.
    if (node instanceof HTMLDetailsElement && node.parentNode === null) return true;
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (this.isSameNode(current.parentNode)) return current instanceof HTMLDetailsElement;
    }
    return false;
  }

  /** The FAQPage JSON-LD, with each Question's `@id` the page URL plus `#` and the item id. */
  protected override structuredDataFor(faq: Faq): Record<string, unknown> {
    return faqJsonLd(faq, location.href);
  }

  override render(): TemplateResult {
    let body: TemplateResult | typeof nothing = nothing;
    if (this.error) body = this.renderError(this.error);
    else if (this.value) body = this.#renderFaq(this.value);
    return html`<div class="root">
      <slot name="before"></slot>
      ${body}
      <slot name="after"></slot>
    </div>`;
  }

  #renderFaq(faq: Faq): TemplateResult {
    const labels = this.#labels();
    const terms = searchTerms(this.query);
    const shown = this.#shownIndexes(faq, terms);
    const level = this.#level();
    const regions = faq.items.length <= MAX_REGIONS;
    const closedValue = supportsUntilFound() ? 'until-found' : '';
    const marked = marksMatches(terms) ? terms : [];
    const markedKey = marked.join(' ');
    // The live region stays in the page while searchable, so that changes to it are announced.
    const status = terms.length
      ? shown.length
        ? labels.results(shown.length)
        : labels.noResults
      : '';
    return html`
      ${
        this.searchable || this.controls
          ? html`<div part="toolbar" class="toolbar">
              ${this.searchable ? this.#renderSearch(labels) : nothing}
              ${
                this.controls
                  ? html`<div class="actions">
                      ${
                        this.exclusive
                          ? nothing
                          : html`<button
                              type="button"
                              class="button"
                              @click=${() => this.#expandAll('user')}
                            >
                              ${labels.expandAll}
                            </button>`
                      }
                      <button
                        type="button"
                        class="button"
                        @click=${() => this.#collapseAll('user')}
                      >
                        ${labels.collapseAll}
                      </button>
                    </div>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        this.searchable
          ? html`<p role="status" class=${status ? 'status' : 'status idle'}>${status}</p>`
          : nothing
      }
      <div
        part="list"
        class="list"
        @click=${this.#onListClick}
        @keydown=${this.#onQuestionKeydown}
        @beforematch=${this.#onBeforeMatch}
      >
        ${guard(
          [
            this.#questions,
            terms.length ? shown.join() : '',
            [...this.#open].join(' '),
            this.copiedId,
            markedKey,
            level,
            closedValue,
            labels.copyLink,
            labels.linkCopied,
          ],
          () => this.#renderItems(faq, shown, { labels, level, regions, closedValue, marked }),
        )}
      </div>
      <p role="status" class="copy-status">${this.copiedId ? labels.linkCopied : ''}</p>
    `;
  }

  /**
   * The questions shown. Rendered again only when what the list shows changes (the guard around
   * the call): an edited answer is re-rendered into its node by `willUpdate`, and an item whose
   * inputs did not change is skipped by its own guard.
   */
  #renderItems(faq: Faq, shown: readonly number[], options: ItemOptions): unknown {
    const { labels, level, regions, closedValue, marked } = options;
    const markedKey = marked.join(' ');
    return repeat(
      shown,
      (index) => faq.items[index]!.id,
      (index) => {
        const item = faq.items[index]!;
        const ids = this.#ids.get(item.id);
        // Everything an item's DOM depends on: an item whose inputs are unchanged (the
        // other 999 when one question opens) is not re-rendered at all.
        const deps = [
          item.id,
          item.question,
          item.answer.html,
          this.#open.has(item.id),
          this.copiedId === item.id,
          ids?.button,
          ids?.answer,
          markedKey,
          level,
          regions,
          closedValue,
          labels.copyLink,
          labels.linkCopied,
        ];
        return guard(deps, () => this.#renderItem(item, options));
      },
    );
  }

  #renderSearch(labels: FaqLabels): TemplateResult {
    return html`<div class="search">
      <label for=${this.#searchId}>${labels.search}</label>
      <input
        id=${this.#searchId}
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${labels.searchPlaceholder}
        .value=${live(this.query)}
        @input=${this.#onSearchInput}
        @keydown=${this.#onSearchKeydown}
      />
      ${
        this.query
          ? html`<button type="button" class="button" @click=${this.#clearSearch}>
              ${labels.clearSearch}
            </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * One question and answer. Written without white space between tags, because a thousand
   * items would otherwise carry thousands of empty text nodes; events are handled on the list.
   */
  #renderItem(item: FaqItem, options: ItemOptions): TemplateResult {
    const { labels, level, regions, closedValue, marked } = options;
    const open = this.#open.has(item.id);
    const ids = this.#ids.get(item.id) ?? {
      button: `${item.id}-question`,
      answer: `${item.id}-answer`,
    };
    const question: QuestionValues = {
      id: ids.button,
      expanded: open ? 'true' : 'false',
      controls: ids.answer,
      text: this.#highlight(item, marked),
    };
    const copied =
      this.copiedId === item.id ? html`<span class="copied">${labels.linkCopied}</span>` : nothing;
    // prettier-ignore
    return html`<div part="item" class="item">${heading(level, item.id, question)}<div id=${ids.answer} part="answer" class="answer" role=${regions ? 'region' : nothing} aria-labelledby=${regions ? ids.button : nothing} hidden=${open ? nothing : closedValue}>${this.#answerNode(item, level)}<p class="answer-footer"><button type="button" class="copy-link">${labels.copyLink}</button>${copied}</p></div></div>`;
  }

  /** The question with the search terms marked. */
  #highlight(item: FaqItem, terms: readonly string[]): unknown {
    const text = item.question;
    if (!terms.length) return text;
    const ranges = matchRanges(this.#searchTextOf(item).question, terms);
    if (!ranges.length) return text;
    const parts: unknown[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) parts.push(text.slice(at, start));
      parts.push(html`<mark>${text.slice(start, end)}</mark>`);
      at = end;
    }
    if (at < text.length) parts.push(text.slice(at));
    return parts;
  }

  /** The sanitized answer, rendered once per item id, answer text and heading level. */
  #answerNode(item: FaqItem, level: number): HTMLElement {
    const cached = this.#answers.get(item.id);
    if (cached?.level === level && cached.html === item.answer.html) return cached.node;
    return this.#fillAnswer(document.createElement('div'), item, level);
  }

  /** Renders an item's answer into `node` (replacing what it held) and remembers it. */
  #fillAnswer(node: HTMLElement, item: FaqItem, level: number): HTMLElement {
    const { html: source } = item.answer;
    node.className = hasMarkup(source) ? 'answer-body' : 'answer-body plain';
    node.replaceChildren(renderRichText(item.answer, level));
    this.#answers.set(item.id, { html: source, level, node });
    // Its marks went with the old content: #highlightAnswers marks it again if needed.
    this.#highlighted.delete(node);
    return node;
  }

  /**
   * Marks the search terms in the open answers shown, in the answer nodes Lit treats as opaque.
   * Closed answers are left alone (and cleared of older marks): no one sees them, and marking
   * every closed answer on each keystroke cost more than the filtering itself. An answer is
   * marked when it opens.
   */
  #highlightAnswers(): void {
    const terms = searchTerms(this.query);
    const marked = marksMatches(terms) ? terms : [];
    const key = marked.join(' ');
    // Nothing to mark and nothing marked: the usual case, without visiting every item.
    if (!key && !this.#highlighted.size) return;
    for (const item of this.value?.items ?? []) {
      const node = this.#answers.get(item.id)?.node;
      if (!node) continue;
      const current = this.#highlighted.get(node) ?? '';
      const wanted = this.#open.has(item.id) && node.isConnected ? key : '';
      if (current === wanted) continue;
      if (wanted) this.#highlighted.set(node, wanted);
      else this.#highlighted.delete(node);
      if (current) {
        for (const mark of node.querySelectorAll('mark')) mark.replaceWith(...mark.childNodes);
        node.normalize();
      }
      if (wanted) markText(node, marked);
    }
  }

  /** Folded texts of an item, made on first use. Throws like richTextToPlain before the sanitizer. */
  #searchTextOf(item: FaqItem): { question: Folded; haystack: string } {
    let text = this.#searchText.get(item);
    if (!text) {
      const question = fold(item.question);
      // At the level the answer was rendered with: its sanitized fragment is cached already.
      const answer = richTextToPlain(item.answer, this.#level());
      text = { question, haystack: `${question.text}\n${fold(answer).text}` };
      this.#searchText.set(item, text);
    }
    return text;
  }

  /** Indexes of the items the search shows, in content order. */
  #shownIndexes(faq: Faq, terms: readonly string[]): readonly number[] {
    if (!terms.length) {
      if (this.#everyIndex.length !== faq.items.length) {
        this.#everyIndex = faq.items.map((_item, index) => index);
      }
      return this.#everyIndex;
    }
    const indexes: number[] = [];
    faq.items.forEach((item, index) => {
      const { haystack } = this.#searchTextOf(item);
      if (terms.every((term) => haystack.includes(term))) indexes.push(index);
    });
    return indexes;
  }

  #level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 3;
  }

  #labels(): FaqLabels {
    return faqLabels(this.effectiveLocale, this.labels ?? {});
  }

  /**
   * Element ids besides each heading's item id: derived from the item id and made unique
   * against every item id, since content ids may be any token.
   */
  #assignIds(items: readonly FaqItem[]): void {
    const taken = new Set(items.map((item) => item.id));
    const unique = (base: string): string => {
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return id;
    };
    this.#ids = new Map(
      items.map((item) => [
        item.id,
        { button: unique(`${item.id}-question`), answer: unique(`${item.id}-answer`) },
      ]),
    );
    this.#searchId = unique('search');
  }

  /** Opens or closes one item and, in exclusive mode, closes the others; fires `news-toggle`. */
  #setOpen(index: number, open: boolean, source: ToggleSource): boolean {
    const items = this.value?.items ?? [];
    const item = items[index];
    if (!item) return false;
    if (this.#open.has(item.id) === open) return open;
    const changes: NewsToggleDetail[] = [{ index, id: item.id, open, source }];
    if (open) {
      this.#open.add(item.id);
      if (this.exclusive) {
        items.forEach((other, otherIndex) => {
          if (otherIndex !== index && this.#open.delete(other.id)) {
            changes.push({ index: otherIndex, id: other.id, open: false, source });
          }
        });
      }
    } else {
      this.#open.delete(item.id);
    }
    this.requestUpdate();
    for (const detail of changes) this.emit<NewsToggleDetail>('news-toggle', detail);
    return open;
  }

  #expandAll(source: ToggleSource): void {
    const faq = this.value;
    if (!faq || this.exclusive) return;
    for (const index of this.#shownIndexes(faq, searchTerms(this.query))) {
      this.#setOpen(index, true, source);
    }
  }

  #collapseAll(source: ToggleSource): void {
    const items = this.value?.items ?? [];
    items.forEach((_item, index) => this.#setOpen(index, false, source));
  }

  /** Opens the item the URL fragment names; `initial` when the content first rendered. */
  #openFromFragment(initial: boolean): void {
    const id = currentFragment();
    const items = this.value?.items ?? [];
    const index = id ? items.findIndex((item) => item.id === id) : -1;
    if (index < 0) return;
    if (this.query && !this.#shownIndexes(this.value!, searchTerms(this.query)).includes(index)) {
      this.query = '';
    }
    if (initial) {
      // Inside willUpdate: change the state now, announce it once rendered.
      if (!this.#open.has(id)) {
        this.#open.add(id);
        if (this.exclusive) {
          for (const other of items) if (other.id !== id) this.#open.delete(other.id);
        }
        this.#queued.push({ index, id, open: true, source: 'hash' });
      }
    } else {
      this.#setOpen(index, true, 'hash');
    }
    this.#scrollTo = id;
    // Outside an update (hashchange), make sure one runs to scroll, even if nothing changed.
    if (!initial) this.requestUpdate();
  }

  #scrollIntoView(id: string): void {
    const target = [...this.renderRoot.querySelectorAll('.heading')].find((node) => node.id === id);
    if (!target) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }

  async #copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url.href);
    } catch {
      // No clipboard access (insecure page, permission denied): put the link into the address
      // bar instead, where the reader can copy it.
      location.hash = url.hash;
      return;
    }
    this.copiedId = id;
    clearTimeout(this.#copiedTimer);
    this.#copiedTimer = setTimeout(() => {
      this.copiedId = undefined;
    }, COPIED_MS);
  }

  #onHashChange = (): void => {
    this.#openFromFragment(false);
  };

  /** The position in the content of the item holding `node` (its heading carries the item id). */
  #itemIndex(node: Element): number {
    const id = node.closest('.item')?.firstElementChild?.id;
    return id === undefined ? -1 : (this.#indexes.get(id) ?? -1);
  }

  /** Clicks on any question or "Copy link" button, handled once for the whole list. */
  #onListClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const index = this.#itemIndex(button);
    const item = this.value?.items[index];
    if (!item) return;
    if (button.classList.contains('question'))
      this.#setOpen(index, !this.#open.has(item.id), 'user');
    else if (button.classList.contains('copy-link')) void this.#copyLink(item.id);
  };

  /** Find-in-page matched text in a closed answer: the browser is about to reveal it. */
  #onBeforeMatch = (event: Event): void => {
    const index = this.#itemIndex(event.target as Element);
    if (index >= 0) this.#setOpen(index, true, 'find');
  };

  #onQuestionKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as Element;
    if (!target.classList.contains('question')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.question')];
    const current = buttons.indexOf(target as HTMLButtonElement);
    if (current < 0) return;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = (current + 1) % buttons.length;
        break;
      case 'ArrowUp':
        next = (current - 1 + buttons.length) % buttons.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons[next]!.focus();
  };

  #onSearchInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  #onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.query) return;
    // Handled here, so a dialog around the element does not close on the same key.
    event.preventDefault();
    event.stopPropagation();
    this.query = '';
  };

  #clearSearch = (): void => {
    this.query = '';
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };

  /** Opens every question shown (all, unless a search filters them); nothing when `exclusive`. */
  expandAll(): void {
    this.#expandAll('api');
  }

  /** Closes every question. */
  collapseAll(): void {
    this.#collapseAll('api');
  }

  /**
   * Opens or closes the question at `indexOrId` (its position in the content, or its id);
   * `force` sets the state instead of flipping it. Returns the new open state; an unknown
   * question returns false and changes nothing.
   */
  toggle(indexOrId: number | string, force?: boolean): boolean {
    const items = this.value?.items ?? [];
    const index =
      typeof indexOrId === 'number' ? indexOrId : items.findIndex((item) => item.id === indexOrId);
    const item = Number.isInteger(index) ? items[index] : undefined;
    if (!item) return false;
    return this.#setOpen(index, force ?? !this.#open.has(item.id), 'api');
  }
}
