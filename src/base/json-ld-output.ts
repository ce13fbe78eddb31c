/**
 * What `structured-data` publishes, built from the normalized model: a lazy chunk (the JSON-LD
 * builders, the answers' sanitized HTML), loaded only by an element with `structured-data`, by
 * its `structuredDataFor` and by the StructuredDataController (structured-data.ts).
 */
import { articleJsonLd, faqJsonLd } from '../content/json-ld.js';
import type { Article, Faq } from '../content/types.js';
import { hasMarkup, renderRichTextHtml } from '../rich-text/sanitize.js';

export { jsonLdText } from '../content/json-ld.js';

/**
 * The FAQ with each answer as the sanitized HTML the element renders (at heading level
 * `level`), for publishing: the page's structured data must not republish what the sanitizer
 * removed (event handlers, `javascript:` links, scripts). Needs the sanitizer loaded for answers
 * with markup, as rendering does.
 */
export function withSanitizedAnswers(faq: Faq, level: number): Faq {
  return {
    ...faq,
    items: faq.items.map((item) => {
      if (!hasMarkup(item.answer.html)) return item;
      return { ...item, answer: { ...item.answer, html: renderRichTextHtml(item.answer, level) } };
    }),
  };
}

/** `<news-faq>`'s FAQPage JSON-LD: answers as rendered at heading level `level`, ids on `pageUrl`. */
export function faqStructuredData(
  faq: Faq,
  level: number,
  pageUrl: string,
): Record<string, unknown> {
  return faqJsonLd(withSanitizedAnswers(faq, level), pageUrl);
}

/** `<news-article>`'s JSON-LD: its FAQ's answers as rendered at heading level `faqLevel`. */
export function articleStructuredData(article: Article, faqLevel: number): Record<string, unknown> {
  const { faq } = article;
  return articleJsonLd(faq ? { ...article, faq: withSanitizedAnswers(faq, faqLevel) } : article);
}
