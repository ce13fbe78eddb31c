/**
 * Lit's server renderer, without the globals it leaves behind. `@lit-labs/ssr` installs a
 * `customElements` registry and a few other names on `globalThis` when it loads (for rendering
 * custom elements, which we do not ask of it): a publisher's server must not find a half-DOM
 * there afterwards. They are taken off again at once and put back only while a render runs, which
 * is synchronous.
 */
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { html, type TemplateResult } from 'lit-html';

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

/**
 * HTML that is already safe (escaped text, sanitizer output) in a rendered template. Lit's server
 * renderer reads an `unsafeHTML` value as a template of its own and parses it with parse5 every
 * time (its cache holds template strings, and every value is new): half of renderArticle's time.
 * Here each value is a placeholder template whose strings are made once per position, and the
 * HTML replaces it after rendering, under the digest `unsafeHTML` gives it: the same output.
 */
export class RawHtml {
  private readonly parts: string[] = [];

  /** A child-part value that renders as `text`, once `render()` puts it in. */
  value(text: string): TemplateResult {
    const index = this.parts.push(text) - 1;
    return (placeholders[index] ??= html(templateStrings(`<!--news-raw ${index}-->`)));
  }

  /** renderTemplate(), with the values in place. */
  render(template: unknown): string {
    return renderTemplate(template).replace(PLACEHOLDER, (_, index: string) => {
      const text = this.parts[Number(index)] ?? '';
      return `<!--lit-part ${digestForTemplateResult(html(templateStrings(text)))}-->${text}`;
    });
  }
}

/** Placeholder templates by position: their strings stay the same, so Lit parses each once. */
const placeholders: TemplateResult[] = [];
/** A placeholder as Lit's server renderer writes it: its template's digest, then itself. */
const PLACEHOLDER = /<!--lit-part [^>]*--><!--news-raw (\d+)-->/g;

/** Template strings of one static string, as a tagged template literal would pass them. */
function templateStrings(text: string): TemplateStringsArray {
  return Object.assign([text], { raw: [text] });
}
