// The CDN build's chunks (npm run build first): every source module is in exactly one file of
// the ES build, so a page that loads several entries or lazy chunks never downloads a module
// twice; and the classic script's `import()`s name leaf chunks of that build, which exist and
// import nothing (so they cannot pull in a second copy of Lit). Every file starts with V8's
// compile hint.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const read = (path) => readFileSync(new URL(path, dist), 'utf8');
const esFiles = [
  'news-elements.js',
  'news-faq.js',
  'news-article.js',
  ...readdirSync(new URL('chunks/', dist))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `chunks/${name}`),
];

test('no source module is in two files of the ES build', () => {
  const owners = new Map();
  for (const file of esFiles) {
    for (const source of JSON.parse(read(`${file}.map`)).sources) {
      owners.set(source, [...(owners.get(source) ?? []), file]);
    }
  }
  const twice = [...owners].filter(([, files]) => files.length > 1);
  assert.deepEqual(twice, []);
  // The lazy parts are files of their own, not inlined into what every page loads.
  for (const lazy of [
    'toolbar-parts',
    'details-reader',
    'fetch-json',
    'json-ld-output',
    'labels-de',
  ]) {
    assert.ok(
      esFiles.some((file) => file.startsWith(`chunks/${lazy}-`)),
      `${lazy} is a chunk of its own`,
    );
  }
});

test("the classic script's chunks are leaf chunks of the ES build", () => {
  const iife = read('news-elements.iife.js');
  const targets = [...iife.matchAll(/import\(new URL\("([^"]+)"/g)].map((match) => match[1]);
  assert.ok(targets.length >= 3, `found ${targets.join(', ')}`);
  for (const target of targets) {
    assert.ok(existsSync(new URL(target, dist)), `${target} exists`);
    assert.doesNotMatch(read(target), /\bfrom\s*["']|\bimport\s*\(/, `${target} imports nothing`);
  }
  assert.ok(targets.some((target) => /chunks\/purify-/.test(target)));
});

test('every file for the browser starts with the compile hint, its source map shifted', () => {
  for (const file of [...esFiles, 'news-elements.iife.js']) {
    const code = read(file);
    assert.ok(code.startsWith('//# allFunctionsCalledOnLoad\n'), `${file} starts with the hint`);
    const { mappings } = JSON.parse(read(`${file}.map`));
    const lines = mappings.split(';');
    assert.equal(lines[0], '', `${file}: the hint's line maps to nothing`);
    // One group of mappings per line of code (the last line may have none).
    assert.ok(lines.length <= code.split('\n').length, `${file}: no mappings past the code`);
    assert.notEqual(lines[1], '', `${file}: the code's first line is mapped`);
  }
});
