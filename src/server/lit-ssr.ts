/**
 * Lit's server renderer, without the globals it leaves behind. `@lit-labs/ssr` installs a
 * `customElements` registry and a few other names on `globalThis` when it loads (for rendering
 * custom elements, which we do not ask of it): a publisher's server must not find a half-DOM
 * there afterwards. They are taken off again at once and put back only while a render runs, which
 * is synchronous.
 */
import type { TemplateResult } from 'lit-html';

type Globals = [PropertyKey, PropertyDescriptor][];

const global = globalThis as Record<PropertyKey, unknown>;
const before = new Set(Reflect.ownKeys(globalThis));
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const leaked: Globals = Reflect.ownKeys(globalThis).flatMap((key) => {
  const descriptor = before.has(key) ? undefined : Object.getOwnPropertyDescriptor(global, key);
  return descriptor ? [[key, descriptor] as [PropertyKey, PropertyDescriptor]] : [];
});
const remove = () => {
  for (const [key] of leaked) delete global[key];
};
remove();

/** The HTML of a Lit template, with the markers `hydrate()` in the browser adopts it by. */
export function renderTemplate(template: TemplateResult | unknown): string {
  for (const [key, descriptor] of leaked) Object.defineProperty(global, key, descriptor);
  try {
    return collectResultSync(render(template));
  } finally {
    remove();
  }
}
