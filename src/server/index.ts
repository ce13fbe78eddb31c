/**
 * `news-elements/server`: the elements as HTML, rendered without a browser (see render.ts).
 */
export { renderArticle, renderFaq, type FaqRenderOptions, type RenderOptions } from './render.js';
export { sanitizeHtml } from './sanitize-html.js';
export { ContentError } from '../content/types.js';
