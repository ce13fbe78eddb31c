import { defineElements } from './define.js';
import { NewsArticle } from './news-article.js';
import { NewsFaq } from './news-faq.js';

export { NewsArticle } from './news-article.js';
export { NewsFaq } from './news-faq.js';
export { NewsContentElement } from './content-element.js';
export { version } from './define.js';
export type { NewsErrorDetail, NewsLoadDetail } from './content-element.js';
export type { NewsToggleDetail, FaqLabels } from './news-faq.js';
export * from './content/types.js';

defineElements({ 'news-faq': NewsFaq, 'news-article': NewsArticle });

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
    'news-faq': NewsFaq;
  }
}
