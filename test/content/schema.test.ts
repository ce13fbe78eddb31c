import { expect } from '@open-wc/testing';
import {
  asArray,
  compact,
  deref,
  findNode,
  first,
  graphNodes,
  indexNodes,
  isRecord,
  joinPath,
  listItems,
  matchType,
  mergeDocuments,
  richText,
  text,
  typesOf,
} from '../../src/content/schema.js';

const base = 'https://news.example/world/story/';

/** A Yoast SEO style document: one @graph, nodes linked by @id. */
const graph: Record<string, unknown>[] = [
  {
    '@type': 'Article',
    '@id': 'https://news.example/world/story/#article',
    headline: 'Story',
    author: { name: 'Helen Marsh', '@id': 'https://news.example/#/schema/person/1a2b' },
    publisher: { '@id': 'https://news.example/#organization' },
  },
  { '@type': ['WebPage', 'FAQPage'], '@id': 'https://news.example/world/story/' },
  { '@type': 'Organization', '@id': 'https://news.example/#organization', name: 'The Meridian' },
  { '@type': 'Person', '@id': 'https://news.example/#/schema/person/1a2b', name: 'Helen Marsh' },
];
const yoast = { '@context': 'https://schema.org', '@graph': graph };

describe('schema helpers', () => {
  it('isRecord tells JSON objects from arrays and primitives', () => {
    expect(isRecord({})).to.equal(true);
    expect([[], null, 'x', 1, undefined].map(isRecord)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('asArray and first handle one value or many', () => {
    expect(asArray(undefined)).to.deep.equal([]);
    expect(asArray(null)).to.deep.equal([]);
    expect(asArray('a')).to.deep.equal(['a']);
    expect(asArray(['a', 'b'])).to.deep.equal(['a', 'b']);
    expect(asArray(0)).to.deep.equal([0]);
    expect(first(['a', 'b'])).to.equal('a');
    expect(first('a')).to.equal('a');
  });

  it('typesOf reads @type strings and arrays, dropping schema.org prefixes', () => {
    expect(typesOf({ '@type': 'NewsArticle' })).to.deep.equal(['NewsArticle']);
    expect(typesOf({ '@type': ['Article', 42, 'https://schema.org/NewsArticle'] })).to.deep.equal([
      'Article',
      'NewsArticle',
    ]);
    expect(typesOf({ '@type': 'schema:FAQPage' })).to.deep.equal(['FAQPage']);
    expect(typesOf({ '@type': 'http://schema.org/Person' })).to.deep.equal(['Person']);
    expect(typesOf({})).to.deep.equal([]);
    expect(typesOf('NewsArticle')).to.deep.equal([]);
  });

  it('matchType returns the first of the node types that is wanted', () => {
    expect(matchType({ '@type': ['WebPage', 'FAQPage'] }, ['FAQPage'])).to.equal('FAQPage');
    expect(matchType({ '@type': 'WebPage' }, ['FAQPage'])).to.equal(undefined);
  });

  it('graphNodes lists the document, its @graph members and top-level array items', () => {
    const nodes = graphNodes(yoast);
    expect(nodes).to.have.length(5);
    expect(nodes[0]).to.equal(yoast);
    expect(nodes.slice(1)).to.deep.equal(graph);
    expect(graphNodes([{ a: 1 }, 'x', { '@graph': [{ b: 2 }] }])).to.deep.equal([
      { a: 1 },
      { '@graph': [{ b: 2 }] },
      { b: 2 },
    ]);
    expect(graphNodes('text')).to.deep.equal([]);
  });

  it('findNode searches @graph, @type arrays and a WebPage mainEntity', () => {
    expect(findNode(yoast, ['NewsArticle', 'Article'])?.type).to.equal('Article');
    expect(findNode(yoast, ['FAQPage'])?.node).to.equal(graph[1]);
    const page = { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Inner' } };
    expect(findNode(page, ['NewsArticle'])?.node['headline']).to.equal('Inner');
    expect(findNode(page, ['FAQPage'])).to.equal(undefined);
    const article = {
      '@type': 'NewsArticle',
      hasPart: [{ '@type': 'WebPageElement' }, { '@type': 'FAQPage', name: 'F' }],
    };
    expect(findNode(article, ['FAQPage'])?.node['name']).to.equal('F');
    expect(findNode(null, ['FAQPage'])).to.equal(undefined);
  });

  it('deref follows bare @id references, resolving relative ids', () => {
    const index = indexNodes(graphNodes(yoast), base);
    const article = graph[0]!;
    expect(deref(article['publisher'], index, base)).to.deep.include({ name: 'The Meridian' });
    expect(deref({ '@id': '/#organization' }, index, base)).to.deep.include({
      name: 'The Meridian',
    });
    expect(
      deref({ '@id': 'https://news.example/#organization', '@type': 'Organization' }, index, base),
    ).to.deep.include({ name: 'The Meridian' });
  });

  it('deref merges a reference that repeats properties inline over the node', () => {
    const index = indexNodes(graphNodes(yoast), base);
    const inline = { name: 'H. Marsh', '@id': 'https://news.example/#/schema/person/1a2b' };
    expect(deref(inline, index, base)).to.deep.equal({ ...graph[3], name: 'H. Marsh' });
  });

  it('deref leaves unknown references and other values alone', () => {
    const index = indexNodes(graphNodes(yoast), base);
    const unknown = { '@id': 'https://elsewhere.example/#x' };
    expect(deref(unknown, index, base)).to.equal(unknown);
    const node = graph[2]!;
    expect(deref(node, index, base)).to.equal(node);
    expect(deref('https://news.example/#organization', index, base)).to.equal(
      'https://news.example/#organization',
    );
  });

  it('indexNodes keeps the first node of a repeated @id', () => {
    const index = indexNodes(
      [
        { '@id': '#a', n: 1 },
        { '@id': '#a', n: 2 },
      ],
      base,
    );
    expect(index.get(`${base}#a`)).to.deep.equal({ '@id': '#a', n: 1 });
  });

  it('text trims and collapses strings and reads numbers, @value and arrays', () => {
    expect(text('  Helen \n  Marsh ')).to.equal('Helen Marsh');
    expect(text(1200)).to.equal('1200');
    expect(text({ '@value': ' World ', '@language': 'en' })).to.equal('World');
    expect(text(['', '  ', 'News', 'World'])).to.equal('News');
    expect(text([{ '@value': 'First' }])).to.equal('First');
  });

  it('text gives undefined for nothing usable', () => {
    for (const value of [
      '',
      '   ',
      NaN,
      Infinity,
      true,
      null,
      undefined,
      {},
      [],
      [[]],
      { name: 'x' },
    ]) {
      expect(text(value), String(value)).to.equal(undefined);
    }
  });

  it('richText trims but keeps markup and inner white space untouched', () => {
    expect(richText('  <p>One</p>\n\n<p>Two <script>x</script></p> ')).to.deep.equal({
      html: '<p>One</p>\n\n<p>Two <script>x</script></p>',
    });
    expect(richText({ '@value': '<b>x</b>' })).to.deep.equal({ html: '<b>x</b>' });
    expect(richText(' ')).to.equal(undefined);
    expect(richText(42)).to.equal(undefined);
  });

  it('compact drops undefined properties only', () => {
    const value = compact({ a: 1, b: undefined, c: null, d: '', e: 0 });
    expect(Object.keys(value)).to.deep.equal(['a', 'c', 'd', 'e']);
  });

  it('joinPath prefixes reported paths', () => {
    expect(joinPath('hasPart', 'mainEntity[2]: missing name')).to.equal(
      'hasPart.mainEntity[2]: missing name',
    );
    expect(joinPath('body[3]', '[0]: missing answer')).to.equal('body[3][0]: missing answer');
    expect(joinPath('', 'x')).to.equal('x');
  });
});

describe('@id references to nodes defined at any depth', () => {
  const org = { '@type': 'NewsMediaOrganization', '@id': 'https://ex.com/#org', name: 'Al-Bayan' };

  it('indexes a node defined inside another node, wherever it is', () => {
    const doc = {
      '@graph': [
        { '@type': 'NewsArticle', publisher: { '@id': 'https://ex.com/#org' } },
        {
          '@type': 'WebPage',
          primaryImageOfPage: {
            '@type': 'ImageObject',
            '@id': 'https://ex.com/#logo',
            url: 'https://ex.com/logo.png',
          },
          video: [{ '@type': 'VideoObject', publisher: org }],
        },
      ],
    };
    const index = indexNodes(graphNodes(doc), base);
    expect(deref({ '@id': 'https://ex.com/#org' }, index, base)).to.deep.equal(org);
    expect(deref({ '@id': 'https://ex.com/#logo' }, index, base)).to.have.property('url');
  });

  it('never indexes a bare reference as the node it refers to', () => {
    // The reference comes first in document order; the definition, deeper, still wins.
    const doc = [
      { '@type': 'NewsArticle', publisher: { '@id': 'https://ex.com/#org' } },
      { '@type': 'WebPage', about: { '@type': 'Thing', mentions: [org] } },
    ];
    const index = indexNodes(graphNodes(doc), base);
    expect(index.get('https://ex.com/#org')).to.equal(org);
  });

  it('prefers a top-level definition to a deeper one', () => {
    const shallow = { '@id': 'https://ex.com/#p', name: 'Top' };
    const deep = { '@id': 'https://ex.com/#p', name: 'Deep' };
    const index = indexNodes(graphNodes([{ x: { y: deep } }, shallow]), base);
    expect(index.get('https://ex.com/#p')).to.equal(shallow);
  });

  it('is safe with cycles and shared objects, and bounded in work', () => {
    const a: Record<string, unknown> = { '@id': '#a', name: 'A' };
    const b: Record<string, unknown> = { '@id': '#b', name: 'B', back: a };
    a['next'] = b;
    a['self'] = a;
    const index = indexNodes([a], base);
    expect([...index.keys()]).to.deep.equal([`${base}#a`, `${base}#b`]);
    // A wide tree of 1,000,000 leaves stops at the budget instead of walking them all.
    const wide = {
      '@id': '#w',
      name: 'W',
      items: Array.from({ length: 1000 }, () => new Array(1000).fill({ x: 1 })),
    };
    expect(indexNodes([wide], base).size).to.equal(1);
    // Nesting deeper than MAX_DEPTH is not followed.
    let nested: Record<string, unknown> = { '@id': '#deep', name: 'Deep' };
    for (let i = 0; i < 100; i++) nested = { child: nested };
    expect(indexNodes([nested], base).has(`${base}#deep`)).to.equal(false);
  });

  it('follows a reference into a node defined deep in another script (merged)', () => {
    const article = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'H',
      publisher: { '@id': 'https://ex.com/#org' },
    };
    const page = {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      isPartOf: { publisher: org },
    };
    const merged = mergeDocuments([article, page]);
    const index = indexNodes(graphNodes(merged), base);
    expect(deref(article.publisher, index, base)).to.deep.equal(org);
  });
});

describe('mergeDocuments', () => {
  it('returns a single document unchanged', () => {
    const doc = { '@type': 'NewsArticle' };
    expect(mergeDocuments([doc])).to.equal(doc);
  });

  it('makes one @graph of every document, top-level arrays spread', () => {
    const a = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }] };
    const b = [
      { '@type': 'Person', name: 'P' },
      { '@type': 'Organization', name: 'O' },
    ];
    const c = { '@type': 'NewsArticle', headline: 'H' };
    const merged = mergeDocuments([a, b, null, c]);
    expect(merged).to.deep.equal({ '@graph': [a, ...b, c] });
    expect(Object.getPrototypeOf(merged)).to.equal(null);
    expect(graphNodes(merged).map((node) => typesOf(node)[0])).to.deep.equal([
      undefined,
      undefined,
      'WebSite',
      'Person',
      'Organization',
      'NewsArticle',
    ]);
    expect(findNode(merged, ['NewsArticle'])?.node).to.equal(c);
  });

  it('gives an empty graph for no documents', () => {
    expect(mergeDocuments([])).to.deep.equal({ '@graph': [] });
  });
});

describe('listItems', () => {
  it('flattens nested lists with the path of each item', () => {
    expect(listItems([['a', 'b'], 'c', [[null]]])).to.deep.equal([
      { value: 'a', path: '[0][0]' },
      { value: 'b', path: '[0][1]' },
      { value: 'c', path: '[1]' },
      { value: null, path: '[2][0][0]' },
    ]);
    expect(listItems('one')).to.deep.equal([{ value: 'one', path: '' }]);
    expect(listItems(undefined)).to.deep.equal([]);
    expect(listItems(null)).to.deep.equal([]);
  });

  it('finds a node in a nested mainEntity list and @graph inside @graph', () => {
    const article = { '@type': 'NewsArticle', headline: 'H' };
    expect(
      findNode({ '@type': 'WebPage', mainEntity: [[article]] }, ['NewsArticle'])?.node,
    ).to.equal(article);
    const nested = { '@graph': [{ '@graph': [[{ '@graph': [article] }]] }] };
    expect(findNode(nested, ['NewsArticle'])?.node).to.equal(article);
  });
});
