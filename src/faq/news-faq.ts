import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../base/base.styles.js';
import { NewsContentElement } from '../base/content-element.js';
import { clampHeadingLevel } from '../base/heading.js';
import { jsonLdOutput } from '../base/structured-data.js';
import { normalizeFaq } from '../content/faq.js';
import type { FaqInput } from '../content/input.js';
import type { Faq, FaqItem, Normalized } from '../content/types.js';
import type { NewsToggleDetail, ToggleSource } from '../events.js';
import type { Labels } from '../i18n/labels.js';
import { loadSanitizer, needsSanitizer } from '../rich-text/sanitize.js';
import { AnswerNodes } from './answers.js';
import { FragmentLinksController } from './fragment-links.js';
import {
  elementIds,
  ItemViews,
  MAX_REGIONS,
  renderList,
  type ItemIds,
  type ItemView,
} from './items.js';
import { faqContentCss } from './faq-content.styles.js';
import { isPlainKey, nextQuestion } from './keyboard.js';
import {
  detailsReader,
  hasDetails,
  hasMarkupAnswers,
  isDetailsNode,
  toolbarParts,
  type ToolbarParts,
} from './lazy.js';
import { faqStyles } from './news-faq.styles.js';
import { OpenState, type OpenChange } from './open-state.js';
import type { SearchIndex } from './search-index.js';

/** Whether the browser supports `hidden="until-found"` (and so find-in-page opens answers). */
function supportsUntilFound(): boolean {
  return 'onbeforematch' in HTMLElement.prototype;
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
 * `openIds` lists the ids of the open questions, in content order (read-only).
 *
 * Printing shows every answer and hides the search, buttons and links that only work on
 * screen.
 *
 * @tagname news-faq
 * @summary Accessible, searchable FAQ accordion from schema.org FAQPage JSON.
 *
 * The questions and answers render into the light DOM (a `<div data-news-content>` child); the
 * shadow root holds the frame (toolbar, live regions, error). Server output of
 * `news-elements/server` for the same content is adopted as it is, without rendering it again.
 *
 * @slot before - Above the questions: a kicker, a title, an introduction.
 * @slot after - Below the questions: related links, a correction note.
 *
 * @csspart list - Light DOM: The container of the questions.
 * @csspart item - Light DOM: One question with its answer.
 * @csspart question - Light DOM: The button that opens and closes an answer (inside the heading).
 * @csspart answer - Light DOM: The answer panel.
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
 * @fires news-toggle - A question opened or closed; detail `{index, id, open, source}` (`NewsToggleDetail`). Fired once per item that changed, after the DOM shows the change (so `aria-expanded` already matches `open`), whatever changed it.
 * @fires news-error - The content could not be used, or parts of it were skipped; detail `{code, message, dropped?}`.
 */
export class NewsFaq extends NewsContentElement<Faq, FaqInput> {
  static override styles = [baseStyles, faqStyles];

  /** Level of each question heading, 1 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Opening a question closes the others. */
  @property({ type: Boolean, reflect: true }) exclusive = false;

  /** Shows a search box that filters the questions as you type. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Shows "Expand all" and "Collapse all" buttons. */
  @property({ type: Boolean, reflect: true }) controls = false;

  /** The search text as typed. */
  @state() private query = '';

  readonly #open = new OpenState();
  readonly #answers = new AnswerNodes();
  /** Made with the toolbar's chunk, on the first search. */
  #search?: SearchIndex;
  /** 0 to the number of items - 1: the questions shown without a search, kept per length. */
  #every: readonly number[] = [];
  /** True while an update waits for the toolbar's chunk (see `scheduleUpdate`). */
  #waiting = false;
  readonly #links = new FragmentLinksController(this, {
    open: (id) => this.#openFromFragment(id),
    target: (id) =>
      [...(this.contentContainer?.querySelectorAll('.heading') ?? [])].find(
        (node) => node.id === id,
      ),
  });
  /** Position of each item id in the content. */
  #indexes = new Map<string, number>();
  /** Element ids of each item's button and answer, unique against every item id. */
  #ids = new Map<string, ItemIds>();
  #searchId = 'search';
  /** The item views last rendered (see items.ts). */
  readonly #views = new ItemViews();
  /** Toggles made, announced together once the DOM shows them (in `updated`). */
  #queued: NewsToggleDetail[] = [];
  /** True from `willUpdate` until the update's toggles are announced. */
  #updating = false;
  #fragmentChecked = false;

  /** Ids of the open questions, in content order. */
  get openIds(): readonly string[] {
    return this.#open.openIds;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#updating = true;
    // `value` is protected, so the typed map does not list it.
    if ((changed as PropertyValues).has('value')) this.#contentChanged(this.value?.items ?? []);
    if (changed.has('searchable') && !this.searchable) this.query = '';
    if (changed.has('exclusive') || !this.hasUpdated) {
      this.#commit(this.#open.setExclusive(this.exclusive), 'api');
    }
  }

  /**
   * With `searchable` or `controls`, an update waits for the toolbar's chunk, so the toolbar
   * first shows in the same frame as the questions and nothing below it moves. Should the chunk
   * fail to load, the questions render without it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if ((this.searchable || this.controls) && !toolbarParts.loaded()) {
      this.#waiting = true;
      const update = () => {
        this.#waiting = false;
        return super.scheduleUpdate();
      };
      return toolbarParts.load().then(update, update);
    }
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Marks exist only once the search's chunk has loaded.
    const parts = toolbarParts.loaded();
    if (parts) {
      const terms = this.#terms();
      const marked = parts.marksMatches(terms) ? terms : [];
      this.#answers.mark((id) => this.#open.isOpen(id), marked, marked.join(' '), parts);
    }
    // The one place toggles are announced: after the DOM shows them, whatever made them.
    const queued = this.#queued;
    this.#queued = [];
    this.#updating = false;
    for (const detail of queued) this.emit('news-toggle', detail);
  }

  /** Normalizes FAQPage JSON, `@graph` documents or the `[{question, answer, id?}]` shorthand. */
  protected override normalizeContent(data: unknown, baseUrl: string): Normalized<Faq> {
    return normalizeFaq(data, { baseUrl, isTakenId: this.isTakenId });
  }

  /** Loads the sanitizer when an answer has markup, so that rendering can stay synchronous. */
  protected override async prepare(faq: Faq): Promise<void> {
    if (needsSanitizer(faq.items.map((item) => item.answer))) await loadSanitizer();
  }

  /**
   * Reads `<details><summary>` children as the shorthand item array: a promise, which the
   * content pipeline awaits, as the reader is a lazy chunk. Answers with markup need the
   * sanitizer too, so both chunks load at once.
   */
  protected override readMarkup(): unknown {
    if (!hasDetails(this)) return undefined;
    if (hasMarkupAnswers(this)) loadSanitizer().catch(() => undefined);
    return detailsReader.load().then(({ readDetails }) => readDetails(this));
  }

  /** Changes inside `<details>` children re-read the markup. */
  protected override isMarkupNode(node: Node): boolean {
    return isDetailsNode(this, node);
  }

  /**
   * The FAQPage JSON-LD, with each Question's `@id` the page URL plus `#` and the item id, and
   * each answer as rendered (sanitized).
   */
  protected override async structuredDataFor(faq: Faq): Promise<Record<string, unknown>> {
    const { faqStructuredData } = await jsonLdOutput.load();
    return faqStructuredData(faq, this.#level(), location.href);
  }

  protected override readonly contentTag = 'div';
  protected override readonly contentCss = faqContentCss;

  /** The questions shown, as `render()` found them for `renderContent()` in the same update. */
  #shown: readonly number[] = [];

  /** The frame: slots, toolbar, live regions and error; the questions are light-DOM content. */
  override render(): TemplateResult {
    let body: TemplateResult | typeof nothing = nothing;
    if (this.error) body = this.renderError(this.error);
    else if (this.value) body = this.#renderFrame(this.value);
    return html`<div class="root">
      <slot name="before"></slot>
      ${body}
      <slot name="after"></slot>
    </div>`;
  }

  /** The list of questions, in the light DOM. */
  protected override renderContent(faq: Faq): unknown {
    return renderList(this.#itemViews(faq, this.#shown, this.#terms(), this.currentLabels), {
      click: this.#onListClick,
      keydown: this.#onQuestionKeydown,
      beforematch: this.#onBeforeMatch,
    });
  }

  #renderFrame(faq: Faq): TemplateResult {
    const labels = this.currentLabels;
    const terms = this.#terms();
    const shown = (this.#shown = this.#shownFor(faq, terms));
    // The live region stays in the page while searchable, so that changes to it are announced.
    const status = terms.length
      ? shown.length
        ? labels.results(shown.length)
        : labels.noResults
      : '';
    const parts = this.#toolbarParts();
    return html`
      ${
        parts?.renderToolbar({
          labels,
          searchable: this.searchable,
          controls: this.controls,
          exclusive: this.exclusive,
          query: this.query,
          searchId: this.#searchId,
          onExpandAll: this.#onExpandAll,
          onCollapseAll: this.#onCollapseAll,
          onSearchInput: this.#onSearchInput,
          onSearchKeydown: this.#onSearchKeydown,
          onClearSearch: this.#clearSearch,
        }) ?? nothing
      }
      ${
        this.searchable && parts
          ? html`<p role="status" class=${status ? 'status' : 'status idle'}>${status}</p>`
          : nothing
      }
      <slot name="news-content"></slot>
      <p role="status" class="copy-status">${this.#links.copiedId ? labels.linkCopied : ''}</p>
    `;
  }

  /** The views of the questions shown: the same list while nothing they show changed. */
  #itemViews(
    faq: Faq,
    shown: readonly number[],
    terms: readonly string[],
    labels: Labels,
  ): readonly ItemView[] {
    const level = this.#level();
    const parts = toolbarParts.loaded();
    const marked = parts?.marksMatches(terms) ? terms.join(' ') : '';
    return this.#views.build(faq.items, shown, {
      level,
      region: faq.items.length <= MAX_REGIONS,
      closedValue: supportsUntilFound() ? 'until-found' : '',
      marked,
      markQuestion: marked ? parts?.markQuestion : undefined,
      copiedId: this.#links.copiedId,
      labels,
      isOpen: (id) => this.#open.isOpen(id),
      ids: (id) => this.#ids.get(id),
      answer: (item) => this.#answers.nodeFor(item, level),
    });
  }

  #level(): number {
    return clampHeadingLevel(this.headingLevel, 3);
  }

  /** The toolbar's chunk while the toolbar shows (`searchable` or `controls`) and it has loaded. */
  #toolbarParts(): ToolbarParts | undefined {
    return this.searchable || this.controls ? toolbarParts.loaded() : undefined;
  }

  /** The search terms typed (none before the search's chunk has loaded: nothing was typed). */
  #terms(): readonly string[] {
    const parts = toolbarParts.loaded();
    return parts && this.query ? parts.searchTerms(this.query) : [];
  }

  /** Indexes of the questions the search shows: all of them, in order, without one. */
  #shownFor(faq: Faq, terms: readonly string[]): readonly number[] {
    const parts = toolbarParts.loaded();
    if (parts && terms.length) {
      return (this.#search ??= new parts.SearchIndex()).shown(faq, terms, this.#level());
    }
    if (this.#every.length !== faq.items.length) this.#every = faq.items.map((_item, i) => i);
    return this.#every;
  }

  /** New content: positions, element ids and open state follow the items' ids. */
  #contentChanged(items: readonly FaqItem[]): void {
    const ids = items.map((item) => item.id);
    const sameIds =
      ids.length === this.#indexes.size && ids.every((id, i) => this.#indexes.get(id) === i);
    if (!sameIds) {
      this.#indexes = new Map(ids.map((id, index) => [id, index]));
      this.#assignIds(ids);
    }
    this.#open.setItems(ids);
    // Server output: its answer nodes become the answers' nodes, so hydration keeps them.
    const server = this.serverContent;
    if (server) this.#answers.adopt(server, items, this.#ids, this.#level());
    // A changed answer is rendered into its node in place: the list itself need not be.
    this.#answers.update(items);
    if (this.value && !this.#fragmentChecked) {
      this.#fragmentChecked = true;
      // Server output is adopted as it is (closed): a question the URL names opens once it is.
      if (server) void this.updateComplete.then(() => this.#links.openInitial());
      else this.#links.openInitial();
    }
  }

  /** Element ids besides each heading's item id, unique against every item id. */
  #assignIds(itemIds: readonly string[]): void {
    const { items, search } = elementIds(itemIds);
    this.#ids = items;
    this.#searchId = search;
  }

  /**
   * Queues the changes for announcement and, outside an update, renders them at once, so that
   * the DOM shows a toggle by the time `toggle()` returns and its `news-toggle` is heard.
   */
  #commit(changes: readonly OpenChange[], source: ToggleSource): void {
    if (!changes.length) return;
    for (const { id, open } of changes) {
      this.#queued.push({ index: this.#indexes.get(id) ?? -1, id, open, source });
    }
    this.requestUpdate();
    // While the toolbar's chunk loads, the update waiting for it shows the change.
    if (!this.#updating && !this.#waiting) this.performUpdate();
  }

  #setOpen(id: string, open: boolean, source: ToggleSource): boolean {
    this.#commit(this.#open.set(id, open), source);
    return this.#open.isOpen(id);
  }

  #expandAll(source: ToggleSource): void {
    const faq = this.value;
    if (!faq) return;
    const shown = this.#shownFor(faq, this.#terms());
    const ids = shown.flatMap((index) => faq.items[index]?.id ?? []);
    this.#commit(this.#open.setMany(ids, true), source);
  }

  #collapseAll(source: ToggleSource): void {
    this.#commit(this.#open.setMany(this.#open.openIds, false), source);
  }

  /** The fragment names a question: show it (clearing a search that hides it) and open it. */
  #openFromFragment(id: string): boolean {
    const faq = this.value;
    const index = this.#indexes.get(id);
    if (!faq || index === undefined) return false;
    if (this.query && !this.#shownFor(faq, this.#terms()).includes(index)) this.query = '';
    this.#setOpen(id, true, 'hash');
    return true;
  }

  /** The item id of the item holding `node` (its heading carries the id). */
  #itemId(node: Element): string | undefined {
    const id = node.closest('.item')?.firstElementChild?.id;
    return id !== undefined && this.#indexes.has(id) ? id : undefined;
  }

  /** Clicks on any question or "Copy link" button, handled once for the whole list. */
  #onListClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest('button');
    const id = button ? this.#itemId(button) : undefined;
    if (!button || id === undefined) return;
    if (button.classList.contains('question')) this.#setOpen(id, !this.#open.isOpen(id), 'user');
    else if (button.classList.contains('copy-link')) void this.#links.copy(id);
  };

  /** Find-in-page matched text in a closed answer: the browser is about to reveal it. */
  #onBeforeMatch = (event: Event): void => {
    const id = this.#itemId(event.target as Element);
    if (id !== undefined) this.#setOpen(id, true, 'find');
  };

  #onQuestionKeydown = (event: KeyboardEvent): void => {
    const target = event.target as Element;
    if (!isPlainKey(event) || !target.classList.contains('question')) return;
    const buttons = [
      ...(this.contentContainer?.querySelectorAll<HTMLButtonElement>('.question') ?? []),
    ];
    const next = nextQuestion(
      event.key,
      buttons.indexOf(target as HTMLButtonElement),
      buttons.length,
    );
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  #onExpandAll = (): void => this.#expandAll('user');
  #onCollapseAll = (): void => this.#collapseAll('user');

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
    const item =
      typeof indexOrId === 'number'
        ? Number.isInteger(indexOrId)
          ? items[indexOrId]
          : undefined
        : items.find((candidate) => candidate.id === indexOrId);
    if (!item) return false;
    return this.#setOpen(item.id, force ?? !this.#open.isOpen(item.id), 'api');
  }
}
