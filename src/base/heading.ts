import { html, type TemplateResult } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';

/** A heading level from an attribute or property: an integer clamped to 1-6, `fallback` when unusable. */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const level = typeof value === 'number' ? value : Number(value);
  if (value === null || value === '' || !Number.isFinite(level)) return fallback;
  return Math.min(6, Math.max(1, Math.round(level)));
}

/** Attributes of a heading element; absent ones are not written. */
export interface HeadingAttributes {
  readonly id?: string | undefined;
  readonly part?: string | undefined;
  readonly class?: string | undefined;
}

/**
 * A real `<h1>`-`<h6>` element at `level` (clamped) holding `content`. Six literal templates
 * rather than a tag bound with `lit/static-html.js`'s `literal`, which would be as safe: these
 * cost no extra module in the bundle, and Lit caches each as one plain template.
 */
export function heading(
  level: number,
  content: unknown,
  attrs: HeadingAttributes = {},
): TemplateResult {
  const id = ifDefined(attrs.id);
  const part = ifDefined(attrs.part);
  const cls = ifDefined(attrs.class);
  // prettier-ignore
  switch (clampHeadingLevel(level, 6)) {
    case 1: return html`<h1 id=${id} part=${part} class=${cls}>${content}</h1>`;
    case 2: return html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`;
    case 3: return html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`;
    case 4: return html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`;
    case 5: return html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`;
    default: return html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`;
  }
}
