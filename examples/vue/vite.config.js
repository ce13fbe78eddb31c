import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Without this Vue warns "Failed to resolve component: news-article".
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('news-') },
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true },
});
