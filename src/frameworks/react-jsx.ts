/**
 * `import 'news-elements/react-jsx'` (or `"types": ["news-elements/react-jsx"]`) declares
 * `<news-article>` and `<news-faq>` in React 19's JSX, with typed `content` and events.
 *
 * React 19 sets a prop as a property when the element has one (`content`, `exclusive` ...) and
 * as an attribute otherwise (`heading-level`), so the tags must be defined before the first
 * render: import `news-elements` first. Event props are the event's exact name after `on`:
 * `onnews-toggle`, never `onNewsToggle` (React would listen for `NewsToggle`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsArticle, NewsFaq } from '../index.js';
import type { NewsErrorEvent, NewsLoadEvent, NewsToggleEvent } from '../events.js';
import type { NewsArticleAttributes, NewsFaqAttributes } from './attributes.js';

/** Listeners both elements take: React 19 listens for the name after `on`, as written. */
export interface NewsElementReactEvents {
  'onnews-load'?: (event: NewsLoadEvent) => void;
  'onnews-error'?: (event: NewsErrorEvent) => void;
}

/**
 * React's own props for an element, without its `content` (a string for `<meta>`), plus the
 * element's attributes and events.
 */
type ReactElementProps<E extends HTMLElement, A> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof A
> &
  A;

/** The props of `<news-article>` in JSX. */
export type NewsArticleJsxProps = ReactElementProps<
  NewsArticle,
  NewsArticleAttributes & NewsElementReactEvents
>;

/** The props of `<news-faq>` in JSX. */
export type NewsFaqJsxProps = ReactElementProps<
  NewsFaq,
  NewsFaqAttributes &
    NewsElementReactEvents & { 'onnews-toggle'?: (event: NewsToggleEvent) => void }
>;

declare module 'react' {
  // React's JSX types live in a namespace; augmenting it is the only way to add tags.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-article': NewsArticleJsxProps;
      'news-faq': NewsFaqJsxProps;
    }
  }
}
