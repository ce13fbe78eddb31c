import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonLdText } from '../content/json-ld.js';
import type { Faq } from '../content/types.js';
import { hasMarkup, renderRichTextHtml } from '../rich-text/sanitize.js';
import { GENERATED } from './content-source.js';
import { trustedScript } from './trusted-types.js';

/** What the element supplies: whether to publish, and what. */
export interface StructuredDataOptions {
  /** The JSON-LD to publish now, or undefined for none (option off, no content, or the source already is JSON-LD in the page). */
  data(): Record<string, unknown> | undefined;
  /** What `data()` depends on (the value shown, the option): it is called again when one changes. */
  dependencies(): readonly unknown[];
}

/**
 * `structured-data`: keeps exactly one generated `<script type="application/ld+json">` in the
 * element's light DOM, where crawlers read it, written after each update that changed what it depends on.
 * Content that cannot be written as JSON-LD removes the script and never reaches the page as an
 * uncaught error: structured data is for crawlers, and must not break the rendered element.
 */
export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: StructuredDataOptions;
  #dependencies: readonly unknown[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, options: StructuredDataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const dependencies = this.#options.dependencies();
    const previous = this.#dependencies;
    if (
      previous.length === dependencies.length &&
      dependencies.every((value, index) => Object.is(value, previous[index]))
    ) {
      return;
    }
    this.#dependencies = dependencies;
    const existing = this.#host.querySelector<HTMLScriptElement>(`:scope > script[${GENERATED}]`);
    try {
      const data = this.#options.data();
      if (!data) {
        existing?.remove();
        return;
      }
      const text = jsonLdText(data);
      if (existing?.text === text) return;
      const script = existing ?? document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(GENERATED, '');
      // Under Trusted Types a script's text is a sink even for a data type: go through our policy.
      script.text = trustedScript(text) as string;
      if (!existing) this.#host.append(script);
    } catch {
      existing?.remove();
    }
  }
}

/**
 * The FAQ with each answer as the sanitized HTML the element renders (at heading level
 * `level`), for publishing: the page's structured data must not republish what the sanitizer
 * removed (event handlers, `javascript:` links, scripts). Needs the sanitizer loaded for answers
 * with markup, as rendering does.
 */
export function withSanitizedAnswers(faq: Faq, level: number): Faq {
  return {
    ...faq,
    items: faq.items.map((item) => {
      if (!hasMarkup(item.answer.html)) return item;
      return { ...item, answer: { ...item.answer, html: renderRichTextHtml(item.answer, level) } };
    }),
  };
}
