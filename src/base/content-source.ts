import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadEntityTable, needsEntityTable } from '../content/entities.js';
import { cleanValue, parseJsonText } from '../content/parse.js';
import { mergeDocuments } from '../content/schema.js';
import { ContentError, type ContentSource, type Normalized } from '../content/types.js';
import { lazyChunk } from './chunk.js';

/** The `src` fetching code: a lazy chunk, loaded by the first element that has a `src`. */
const fetchJson = lazyChunk(() => import('./fetch-json.js'));

/** Marks the JSON-LD script an element writes, so it is never read back as a source. */
export const GENERATED = 'data-news-generated';

/**
 * The child scripts that are a content source (SPEC section 2, source 3), matched on the host's
 * children: a `:scope >` query would walk the whole content (a long article's every node).
 */
const SCRIPT_SELECTOR = `script[type='application/ld+json']:not([${GENERATED}]), script[type='application/json']:not([${GENERATED}])`;

/** Every JSON-LD script of a page, for `ld-from="page"`. */
const PAGE_SELECTOR = `script[type='application/ld+json']:not([${GENERATED}])`;

/**
 * The scripts `ld-from` names: `page` for every JSON-LD script of the element's document (or
 * shadow root), otherwise a space-separated list of element ids, as `aria-labelledby` takes.
 * Ids that name no `<script>` are ignored.
 */
export function ldFromScripts(host: Element, ldFrom: string | null): HTMLScriptElement[] {
  const value = ldFrom?.trim();
  if (!value) return [];
  const root = host.getRootNode() as Document | ShadowRoot;
  if (value === 'page') return [...root.querySelectorAll<HTMLScriptElement>(PAGE_SELECTOR)];
  return value
    .split(/\s+/)
    .map((id) => root.getElementById(id))
    .filter((node): node is HTMLScriptElement => node instanceof HTMLScriptElement);
}

/** Raw content with where it came from, before parsing (tagged by source: never by field presence). */
type Input =
  | { readonly source: 'src'; readonly url: string }
  | { readonly source: 'attribute'; readonly text: string }
  | { readonly source: 'script'; readonly texts: readonly string[] }
  | { readonly source: 'property' | 'markup'; readonly data: unknown };

/** What one run of the pipeline ended with. */
export type ContentOutcome<T> =
  | { readonly status: 'empty' }
  | {
      readonly status: 'complete';
      readonly value: T;
      readonly source: ContentSource;
      readonly dropped: readonly string[];
      /** The JSON was not valid as published and was repaired (REPAIRED_JSON). */
      readonly repaired: boolean;
    }
  | { readonly status: 'error'; readonly error: ContentError; readonly source: ContentSource }
  /** Server output already shows this source's content: kept as it is, nothing was parsed. */
  | { readonly status: 'adopted'; readonly source: 'script' };

/** What the element supplies: its pipeline, its markup reader and where results go. */
export interface ContentSourceOptions<T> {
  /** The `src` attribute and its timeout, read when a run starts. */
  src(): string | null;
  /** The `ld-from` attribute: page JSON-LD scripts read with the child scripts. */
  ldFrom(): string | null;
  timeoutMs(): number;
  /** Parsed JSON -> the model; throws ContentError('INVALID_CONTENT') when unusable. */
  normalize(data: unknown, baseUrl: string): Normalized<T>;
  /** Async work before the value can render (loading the sanitizer). */
  prepare(value: T): Promise<void> | void;
  /**
   * Whether server output in the element already shows the content of this data script's text
   * (see digest.ts): then the run ends there, `adopted`, without parsing anything.
   */
  adopt(text: string): boolean;
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
  /** `src` and `ld-from` as the last run or update saw them, to notice changes. */
  #seenSrc?: string;
  #seenLdFrom: string | null = null;
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

  /**
   * Whether a run is in flight for content the page already holds (a script, the property or
   * attribute, markup): it ends within a few tasks (parsing, a lazy chunk), unlike a fetch.
   */
  get localRunPending(): boolean {
    // `#fetchedSrc` is set exactly while the source is a fetch.
    return this.#pending !== undefined && this.#fetchedSrc === undefined;
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
    const ldFrom = this.#options.ldFrom();
    if (ldFrom !== this.#seenLdFrom) {
      this.#seenLdFrom = ldFrom;
      this.#seenSrc = src;
      this.run();
      return;
    }
    if (src === this.#seenSrc) return;
    this.#seenSrc = src;
    if (src !== this.#fetchedSrc) this.run();
  }

  /** Starts the pipeline for the current source; a newer call supersedes an older one. */
  run(): void {
    if (!this.#host.isConnected) return;
    const input = this.#currentInput();
    // What this run saw: an update notices changes from here (not a second run for the same).
    this.#seenSrc = this.#options.src() ?? undefined;
    this.#seenLdFrom = this.#options.ldFrom();
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
    // Every child script, and the page scripts `ld-from` names: one graph, split or not.
    const scripts = new Set([
      ...[...this.#host.children].filter(
        (child): child is HTMLScriptElement =>
          child instanceof HTMLScriptElement && child.matches(SCRIPT_SELECTOR),
      ),
      ...ldFromScripts(this.#host, this.#options.ldFrom()),
    ]);
    if (scripts.size) {
      return { source: 'script', texts: [...scripts].map((script) => script.textContent ?? '') };
    }
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
      const [text, ...more] = input.source === 'script' ? input.texts : [];
      if (text !== undefined && !more.length && this.#options.adopt(text)) {
        // As asynchronous as any other outcome, and nothing more to do.
        await Promise.resolve();
        if (current()) onComplete({ status: 'adopted', source: 'script' });
        return;
      }
      const { data, baseUrl, repaired } = await this.#read(input);
      // Named character references beyond the built-in ones: the full table is a lazy chunk.
      if (needsEntityTable(data)) await loadEntityTable();
      if (!current()) return;
      const { value, dropped } = this.#options.normalize(data, baseUrl);
      await this.#options.prepare(value);
      if (!current()) return;
      onComplete({ status: 'complete', value, source: input.source, dropped, repaired });
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
  async #read(input: Input): Promise<{ data: unknown; baseUrl: string; repaired: boolean }> {
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
        // Set before the chunk loads: a newer run aborts this one from now on.
        const abort = (this.#abort = new AbortController());
        const { fetchParsedJson } = await fetchJson.load().catch(() => {
          throw new ContentError(
            'FETCH_FAILED',
            'The content could not be loaded (network error).',
          );
        });
        const { data, repaired } = await fetchParsedJson(url.href, {
          signal: abort.signal,
          timeoutMs: this.#options.timeoutMs(),
        });
        return { data, baseUrl: url.href, repaired };
      }
      case 'attribute':
        return { ...parseJsonText(input.text), baseUrl: document.baseURI };
      case 'script': {
        const parsed = input.texts.map(parseJsonText);
        return {
          data: mergeDocuments(parsed.map((each) => each.data)),
          baseUrl: document.baseURI,
          repaired: parsed.some((each) => each.repaired),
        };
      }
      default:
        // A microtask boundary keeps property and attribute sources equally asynchronous.
        this.#copied = cleanValue(await input.data, this.#copied);
        return { data: this.#copied, baseUrl: document.baseURI, repaired: false };
    }
  }
}
