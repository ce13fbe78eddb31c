// Prints the gzip and brotli size of each CDN bundle and fails when one is over its budget.
// Run by `npm run build`, so CI checks it on every run.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Budgets in gzip bytes. The ES module carries Lit; the sanitizer is a lazy chunk beside it. */
export const budgets = {
  'dist/news-elements.js': 12 * 1024,
  'dist/news-elements.iife.js': 22 * 1024,
  'dist/chunks/purify-*.js': 10 * 1024,
};

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function expand(pattern) {
  if (!pattern.includes('*')) return existsSync(pattern) ? [pattern] : [];
  const dir = pattern.slice(0, pattern.lastIndexOf('/'));
  const [prefix, suffix] = pattern.slice(dir.length + 1).split('*');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .map((name) => `${dir}/${name}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const [pattern, budget] of Object.entries(budgets)) {
    const files = expand(pattern);
    if (!files.length && !pattern.includes('*')) {
      console.error(`size: ${pattern} is missing; run the build first`);
      failed = true;
    }
    for (const file of files) {
      const { raw, gzip, brotli } = sizes(file);
      const over = gzip > budget;
      failed ||= over;
      console.log(
        `size: ${file.padEnd(34)} ${String(raw).padStart(7)} B raw  ${String(gzip).padStart(6)} B gzip  ${String(brotli).padStart(6)} B brotli  budget ${budget} B gzip${over ? '  OVER BUDGET' : ''}`,
      );
    }
  }
  if (failed) process.exit(1);
}
