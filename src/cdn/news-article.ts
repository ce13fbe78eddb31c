/**
 * `dist/news-article.js`: `<news-article>` alone. An article whose content has an FAQ loads
 * `<news-faq>` (a shared chunk) before its first render; an article without one never does.
 */
// Before Lit: hands Lit our Trusted Types policy (see trusted-types.ts).
import '../base/trusted-types.js';
import { NewsArticle } from '../article/news-article.js';
import { defineElements } from '../base/define.js';

export { NewsArticle } from '../article/news-article.js';
export { NewsContentElement } from '../base/content-element.js';
export { version } from '../base/define.js';
export { ContentError } from '../content/types.js';

defineElements({ 'news-article': NewsArticle });
