// Before Lit: hands Lit our Trusted Types policy (see trusted-types.ts).
import './base/trusted-types.js';
import { NewsArticle } from './article/news-article.js';
import { defineElements } from './base/define.js';
import { NewsFaq } from './faq/news-faq.js';

export { NewsArticle } from './article/news-article.js';
export { NewsFaq } from './faq/news-faq.js';
export { NewsContentElement } from './base/content-element.js';
export { version } from './base/define.js';
export type * from './events.js';
export type { ArticleLabels, ErrorLabels, FaqLabels, Labels } from './i18n/labels.js';
export * from './content/types.js';
export type * from './content/input.js';

defineElements({ 'news-faq': NewsFaq, 'news-article': NewsArticle });

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
    'news-faq': NewsFaq;
  }
}
