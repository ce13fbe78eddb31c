// Prints the gzip and brotli size of each CDN file and fails when one is over its budget. Run
// by `npm run build`, so CI checks it on every run. An ES entry is measured with every chunk it
// imports statically (what a page must load before the elements work), each file compressed on
// its own as a server sends it; lazy chunks are measured on their own. What a given page really
// requests is measured in the browser, per scenario (scripts/scenarios.js, test/size.test.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Budgets in gzip bytes: today's sizes with a little headroom, so growth fails the build. Round
 * two added the publishers' JSON-LD pipeline (entities, dates, repair: about 3.4 KB), the linear
 * scanners and caps (about 1.8 KB) and localized errors; HTML-first (issue 11: light-DOM content
 * with its `@scope`d styles, server-output adoption) about 2.9 KB; the IIFE also inlines the walk over the browser's
 * Sanitizer API (2.2 KB, a lazy chunk of the ES module) and Lit's hydration (1.7 KB); issue 14 (bytes per page) replaces
 * these whole-bundle budgets with per-page scenarios (scripts/scenarios.js, measured in the
 * browser); the entries' budgets here are the same sizes plus 3%: one entry per element sharing
 * chunks, opt-in features in lazy chunks, and a classic script that loads the ES build's leaf
 * chunks (sanitizers, entity table, label tables) instead of inlining them.
 */
export const budgets = {
  'dist/news-elements.js': 41_300,
  'dist/news-faq.js': 31_000,
  'dist/news-article.js': 34_400,
  'dist/news-elements.iife.js': 42_200,
  'dist/chunks/native-*.js': 3 * 1024,
  'dist/chunks/purify-*.js': 12 * 1024,
  'dist/chunks/entity-table-*.js': 9 * 1024,
};

/** Raw, gzip (level 9) and brotli (quality 11) sizes of some bytes. */
export function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of a file. */
export function sizes(file) {
  return sizesOf(readFileSync(file));
}

/** An ES module and the modules it imports statically, recursively (dynamic imports excluded). */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g,
  )) {
    staticGraph(join(dirname(file), path), seen);
  }
  return seen;
}

/** Sizes of several files, each compressed on its own (as a server sends them), summed. */
export function sumSizes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const one = sizes(file);
    for (const key of Object.keys(total)) total[key] += one[key];
  }
  return total;
}

function expand(pattern) {
  if (!pattern.includes('*')) return existsSync(pattern) ? [pattern] : [];
  const dir = dirname(pattern);
  const [prefix, suffix] = pattern.slice(dir.length + 1).split('*');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .map((name) => join(dir, name));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const [pattern, budget] of Object.entries(budgets)) {
    const files = expand(pattern);
    if (!files.length) {
      console.error(`size: ${pattern} is missing; run the build first`);
      failed = true;
    }
    for (const file of files) {
      const graph = file.includes('/chunks/') ? [file] : [...staticGraph(file)];
      const { raw, gzip, brotli } = sumSizes(graph);
      const over = gzip > budget;
      failed ||= over;
      const label = graph.length > 1 ? `${file} (+${graph.length - 1} static chunks)` : file;
      console.log(
        `size: ${label.padEnd(34)} ${String(raw).padStart(7)} B raw  ${String(gzip).padStart(6)} B gzip  ${String(brotli).padStart(6)} B brotli  budget ${budget} B gzip${over ? '  OVER BUDGET' : ''}`,
      );
    }
  }
  if (failed) process.exit(1);
}
