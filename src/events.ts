/**
 * The events both elements dispatch, with their detail types. All are `CustomEvent`s that bubble
 * and are composed (SPEC section 5). The `HTMLElementEventMap` augmentation below types
 * `addEventListener('news-toggle', (event) => event.detail.index)` on any element, the document
 * and the window, since the events bubble to the page.
 */
import type { ContentSource, ErrorCode } from './content/types.js';

/** `news-load` detail: the content was read and rendered. */
export interface NewsLoadDetail {
  /** Where the rendered content came from. */
  source: ContentSource;
}

/** `news-error` detail: the content could not be used, or parts of it were skipped. */
export interface NewsErrorDetail {
  code: ErrorCode;
  /** A short description in plain text (never HTML). */
  message: string;
  /** For INVALID_CONTENT: what was skipped, as `path: reason`. */
  dropped?: readonly string[];
}

/** `news-toggle` detail: which FAQ item changed, its new state, and what changed it. */
export interface NewsToggleDetail {
  /** Position of the item in the content (not among the questions a search shows). */
  index: number;
  id: string;
  open: boolean;
  source: 'user' | 'api' | 'hash' | 'find';
}

/** What opened or closed an FAQ item. */
export type ToggleSource = NewsToggleDetail['source'];

export type NewsLoadEvent = CustomEvent<NewsLoadDetail>;
export type NewsErrorEvent = CustomEvent<NewsErrorDetail>;
export type NewsToggleEvent = CustomEvent<NewsToggleDetail>;

/** Every event of the elements by name, for typed listeners and for `emit`. */
export interface NewsEventMap {
  'news-load': NewsLoadEvent;
  'news-error': NewsErrorEvent;
  'news-toggle': NewsToggleEvent;
}

/* eslint-disable @typescript-eslint/no-empty-object-type -- merging the map into the DOM's own */
declare global {
  interface HTMLElementEventMap extends NewsEventMap {}
  // The events bubble and are composed: a page may listen on the document or the window.
  interface DocumentEventMap extends NewsEventMap {}
  interface WindowEventMap extends NewsEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
