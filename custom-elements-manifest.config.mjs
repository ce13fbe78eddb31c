import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Generates custom-elements.json from the classes' JSDoc (`npm run build`). The analyzer reads the
 * TypeScript sources; the plugins below make the manifest describe what the package ships
 * (dist/lib/*.js), the tags it registers, and the types of its events and attributes. Editor
 * data (scripts/editor-data.js) is generated from the result.
 */

/**
 * Where a module is shipped: src/faq/news-faq.ts -> dist/lib/faq/news-faq.js. A relative
 * reference (`./article/news-article.js`, as in a re-export) is resolved against its module.
 */
function shippedPath(path, from) {
  const resolved = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
  const match = /^\/?src\/(.+)\.(?:ts|js)$/.exec(resolved);
  return match ? `dist/lib/${match[1]}.js` : path;
}

/** Rewrites every `path` and `module` reference within one module, however deep. */
function rewritePaths(value, from) {
  if (Array.isArray(value)) {
    for (const item of value) rewritePaths(item, from);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') {
        value[key] = shippedPath(item, from);
      } else {
        rewritePaths(item, from);
      }
    }
  }
}

/**
 * Event detail types from src/events.ts: `'news-load': NewsLoadEvent` in NewsEventMap and
 * `NewsLoadEvent = CustomEvent<NewsLoadDetail>`, so the manifest cannot drift from the code.
 */
function eventTypes() {
  const source = readFileSync(new URL('./src/events.ts', import.meta.url), 'utf8');
  const aliases = new Map(
    [...source.matchAll(/export type (\w+) = (CustomEvent<\w+>);/g)].map((m) => [m[1], m[2]]),
  );
  const map = /interface NewsEventMap \{([^}]*)\}/.exec(source)?.[1] ?? '';
  const types = new Map();
  for (const [, name, alias] of map.matchAll(/'([\w-]+)':\s*(\w+);/g)) {
    types.set(name, aliases.get(alias) ?? alias);
  }
  if (types.size === 0) throw new Error('custom-elements-manifest: no events in src/events.ts');
  return types;
}

/** Types of attributes that the analyzer cannot infer, with what they mean as markup. */
const ATTRIBUTE_TYPES = {
  content: {
    type: { text: 'string' },
    description:
      'The content as JSON text (schema.org JSON-LD or the FAQ shorthand). As a property it also takes an object. Last set wins.',
  },
  'src-timeout': { type: { text: 'number' } },
};

/**
 * The `content` property's type for each tag (src/content/input.ts). The base class declares it
 * once for both elements, so the analyzer would show a type parameter or `unknown`.
 */
const CONTENT_TYPES = {
  'news-article': 'ArticleInput | null | undefined',
  'news-faq': 'FaqInput | null | undefined',
};

/** Tags registered by src/index.ts through defineElements, which the analyzer cannot follow. */
const TAGS_MODULE = 'dist/lib/index.js';

export default {
  globs: ['src/**/*.ts'],
  // Framework declarations are types for other compilers, not elements.
  exclude: ['src/frameworks/**'],
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
    {
      // define.ts calls `customElements.define(tag, ...)` with variables: the analyzer records an
      // anonymous element and definitions of a tag named "tag". The real ones are added below.
      name: 'news-elements:definitions',
      packageLinkPhase({ customElementsManifest }) {
        const elements = [];
        for (const module of customElementsManifest.modules) {
          module.exports = (module.exports ?? []).filter(
            (entry) => !(entry.kind === 'custom-element-definition' && entry.name === 'tag'),
          );
          module.declarations = (module.declarations ?? []).filter(
            (declaration) => declaration.tagName !== 'tag',
          );
          for (const declaration of module.declarations) {
            if (declaration.customElement && declaration.tagName) {
              elements.push({
                tag: declaration.tagName,
                name: declaration.name,
                module: module.path,
              });
            }
          }
        }
        const index = customElementsManifest.modules.find((m) => m.path === 'src/index.ts');
        if (!index) throw new Error('custom-elements-manifest: src/index.ts is not analyzed');
        for (const element of elements) {
          index.exports.push({
            kind: 'custom-element-definition',
            name: element.tag,
            declaration: { name: element.name, module: element.module },
          });
        }
      },
    },
    {
      name: 'news-elements:types',
      packageLinkPhase({ customElementsManifest }) {
        const events = eventTypes();
        const constants = new Map();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind === 'variable' && declaration.default !== undefined) {
              constants.set(declaration.name, declaration.default.replaceAll('_', ''));
            }
          }
        }
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            for (const event of declaration.events ?? []) {
              const type = events.get(event.name);
              if (!type) throw new Error(`custom-elements-manifest: no type for ${event.name}`);
              event.type = { text: type };
            }
            for (const owner of [
              ...(declaration.attributes ?? []),
              ...(declaration.members ?? []),
            ]) {
              // A default that names a constant (`DEFAULT_TIMEOUT_MS`) means its value.
              if (owner.default !== undefined && constants.has(owner.default)) {
                owner.default = constants.get(owner.default);
              }
            }
            for (const attribute of declaration.attributes ?? []) {
              const known = ATTRIBUTE_TYPES[attribute.name];
              if (!attribute.type && known) attribute.type = known.type;
              if (!attribute.description && known?.description) {
                attribute.description = known.description;
              }
              if (!attribute.type) {
                throw new Error(
                  `custom-elements-manifest: <${declaration.tagName}> attribute ${attribute.name} has no type`,
                );
              }
            }
            for (const member of declaration.members ?? []) {
              if (member.name === 'srcTimeout' && !member.type) member.type = { text: 'number' };
              if (member.name === 'content' && CONTENT_TYPES[declaration.tagName]) {
                member.type = { text: CONTENT_TYPES[declaration.tagName] };
              }
            }
          }
        }
      },
    },
    {
      // Last: the manifest describes the shipped modules, not the TypeScript sources.
      name: 'news-elements:shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) rewritePaths(module, module.path);
        if (!customElementsManifest.modules.some((m) => m.path === TAGS_MODULE)) {
          throw new Error(`custom-elements-manifest: ${TAGS_MODULE} is missing`);
        }
      },
    },
  ],
};
