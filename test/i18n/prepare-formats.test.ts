import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticle } from '../../src/index.js';
import { prepareFormatsWhenIdle } from '../../src/article/prepare-formats.js';
import { formatDate, formatReadingTime, prepareFormats } from '../../src/i18n/format.js';
import { cachedFormatCount } from '../../src/i18n/intl-cache.js';

const idle = typeof requestIdleCallback === 'function';

/** A document of `lang` holding `body`, as the page the idle step looks at. */
function page(lang: string, body = ''): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.documentElement.lang = lang;
  doc.body.innerHTML = body;
  return doc;
}

/** `Intl` formatters constructed while `action` runs. */
async function intlMade(action: () => Promise<unknown>): Promise<string[]> {
  const made: string[] = [];
  const names = ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'PluralRules'] as const;
  const originals = names.map((name) => Intl[name]);
  names.forEach((name, index) => {
    Object.assign(Intl, {
      [name]: new Proxy(originals[index] as unknown as object, {
        construct(target, args: unknown[]) {
          made.push(name);
          return Reflect.construct(target as new (...rest: unknown[]) => object, args);
        },
      }),
    });
  });
  try {
    await action();
  } finally {
    names.forEach((name, index) => Object.assign(Intl, { [name]: originals[index] }));
  }
  return made;
}

describe('i18n: formatters made ahead of the first render', () => {
  // The element's module asked when it loaded: let that run first.
  before(() => prepareFormatsWhenIdle(document));

  it("makes the formatters of an article's dates and reading time", () => {
    const before = cachedFormatCount();
    prepareFormats('fi');
    expect(cachedFormatCount()).to.equal(before + 2);
    const date = { iso: '2024-01-05T14:30:00Z', time: Date.UTC(2024, 0, 5, 14, 30), hasTime: true };
    expect(formatDate(date, 'fi')).to.match(/2024/);
    expect(formatReadingTime(700, 'fi', { readingTime: '{duration}' })).to.match(/4/);
    expect(cachedFormatCount()).to.equal(before + 2);
  });

  it("makes them when the page is idle, in the page's language", async () => {
    const before = cachedFormatCount();
    expect(await prepareFormatsWhenIdle(page('sv', '<news-article></news-article>'))).to.equal(
      idle,
    );
    expect(cachedFormatCount()).to.equal(before + (idle ? 2 : 0));
  });

  it('leaves a page alone whose articles are all server output, which formats nothing', async () => {
    const server =
      '<news-article><article data-news-content data-news-digest="1"></article></news-article>';
    const before = cachedFormatCount();
    expect(await prepareFormatsWhenIdle(page('nb', server.repeat(2)))).to.equal(false);
    expect(cachedFormatCount()).to.equal(before);
    // One article to render among them is enough.
    const mixed = page('da', `${server}<news-article></news-article>`);
    expect(await prepareFormatsWhenIdle(mixed)).to.equal(idle);
    expect(cachedFormatCount()).to.equal(before + (idle ? 2 : 0));
  });

  it('spares an article added after the page was idle making them in its render', async () => {
    let el: NewsArticle | undefined;
    const made = await intlMade(async () => {
      el = await fixture<NewsArticle>(
        html`<news-article
          .content=${{
            '@type': 'NewsArticle',
            headline: 'Ferry timetable',
            datePublished: '2024-01-05T14:30:00Z',
            articleBody: 'The ferry leaves at eight.',
          }}
        ></news-article>`,
      );
    });
    expect(el?.querySelector('time')?.textContent).to.match(/2024/);
    expect(el?.querySelector('.meta')?.textContent).to.match(/1/);
    // Without requestIdleCallback the render makes the two itself.
    expect(made).to.deep.equal(idle ? [] : ['DateTimeFormat', 'NumberFormat']);
  });
});
