import { defineConfig } from 'vite';

// React 19's automatic JSX runtime, compiled by Vite's esbuild: no plugin needed for a build.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true },
});
