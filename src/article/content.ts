import { html, nothing } from 'lit-html';
import { guard } from 'lit-html/directives/guard.js';
import { heading } from '../base/heading.js';
import type { Article } from '../content/types.js';
import type { Labels } from '../i18n/labels.js';
import { canonicalLocale, textDirection } from '../i18n/locale.js';
import type { ArticleBody } from './body.js';
import {
  labelLanguage,
  renderByline,
  renderFigure,
  renderMeta,
  renderTopics,
  type WordsContext,
} from './header.js';

/** What the article's content depends on besides the article: the element's settings. */
export interface ArticleOptions {
  /** The headline's level, 1-6 (clamped). */
  readonly level: number;
  /** The locale for dates and labels (safe, resolved). */
  readonly locale: string;
  /** The `locale` attribute as set, if any: it declares the content's language too. */
  readonly requestedLocale: string | null;
  readonly labels: Labels;
  /** The `labels` overrides, handed on to an embedded FAQ. */
  readonly labelOverrides: Partial<Labels>;
  /** A time zone for dates (the server's option); the reader's own by default. */
  readonly timeZone?: string | undefined;
}

/** The language of the text: the content's declared one, else an explicit `locale`. */
function contentLanguage(article: Article, options: ArticleOptions): string | undefined {
  return canonicalLocale(article.inLanguage) ?? canonicalLocale(options.requestedLocale);
}

/**
 * Attributes of the article's container: `lang` describes the text (the content's declared
 * language, else an explicit `locale`; otherwise the page's is inherited), `dir` follows it
 * unless the element has its own `dir`.
 */
export function articleAttributes(
  article: Article,
  options: ArticleOptions,
  hasOwnDir: boolean,
): Record<string, string | undefined> {
  const contentLang = contentLanguage(article, options);
  const dir = contentLang && !hasOwnDir ? textDirection(contentLang) : undefined;
  return { part: 'article', lang: contentLang, dir };
}

/**
 * The article as light-DOM content: header, lead image, body, FAQ and topics. The same template
 * in the browser and on the server (the body's values differ: see BodyValues).
 */
export function renderArticleContent(
  article: Article,
  options: ArticleOptions,
  body: ArticleBody,
): unknown {
  const { level, locale, labels } = options;
  const contentLang = contentLanguage(article, options);
  const words: WordsContext = {
    locale,
    labels,
    labelLang: labelLanguage(locale, contentLang),
    timeZone: options.timeZone,
  };
  const context = body.context({
    level,
    locale,
    faqLabel: labels.faq,
    photoLabel: labels.photo,
    labelOverrides: options.labelOverrides,
  });
  return html`<header>
      ${article.section ? html`<p class="kicker">${article.section}</p>` : nothing}
      ${heading(level, article.headline, { part: 'headline' })}
      ${article.dek ? html`<p part="dek">${article.dek}</p>` : nothing}
      ${renderByline(article, words)} ${renderMeta(article, words)}
    </header>
    ${article.image ? renderFigure(article.image, labels) : nothing}
    ${
      article.body.length
        ? html`<div part="body">
            ${guard([article.body, context], () => body.render(article.body, context))}
          </div>`
        : nothing
    }
    ${article.faq ? body.faq(article.faq, 'faq', context) : nothing}
    ${article.keywords.length ? renderTopics(article.keywords, words) : nothing}`;
}
