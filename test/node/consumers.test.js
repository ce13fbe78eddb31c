// Real consumer projects: the package as `npm pack` makes it, installed beside a copy of each
// example app (examples/), type-checked in strict mode with skipLibCheck false by the
// framework's own checker, then built. Needs the build (`npm test` runs it first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';
import { URL, fileURLToPath } from 'node:url';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

let work;

/** Runs a tool in a directory; on failure the assertion shows its output. */
async function tool(cwd, command, args) {
  try {
    return await run(command, args, {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1' },
    });
  } catch (error) {
    assert.fail(
      `${command.split('/').at(-1)} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`,
    );
  }
}

/** Files of a directory, recursively, relative to it. */
function filesOf(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

before(async () => {
  assert.ok(existsSync(join(root, 'dist/lib/index.js')), 'run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'news-elements-consumers-'));
  // The package exactly as published: `files`, `exports` and all.
  const { stdout } = await run(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', work],
    { cwd: root },
  );
  const [{ filename }] = JSON.parse(stdout);
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, 'news-elements'), { recursive: true });
  await run('tar', [
    '-xzf',
    join(work, filename),
    '-C',
    join(modules, 'news-elements'),
    '--strip-components=1',
  ]);
  // Every other dependency (frameworks, checkers, Lit) from this repository's install.
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== 'news-elements' && name !== '.bin') {
      symlinkSync(join(root, 'node_modules', name), join(modules, name));
    }
  }
  // The same layout as the repository, so the apps' `../../../demo/data/*.json` imports resolve.
  cpSync(join(root, 'demo/data'), join(work, 'demo/data'), { recursive: true });
  cpSync(join(root, 'examples'), join(work, 'examples'), {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist)$/.test(path),
  });
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Type-checks an app with one extra file of deliberate mistakes: the checker must fail, and only
 * because of that file. Returns the checker's output for the caller's assertions.
 */
async function checkWithMistakes(app, command, args, file, lines) {
  writeFileSync(join(app, file), `${lines.join('\n')}\n`);
  try {
    const result = await run(command, args, {
      cwd: app,
      env: { ...process.env, NO_COLOR: '1' },
    }).then(
      (done) => ({ failed: false, output: done.stdout + done.stderr }),
      (error) => ({ failed: true, output: `${error.stdout}${error.stderr}` }),
    );
    assert.ok(result.failed, `${file}'s mistakes were not reported:\n${result.output}`);
    return result.output;
  } finally {
    rmSync(join(app, file));
  }
}

/** The errors in tsc's (and vue-tsc's) plain output, as `file:line`. */
const tscErrors = (output) =>
  [...output.matchAll(/^(\S+)\((\d+),\d+\): error TS/gm)].map((m) => `${m[1]}:${m[2]}`);

/** Builds an app with Vite: it must write its script bundle. */
async function viteBuild(app) {
  await tool(app, bin('vite'), ['build', '--logLevel', 'warn']);
  const scripts = filesOf(join(app, 'dist')).filter((file) => file.endsWith('.js'));
  assert.ok(scripts.length > 0, 'vite wrote no script');
}

describe('consumer projects (examples/)', () => {
  it('installs a package that ships the manifest, editor data and framework modules', () => {
    const installed = join(work, 'node_modules/news-elements');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const shipped = [
      pkg.customElements,
      pkg['web-types'],
      pkg.exports['./vscode.html-custom-data.json'],
      ...['./react', './react-jsx', './vue', './svelte'].flatMap((entry) =>
        Object.values(pkg.exports[entry]),
      ),
    ];
    for (const file of shipped)
      assert.ok(existsSync(join(installed, file)), `${file} is not in the package`);
    assert.equal(
      existsSync(join(installed, 'examples')),
      false,
      'examples/ is not for the package',
    );
  });

  // Each checker runs once, on the app plus a file of deliberate mistakes: it must report exactly
  // those (so the declarations are in force) and nothing in the app; then the app is built.
  it('React 19: tsc strict, news-elements/react and news-elements/react-jsx, vite build', async () => {
    const app = join(work, 'examples/react');
    const output = await checkWithMistakes(
      app,
      bin('tsc'),
      ['-p', 'tsconfig.json'],
      'src/Wrong.tsx',
      [
        "import 'news-elements/react-jsx';",
        'export const theme = <news-faq theme="sepia" />;',
        'export const listener = <news-faq onnews-toggle={(e: MouseEvent) => e.clientX} />;',
      ],
    );
    assert.deepEqual(tscErrors(output), ['src/Wrong.tsx:2', 'src/Wrong.tsx:3']);
    assert.match(output, /Wrong\.tsx\(2,.*"sepia"/);
    assert.match(output, /Wrong\.tsx\(3,.*MouseEvent/);
    await viteBuild(app);
  });

  it('Vue 3.5: vue-tsc --strictTemplates with news-elements/vue, vite build', async () => {
    const app = join(work, 'examples/vue');
    const output = await checkWithMistakes(
      app,
      bin('vue-tsc'),
      ['-p', 'tsconfig.json'],
      'src/Wrong.vue',
      [
        '<script setup lang="ts"></script>',
        '<template>',
        '  <news-faq theme="sepia" />',
        '  <news-faq @news-toggle="(event: MouseEvent) => event.clientX" />',
        '</template>',
      ],
    );
    assert.deepEqual(tscErrors(output), ['src/Wrong.vue:3', 'src/Wrong.vue:4']);
    assert.match(output, /Wrong\.vue\(3,.*"sepia"/);
    assert.match(output, /Wrong\.vue\(4,.*MouseEvent/);
    await viteBuild(app);
  });

  it('Svelte 5: svelte-check with news-elements/svelte, vite build', async () => {
    const app = join(work, 'examples/svelte');
    const args = ['--tsconfig', 'tsconfig.json', '--fail-on-warnings', '--output', 'machine'];
    const output = await checkWithMistakes(app, bin('svelte-check'), args, 'src/Wrong.svelte', [
      '<script lang="ts"></script>',
      '<news-faq theme="sepia"></news-faq>',
      '<news-faq onnews-toggle={(event: MouseEvent) => event.clientX}></news-faq>',
    ]);
    assert.match(output, /COMPLETED \d+ FILES 2 ERRORS 0 WARNINGS 1 FILES_WITH_PROBLEMS/);
    assert.match(output, /ERROR "src\/Wrong\.svelte" 2:\d+ .*sepia/);
    assert.match(output, /ERROR "src\/Wrong\.svelte" 3:\d+ .*MouseEvent/);
    await viteBuild(app);
  });

  it('plain TypeScript: tsc strict, typed querySelector and addEventListener, vite build', async () => {
    const app = join(work, 'examples/typescript');
    const output = await checkWithMistakes(
      app,
      bin('tsc'),
      ['-p', 'tsconfig.json'],
      'src/Wrong.ts',
      [
        "import 'news-elements';",
        "document.querySelector('news-faq')?.addEventListener('news-toggle', (e) => e.detail.nope);",
      ],
    );
    assert.deepEqual(tscErrors(output), ['src/Wrong.ts:2']);
    assert.match(output, /Property 'nope' does not exist on type 'NewsToggleDetail'/);
    await viteBuild(app);
  });

  it("the README's framework snippets are the example apps' files", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const file of [
      'react/src/Story.tsx',
      'react/src/Faq.tsx',
      'vue/src/Faq.vue',
      'svelte/src/Faq.svelte',
      'angular/src/app/faq.component.ts',
      'typescript/src/main.ts',
    ]) {
      const code = readFileSync(join(root, 'examples', file), 'utf8');
      assert.ok(readme.includes(`\n${code}\`\`\``), `README.md does not show examples/${file}`);
    }
  });

  it('Angular 20: ngc with strictTemplates and CUSTOM_ELEMENTS_SCHEMA; $event typed', async () => {
    const app = join(work, 'examples/angular');
    await tool(app, bin('ngc'), ['-p', 'tsconfig.json']);
    const emitted = filesOf(join(app, 'dist')).filter((file) => file.endsWith('app.component.js'));
    assert.equal(emitted.length, 1, 'ngc wrote no component');

    // A news-toggle handler given to a news-load listener must fail: `$event` comes from
    // HTMLElementEventMap.
    const component = join(app, 'src/app/app.component.ts');
    const source = readFileSync(component, 'utf8');
    writeFileSync(component, source.replace('onToggle($event)', 'onLoad($event)'));
    try {
      await assert.rejects(run(bin('ngc'), ['-p', 'tsconfig.json'], { cwd: app }), (error) => {
        assert.match(
          error.stdout + error.stderr,
          /NewsToggleEvent' is not assignable to parameter of type 'NewsLoadEvent'/,
        );
        return true;
      });
    } finally {
      writeFileSync(component, source);
    }
  });
});
