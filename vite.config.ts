import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css-text.js';

/**
 * Vite never strips whitespace from an ES library build (to keep pure annotations for bundlers).
 * The CDN module is an end product, not input to another bundler, so minify it completely.
 */
function minifyEsModule(): Plugin {
  return {
    name: 'news-elements:minify-es',
    renderChunk: {
      order: 'post',
      async handler(code, _chunk, options) {
        if (options.format !== 'es') return null;
        const result = await transform(code, {
          minify: true,
          format: 'esm',
          target: 'es2022',
          sourcemap: true,
        });
        return { code: result.code, map: result.map };
      },
    },
  };
}

/**
 * Starts every file for the browser with V8's explicit compile hint (Chrome 136+; to other
 * engines a comment): compile all of the file's functions when it loads, on a background thread
 * while it streams, instead of each on the main thread at its first call. Nearly every function
 * of a chunk runs in the first render (lazy chunks load just before they run), which no longer
 * stops to compile: 3 to 4 ms less for the 500-paragraph article in Chromium (bench/results.md).
 */
function compileHint(): Plugin {
  return {
    name: 'news-elements:compile-hint',
    renderChunk: {
      order: 'post',
      handler(code) {
        const text = new MagicString(code).prepend('//# allFunctionsCalledOnLoad\n');
        return { code: text.toString(), map: text.generateMap({ hires: 'boundary' }) };
      },
    },
  };
}

/**
 * Minifies the CSS of Lit `css` literals at build time (esbuild's CSS minifier); literals with
 * interpolations or escapes are left as written.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'news-elements:minify-css-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let result = '';
      let last = 0;
      for (const match of code.matchAll(/\bcss`([^`]*)`/g)) {
        const text = match[1];
        if (text.includes('${') || text.includes('\\')) continue;
        const minified = await transform(text, { loader: 'css', minify: true });
        result += code.slice(last, match.index) + 'css`' + minified.code.trim() + '`';
        last = match.index + match[0].length;
      }
      return last ? { code: result + code.slice(last), map: null } : null;
    },
  };
}

/** Minifies the light-DOM content styles, plain `@scope` template strings (see minify-css-text.js). */
function minifyContentCss(): Plugin {
  return {
    name: 'news-elements:minify-content-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*content\.styles\.ts$/.test(id)) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

/** `/demo/server.html`: the demo article rendered on the server (demo/server-page.js). */
function serverRenderedDemo(): Plugin {
  return {
    name: 'news-elements:server-rendered-demo',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname !== '/demo/server.html') return next();
        try {
          const { renderArticle } = await server.ssrLoadModule('/src/server/render.ts');
          const { serverDemoPage } = await import('./demo/server-page.js');
          const index = readFileSync(new URL('./demo/index.html', import.meta.url), 'utf8');
          const page = serverDemoPage(
            index,
            renderArticle,
            `http://${req.headers.host}${url.pathname}`,
          );
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(await server.transformIndexHtml(url.pathname, page));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/**
 * The classic script (`NEWS_BUILD=iife`, built after the ES module) inlines the elements but
 * loads the ES build's leaf chunks (lazy chunks that import nothing: the sanitizers, the entity
 * table, the label tables, the markup reader) as they are, with `import()` resolved against the
 * script's URL: a page pays for them only when its content needs them, as with the module. A
 * lazy chunk that imports shared code would pull a second copy of Lit, so it is inlined.
 */
function sharedLeafChunks(): Plugin {
  const manifestFile = new URL('./dist/.vite/manifest.json', import.meta.url);
  const root = new URL('./', import.meta.url).pathname;
  let leaves = new Map<string, string>();
  return {
    name: 'news-elements:shared-leaf-chunks',
    apply: 'build',
    buildStart() {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
        string,
        { file: string; isDynamicEntry?: boolean; imports?: string[] }
      >;
      leaves = new Map(
        Object.entries(manifest).flatMap(([module, entry]) =>
          entry.isDynamicEntry && !entry.imports?.length
            ? [[root + module, entry.file] as const]
            : [],
        ),
      );
    },
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer);
      const file = resolved && leaves.get(resolved.id);
      return file ? { id: file, external: true } : null;
    },
    renderDynamicImport({ targetModuleId }) {
      if (!targetModuleId || ![...leaves.values()].includes(targetModuleId)) return null;
      return { left: 'import(new URL(', right: ', NEWS_ELEMENTS_BASE).href)' };
    },
  };
}

const iife = process.env.NEWS_BUILD === 'iife';

/**
 * `npm start` serves the demo; `vite build` makes the CDN modules with Lit inside, sharing their
 * chunks: dist/news-elements.js (both elements), dist/news-faq.js and dist/news-article.js (one
 * each); optional parts are lazy chunks beside them, loaded only when a page's content or
 * attributes ask. `NEWS_BUILD=iife vite build` then makes dist/news-elements.iife.js, the
 * classic script (see sharedLeafChunks). The unbundled npm modules come from
 * `tsc -p tsconfig.build.json`.
 */
export default defineConfig({
  server: { open: '/demo/' },
  // Lit `html` literals stay as written: the server renders the same templates, and hydration
  // matches them by a digest of their text.
  plugins: [
    minifyCssLiterals(),
    minifyContentCss(),
    minifyEsModule(),
    compileHint(),
    serverRenderedDemo(),
    ...(iife ? [sharedLeafChunks()] : []),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    manifest: !iife,
    lib: iife
      ? {
          entry: 'src/index.ts',
          name: 'NewsElements',
          formats: ['iife'],
          fileName: () => 'news-elements.iife.js',
        }
      : {
          entry: {
            'news-elements': 'src/index.ts',
            'news-faq': 'src/cdn/news-faq.ts',
            'news-article': 'src/cdn/news-article.ts',
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
    rollupOptions: {
      output: {
        // Chunks are named after a module of theirs; the code every element shares is `shared`.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.endsWith('/src/base/content-element.ts'))
            ? 'chunks/shared-[hash].js'
            : 'chunks/[name]-[hash].js',
        // Lit's core in one chunk of its own, loaded beside the shared code (one round trip), with
        // the directive helpers the FAQ and the hydration share: alone they were a third round
        // trip. Directives stay with the code that uses them (`repeat`, `live`: the FAQ).
        ...(!iife && {
          // trusted-types.ts goes with Lit: it must run before Lit creates its policy.
          manualChunks: (id: string) =>
            id.endsWith('/src/base/trusted-types.ts') ||
            (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) &&
              !id.includes('private-ssr-support') &&
              !id.includes('/directives/'))
              ? 'lit'
              : undefined,
        }),
        // The classic script's base for its shared chunks: its own URL, read while it runs.
        ...(iife && {
          // `document.currentScript` can be clobbered by the page's own markup (`<img
          // name="currentScript" src="//elsewhere/">` shadows it): ask Document's own getter.
          intro: `const NEWS_ELEMENTS_BASE = (() => {
            const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
            return script instanceof HTMLScriptElement && script.src ? script.src : location.href;
          })();`,
        }),
      },
    },
  },
});
