// Generates editor data from custom-elements.json (run by `npm run build`, after the analyzer):
// - dist/vscode.html-custom-data.json for VS Code's `html.customData` setting: tags, attributes
//   with their values, and hover docs listing events, slots, parts and custom properties;
// - dist/web-types.json for JetBrains IDEs (package.json "web-types"): the same, structured.
// Both are shipped in the package; test/node/editor-data.test.js checks them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** The custom elements of a manifest, with the module that ships each. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, module: module.path })),
  );
}

/** The string literals of a union type text: `'light' | 'dark' | null` -> light, dark. */
export function literalValues(typeText = '') {
  return [...typeText.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
}

/** Enumerated values an attribute takes: its string literals, or 1 to 6 for heading levels. */
function valuesOf(attribute) {
  const literals = literalValues(attribute.type?.text);
  if (literals.length) return literals;
  if (attribute.name === 'heading-level') return ['1', '2', '3', '4', '5', '6'];
  return [];
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';

/** The type of an attribute as markup sees it (never `null`: an absent attribute is null). */
function attributeType(attribute) {
  const text = (attribute.type?.text ?? 'string').replace(/\s*\|\s*null\b/g, '');
  return text || 'string';
}

const list = (title, items, line) =>
  items?.length ? `\n\n**${title}**\n\n${items.map((item) => `- ${line(item)}`).join('\n')}` : '';

const clean = (text = '') => text.replace(/\s+/g, ' ').trim();

/** The hover documentation of a tag, in Markdown. */
export function tagDocs(element) {
  const methods = (element.members ?? []).filter(
    (member) => member.kind === 'method' && !member.privacy && !member.static,
  );
  return (
    clean(element.summary ?? element.description) +
    list(
      'Events',
      element.events,
      (e) => `\`${e.name}\` (\`${e.type?.text ?? 'Event'}\`): ${clean(e.description)}`,
    ) +
    list(
      'Methods',
      methods,
      (m) =>
        `\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\`: ${clean(m.description)}`,
    ) +
    list('Slots', element.slots, (s) => `\`${s.name || '(default)'}\`: ${clean(s.description)}`) +
    // Hooks on light-DOM content are `part` attributes selected under the element, not `::part`.
    list('CSS parts', element.cssParts, (p) =>
      /^Light DOM: /.test(p.description ?? '')
        ? `\`${element.tagName} [part~="${p.name}"]\`: ${clean(p.description.slice(11))}`
        : `\`::part(${p.name})\`: ${clean(p.description)}`,
    ) +
    list(
      'CSS custom properties',
      element.cssProperties,
      (p) => `\`${p.name}\`: ${clean(p.description)}`,
    )
  );
}

/** The hover documentation of an attribute: its description, type and default. */
function attributeDocs(attribute) {
  const facts = [`Type: \`${attributeType(attribute)}\``];
  if (attribute.default !== undefined && attribute.default !== 'null') {
    facts.push(`default: \`${attribute.default}\``);
  }
  return `${clean(attribute.description)}\n\n${facts.join(', ')}.`;
}

/** VS Code's HTML custom data, version 1.1. */
export function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: tagDocs(element) },
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: { kind: 'markdown', value: attributeDocs(attribute) },
        ...(isBoolean(attribute)
          ? { valueSet: 'v' }
          : valuesOf(attribute).length
            ? { values: valuesOf(attribute).map((name) => ({ name })) }
            : {}),
      })),
    })),
  };
}

/** JetBrains web-types, schema 2. */
export function webTypes(elements, pkg) {
  const described = (item) => ({ name: item.name, description: clean(item.description) });
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: tagDocs(element),
          // The package's main entry exports both classes.
          source: { module: pkg.name, symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: clean(attribute.description),
            value: {
              type: attributeType(attribute),
              ...(isBoolean(attribute) ? { kind: 'no-value' } : { kind: 'plain' }),
              ...(attribute.default !== undefined && attribute.default !== 'null'
                ? { default: attribute.default }
                : {}),
            },
            ...(valuesOf(attribute).length && !isBoolean(attribute)
              ? { values: valuesOf(attribute).map((name) => ({ name })) }
              : {}),
          })),
          slots: (element.slots ?? []).map(described),
          events: (element.events ?? []).map((event) => ({
            ...described(event),
            type: event.type?.text,
          })),
          js: {
            properties: (element.members ?? [])
              .filter((member) => member.kind === 'field' && !member.privacy && !member.static)
              .map((member) => ({ ...described(member), type: member.type?.text ?? 'unknown' })),
            events: (element.events ?? []).map((event) => ({
              ...described(event),
              type: event.type?.text,
            })),
          },
          css: {
            parts: (element.cssParts ?? []).map(described),
            properties: (element.cssProperties ?? []).map(described),
          },
        })),
      },
    },
  };
}

/** Writes both files into dist/. */
export function writeEditorData() {
  const manifest = read('custom-elements.json');
  const pkg = read('package.json');
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('editor-data: no custom elements in the manifest');
  mkdirSync(join(root, 'dist'), { recursive: true });
  const write = (file, data) =>
    writeFileSync(join(root, 'dist', file), `${JSON.stringify(data, null, 2)}\n`);
  write('vscode.html-custom-data.json', vscodeData(elements));
  write('web-types.json', webTypes(elements, pkg));
  console.log(`editor data: ${elements.map((e) => `<${e.tagName}>`).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeEditorData();
