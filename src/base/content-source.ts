import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cleanValue, parseJson } from '../content/parse.js';
import { ContentError, type ContentSource, type Normalized } from '../content/types.js';
import { fetchJson } from './fetch-json.js';

/** Marks the JSON-LD script an element writes, so it is never read back as a source. */
export const GENERATED = 'data-news-generated';

/** The child scripts that are a content source (SPEC section 2, source 3). */
const SCRIPT_SELECTOR = `:scope > script[type='application/ld+json']:not([${GENERATED}]), :scope > script[type='application/json']:not([${GENERATED}])`;

/** Raw content with where it came from, before parsing (tagged by source: never by field presence). */
type Input =
  | { readonly source: 'src'; readonly url: string }
  | { readonly source: 'attribute' | 'script'; readonly text: string }
  | { readonly source: 'property' | 'markup'; readonly data: unknown };

/** What one run of the pipeline ended with. */
export type ContentOutcome<T> =
  | { readonly status: 'empty' }
  | {
      readonly status: 'complete';
      readonly value: T;
      readonly source: ContentSource;
      readonly dropped: readonly string[];
    }
  | { readonly status: 'error'; readonly error: ContentError; readonly source: ContentSource };

/** What the element supplies: its pipeline, its markup reader and where results go. */
export interface ContentSourceOptions<T> {
  /** The `src` attribute and its timeout, read when a run starts. */
  src(): string | null;
  timeoutMs(): number;
  /** Parsed JSON -> the model; throws ContentError('INVALID_CONTENT') when unusable. */
  normalize(data: unknown, baseUrl: string): Normalized<T>;
  /** Async work before the value can render (loading the sanitizer). */
  prepare(value: T): Promise<void> | void;
  /** Content from light-DOM markup (progressive enhancement); undefined when there is none. */
  readMarkup(): unknown;
  /** True when a light-DOM change may alter the markup source. */
  isMarkupNode(node: Node): boolean;
  /** Each run's outcome, unless a newer run superseded it. */
  onComplete(outcome: ContentOutcome<T>): void;
}

/**
 * The content source of an element, modelled on `@lit/task`: it chooses the highest-precedence
 * source present (SPEC section 2: `content` property or attribute, last set wins; `src`; a child
 * JSON script; markup), runs the pipeline (read -> parse -> normalize -> prepare) as one
 * abortable run, and reports the outcome. A newer run supersedes an older one (a generation
 * counter), a `src` fetch is aborted when the source changes or the element leaves the page,
 * and `taskComplete` is the run in flight, which the element's `updateComplete` waits for.
 */
export class ContentSourceController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ContentSourceOptions<T>;
  #propertyContent: unknown = undefined;
  #attributeContent: string | null = null;
  /** Which of the two `content` channels was set last. */
  #channel: 'property' | 'attribute' | undefined;
  #generation = 0;
  #abort?: AbortController;
  #pending?: Promise<void>;
  /** The `src` the last fetch was started for, while it is the source. */
  #fetchedSrc?: string;
  /** The `src` seen at the last update, to notice changes. */
  #seenSrc?: string;
  #observer?: MutationObserver;
  /** The last copy of object content: the next copy shares its unchanged parts. */
  #copied: unknown;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ContentSourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The content: an object, or (as the `content` attribute) a JSON string. Last set wins. */
  get content(): unknown {
    return this.#channel === 'attribute' ? this.#attributeContent : this.#propertyContent;
  }

  /** The `content` property was set. */
  setProperty(value: unknown): void {
    this.#propertyContent = value;
    this.#channel = value == null ? this.#fallbackChannel() : 'property';
    this.run();
  }

  /** The `content` attribute changed (null: removed). */
  setAttribute(value: string | null): void {
    this.#attributeContent = value;
    this.#channel = value == null ? this.#fallbackChannel() : 'attribute';
    this.run();
  }

  /** The run in flight, if any: resolves once its outcome was reported. */
  get taskComplete(): Promise<void> | undefined {
    return this.#pending;
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver((records) => {
      if (records.some((record) => this.#isRelevant(record))) this.run();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.run();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    // Leaving the page aborts a fetch; a move (disconnect + connect in one task) does not
    // restart it, because the reconnect finds the same `src` still loading.
    queueMicrotask(() => {
      if (this.#host.isConnected) return;
      this.#abort?.abort();
      this.#abort = undefined;
      this.#generation++;
      this.#fetchedSrc = undefined;
      this.#pending = undefined;
    });
  }

  hostUpdate(): void {
    const src = this.#options.src() ?? undefined;
    if (src === this.#seenSrc) return;
    this.#seenSrc = src;
    if (src !== this.#fetchedSrc) this.run();
  }

  /** Starts the pipeline for the current source; a newer call supersedes an older one. */
  run(): void {
    if (!this.#host.isConnected) return;
    const input = this.#currentInput();
    if (input?.source === 'src' && input.url === this.#fetchedSrc && this.#abort) return;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#fetchedSrc = input?.source === 'src' ? input.url : undefined;
    const generation = ++this.#generation;
    const run = this.#run(input, generation);
    this.#pending = run;
    void run.finally(() => {
      if (this.#pending === run) this.#pending = undefined;
    });
  }

  #fallbackChannel(): 'property' | 'attribute' | undefined {
    if (this.#attributeContent != null) return 'attribute';
    if (this.#propertyContent != null) return 'property';
    return undefined;
  }

  /** Whether a light-DOM change can alter the source: a child script added, removed or edited. */
  #isRelevant(record: MutationRecord): boolean {
    const host = this.#host;
    const isSourceScript = (node: Node | null) =>
      node instanceof HTMLScriptElement && !node.hasAttribute(GENERATED);
    if (record.type === 'childList' && record.target === host) {
      // Removed nodes are detached by now: judge them by what they are, not where they are.
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        if (isSourceScript(node)) return true;
      }
    }
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (isSourceScript(target) && target?.parentElement === host) return true;
    const { isMarkupNode } = this.#options;
    return (
      isMarkupNode(record.target) ||
      [...record.addedNodes, ...record.removedNodes].some((node) => isMarkupNode(node))
    );
  }

  /** The highest-precedence source present (SPEC section 2). */
  #currentInput(): Input | undefined {
    if (this.#channel === 'attribute' && this.#attributeContent != null) {
      return { source: 'attribute', text: this.#attributeContent };
    }
    if (this.#channel === 'property' && this.#propertyContent != null) {
      return { source: 'property', data: this.#propertyContent };
    }
    const src = this.#options.src();
    if (src) return { source: 'src', url: src };
    const script = this.#host.querySelector<HTMLScriptElement>(SCRIPT_SELECTOR);
    if (script) return { source: 'script', text: script.textContent ?? '' };
    const markup = this.#options.readMarkup();
    if (markup !== undefined) return { source: 'markup', data: markup };
    return undefined;
  }

  async #run(input: Input | undefined, generation: number): Promise<void> {
    const current = () => generation === this.#generation;
    const { onComplete } = this.#options;
    try {
      if (!input) {
        onComplete({ status: 'empty' });
        return;
      }
      const { data, baseUrl } = await this.#read(input);
      if (!current()) return;
      const { value, dropped } = this.#options.normalize(data, baseUrl);
      await this.#options.prepare(value);
      if (!current()) return;
      onComplete({ status: 'complete', value, source: input.source, dropped });
    } catch (error) {
      if (!current() || (error instanceof DOMException && error.name === 'AbortError')) return;
      const contentError =
        error instanceof ContentError
          ? error
          : // An engine's message can quote the content: name the kind of failure only.
            new ContentError(
              'INVALID_CONTENT',
              `The content could not be used (${error instanceof Error ? error.name : 'error'}).`,
            );
      onComplete({ status: 'error', error: contentError, source: input?.source ?? 'property' });
    } finally {
      if (current()) this.#abort = undefined;
    }
  }

  /** Source -> parsed JSON, and the URL that relative URLs in it resolve against. */
  async #read(input: Input): Promise<{ data: unknown; baseUrl: string }> {
    switch (input.source) {
      case 'src': {
        let url: URL;
        try {
          url = new URL(input.url, document.baseURI);
        } catch {
          // The engine's own message would quote the URL: say what is wrong instead.
          throw new ContentError('FETCH_FAILED', 'The src attribute is not a valid URL.');
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          throw new ContentError('FETCH_FAILED', 'Only http and https URLs can be loaded.');
        }
        this.#abort = new AbortController();
        const data = await fetchJson(url.href, {
          signal: this.#abort.signal,
          timeoutMs: this.#options.timeoutMs(),
        });
        return { data, baseUrl: url.href };
      }
      case 'attribute':
      case 'script':
        return { data: parseJson(input.text), baseUrl: document.baseURI };
      default:
        // A microtask boundary keeps property and attribute sources equally asynchronous.
        this.#copied = cleanValue(await input.data, this.#copied);
        return { data: this.#copied, baseUrl: document.baseURI };
    }
  }
}
