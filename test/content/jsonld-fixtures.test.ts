import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/content/article.js';
import { withoutByline } from '../../src/content/byline.js';
import { loadEntityTable, needsEntityTable } from '../../src/content/entities.js';
import { normalizeFaq } from '../../src/content/faq.js';
import { parseJsonText } from '../../src/content/parse.js';
import { mergeDocuments } from '../../src/content/schema.js';

interface Expected {
  readonly headline?: string;
  readonly dek?: string;
  readonly authors?: readonly string[];
  readonly publisher?: string;
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly section?: string;
  readonly keywords?: readonly string[];
  readonly caption?: string;
  readonly credit?: string;
  readonly paragraphs?: number;
  readonly name?: string;
  readonly questions: number;
  readonly questionTexts?: readonly string[];
}

interface Fixture {
  readonly name: string;
  readonly element: 'news-article' | 'news-faq';
  readonly scripts: readonly string[];
  readonly repaired: readonly boolean[];
  readonly needsEntityTable: boolean;
  readonly expect: Expected;
}

const folder = '/test/fixtures/jsonld/';

async function load(): Promise<readonly Fixture[]> {
  const response = await fetch(`${folder}index.json`);
  return ((await response.json()) as { documents: Fixture[] }).documents;
}

const baseUrl = 'https://page.example/news/';

describe('JSON-LD as publishers write it (test/fixtures/jsonld)', () => {
  it('renders what each document promises, through the whole pipeline', async () => {
    const fixtures = await load();
    expect(fixtures.length).to.be.within(6, 10);
    // Ordered so the documents that need the full entity table come last: the check must say so
    // before it is loaded.
    const ordered = [...fixtures].sort(
      (a, b) => Number(a.needsEntityTable) - Number(b.needsEntityTable),
    );
    for (const fixture of ordered) {
      const texts = await Promise.all(
        fixture.scripts.map(async (file) => (await fetch(`${folder}${file}`)).text()),
      );
      const parsed = texts.map((text) => parseJsonText(text));
      expect(
        parsed.map((result) => result.repaired),
        fixture.name,
      ).to.deep.equal(fixture.repaired);
      const data = mergeDocuments(parsed.map((result) => result.data));
      expect(needsEntityTable(data), fixture.name).to.equal(fixture.needsEntityTable);
      if (fixture.needsEntityTable) await loadEntityTable();
      const want = fixture.expect;

      if (fixture.element === 'news-faq') {
        const { value, dropped } = normalizeFaq(data, { baseUrl });
        expect(dropped, fixture.name).to.deep.equal([]);
        expect(value.name, fixture.name).to.equal(want.name);
        expect(value.items.length, fixture.name).to.equal(want.questions);
        if (want.questionTexts !== undefined) {
          expect(value.items.map((item) => item.question)).to.deep.equal(want.questionTexts);
        }
        continue;
      }
      const { value, dropped } = normalizeArticle(data, { baseUrl });
      expect(dropped, fixture.name).to.deep.equal([]);
      const got: Expected = {
        headline: value.headline,
        dek: value.dek,
        // The byline prefix is the content's, not the name (issue 12); idempotent once
        // normalizeArticle reads names with bylineName.
        authors: value.authors.map((author) => withoutByline(author.name)),
        publisher: value.publisher?.name,
        datePublished: value.datePublished?.iso,
        dateModified: value.dateModified?.iso,
        section: value.section,
        keywords: value.keywords,
        caption: value.image?.caption,
        credit: value.image?.credit,
        paragraphs: value.body.length,
        questions: value.faq?.items.length ?? 0,
      };
      for (const [key, expected] of Object.entries(want)) {
        expect(got[key as keyof Expected], `${fixture.name}: ${key}`).to.deep.equal(expected);
      }
    }
  });
});
