/** This package's version (kept equal to package.json's by a test), for the registration guard. */
export const version = '0.1.0';

const VERSION = Symbol.for('news-elements.version');
const WARNED = Symbol.for('news-elements.warned');

type Versioned = CustomElementConstructor & { [VERSION]?: string };

/**
 * Defines each tag that is not defined yet. Loading the bundle twice, both bundles, or another
 * version never throws; tags owned by a different version give one console warning per page.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const taken: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag) as Versioned | undefined;
    if (!existing) {
      (element as Versioned)[VERSION] = version;
      customElements.define(tag, element);
    } else if (existing[VERSION] !== version) {
      taken.push(
        `<${tag}> (${existing[VERSION] ? `version ${existing[VERSION]}` : 'another script'})`,
      );
    }
  }
  // One warning per pair of versions per page, however often a copy is loaded.
  const registry = globalThis as { [WARNED]?: Set<string> };
  const warned = (registry[WARNED] ??= new Set());
  const key = `${version} ${taken.join()}`;
  if (taken.length && !warned.has(key)) {
    warned.add(key);
    console.warn(
      `news-elements ${version}: already defined, keeping the existing definitions: ${taken.join(', ')}.`,
    );
  }
}
