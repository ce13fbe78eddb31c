/**
 * `dist/news-faq.js`: `<news-faq>` alone, for a page with an FAQ and no article. It shares its
 * chunks with `dist/news-elements.js` and `dist/news-article.js`, so a page loading two entries
 * downloads Lit and the content pipeline once.
 */
// Before Lit: hands Lit our Trusted Types policy (see trusted-types.ts).
import '../base/trusted-types.js';
import { defineElements } from '../base/define.js';
import { NewsFaq } from '../faq/news-faq.js';

export { NewsFaq } from '../faq/news-faq.js';
export { NewsContentElement } from '../base/content-element.js';
export { version } from '../base/define.js';
export { ContentError } from '../content/types.js';

defineElements({ 'news-faq': NewsFaq });
