/**
 * `news-elements/react`: React components for both elements, made with `@lit/react`. Importing
 * this module registers the tags. Props are the elements' properties (`content`, `headingLevel`,
 * `exclusive` ...), set as properties; events are `onNewsLoad`, `onNewsError` and (FAQ)
 * `onNewsToggle`, each with its typed `CustomEvent`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NewsArticle as NewsArticleElement, NewsFaq as NewsFaqElement } from '../index.js';
import type { NewsErrorEvent, NewsLoadEvent, NewsToggleEvent } from '../events.js';

const contentEvents = {
  onNewsLoad: 'news-load' as EventName<NewsLoadEvent>,
  onNewsError: 'news-error' as EventName<NewsErrorEvent>,
};

/** `<news-article>` as a React component. */
export const NewsArticle = createComponent({
  react: React,
  tagName: 'news-article',
  elementClass: NewsArticleElement,
  events: contentEvents,
  displayName: 'NewsArticle',
});

/** `<news-faq>` as a React component. */
export const NewsFaq = createComponent({
  react: React,
  tagName: 'news-faq',
  elementClass: NewsFaqElement,
  events: { ...contentEvents, onNewsToggle: 'news-toggle' as EventName<NewsToggleEvent> },
  displayName: 'NewsFaq',
});

/** The props of the React components. */
export type NewsArticleProps = React.ComponentProps<typeof NewsArticle>;
export type NewsFaqProps = React.ComponentProps<typeof NewsFaq>;
