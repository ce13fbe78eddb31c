// Bytes per page (issue 14): the page scenarios, their goals and budgets, the pages themselves,
// and the sizes of the scripts a page requested. One module for both places that measure:
// test/size.test.ts (CI, all three engines, through test/server/middleware.js) and
// `npm run bench` (bench/run.js, "Bytes per page"). The browser says which scripts a page
// requested; this module only weighs them (gzip level 9, `sizesOf` of scripts/check-size.js).
//
// To tighten a budget, edit its one number below. Exceeding a budget fails CI; missing a goal
// is only printed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizesOf } from './check-size.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const KiB = 1024;

/** The engines a budget or goal may name; a plain number applies to all three. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The scenarios. `entry`: the script the page loads (`classic`: a classic `<script src>`, else a
 * module). `goal`: gzip bytes from issue 14, `null` where the issue sets none, or `{ sameAs }`:
 * another scenario's measured bytes in the same engine. `budget`: gzip bytes, the size measured
 * when it was set plus about 3 % (a number, or one per engine where the engines load different
 * chunks); lower each as the pages shrink. Set from the build with the lazy features and Lit
 * in its own chunk: faq-plain 30,035, faq-search-controls 31,822, faq-de 30,556, faq-details
 * 30,391, article 33,395, seed 40,078, seed-rich 42,210 (native walk) and 51,842 (DOMPurify,
 * WebKit), iife 40,913, server-seed 41,797.
 * `renders`: the elements that must be defined and rendered with their content container
 * (every one of these tags on the page), and fire `news-load` unless inside another element's
 * content, so a page that broke cannot pass with few bytes; `shadow`: selectors that must match
 * in an element's shadow root once it rendered (the opt-in features).
 */
export const scenarios = [
  {
    id: 'faq-plain',
    renders: ['news-faq'],
    description: '`<news-faq>` alone, JSON-LD FAQPage child script, plain-text answers',
    entry: 'dist/news-faq.js',
    goal: 14 * KiB,
    budget: 31_000,
  },
  {
    id: 'faq-search-controls',
    renders: ['news-faq'],
    shadow: { 'news-faq': ['[part~="search"]', '[part~="toolbar"] button'] },
    description: 'the same FAQ with `searchable controls`',
    entry: 'dist/news-faq.js',
    goal: null,
    budget: 32_800,
  },
  {
    id: 'faq-de',
    renders: ['news-faq'],
    description: 'the plain FAQ with `locale="de"` (the German labels chunk)',
    entry: 'dist/news-faq.js',
    goal: null,
    budget: 31_500,
  },
  {
    id: 'faq-details',
    renders: ['news-faq'],
    description: 'the plain FAQ as `<details><summary>` markup children (the markup reader chunk)',
    entry: 'dist/news-faq.js',
    goal: null,
    budget: 31_400,
  },
  {
    id: 'article',
    renders: ['news-article'],
    description: '`<news-article>` alone (NewsArticle without FAQ), plain text',
    entry: 'dist/news-article.js',
    goal: null,
    budget: 34_400,
  },
  {
    id: 'seed',
    renders: ['news-article', 'news-faq'],
    description: 'the seed page: article with its FAQ, plain text',
    entry: 'dist/news-elements.js',
    goal: 20 * KiB,
    budget: 41_300,
  },
  {
    id: 'seed-rich',
    renders: ['news-article', 'news-faq'],
    description:
      'the seed page with rich (HTML) paragraphs and answers: the native Sanitizer walk where the browser has the API, DOMPurify where not',
    entry: 'dist/news-elements.js',
    // The seed's 20 KiB; rich text may add the allowlist walk (about 2 KiB) where the browser
    // sanitizes, and DOMPurify (about 12 KiB) only where it does not (WebKit here).
    goal: { chromium: 22 * KiB, firefox: 22 * KiB, webkit: 32 * KiB },
    budget: { chromium: 43_500, firefox: 43_500, webkit: 53_400 },
  },
  {
    id: 'iife',
    renders: ['news-article', 'news-faq'],
    description: 'the seed page through the classic script',
    entry: 'dist/news-elements.iife.js',
    classic: true,
    // No larger than the module entry plus what the same page uses.
    goal: { sameAs: 'seed' },
    budget: 42_200,
  },
  {
    id: 'server-seed',
    renders: ['news-article', 'news-faq'],
    description: 'the seed page rendered on the server (`renderArticle`), hydrated',
    entry: 'dist/news-elements.js',
    server: true,
    goal: 10 * KiB,
    budget: 43_100,
  },
];

export const scenarioById = new Map(scenarios.map((scenario) => [scenario.id, scenario]));

/** A per-engine value (budget or goal) for one engine. */
const forEngine = (value, engine) =>
  value !== null && typeof value === 'object' && !('sameAs' in value) ? value[engine] : value;

// ---------------------------------------------------------------- pages

/** The seed article with its FAQ (demo/data/seed-article.json, the text of ../shared/seed/). */
const seedArticle = () =>
  JSON.parse(readFileSync(join(root, 'demo/data/seed-article.json'), 'utf8'));

const paragraphsOf = (text) =>
  String(text)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** Rich text for a plain sentence run: the first words strong, one link, one emphasis. */
function enrich(text, index) {
  const words = text.split(' ');
  const strong = `<strong>${words.slice(0, 3).join(' ')}</strong>`;
  const middle = Math.floor(words.length / 2);
  const rest = [...words.slice(3, middle), `<em>${words[middle] ?? ''}</em>`];
  const link = `<a href="https://example.com/news/${index}">${words.slice(middle + 1).join(' ')}</a>`;
  return `${strong} ${rest.join(' ')} ${link}`;
}

/** The seed as rich text: paragraphs in `<p>` with markup, answers with markup. */
function richSeed(seed) {
  const body = paragraphsOf(seed.articleBody)
    .map((paragraph, index) => `<p>${enrich(paragraph, index)}</p>`)
    .join('');
  const mainEntity = seed.hasPart.mainEntity.map((question, index) => ({
    ...question,
    acceptedAnswer: {
      ...question.acceptedAnswer,
      text: enrich(question.acceptedAnswer.text, 100 + index),
    },
  }));
  return { ...seed, articleBody: body, hasPart: { ...seed.hasPart, mainEntity } };
}

/** JSON for a `<script>` element: nothing in it can close the element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const ldJson = (value) => `<script type="application/ld+json">${scriptJson(value)}</script>`;

/**
 * Records, before any of our script runs, which elements fired `news-load` (and when) and any
 * `news-error`: the test and the bench read `window.__scenario` to prove the page rendered.
 * Also `painted`: the time after the frame that follows the last `news-load` (the first paint
 * of the content; a `requestAnimationFrame`, then the task after that frame), and `shifts`: the
 * layout-shift sum (Chromium; `null` where the browser has no `layout-shift` entries).
 */
const PROBE = `<script>
window.__scenario = { loaded: new WeakSet(), loads: [], errors: [], painted: null, shifts: null };
addEventListener('news-load', (event) => {
  __scenario.loaded.add(event.target);
  __scenario.loads.push({ tag: event.target.localName, at: performance.now() });
  requestAnimationFrame(() => setTimeout(() => { __scenario.painted = performance.now(); }));
});
if ((PerformanceObserver.supportedEntryTypes || []).includes('layout-shift')) {
  __scenario.shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) __scenario.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}
addEventListener('news-error', (event) => {
  __scenario.errors.push({ tag: event.target.localName, code: event.detail && event.detail.code });
});
</script>`;

/** The seed FAQ as the `<details><summary>` markup the FAQ reads (plain-text answers). */
const detailsMarkup = (faq) =>
  faq.mainEntity
    .map(
      (question) =>
        `<details><summary>${escapeHtml(question.name)}</summary>${escapeHtml(question.acceptedAnswer.text)}</details>`,
    )
    .join('');

const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML of a scenario's page. `renderArticle`: the built server renderer
 * (dist/lib/server/index.js), needed by `server-seed`. `dist`: the URL prefix of dist/.
 * `preload`: URLs of chunks to announce with `<link rel="modulepreload">` (the bench's
 * baseline for a lazy chunk's delay: the same page with the chunk fetched alongside the entry).
 */
export function scenarioPage(id, { renderArticle, dist = '/dist/', preload = [] } = {}) {
  const scenario = scenarioById.get(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  const seed = seedArticle();
  const { hasPart: faq, ...article } = seed;
  const src = `${dist}${scenario.entry.slice('dist/'.length)}`;
  const script = scenario.classic
    ? `<script src="${src}"></script>`
    : `<script type="module" src="${src}"></script>`;
  let body;
  switch (id) {
    case 'faq-plain':
      body = `<news-faq>${ldJson({ '@context': 'https://schema.org', ...faq })}</news-faq>`;
      break;
    case 'faq-de':
      body = `<news-faq locale="de">${ldJson({ '@context': 'https://schema.org', ...faq })}</news-faq>`;
      break;
    case 'faq-details':
      body = `<news-faq>${detailsMarkup(faq)}</news-faq>`;
      break;
    case 'faq-search-controls':
      body = `<news-faq searchable controls>${ldJson({ '@context': 'https://schema.org', ...faq })}</news-faq>`;
      break;
    case 'article':
      body = `<news-article>${ldJson(article)}</news-article>`;
      break;
    case 'seed':
    case 'iife':
      body = `<news-article>${ldJson(seed)}</news-article>`;
      break;
    case 'seed-rich':
      body = `<news-article>${ldJson(richSeed(seed))}</news-article>`;
      break;
    case 'server-seed':
      if (!renderArticle) throw new Error('server-seed needs renderArticle');
      body = renderArticle(seed, { locale: 'en' });
      break;
    default:
      throw new Error(`no page for scenario ${id}`);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scenario ${id}</title>
${PROBE}
${preload.map((url) => `<link rel="modulepreload" href="${url}">\n`).join('')}${script}
</head>
<body>
${body}
</body>
</html>
`;
}

// ---------------------------------------------------------------- sizes

const IMPORT =
  /(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The entry and the files it imports statically, recursively (dynamic imports excluded). */
function staticGraph(distDir, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(distDir, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(distDir, file), 'utf8');
  for (const [, spec] of code.matchAll(IMPORT))
    staticGraph(distDir, normalize(join(dirname(file), spec)), seen);
  return seen;
}

/**
 * A requested URL as a path inside dist/ (`news-elements.js`, `chunks/index-x.js`), or
 * undefined when it is not a file of dist/ (the test runner's own scripts, say).
 */
function distPath(url, distDir) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith('/dist/')) return undefined;
  const path = normalize(pathname.slice('/dist/'.length));
  if (path.startsWith('..') || path.startsWith(sep) || !existsSync(join(distDir, path)))
    return undefined;
  return path;
}

/**
 * Weighs what one page requested. `result`: what the browser reported, `{ id, engine,
 * scripts: [{ url, start, end }], rendered, problems, renderedAt, painted, shifts }` (times in
 * ms from the page's time origin; `renderedAt`: the last `news-load`; `painted` and `shifts`: see
 * PROBE). `distDir`: the folder served as /dist/. Returns the scenario's row, with its profile.
 */
export function measureScenario(result, distDir = join(root, 'dist')) {
  const scenario = scenarioById.get(result.id);
  if (!scenario) throw new Error(`no scenario ${result.id}`);
  const entry = scenario.entry.slice('dist/'.length);
  const eager = scenario.classic ? new Set([entry]) : staticGraph(distDir, entry);
  const problems = [...(result.problems ?? [])];
  if (!existsSync(join(distDir, entry))) problems.push(`${scenario.entry} does not exist`);
  const files = [];
  const seen = new Set();
  for (const script of result.scripts ?? []) {
    const path = distPath(script.url, distDir);
    if (!path) {
      problems.push(`requested a script outside dist/: ${script.url}`);
      continue;
    }
    if (seen.has(path)) continue;
    seen.add(path);
    const { gzip } = sizesOf(readFileSync(join(distDir, path)));
    const kind = path === entry ? 'entry' : eager.has(path) ? 'static' : 'lazy';
    // A lazy chunk asked for before the content rendered holds the content back.
    const critical =
      kind === 'lazy' &&
      Number.isFinite(script.start) &&
      Number.isFinite(result.renderedAt) &&
      script.start <= result.renderedAt;
    files.push({
      path: `dist/${path}`,
      gzip,
      kind,
      critical,
      start: script.start,
      end: script.end,
    });
  }
  // A file the page must have loaded but the browser did not report would be missing bytes.
  for (const file of eager)
    if (!seen.has(file))
      problems.push(`dist/${file} (the entry or its static import) is not among the requests read`);
  const bytes = files.reduce((sum, file) => sum + file.gzip, 0);
  return {
    id: scenario.id,
    engine: result.engine,
    description: scenario.description,
    bytes,
    files,
    budget: forEngine(scenario.budget, result.engine),
    goalSpec: forEngine(scenario.goal, result.engine),
    rendered: Boolean(result.rendered),
    renderedAt: result.renderedAt,
    painted: result.painted ?? null,
    shifts: result.shifts ?? null,
    profile: profileOf(files, distDir),
    problems,
  };
}

/** Fills in the goals (`sameAs` from the other rows of the same engine) and the verdicts. */
export function judge(rows) {
  return rows.map((row) => {
    const spec = row.goalSpec;
    const goal =
      spec && typeof spec === 'object'
        ? rows.find((other) => other.id === spec.sameAs && other.engine === row.engine)?.bytes
        : spec;
    const goalNote = spec && typeof spec === 'object' ? `= ${spec.sameAs}` : '';
    return {
      ...row,
      goal: goal ?? null,
      goalNote,
      goalMet: Number.isFinite(goal) ? row.bytes <= goal : null,
      withinBudget: Number.isFinite(row.budget) && row.bytes <= row.budget,
      ok:
        row.rendered &&
        !row.problems.length &&
        Number.isFinite(row.budget) &&
        row.bytes <= row.budget,
    };
  });
}

// ---------------------------------------------------------------- profile

/**
 * Where a page's bytes come from. Each requested file's source map (the `.js.map` beside it) says
 * which original module every span of the minified code came from: a generated segment owns the
 * bytes up to the next segment on its line. Each module's raw bytes are then scaled to the file's
 * gzip size by their share of the file (gzip does not split by module, so this is a
 * proportional estimate; the totals are exact).
 */
const BASE64 = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((char, index) => [
    char,
    index,
  ]),
);

/** The numbers of one Base64 VLQ segment ("AAAA,CAAC" is two). */
function vlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `../../node_modules/lit-html/lit-html.js` -> `lit-html/lit-html.js`; `../src/x.ts` -> `src/x.ts`. */
const modulePath = (source) =>
  String(source)
    .replace(/^(\.\.?\/)+/, '')
    .replace(/^node_modules\//, '');

/** Raw bytes of `code` per original module (`(chunk glue: imports, exports)` for code no segment covers). */
function bytesPerModule(code, map) {
  const totals = new Map();
  const add = (source, bytes) => {
    const key =
      source >= 0
        ? modulePath(map.sources[source] ?? '(chunk glue: imports, exports)')
        : '(chunk glue: imports, exports)';
    if (bytes) totals.set(key, (totals.get(key) ?? 0) + bytes);
  };
  const lines = code.split('\n');
  const mappings = String(map.mappings ?? '').split(';');
  let source = 0;
  for (const [index, line] of lines.entries()) {
    let column = 0;
    let from = 0;
    let owner = -1;
    for (const segment of (mappings[index] ?? '').split(',')) {
      if (!segment) continue;
      const fields = vlq(segment);
      column += fields[0] ?? 0;
      add(owner, Buffer.byteLength(line.slice(from, column)));
      from = column;
      // Source, line and column are relative to the previous segment with a source.
      if (fields.length >= 4) source += fields[1] ?? 0;
      owner = fields.length >= 4 ? source : -1;
    }
    add(owner, Buffer.byteLength(line.slice(from)) + (index < lines.length - 1 ? 1 : 0));
  }
  return totals;
}

/** The groups of the profile, in the order of the tables; the first match wins. */
export const GROUPS = [
  [
    'Lit SSR client',
    /^(@lit-labs\/ssr-client\/|lit-html\/(private-ssr-support|experimental-hydrate))/,
  ],
  ['Lit', /^(lit-html|lit-element|lit|@lit\/reactive-element)\//],
  ['DOMPurify', /^dompurify\//],
  ['styles', /\.styles\.ts$/],
  ['content pipeline', /^src\/content\//],
  ['base element & sources', /^src\/base\//],
  ['i18n', /^src\/i18n\//],
  ['FAQ element', /^src\/faq\//],
  ['article element', /^src\/article\//],
  ['rich text', /^src\/rich-text\//],
  ['other', /./],
];

export const groupOf = (module) =>
  GROUPS.find(([, pattern]) => pattern.test(module))?.[0] ?? 'other';

const fileProfiles = new Map();

/** One dist/ file's gzip bytes per module: `{ module: gzip }`, or undefined without a map. */
function fileProfile(distDir, path) {
  const file = join(distDir, path);
  const key = `${file}:${statSync(file).mtimeMs}`;
  if (fileProfiles.has(key)) return fileProfiles.get(key);
  let profile;
  if (existsSync(`${file}.map`)) {
    const code = readFileSync(file, 'utf8');
    const raw = bytesPerModule(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    const total = Buffer.byteLength(code);
    const { gzip } = sizesOf(Buffer.from(code));
    profile = Object.fromEntries(
      [...raw].map(([module, bytes]) => [module, total ? (gzip * bytes) / total : 0]),
    );
  }
  fileProfiles.set(key, profile);
  return profile;
}

/**
 * A page's profile: gzip bytes per group and per module over every file it requested
 * (`files` of a row). Files without a source map count as one module, their own path.
 */
export function profileOf(files, distDir = join(root, 'dist')) {
  const modules = {};
  for (const file of files) {
    const path = file.path.replace(/^dist\//, '');
    const profile = existsSync(join(distDir, path)) ? fileProfile(distDir, path) : undefined;
    for (const [module, gzip] of Object.entries(profile ?? { [file.path]: file.gzip }))
      modules[module] = (modules[module] ?? 0) + gzip;
  }
  const groups = {};
  for (const [module, gzip] of Object.entries(modules))
    groups[groupOf(module)] = (groups[groupOf(module)] ?? 0) + gzip;
  return { groups, modules };
}

// ---------------------------------------------------------------- tables

const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—');
const yesNo = (value) => (value === null || value === undefined ? '—' : value ? 'yes' : 'NO');

/** "index-x.js 27,464 + native-y.js 2,201 (lazy, critical)" */
const profile = (row) =>
  row.files
    .map(
      (file) =>
        `${file.path.replace(/^dist\//, '')} ${int(file.gzip)}${file.kind === 'lazy' ? ` (lazy${file.critical ? ', before render' : ''})` : ''}`,
    )
    .join(' + ');

/** Whether a lazy chunk sits between the entry and the rendered content. */
const criticalNote = (row) => {
  const lazy = row.files.filter((file) => file.critical);
  return lazy.length
    ? `yes: ${lazy.map((file) => file.path.replace(/^dist\//, '')).join(', ')}`
    : 'no';
};

/** Groups of a row's profile, largest first: [[group, gzip B]]. */
const groupsOf = (row) => Object.entries(row.profile?.groups ?? {}).sort(([, a], [, b]) => b - a);

const percent = (part, whole) => `${whole ? Math.round((100 * part) / whole) : 0} %`;

/** "Lit 7,385 · content pipeline 7,066 · …" */
const groupLine = (row) =>
  groupsOf(row)
    .map(([group, gzip]) => `${group} ${int(gzip)}`)
    .join(' · ');

/** The table as plain text (the CI test's output), one engine or several. */
export function textTable(rows) {
  const head = [
    'scenario',
    'engine',
    'gzip B',
    'goal B',
    'goal met',
    'budget B',
    'in budget',
    'rendered',
    'layout shift',
    'lazy chunk before render',
  ];
  const body = rows.map((row) => [
    row.id,
    row.engine,
    int(row.bytes),
    `${int(row.goal)}${row.goalNote ? ` (${row.goalNote})` : ''}`,
    yesNo(row.goalMet),
    int(row.budget),
    row.withinBudget ? 'yes' : 'OVER',
    row.rendered ? 'yes' : 'NO',
    Number.isFinite(row.shifts) ? row.shifts.toFixed(4) : '—',
    criticalNote(row),
  ]);
  const widths = head.map((cell, index) =>
    Math.max(cell.length, ...body.map((line) => String(line[index]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, index) => String(cell).padEnd(widths[index]))
      .join('  ')
      .trimEnd();
  const lines = [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)];
  lines.push('', 'Scripts each page requested (gzip B):');
  for (const row of rows) lines.push(`  ${row.id} (${row.engine}): ${profile(row)}`);
  lines.push('', 'Where the bytes come from (gzip B per group, proportional share of each file):');
  for (const row of rows) lines.push(`  ${row.id} (${row.engine}): ${groupLine(row)}`);
  const problems = rows.flatMap((row) =>
    row.problems.map((problem) => `  ${row.id} (${row.engine}): ${problem}`),
  );
  if (problems.length) lines.push('', 'Problems:', ...problems);
  return lines.join('\n');
}

/** The table as Markdown (bench/results.md). */
export function markdownTable(rows) {
  const lines = [
    '| scenario | engine | scripts requested, gzip B | goal B | goal met | budget B | rendered | lazy chunk before render | what the page requested (gzip B) |',
    '|---|---|---:|---:|---|---:|---|---|---|',
  ];
  for (const row of rows) {
    const scenario = scenarioById.get(row.id);
    lines.push(
      `| \`${row.id}\`: ${scenario.description} | ${row.engine} | ${int(row.bytes)} | ${int(row.goal)}${row.goalNote ? ` (${row.goalNote})` : ''} | ${row.goalMet === null ? '—' : row.goalMet ? 'yes' : '**no**'} | ${int(row.budget)} | ${row.rendered ? 'yes' : '**no**'} | ${criticalNote(row)} | ${profile(row)} |`,
    );
  }
  return lines.join('\n');
}

/** The runtime a page cannot do without: Lit, and its SSR client where a page hydrates. */
const RUNTIME = ['Lit', 'Lit SSR client'];

/**
 * What a missed goal would take, from the numbers: the goal less the runtime (Lit) is what
 * everything else must fit in, against what it weighs today.
 */
function whatItWouldTake(row, rows) {
  if (!Number.isFinite(row.goal) || row.goalMet !== false) return undefined;
  const groups = groupsOf(row);
  const same = row.goalSpec?.sameAs;
  const other =
    same && rows.find((candidate) => candidate.id === same && candidate.engine === row.engine);
  if (other) {
    // Held to another page: what this one carries beyond it, group by group.
    const more = groups
      .map(([group, gzip]) => [group, gzip - (other.profile?.groups?.[group] ?? 0)])
      .filter(([, extra]) => extra >= 50)
      .sort(([, a], [, b]) => b - a)
      .map(([group, extra]) => `${group} +${int(extra)} B`);
    const absent = Object.entries(row.profile?.modules ?? {})
      .filter(([module]) => !(module in (other.profile?.modules ?? {})) && !module.startsWith('('))
      .sort(([, a], [, b]) => b - a);
    const absentBytes = absent.reduce((sum, [, gzip]) => sum + gzip, 0);
    const modules = absent.map(([module, gzip]) => `\`${module}\` ${int(gzip)}`).join(', ');
    return `${int(row.bytes)} B against ${int(row.goal)} B (${row.goalNote}), ${int(row.bytes - row.goal)} B over. Groups larger than on \`${same}\`: ${more.join(', ') || 'none by 50 B or more'} (proportional estimates, as below). Modules \`${same}\` does not load: ${modules ? `${modules} (${int(absentBytes)} B together)` : 'none'}.`;
  }
  const runtime = groups.filter(([group]) => RUNTIME.includes(group));
  const runtimeBytes = runtime.reduce((sum, [, gzip]) => sum + gzip, 0);
  const rest = row.bytes - runtimeBytes;
  const room = row.goal - runtimeBytes;
  const runtimeText = runtime.map(([group, gzip]) => `${group} ${int(gzip)} B`).join(' + ');
  const biggest = groups
    .filter(([group]) => !RUNTIME.includes(group))
    .slice(0, 4)
    .map(([group, gzip]) => `${group} ${int(gzip)} B`)
    .join(', ');
  const goal = `${int(row.goal)} B${row.goalNote ? ` (${row.goalNote})` : ''}`;
  const over = `${int(row.bytes)} B against ${goal}, ${int(row.bytes - row.goal)} B over.`;
  if (room <= 0)
    return `${over} ${runtimeText} alone exceed${runtime.length === 1 ? 's' : ''} the goal, by ${int(-room)} B: it cannot be met while the page loads this runtime. The rest weighs ${int(rest)} B; largest: ${biggest}.`;
  return `${over} ${runtimeText} leave ${int(room)} B for everything else, which weighs ${int(rest)} B today: it would have to lose ${int(rest - room)} B (${percent(rest - room, rest)} of it). Largest: ${biggest}.`;
}

/**
 * The profile of each row (bench/results.md): gzip bytes per group with its share, the ten
 * largest modules, and, where the goal is missed, what it would take.
 */
export function profileMarkdown(rows) {
  const lines = [];
  for (const row of rows) {
    lines.push(`#### \`${row.id}\` (${row.engine}): ${int(row.bytes)} B`, '');
    const take = whatItWouldTake(row, rows);
    if (take) lines.push(take, '');
    const groups = groupsOf(row);
    const modules = Object.entries(row.profile?.modules ?? {})
      .sort(([, a], [, b]) => b - a)
      .slice(0, 10);
    lines.push(
      '| group | gzip B | share | | largest modules | gzip B |',
      '|---|---:|---:|---|---|---:|',
    );
    for (let index = 0; index < Math.max(groups.length, modules.length); index++) {
      const [group, gzip] = groups[index] ?? [];
      const [module, moduleGzip] = modules[index] ?? [];
      lines.push(
        `| ${group ?? ''} | ${group ? int(gzip) : ''} | ${group ? percent(gzip, row.bytes) : ''} | | ${module ? `\`${module}\`` : ''} | ${module ? int(moduleGzip) : ''} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
