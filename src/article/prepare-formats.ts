import { DIGEST_ATTRIBUTE } from '../base/digest.js';
import { findContainer } from '../base/light-dom.js';
import { prepareFormats } from '../i18n/format.js';
import { nearestLang, safeLocale } from '../i18n/locale.js';

/**
 * When the page is next idle, makes the formatters an article renders with in the
 * page's language (prepareFormats), so that an article rendered later (one that arrives by
 * `src`, or that an app adds as the reader navigates) does not pay for starting `Intl` in its
 * first frame. An article rendered before then pays it as before. `<news-article>` asks for this
 * once, when its module loads.
 *
 * Skipped where nothing will format: a page whose articles are all server output, which is kept
 * as it is, and a browser without `requestIdleCallback` (it is never worth a task of its own).
 * Resolves to whether the formatters were made.
 */
export function prepareFormatsWhenIdle(doc: Document = document): Promise<boolean> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') return resolve(false);
    requestIdleCallback(() => {
      const articles = [...doc.querySelectorAll('news-article')];
      if (articles.length > 0 && articles.every(isServerOutput)) return resolve(false);
      prepareFormats(safeLocale(nearestLang(doc.documentElement) || navigator.language));
      resolve(true);
    });
  });
}

function isServerOutput(article: Element): boolean {
  return findContainer(article)?.hasAttribute(DIGEST_ATTRIBUTE) ?? false;
}
