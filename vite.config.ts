import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

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
 * `npm start` serves the demo; `vite build` makes the two CDN bundles with Lit inside:
 * dist/news-elements.js (ES module; the sanitizer is a lazy chunk beside it, loaded only for
 * content with markup) and dist/news-elements.iife.js (classic script, everything inlined).
 * The unbundled npm modules come from `tsc -p tsconfig.build.json`.
 */
export default defineConfig({
  server: { open: '/demo/' },
  // Lit `html` literals stay as written: the server renders the same templates, and hydration
  // matches them by a digest of their text.
  plugins: [minifyCssLiterals(), minifyEsModule(), serverRenderedDemo()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'NewsElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'news-elements.js' : 'news-elements.iife.js'),
    },
    rollupOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
