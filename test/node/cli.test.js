// The `news-elements` CLI (bin/news-elements.js), run as a user runs it, in a child process on
// temporary files: which renderer each file gets, stdout, stdin, --out with progress, every
// option visible in the HTML, and errors: one line naming the file and the code, exit status 1,
// nothing written. Runs against the built modules: `npm run build` first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/news-elements.js', import.meta.url));
const readJson = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const seedArticle = await readJson('../../demo/data/seed-article.json');
const seedFaq = await readJson('../../demo/data/seed-faq.json');
const { version } = await readJson('../../package.json');

/** Runs the CLI in `cwd`: its exit status, stdout and stderr (`input` is written to stdin). */
function run(args, { cwd, input } = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ status: error ? error.code : 0, stdout, stderr }),
    );
    child.stdin.end(input ?? '');
  });
}

/** The text of the first element of `tag` in `html`, without Lit's comment markers. */
function textOf(html, tag) {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match?.[1]?.replace(/<!--[\s\S]*?-->/g, '').trim();
}

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'news-elements-cli-'));
  const files = {
    'story.json': JSON.stringify(seedArticle),
    'faq.json': JSON.stringify(seedFaq),
    'short.json': JSON.stringify([{ question: 'Why?', answer: 'Because.' }]),
    'bad.json': JSON.stringify({ '@type': 'NewsArticle', articleBody: 'No headline.' }),
    // Almost-JSON as CMSes publish it: a raw newline inside a string and trailing commas.
    'almost.json':
      '{"@type": "NewsArticle", "headline": "Repaired\nheadline", "keywords": ["a",],}',
    'broken.json': '{"@type": "NewsArticle", headline: "x"}',
    'relative.json': JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Relative image',
      image: { '@type': 'ImageObject', url: 'images/lead.jpg' },
    }),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
});
after(() => rm(dir, { recursive: true, force: true }));

describe('news-elements CLI', () => {
  it('renders an article file to stdout', async () => {
    const { status, stdout, stderr } = await run(['render', 'story.json'], { cwd: dir });
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.match(stdout, /^<news-article locale="en"><script type="application\/ld\+json">/);
    assert.match(stdout, /<template shadowrootmode="open">/);
    assert.equal(textOf(stdout, 'h2'), seedArticle.headline);
    assert.match(stdout, /<\/news-article>\n$/);
  });

  it('renders FAQPage JSON and the shorthand with the FAQ renderer', async () => {
    const faq = await run(['render', 'faq.json'], { cwd: dir });
    assert.equal(faq.status, 0);
    assert.match(faq.stdout, /^<news-faq locale="en">/);
    for (const item of seedFaq.mainEntity) assert.ok(faq.stdout.includes(item.name), item.name);
    const short = await run(['render', 'short.json'], { cwd: dir });
    assert.equal(short.status, 0);
    assert.match(short.stdout, /^<news-faq[^>]*>[\s\S]*Why\?[\s\S]*Because\./);
  });

  it('writes several files to stdout one after another', async () => {
    const { status, stdout } = await run(['render', 'story.json', 'faq.json'], { cwd: dir });
    assert.equal(status, 0);
    assert.match(stdout, /^<news-article[\s\S]*<\/news-article>\n<news-faq[\s\S]*<\/news-faq>\n$/);
  });

  it('reads stdin and writes stdout when no file is named', async () => {
    const { status, stdout, stderr } = await run(['render'], {
      cwd: dir,
      input: JSON.stringify(seedArticle),
    });
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.equal(textOf(stdout, 'h2'), seedArticle.headline);
  });

  it('writes a batch into --out, with progress on stderr', async () => {
    const out = join(dir, 'site');
    const { status, stdout, stderr } = await run(
      ['render', 'story.json', 'faq.json', 'short.json', '--out', out],
      { cwd: dir },
    );
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assert.deepEqual((await readdir(out)).sort(), ['faq.html', 'short.html', 'story.html']);
    assert.match(await readFile(join(out, 'story.html'), 'utf8'), /^<news-article/);
    assert.match(await readFile(join(out, 'faq.html'), 'utf8'), /^<news-faq/);
    assert.deepEqual(stderr.trim().split('\n'), [
      `[1/3] story.json -> ${join(out, 'story.html')}`,
      `[2/3] faq.json -> ${join(out, 'faq.html')}`,
      `[3/3] short.json -> ${join(out, 'short.html')}`,
    ]);
  });

  it('reflects every option in the output', async () => {
    const render = async (...options) => {
      const { status, stdout, stderr } = await run(['render', 'story.json', ...options], {
        cwd: dir,
      });
      assert.equal(stderr, '');
      assert.equal(status, 0);
      return stdout;
    };
    const time = (html) => textOf(html, 'time');
    const plain = await render();
    assert.match(time(plain), /^January 5, 2024\b.*\b2:30\sPM UTC$/);

    const german = await render('--locale', 'de');
    assert.match(german, /^<news-article locale="de">/);
    assert.match(time(german), /^5\. Januar 2024/);
    assert.match(german, /Aktualisiert/);

    // 09:30 in New York is 14:30 UTC and 15:30 in Berlin.
    assert.match(time(await render('--time-zone', 'Europe/Berlin')), /3:30\sPM/);

    const image = (html) => /<img[^>]*\ssrc="([^"]*)"/.exec(html)?.[1];
    const relative = await run(
      ['render', 'relative.json', '--base-url', 'https://news.example/a/'],
      {
        cwd: dir,
      },
    );
    assert.equal(image(relative.stdout), 'https://news.example/a/images/lead.jpg');

    const level = await render('--heading-level', '4');
    assert.match(level, /^<news-article locale="en" heading-level="4">/);
    assert.equal(textOf(level, 'h4'), seedArticle.headline);

    assert.match(await render('--theme', 'dark'), /^<news-article locale="en" theme="dark">/);

    // Inline: the frame's styles and the content styles (and the embedded FAQ's frame).
    const styles = (plain.match(/<style[ >]/g) ?? []).length;
    assert.ok(styles >= 2, 'inline: frame and content styles');
    // The content's names the version that wrote it (an element of that version reuses it).
    assert.match(plain, /<style data-news-styles="\d+\.\d+\.\d+">@scope/);
    const linked = await render('--styles', 'link', '--styles-href', '/css/news-elements.css');
    assert.equal((linked.match(/<style[ >]/g) ?? []).length, 0);
    assert.equal(
      (linked.match(/<link rel="stylesheet" href="\/css\/news-elements.css">/g) ?? []).length,
      styles,
      'a link where each style was',
    );
    const implied = await render('--styles-href', '/css/news-elements.css');
    assert.equal(implied, linked, '--styles-href alone links the styles');
    const none = await render('--styles', 'none');
    assert.doesNotMatch(none, /<style[ >]|<link/);
  });

  it('passes the FAQ options to the FAQ', async () => {
    const { status, stdout } = await run(
      ['render', 'faq.json', '--faq-searchable', '--faq-controls', '--faq-exclusive'],
      { cwd: dir },
    );
    assert.equal(status, 0);
    assert.match(stdout, /^<news-faq locale="en" exclusive searchable controls>/);
    assert.match(stdout, /<input[^>]*type="search"/);
  });

  it('repairs almost-JSON', async () => {
    const { status, stdout } = await run(['render', 'almost.json'], { cwd: dir });
    assert.equal(status, 0);
    assert.equal(textOf(stdout, 'h2'), 'Repaired\nheadline'.replace('\n', ' '));
  });

  it('fails a batch with an invalid file: names it and its code, writes nothing', async () => {
    const out = join(dir, 'failed');
    const { status, stdout, stderr } = await run(
      ['render', 'story.json', 'bad.json', 'faq.json', 'broken.json', 'missing.json', '--out', out],
      { cwd: dir },
    );
    assert.equal(status, 1);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.deepEqual(lines, [
      'bad.json: INVALID_CONTENT: The article has no headline.',
      'broken.json: INVALID_JSON: The content is not valid JSON.',
      'missing.json: ENOENT: No such file.',
      'Nothing was written.',
    ]);
    await assert.rejects(readdir(out), { code: 'ENOENT' });

    // To stdout as well: not the valid files' HTML before the error.
    const piped = await run(['render', 'story.json', 'bad.json'], { cwd: dir });
    assert.equal(piped.status, 1);
    assert.equal(piped.stdout, '');
  });

  it('reports why an FAQ is refused, and an article error otherwise', async () => {
    const noQuestions = { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question' }] };
    const faq = await run(['render'], { cwd: dir, input: JSON.stringify(noQuestions) });
    assert.equal(faq.status, 1);
    assert.equal(faq.stderr, '<stdin>: INVALID_CONTENT: The FAQ has no valid questions.\n');
    const neither = await run(['render'], { cwd: dir, input: '{"@type": "Person"}' });
    assert.equal(
      neither.stderr,
      '<stdin>: INVALID_CONTENT: No article was found in the content.\n',
    );
  });

  it('leaves existing files alone when a batch fails', async () => {
    const out = join(dir, 'kept');
    assert.equal((await run(['render', 'story.json', '--out', out], { cwd: dir })).status, 0);
    const before = await readFile(join(out, 'story.html'), 'utf8');
    const failed = await run(
      ['render', 'story.json', 'bad.json', '--out', out, '--theme', 'dark'],
      {
        cwd: dir,
      },
    );
    assert.equal(failed.status, 1);
    assert.equal(await readFile(join(out, 'story.html'), 'utf8'), before);
    assert.deepEqual(await readdir(out), ['story.html'], 'no temporary file left');
  });

  it('prints usage for --help, and for unknown options and commands with status 1', async () => {
    const help = await run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: news-elements render/);
    for (const option of ['--out', '--locale', '--time-zone', '--base-url', '--styles-href']) {
      assert.ok(help.stdout.includes(option), option);
    }

    const unknown = await run(['render', 'story.json', '--colour', 'red'], { cwd: dir });
    assert.equal(unknown.status, 1);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /^news-elements: Unknown option '--colour'\n/);
    assert.match(unknown.stderr, /Usage: news-elements render/);

    for (const args of [[], ['draw', 'story.json']]) {
      const result = await run(args, { cwd: dir });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /Usage: news-elements render/);
    }
    const outWithoutFiles = await run(['render', '--out', 'site'], { cwd: dir, input: '{}' });
    assert.equal(outWithoutFiles.status, 1);
    assert.match(outWithoutFiles.stderr, /^news-elements: --out needs input files/);
  });

  it('refuses bad option values with status 1 before reading any file', async () => {
    for (const [option, value] of [
      ['--time-zone', 'Mars/Olympus'],
      ['--base-url', 'not a url'],
      ['--heading-level', '9'],
      ['--theme', 'pink'],
      ['--styles', 'link'],
    ]) {
      const { status, stdout, stderr } = await run(['render', 'missing.json', option, value], {
        cwd: dir,
      });
      assert.equal(status, 1, option);
      assert.equal(stdout, '');
      assert.match(stderr, new RegExp(`^news-elements: ${option}`), option);
    }
  });

  it('prints the package version', async () => {
    const { status, stdout } = await run(['--version']);
    assert.equal(status, 0);
    assert.equal(stdout, `${version}\n`);
  });
});
