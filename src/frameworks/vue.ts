/**
 * `import 'news-elements/vue'` (or `"types": ["news-elements/vue"]`) declares `<news-article>` and
 * `<news-faq>` as global components for Vue 3.5 templates, so `vue-tsc --strictTemplates` checks
 * their attributes and `@news-*` event handlers. Vue must also be told that the tags are custom
 * elements (`compilerOptions.isCustomElement`, see the README). The shape follows Vue's guide,
 * "Typing custom elements in Vue templates".
 */
import type { HTMLAttributes, PublicProps } from 'vue';
import type { NewsArticle, NewsFaq } from '../index.js';
import type { NewsErrorEvent, NewsLoadEvent, NewsToggleEvent } from '../events.js';
import type { NewsArticleAttributes, NewsFaqAttributes } from './attributes.js';

/** `heading-level` -> `headingLevel`: Vue's template checker matches props in camelCase. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** Attributes keyed as Vue's template checker looks them up. */
type VueProps<A> = { [K in keyof A as K extends string ? CamelCase<K> : K]: A[K] };

/** `@news-toggle="..."` is checked as the prop `onNewsToggle`. */
type VueListeners<Events> = {
  [K in keyof Events as K extends string ? `on${Capitalize<CamelCase<K>>}` : never]?: (
    event: Events[K],
  ) => void;
};

/** A custom element as Vue's template checker sees it: attributes and event listeners. */
type VueCustomElement<E extends HTMLElement, Props, Events> = new () => E & {
  /** For template type checking only; not a property of the element. */
  $props: Omit<HTMLAttributes, keyof VueProps<Props>> &
    VueProps<Props> &
    VueListeners<Events> &
    PublicProps;
};

type ContentEvents = {
  'news-load': NewsLoadEvent;
  'news-error': NewsErrorEvent;
};

/** `<news-article>` in Vue templates. */
export type NewsArticleVue = VueCustomElement<NewsArticle, NewsArticleAttributes, ContentEvents>;

/** `<news-faq>` in Vue templates. */
export type NewsFaqVue = VueCustomElement<
  NewsFaq,
  NewsFaqAttributes,
  ContentEvents & { 'news-toggle': NewsToggleEvent }
>;

declare module 'vue' {
  interface GlobalComponents {
    'news-article': NewsArticleVue;
    'news-faq': NewsFaqVue;
  }
}
