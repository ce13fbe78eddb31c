// custom-elements.json (made by `npm run build`) is valid against the schema of the
// custom-elements-manifest package, describes the shipped files, and has what editors and
// documentation tools need: tag definitions, typed events, typed attributes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { URL, fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${root}/${pkg.customElements}`, 'utf8'));
const schema = require('custom-elements-manifest/schema.json');

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({ module, declaration })),
);
const element = (tag) => {
  const found = elements.find((entry) => entry.declaration.tagName === tag);
  assert.ok(found, `<${tag}> is not in the manifest`);
  return found.declaration;
};

/** Every `path` and `module` reference in the manifest. */
function references(value, found = []) {
  if (Array.isArray(value)) for (const item of value) references(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') found.push(item);
      else references(item, found);
    }
  }
  return found;
}

describe('custom-elements.json', () => {
  it('is valid against the custom-elements-manifest schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(manifest);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });

  it('points only at files the package ships', () => {
    const paths = [...new Set(references(manifest.modules))];
    assert.ok(paths.length > 0);
    for (const path of paths) {
      assert.match(path, /^dist\/lib\/.+\.js$/, `${path} is not a shipped module`);
      assert.ok(existsSync(`${root}/${path}`), `${path} does not exist after the build`);
    }
  });

  it('defines both tags where the package registers them', () => {
    const definitions = manifest.modules
      .flatMap((module) => (module.exports ?? []).map((entry) => ({ ...entry, in: module.path })))
      .filter((entry) => entry.kind === 'custom-element-definition');
    assert.deepEqual(
      definitions.map((d) => [d.name, d.declaration.name, d.declaration.module, d.in]).sort(),
      [
        ['news-article', 'NewsArticle', 'dist/lib/article/news-article.js', 'dist/lib/index.js'],
        ['news-faq', 'NewsFaq', 'dist/lib/faq/news-faq.js', 'dist/lib/index.js'],
      ],
    );
    assert.deepEqual(elements.map((e) => e.declaration.tagName).sort(), [
      'news-article',
      'news-faq',
    ]);
  });

  it('types every event with its detail', () => {
    const types = Object.fromEntries(
      element('news-faq').events.map((event) => [event.name, event.type?.text]),
    );
    assert.deepEqual(types, {
      'news-load': 'CustomEvent<NewsLoadDetail>',
      'news-toggle': 'CustomEvent<NewsToggleDetail>',
      'news-error': 'CustomEvent<NewsErrorDetail>',
    });
    for (const event of element('news-article').events) assert.ok(event.type?.text, event.name);
  });

  it('types and describes every attribute; theme lists its values', () => {
    for (const tag of ['news-article', 'news-faq']) {
      for (const attribute of element(tag).attributes) {
        assert.ok(attribute.type?.text, `<${tag}> ${attribute.name} has no type`);
        assert.ok(attribute.description, `<${tag}> ${attribute.name} has no description`);
      }
      const theme = element(tag).attributes.find((a) => a.name === 'theme');
      assert.equal(theme.type.text, "'light' | 'dark' | 'auto' | null");
      const content = element(tag).members.find((m) => m.name === 'content');
      const input = tag === 'news-faq' ? 'FaqInput' : 'ArticleInput';
      assert.equal(content.type.text, `${input} | null | undefined`);
      const timeout = element(tag).attributes.find((a) => a.name === 'src-timeout');
      assert.deepEqual([timeout.type.text, timeout.default], ['number', '10000']);
    }
  });
});
