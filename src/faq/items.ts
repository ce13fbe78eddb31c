import { html, nothing, type TemplateResult } from 'lit-html';
import { guard } from 'lit-html/directives/guard.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { heading } from '../base/heading.js';
import { reuseList, reuseView } from '../base/reuse.js';
import type { FaqItem } from '../content/types.js';
import type { FaqLabels } from '../i18n/labels.js';

/**
 * Up to this many items, each answer is a `region` landmark labelled by its question. The APG
 * advises against regions when an accordion has more panels than about six, where they would
 * flood the landmark list.
 */
export const MAX_REGIONS = 6;

/**
 * Everything one question's DOM shows, and nothing else: `renderItem` reads only this, so an
 * input that is not in the view cannot be forgotten by a re-render. Views are compared field by
 * field (`reuseView`); an unchanged view is the same object, and Lit's `guard` skips its item.
 */
export interface ItemView {
  /** The item id, on the heading (the deep-link target). */
  readonly id: string;
  readonly question: string;
  /** The search terms marked in the question, joined by spaces; `''` for none. */
  readonly marked: string;
  /** Marks the terms in the question (the search's chunk); absent where nothing is marked. */
  readonly markQuestion: QuestionMarker | undefined;
  readonly open: boolean;
  /** Whether "Link copied" shows in this answer. */
  readonly copied: boolean;
  readonly buttonId: string;
  readonly answerId: string;
  /** The sanitized answer: a node in the browser (see AnswerNodes), HTML on the server. */
  readonly answer: unknown;
  readonly level: number;
  /** Whether the answer is a `region` landmark labelled by its question. */
  readonly region: boolean;
  /** The `hidden` value of a closed answer: `until-found` where supported, else `''`. */
  readonly closedValue: string;
  readonly copyLink: string;
  readonly linkCopied: string;
}

/** The question text with the marked terms (joined by spaces) in `<mark>`. */
export type QuestionMarker = (question: string, marked: string) => unknown;

/** What the views of one render share, and where the per-item state comes from. */
export interface ItemInputs {
  readonly level: number;
  readonly region: boolean;
  readonly closedValue: string;
  readonly marked: string;
  readonly markQuestion?: QuestionMarker | undefined;
  readonly copiedId: string | undefined;
  readonly labels: Pick<FaqLabels, 'copyLink' | 'linkCopied'>;
  isOpen(id: string): boolean;
  ids(id: string): { readonly button: string; readonly answer: string } | undefined;
  answer(item: FaqItem): unknown;
}

/** The element ids of one item besides its heading's item id. */
export interface ItemIds {
  readonly button: string;
  readonly answer: string;
}

/**
 * Element ids of each item's button and answer, and of the search box, unique against every item
 * id: the same in the browser and on the server, so server output can be adopted.
 */
export function elementIds(itemIds: readonly string[]): {
  items: Map<string, ItemIds>;
  search: string;
} {
  const taken = new Set(itemIds);
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const items = new Map(
    itemIds.map((id) => [id, { button: unique(`${id}-question`), answer: unique(`${id}-answer`) }]),
  );
  return { items, search: unique('search') };
}

/** Handlers of the list's events (none on the server). */
export interface ListHandlers {
  readonly click?: ((event: MouseEvent) => void) | undefined;
  readonly keydown?: ((event: KeyboardEvent) => void) | undefined;
  readonly beforematch?: ((event: Event) => void) | undefined;
}

const itemKey = (view: ItemView): string => view.id;
/** An item whose view is unchanged (the same object) is not rendered again. */
const renderItemOnce = (view: ItemView): unknown => guard([view], () => renderItem(view));

/**
 * From this many questions on, items off screen skip rendering (`content-visibility: auto`).
 * Below it they render like any text: a short FAQ costs little, and full-page screenshots and
 * layout measured before the items come into view show every question as it is.
 */
export const LONG_LIST = 50;

/** The list of questions: the FAQ's light-DOM content, in the browser and on the server. */
export function renderList(views: readonly ItemView[], on: ListHandlers): TemplateResult {
  const list = views.length >= LONG_LIST ? 'list long' : 'list';
  // prettier-ignore
  return html`<div part="list" class=${list} @click=${on.click} @keydown=${on.keydown} @beforematch=${on.beforematch}>${guard([views], () => repeat(views, itemKey, renderItemOnce))}</div>`;
}

/**
 * The views last rendered, by item id, and the list of them: `build` returns the same view for
 * an unchanged item and the same list when every view and their order are unchanged.
 */
export class ItemViews {
  #views = new Map<string, ItemView>();
  #list: readonly ItemView[] = [];

  get list(): readonly ItemView[] {
    return this.#list;
  }

  /** The views of the items at `shown`, in that order. */
  build(
    items: readonly FaqItem[],
    shown: readonly number[],
    inputs: ItemInputs,
  ): readonly ItemView[] {
    const views = new Map<string, ItemView>();
    const list: ItemView[] = [];
    for (const index of shown) {
      const item = items[index];
      const ids = item && inputs.ids(item.id);
      if (!item || !ids) continue;
      const view = reuseView(this.#views.get(item.id), {
        id: item.id,
        question: item.question,
        marked: inputs.marked,
        markQuestion: inputs.markQuestion,
        open: inputs.isOpen(item.id),
        copied: inputs.copiedId === item.id,
        buttonId: ids.button,
        answerId: ids.answer,
        answer: inputs.answer(item),
        level: inputs.level,
        region: inputs.region,
        closedValue: inputs.closedValue,
        copyLink: inputs.labels.copyLink,
        linkCopied: inputs.labels.linkCopied,
      });
      views.set(item.id, view);
      list.push(view);
    }
    this.#views = views;
    this.#list = reuseList(this.#list, list);
    return this.#list;
  }
}

/** The question text, with the marked terms in `<mark>` when there are any. */
function questionText(view: ItemView): unknown {
  return view.marked && view.markQuestion
    ? view.markQuestion(view.question, view.marked)
    : view.question;
}

/**
 * One question and answer: the heading (carrying the item id) holding the button, and the
 * answer panel. Written without white space between tags, because a thousand items would
 * otherwise carry thousands of empty text nodes; events are handled on the list.
 */
export function renderItem(view: ItemView): TemplateResult {
  // prettier-ignore
  const button = html`<button type="button" id=${view.buttonId} part="question" class="question" aria-expanded=${view.open ? 'true' : 'false'} aria-controls=${view.answerId}>${questionText(view)}</button>`;
  const copied = view.copied ? html`<span class="copied">${view.linkCopied}</span>` : nothing;
  // prettier-ignore
  return html`<div part="item" class="item">${heading(view.level, button, { id: view.id, class: 'heading' })}<div id=${view.answerId} part="answer" class="answer" role=${view.region ? 'region' : nothing} aria-labelledby=${view.region ? view.buttonId : nothing} hidden=${view.open ? nothing : view.closedValue}>${view.answer}<p class="answer-footer"><button type="button" class="copy-link">${view.copyLink}</button>${copied}</p></div></div>`;
}
