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

/**
 * Makes sure the elements an element renders are defined (Shoelace's `static dependencies`):
 * a page that imported only the classes and defined one tag still gets the others upgraded.
 * A tag already defined, by us or anyone, is left alone; a class already registered under
 * another name is registered again as a trivial subclass (a constructor can back one tag only).
 * Never throws: a failure here must not break the element that asked.
 */
export function defineDependencies(
  elements: Readonly<Record<string, CustomElementConstructor>>,
): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (customElements.get(tag)) continue;
    try {
      customElements.define(tag, element);
    } catch {
      try {
        customElements.define(tag, class extends (element as typeof HTMLElement) {});
      } catch {
        // An invalid or concurrently taken name: the element renders without it.
      }
    }
  }
}
