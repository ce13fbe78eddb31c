import { compact } from './schema.js';
import type { Article, Faq, Image, Party } from './types.js';

const CONTEXT = 'https://schema.org';

/** Characters a URL fragment cannot hold as written; everything else an IRI allows is kept. */
const FRAGMENT_UNSAFE = /[^\p{L}\p{N}\-._~!$&'()*+,;=:@/?]/gu;

/** Percent-encodes one character; a lone surrogate (which encodeURIComponent throws on) as U+FFFD. */
function encodeChar(char: string): string {
  try {
    return encodeURIComponent(char);
  } catch {
    return '%EF%BF%BD';
  }
}

function party(value: Party, fallback: 'Person' | 'Organization'): Record<string, unknown> {
  // A bare name says nothing of its kind; crawlers expect one, so the usual one is assumed.
  return compact({ '@type': value.type ?? fallback, name: value.name, url: value.url });
}

function imageObject(image: Image): Record<string, unknown> {
  return compact({
    '@type': 'ImageObject',
    url: image.url,
    width: image.width,
    height: image.height,
    caption: image.caption,
    creditText: image.credit,
    description: image.alt === '' ? undefined : image.alt,
  });
}

/** The FAQPage node without `@context`, for use inside another node. */
function faqNode(faq: Faq, pageUrl: string): Record<string, unknown> {
  const page = pageUrl.split('#')[0] ?? '';
  return compact({
    '@type': 'FAQPage',
    name: faq.name,
    mainEntity: faq.items.map((item) => ({
      '@type': 'Question',
      '@id': `${page}#${item.id.replace(FRAGMENT_UNSAFE, encodeChar)}`,
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer.html },
    })),
  });
}

/**
 * FAQPage JSON-LD for crawlers: each Question's `@id` is the page URL (without its fragment)
 * plus `#` and the item's id, the address the element opens on; answers keep their HTML, which
 * schema.org allows in Answer text.
 */
export function faqJsonLd(faq: Faq, pageUrl: string): Record<string, unknown> {
  return { '@context': CONTEXT, ...faqNode(faq, pageUrl) };
}

/**
 * Clean article JSON-LD built from the normalized fields only (so nothing dropped as unsafe
 * comes back), with the FAQ as `hasPart`. The body text is left out: it is on the page, and
 * crawlers read it there.
 */
export function articleJsonLd(article: Article): Record<string, unknown> {
  return compact({
    '@context': CONTEXT,
    '@type': article.type,
    headline: article.headline,
    description: article.dek,
    author: article.authors.length ? article.authors.map((a) => party(a, 'Person')) : undefined,
    publisher: article.publisher && party(article.publisher, 'Organization'),
    datePublished: article.datePublished?.iso,
    dateModified: article.dateModified?.iso,
    image: article.image && imageObject(article.image),
    articleSection: article.section,
    keywords: article.keywords.length ? [...article.keywords] : undefined,
    url: article.url,
    mainEntityOfPage: article.url,
    inLanguage: article.inLanguage,
    wordCount: article.wordCount || undefined,
    hasPart: article.faq && faqNode(article.faq, article.url ?? ''),
  });
}

/**
 * JSON text for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026` (and U+2028/U+2029 escaped), so no string in the content can
 * close the script or open a comment, even if the text is ever placed in markup.
 */
export function jsonLdText(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
