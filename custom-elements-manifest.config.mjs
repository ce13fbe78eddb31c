/** Generates custom-elements.json from the classes' JSDoc (`npm run build`). */
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The base class dispatches through `emit(type, detail)`; the analyzer reads that as an
      // event literally named "type". The real events are the classes' @fires tags.
      name: 'news-elements:drop-generic-emit',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name !== 'type');
            }
          }
        }
      },
    },
  ],
};
