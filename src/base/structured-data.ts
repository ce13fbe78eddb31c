import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyChunk } from './chunk.js';
import { GENERATED } from './content-source.js';
import { trustedScript } from './trusted-types.js';

/**
 * The JSON-LD builders and writer: a lazy chunk, loaded when there is structured data to write
 * (by the controller, and by the elements' `structuredDataFor`).
 */
export const jsonLdOutput = lazyChunk(() => import('./json-ld-output.js'));

/** The JSON-LD to publish: built lazily, so its builders load only when it is asked for. */
export type StructuredData = Record<string, unknown> | Promise<Record<string, unknown>>;

/** What the element supplies: whether to publish, and what. */
export interface StructuredDataOptions {
  /** The JSON-LD to publish now, or undefined for none (option off, no content, or the source already is JSON-LD in the page). */
  data(): StructuredData | undefined;
  /** What `data()` depends on (the value shown, the option): it is called again when one changes. */
  dependencies(): readonly unknown[];
}

/**
 * `structured-data`: keeps exactly one generated `<script type="application/ld+json">` in the
 * element's light DOM, where crawlers read it, written after each update that changed what it
 * depends on. Building and writing it is a lazy chunk (json-ld-output.ts), loaded only when
 * there is something to write; a write superseded by a newer update is dropped.
 * Content that cannot be written as JSON-LD removes the script and never reaches the page as an
 * uncaught error: structured data is for crawlers, and must not break the rendered element.
 */
export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: StructuredDataOptions;
  #dependencies: readonly unknown[] = [];
  /** Counts changes of the dependencies: only the latest one's write lands. */
  #generation = 0;
  #pending?: Promise<void>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StructuredDataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The write in flight, if any (the element's `updateComplete` waits for it). */
  get writeComplete(): Promise<void> | undefined {
    return this.#pending;
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
    const generation = ++this.#generation;
    let data: StructuredData | undefined;
    try {
      data = this.#options.data();
    } catch (error) {
      data = Promise.reject(error);
    }
    if (!data) {
      this.#pending = undefined;
      this.#script()?.remove();
      return;
    }
    const write = Promise.all([data, jsonLdOutput.load()])
      .then(([value, { jsonLdText }]) => {
        if (generation === this.#generation) this.#write(jsonLdText(value));
      })
      .catch(() => {
        if (generation === this.#generation) this.#script()?.remove();
      });
    this.#pending = write;
    void write.then(() => {
      if (this.#pending === write) this.#pending = undefined;
    });
  }

  #script(): HTMLScriptElement | null {
    return this.#host.querySelector<HTMLScriptElement>(`:scope > script[${GENERATED}]`);
  }

  #write(text: string): void {
    const existing = this.#script();
    if (existing?.text === text) return;
    const script = existing ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(GENERATED, '');
    // Under Trusted Types a script's text is a sink even for a data type: go through our policy.
    script.text = trustedScript(text) as string;
    if (!existing) this.#host.append(script);
  }
}
