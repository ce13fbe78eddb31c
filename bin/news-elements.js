#!/usr/bin/env node
/**
 * `news-elements render`: schema.org JSON files (or stdin) to server-rendered <news-article> and
 * <news-faq> HTML, through `news-elements/server`. Every input is rendered before anything is
 * written, and files in --out are written under a temporary name and renamed, so a failing input
 * leaves no output at all, not half of a batch.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { URL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: news-elements render [file.json ...] [options]

Renders schema.org NewsArticle or FAQPage JSON (JSON-LD, or the FAQ's
[{question, answer}] shorthand) to server-rendered <news-article> or
<news-faq> HTML. Without files, reads stdin and writes to stdout.

Options:
  --out DIR             write DIR/<name>.html for each <name>.json (default: stdout)
  --locale TAG          BCP 47 locale for dates and labels (default: en)
  --time-zone ZONE      IANA time zone for dates and times (default: UTC)
  --base-url URL        URL of the page the HTML goes into; relative URLs resolve against it
  --heading-level N     heading level 1-6 (default: 2 for an article, 3 for an FAQ)
  --theme THEME         light, dark or auto (default: the page's colours)
  --styles MODE         inline (default), link or none
  --styles-href URL     the news-elements.css to link (implies --styles link)
  --faq-searchable      FAQ: a search field
  --faq-controls        FAQ: expand all / collapse all buttons
  --faq-exclusive       FAQ: one answer open at a time
  -h, --help            print this help
  -v, --version         print the version

Exit status: 0 when every input rendered, 1 on any error (nothing is written then).`;

const OPTIONS = {
  out: { type: 'string' },
  locale: { type: 'string' },
  'time-zone': { type: 'string' },
  'base-url': { type: 'string' },
  'heading-level': { type: 'string' },
  theme: { type: 'string' },
  styles: { type: 'string' },
  'styles-href': { type: 'string' },
  'faq-searchable': { type: 'boolean' },
  'faq-controls': { type: 'boolean' },
  'faq-exclusive': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** The renderer's own limit (src/content/parse.ts MAX_JSON_BYTES): larger files are not read. */
const MAX_BYTES = 1_048_576;

/** A mistake in the command line, exit status 1; `usage` when the whole usage should follow. */
class UsageError extends Error {
  constructor(message, usage = false) {
    super(message);
    this.usage = usage;
  }
}

/** The render options from the command line's values; throws UsageError for a bad value. */
function renderOptions(values) {
  const options = {};
  if (values.locale !== undefined) {
    try {
      options.locale = Intl.getCanonicalLocales(values.locale)[0];
    } catch {
      throw new UsageError(`--locale: "${values.locale}" is not a BCP 47 language tag`);
    }
  }
  if (values['time-zone'] !== undefined) {
    try {
      // The renderer falls back to UTC for a zone it does not know; a typo must not pass.
      new Intl.DateTimeFormat('en', { timeZone: values['time-zone'] });
    } catch {
      throw new UsageError(`--time-zone: "${values['time-zone']}" is not an IANA time zone`);
    }
    options.timeZone = values['time-zone'];
  }
  if (values['base-url'] !== undefined) {
    if (!URL.canParse(values['base-url'])) {
      throw new UsageError(`--base-url: "${values['base-url']}" is not an absolute URL`);
    }
    options.baseUrl = values['base-url'];
  }
  if (values['heading-level'] !== undefined) {
    const level = Number(values['heading-level']);
    if (!Number.isInteger(level) || level < 1 || level > 6) {
      throw new UsageError('--heading-level: a number from 1 to 6');
    }
    options.headingLevel = level;
  }
  if (values.theme !== undefined) {
    if (!['light', 'dark', 'auto'].includes(values.theme)) {
      throw new UsageError('--theme: light, dark or auto');
    }
    options.theme = values.theme;
  }
  const styles = values.styles ?? (values['styles-href'] !== undefined ? 'link' : undefined);
  if (styles !== undefined) {
    if (!['inline', 'link', 'none'].includes(styles)) {
      throw new UsageError('--styles: inline, link or none');
    }
    if (styles === 'link' && values['styles-href'] === undefined) {
      throw new UsageError('--styles link needs --styles-href URL');
    }
    options.styles = styles;
  }
  if (values['styles-href'] !== undefined) options.stylesHref = values['styles-href'];
  if (values['faq-searchable']) options.searchable = true;
  if (values['faq-controls']) options.controls = true;
  if (values['faq-exclusive']) options.exclusive = true;
  return options;
}

/**
 * An FAQ is whatever the article renderer finds no article in but the FAQ renderer accepts. When
 * both fail, the article's error is the one to report, unless the content held an FAQ after all
 * (the FAQ renderer found one and refused it: its error says why).
 */
function render(server, text, options) {
  try {
    return server.renderArticle(text, options);
  } catch (articleError) {
    if (!(articleError instanceof server.ContentError) || articleError.code !== 'INVALID_CONTENT') {
      throw articleError;
    }
    try {
      return server.renderFaq(text, options);
    } catch (faqError) {
      const noArticle = articleError.message === 'No article was found in the content.';
      const noFaq =
        faqError instanceof server.ContentError && faqError.message.startsWith('No FAQ');
      throw noArticle && !noFaq ? faqError : articleError;
    }
  }
}

/** One line for an error: the code and message of a ContentError or a file system error. */
function describe(error) {
  if (error && typeof error.code === 'string' && error.syscall === undefined) {
    return `${error.code}: ${error.message}`;
  }
  const reasons = {
    ENOENT: 'No such file.',
    EACCES: 'Permission denied.',
    EISDIR: 'It is a directory.',
  };
  if (error && typeof error.code === 'string') {
    return `${error.code}: ${reasons[error.code] ?? error.message}`;
  }
  return String(error?.message ?? error);
}

/** A file's text; refused unread when it is larger than the renderer would accept. */
async function readInput(path, server) {
  if ((await stat(path)).size > MAX_BYTES) {
    throw new server.ContentError('TOO_LARGE', 'The content is larger than 1 MB.');
  }
  return readFile(path, 'utf8');
}

/** Stdin's text, stopping once it is larger than the renderer would accept. */
async function readStdin(server) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_BYTES) {
      throw new server.ContentError('TOO_LARGE', 'The content is larger than 1 MB.');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The server renderer, or a clear message when the package has not been built. */
async function loadServer() {
  const entry = new URL('../dist/lib/server/index.js', import.meta.url);
  if (!(await stat(entry).catch(() => undefined))) {
    throw new Error('dist/lib/server is missing: run `npm run build` first');
  }
  return import(entry.href);
}

/** The output file of each input in DIR; throws UsageError when two inputs would share one. */
function outputPaths(files, dir) {
  const seen = new Map();
  return files.map((file) => {
    const name = basename(file, extname(file)) || basename(file);
    const path = join(dir, `${name}.html`);
    const other = seen.get(path);
    if (other !== undefined) {
      throw new UsageError(`${other} and ${file} would both be written to ${path}`);
    }
    seen.set(path, file);
    return path;
  });
}

/** Writes every file under a temporary name, then renames them all; on failure removes them. */
async function writeAll(outputs) {
  const temps = [];
  try {
    for (const { path, html } of outputs) {
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      temps.push(temp);
      await writeFile(temp, html);
    }
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    throw error;
  }
  for (const [index, { path }] of outputs.entries()) {
    await rename(temps[index] ?? '', path);
    outputs[index]?.done();
  }
}

function write(stream, text) {
  return new Promise((done, fail) => stream.write(text, (error) => (error ? fail(error) : done())));
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains `--` for positionals after its first sentence: too much for here.
    throw new UsageError(error.message.split(/\.\s/)[0], true);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await write(process.stdout, `${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    const manifest = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    );
    await write(process.stdout, `${manifest.version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('a command is missing', true);
  if (command !== 'render') throw new UsageError(`unknown command "${command}"`, true);
  const options = renderOptions(values);
  if (values.out !== undefined && files.length === 0) {
    throw new UsageError('--out needs input files (stdin goes to stdout)');
  }
  const outs = values.out === undefined ? undefined : outputPaths(files, values.out);

  const server = await loadServer();
  const inputs = files.length === 0 ? [undefined] : files;
  const rendered = [];
  let failed = false;
  for (const file of inputs) {
    try {
      const text = file === undefined ? await readStdin(server) : await readInput(file, server);
      rendered.push(render(server, text, options));
    } catch (error) {
      failed = true;
      process.stderr.write(`${file ?? '<stdin>'}: ${describe(error)}\n`);
    }
  }
  if (failed) {
    if (inputs.length > 1) process.stderr.write('Nothing was written.\n');
    return 1;
  }

  if (outs === undefined) {
    for (const html of rendered) await write(process.stdout, `${html}\n`);
    return 0;
  }
  await mkdir(values.out, { recursive: true });
  const total = files.length;
  await writeAll(
    rendered.map((html, index) => ({
      path: outs[index] ?? '',
      html: `${html}\n`,
      done: () => {
        if (total > 1) {
          process.stderr.write(`[${index + 1}/${total}] ${files[index]} -> ${outs[index]}\n`);
        }
      },
    })),
  );
  return 0;
}

// A reader that closes the pipe early (`| head`) has all it wanted: no stack trace for that.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    if (error instanceof UsageError) {
      const more = error.usage ? `\n${USAGE}` : 'Run `news-elements --help` for the options.';
      process.stderr.write(`news-elements: ${error.message}\n${more}\n`);
    } else {
      process.stderr.write(`${error?.path ?? 'news-elements'}: ${describe(error)}\n`);
    }
    process.exitCode = 1;
  },
);
