/**
 * `import 'news-elements/svelte'` (or `"types": ["news-elements/svelte"]`) declares
 * `<news-article>` and `<news-faq>` for Svelte 5, so `svelte-check` types their attributes and
 * `onnews-*` event attributes. Svelte 5 sets a prop as a property when the element has one
 * (`content`), so an object binds directly.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { NewsArticle, NewsFaq } from '../index.js';
import type { NewsErrorEvent, NewsLoadEvent, NewsToggleEvent } from '../events.js';
import type { NewsArticleAttributes, NewsFaqAttributes } from './attributes.js';

/** Event attributes both elements take: Svelte 5 listens for the name after `on`, as written. */
interface ContentEventAttributes {
  'onnews-load'?: (event: NewsLoadEvent) => void;
  'onnews-error'?: (event: NewsErrorEvent) => void;
}

/** `<news-article>` in Svelte markup. */
export type NewsArticleSvelteAttributes = Omit<HTMLAttributes<NewsArticle>, 'content'> &
  NewsArticleAttributes &
  ContentEventAttributes;

/** `<news-faq>` in Svelte markup. */
export type NewsFaqSvelteAttributes = Omit<HTMLAttributes<NewsFaq>, 'content'> &
  NewsFaqAttributes &
  ContentEventAttributes & { 'onnews-toggle'?: (event: NewsToggleEvent) => void };

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'news-article': NewsArticleSvelteAttributes;
    'news-faq': NewsFaqSvelteAttributes;
  }
}
