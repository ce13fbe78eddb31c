// The editor data shipped in the package (made by scripts/editor-data.js during the build):
// VS Code's HTML custom data and JetBrains web-types give completions and hover docs for both
// tags: descriptions, attributes with their values, events, slots, parts and custom properties.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (path) => JSON.parse(readFileSync(`${root}/${path.replace(/^\.\//, '')}`, 'utf8'));
const pkg = json('package.json');

const customProperties = [
  '--news-font-family',
  '--news-heading-font-family',
  '--news-text-color',
  '--news-muted-color',
  '--news-background',
  '--news-accent-color',
  '--news-border-color',
  '--news-radius',
  '--news-spacing',
  '--news-max-width',
  '--news-line-height',
  '--news-focus-ring-color',
];
const shared = [
  'content',
  'src',
  'heading-level',
  'locale',
  'theme',
  'structured-data',
  'src-timeout',
  'ld-from',
];
const tags = {
  'news-article': {
    attributes: shared,
    events: ['news-load', 'news-error'],
    parts: [
      'article',
      'headline',
      'dek',
      'byline',
      'author',
      'date',
      'figure',
      'image',
      'caption',
      'body',
      'error',
    ],
  },
  'news-faq': {
    attributes: [...shared, 'exclusive', 'searchable', 'controls'],
    events: ['news-load', 'news-toggle', 'news-error'],
    parts: ['list', 'item', 'question', 'answer', 'toolbar', 'search', 'error'],
  },
};
const detailTypes = {
  'news-load': 'CustomEvent<NewsLoadDetail>',
  'news-toggle': 'CustomEvent<NewsToggleDetail>',
  'news-error': 'CustomEvent<NewsErrorDetail>',
};
const names = (list) => list.map((item) => item.name);

describe('vscode.html-custom-data.json', () => {
  const path = pkg.exports['./vscode.html-custom-data.json'];
  const data = json(path);

  it('is exported and shipped', () => {
    assert.equal(path, './dist/vscode.html-custom-data.json');
    assert.ok(pkg.files.some((entry) => path.startsWith(`./${entry}`)));
    assert.equal(data.version, 1.1);
  });

  for (const [tag, expected] of Object.entries(tags)) {
    it(`describes <${tag}>: hover docs, attributes and their values`, () => {
      const entry = data.tags.find((t) => t.name === tag);
      assert.ok(entry, `<${tag}> missing`);
      assert.equal(entry.description.kind, 'markdown');
      const docs = entry.description.value;
      assert.match(docs, /schema\.org/);
      for (const event of expected.events)
        assert.ok(docs.includes(`\`${event}\` (\`${detailTypes[event]}\`)`), event);
      // Frame parts are shadow parts; content hooks are `part` attributes in the light DOM.
      for (const part of expected.parts) {
        const frame = ['toolbar', 'search', 'error'].includes(part);
        const hook = frame ? `\`::part(${part})\`` : `\`${tag} [part~="${part}"]\``;
        assert.ok(docs.includes(hook), part);
      }
      for (const property of customProperties)
        assert.ok(docs.includes(`\`${property}\``), property);
      for (const slot of ['before', 'after']) assert.ok(docs.includes(`\`${slot}\``), slot);

      assert.deepEqual(names(entry.attributes).sort(), [...expected.attributes].sort());
      const attribute = (name) => entry.attributes.find((a) => a.name === name);
      for (const a of entry.attributes) assert.ok(a.description.value.length > 20, a.name);
      assert.deepEqual(names(attribute('theme').values), ['light', 'dark', 'auto']);
      assert.deepEqual(names(attribute('heading-level').values), ['1', '2', '3', '4', '5', '6']);
      assert.equal(attribute('structured-data').valueSet, 'v');
    });
  }
});

describe('web-types.json', () => {
  const data = json(pkg['web-types']);

  it('is referenced by package.json and shipped', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.equal(pkg.exports['./web-types.json'], pkg['web-types']);
    assert.deepEqual([data.name, data.version], [pkg.name, pkg.version]);
    assert.equal(data['description-markup'], 'markdown');
  });

  for (const [tag, expected] of Object.entries(tags)) {
    it(`describes <${tag}>: attributes, events, slots, parts, custom properties`, () => {
      const element = data.contributions.html.elements.find((e) => e.name === tag);
      assert.ok(element, `<${tag}> missing`);
      assert.match(element.description, /schema\.org/);
      assert.deepEqual(names(element.attributes).sort(), [...expected.attributes].sort());
      const theme = element.attributes.find((a) => a.name === 'theme');
      assert.equal(theme.value.type, "'light' | 'dark' | 'auto'");
      assert.deepEqual(names(theme.values), ['light', 'dark', 'auto']);
      const structured = element.attributes.find((a) => a.name === 'structured-data');
      assert.deepEqual(structured.value, { type: 'boolean', kind: 'no-value', default: 'false' });
      assert.deepEqual(
        element.js.events.map((e) => [e.name, e.type]),
        expected.events.map((name) => [name, detailTypes[name]]),
      );
      assert.deepEqual(names(element.events), expected.events);
      assert.deepEqual(names(element.slots), ['before', 'after']);
      assert.deepEqual(names(element.css.parts), expected.parts);
      assert.deepEqual(names(element.css.properties), customProperties);
      assert.ok(names(element.js.properties).includes('content'));
      assert.deepEqual(element.source, {
        module: 'news-elements',
        symbol: tag === 'news-faq' ? 'NewsFaq' : 'NewsArticle',
      });
    });
  }
});
