import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cleanValue, parseJson } from '../content/parse.js';
import { jsonLdText } from '../content/json-ld.js';
import {
  ContentError,
  type ContentSource,
  type ErrorCode,
  type Normalized,
} from '../content/types.js';
import { DEFAULT_TIMEOUT_MS, fetchJson } from './fetch-json.js';
import { trustedScript } from './trusted-types.js';

/** Marks the JSON-LD script this element writes, so it is never read back as a source. */
const GENERATED = 'data-news-generated';
const SCRIPT_SELECTOR = `:scope > script[type='application/ld+json']:not([${GENERATED}]), :scope > script[type='application/json']:not([${GENERATED}])`;

/** `news-error` detail. */
export interface NewsErrorDetail {
  code: ErrorCode;
  message: string;
  /** For INVALID_CONTENT: what was skipped, as `path: reason`. */
  dropped?: readonly string[];
}

/** `news-load` detail. */
export interface NewsLoadDetail {
  source: ContentSource;
}

const errorMessages: Record<ErrorCode, string> = {
  INVALID_JSON: 'This content could not be read.',
  INVALID_CONTENT: 'This content is not in a format that can be shown.',
  FETCH_FAILED: 'This content could not be loaded.',
  TIMEOUT: 'This content took too long to load.',
  TOO_LARGE: 'This content is too large to show.',
};

/** The `lang` of the nearest ancestor that has one, looking through shadow roots to their hosts. */
function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Raw content with where it came from, before parsing (tagged by source: never by field presence). */
type Input =
  | { readonly source: 'src'; readonly url: string }
  | { readonly source: 'attribute' | 'script'; readonly text: string }
  | { readonly source: 'property' | 'markup'; readonly data: unknown };

/**
 * What `<news-article>` and `<news-faq>` share: choosing the content source by the SPEC's
 * precedence, running the pipeline (parse -> validate -> normalize), `src` fetching, the error
 * state, events and structured data. Subclasses supply `normalizeContent()` and the templates.
 */
export abstract class NewsContentElement<T> extends LitElement {
  /** URL of a JSON or JSON-LD document to render (fetched without credentials). */
  @property({ reflect: true }) src: string | null = null;

  /** BCP 47 locale for dates and labels; default: the nearest `lang`, then the browser. */
  @property({ reflect: true }) locale: string | null = null;

  /** `light`, `dark` or `auto`; unset, the host page's colours are inherited. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  /** Also put the content's JSON-LD into the light DOM for crawlers. */
  @property({ type: Boolean, reflect: true, attribute: 'structured-data' }) structuredData = false;

  /** Milliseconds before a `src` fetch gives up with `TIMEOUT`. */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout = DEFAULT_TIMEOUT_MS;

  /** The normalized content being shown, if any. */
  @state() protected value?: T;

  /** The error being shown, if any. */
  @state() protected error?: ContentError;

  /** Where the shown content came from. */
  protected source?: ContentSource;

  #propertyContent: unknown = undefined;
  #attributeContent: string | null = null;
  /** Which of the two `content` channels was set last. */
  #contentChannel: 'property' | 'attribute' | undefined;
  #generation = 0;
  #abort?: AbortController;
  #pending?: Promise<void>;
  #loadedSource?: ContentSource;
  #lastFetchedSrc?: string;
  #observer?: MutationObserver;
  /** The last copy of object content: the next copy shares its unchanged parts. */
  #copied: unknown;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'content'];
  }

  constructor() {
    super();
    // A `content` property set before the element was defined is an own property that shadows
    // the accessor: move it onto the accessor so it is not lost.
    if (Object.prototype.hasOwnProperty.call(this, 'content')) {
      const value = (this as { content?: unknown }).content;
      delete (this as { content?: unknown }).content;
      this.content = value;
    }
  }

  /** The content: an object, or (as the `content` attribute) a JSON string. Last set wins. */
  get content(): unknown {
    return this.#contentChannel === 'attribute' ? this.#attributeContent : this.#propertyContent;
  }

  set content(value: unknown) {
    this.#propertyContent = value;
    this.#contentChannel = value == null ? this.#fallbackChannel() : 'property';
    this.#reload();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'content') {
      super.attributeChangedCallback(name, old, value);
      return;
    }
    if (old === value) return;
    this.#attributeContent = value;
    this.#contentChannel = value == null ? this.#fallbackChannel() : 'attribute';
    this.#reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver((records) => this.#onChildrenChanged(records));
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    // Leaving the page aborts a fetch; a move (disconnect + connect in one task) does not
    // restart it, because the reconnect finds the same `src` still loading.
    queueMicrotask(() => {
      if (!this.isConnected) {
        this.#abort?.abort();
        this.#abort = undefined;
        this.#generation++;
        this.#lastFetchedSrc = undefined;
        this.#pending = undefined;
      }
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update reports `src` going from undefined to null: not a change worth a reload.
    const src = this.src ?? undefined;
    if (
      changed.has('src') &&
      (changed.get('src') ?? undefined) !== src &&
      src !== this.#lastFetchedSrc
    ) {
      this.#reload();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#loadedSource) {
      const source = this.#loadedSource;
      this.#loadedSource = undefined;
      this.emit<NewsLoadDetail>('news-load', { source });
    }
    if (changed.has('value') || changed.has('structuredData')) {
      try {
        this.#writeStructuredData();
      } catch {
        // Structured data is for crawlers; content that cannot be written as JSON-LD must not
        // break the rendered element or reach the page as an uncaught error.
        this.querySelector(`:scope > script[${GENERATED}]`)?.remove();
      }
    }
  }

  /**
   * Resolves after the content pipeline (including a pending fetch) has rendered. An update can
   * itself start the pipeline (a new `src`), so wait until neither has work left.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    let seen: Promise<void> | undefined;
    while (this.#pending && this.#pending !== seen) {
      seen = this.#pending;
      await seen;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Turns parsed JSON into the model; throws ContentError('INVALID_CONTENT') when unusable. */
  protected abstract normalizeContent(data: unknown, baseUrl: string): Normalized<T>;

  /** Async work before the value can render (e.g. loading the sanitizer). */
  protected prepare(_value: T): Promise<void> | void {}

  /** Content from light-DOM markup (progressive enhancement), if the element supports it. */
  protected readMarkup(): unknown {
    return undefined;
  }

  /** True when a light-DOM change may alter the markup source. */
  protected isMarkupNode(_node: Node): boolean {
    return false;
  }

  /** The JSON-LD object to publish with `structured-data`. */
  protected abstract structuredDataFor(value: T): Record<string, unknown>;

  /** The locale for labels and dates: `locale`, the nearest `lang` (across shadow roots), the browser. */
  protected get effectiveLocale(): string {
    return this.locale || nearestLang(this) || navigator.language || 'en';
  }

  /** Dispatches a bubbling, composed CustomEvent. */
  protected emit<D>(type: string, detail: D): void {
    this.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true }));
  }

  /** The visible error message, in `part="error"`. */
  protected renderError(error: ContentError): TemplateResult {
    return html`<p part="error" role="alert">${errorMessages[error.code]}</p>`;
  }

  #fallbackChannel(): 'property' | 'attribute' | undefined {
    if (this.#attributeContent != null) return 'attribute';
    if (this.#propertyContent != null) return 'property';
    return undefined;
  }

  #onChildrenChanged(records: MutationRecord[]): void {
    const relevant = records.some((record) => {
      const nodes = [record.target, ...record.addedNodes, ...record.removedNodes];
      return nodes.some((node) => {
        const element = node instanceof Element ? node : node.parentElement;
        if (element?.hasAttribute(GENERATED)) return false;
        return (
          (element instanceof HTMLScriptElement && element.parentElement === this) ||
          this.isMarkupNode(node)
        );
      });
    });
    if (relevant) this.#reload();
  }

  /** The highest-precedence source present (SPEC section 2). */
  #currentInput(): Input | undefined {
    if (this.#contentChannel === 'attribute' && this.#attributeContent != null) {
      return { source: 'attribute', text: this.#attributeContent };
    }
    if (this.#contentChannel === 'property' && this.#propertyContent != null) {
      return { source: 'property', data: this.#propertyContent };
    }
    if (this.src) return { source: 'src', url: this.src };
    const script = this.querySelector<HTMLScriptElement>(SCRIPT_SELECTOR);
    if (script) return { source: 'script', text: script.textContent ?? '' };
    const markup = this.readMarkup();
    if (markup !== undefined) return { source: 'markup', data: markup };
    return undefined;
  }

  /** Starts the pipeline for the current source; a newer call supersedes an older one. */
  #reload(): void {
    if (!this.isConnected) return;
    const input = this.#currentInput();
    if (input?.source === 'src' && input.url === this.#lastFetchedSrc && this.#abort) return;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#lastFetchedSrc = input?.source === 'src' ? input.url : undefined;
    const generation = ++this.#generation;
    const run = this.#run(input, generation);
    this.#pending = run;
    void run.finally(() => {
      if (this.#pending === run) this.#pending = undefined;
    });
  }

  async #run(input: Input | undefined, generation: number): Promise<void> {
    const current = () => generation === this.#generation;
    try {
      if (!input) {
        this.value = undefined;
        this.error = undefined;
        this.source = undefined;
        return;
      }
      const { data, baseUrl } = await this.#read(input);
      if (!current()) return;
      const { value, dropped } = this.normalizeContent(data, baseUrl);
      await this.prepare(value);
      if (!current()) return;
      this.value = value;
      this.error = undefined;
      this.source = input.source;
      this.#loadedSource = input.source;
      if (dropped.length) {
        this.emit<NewsErrorDetail>('news-error', {
          code: 'INVALID_CONTENT',
          message: `Skipped ${dropped.length} invalid part${dropped.length === 1 ? '' : 's'} of the content.`,
          dropped,
        });
      }
    } catch (error) {
      if (!current() || (error instanceof DOMException && error.name === 'AbortError')) return;
      const contentError =
        error instanceof ContentError
          ? error
          : new ContentError(
              'INVALID_CONTENT',
              error instanceof Error ? error.message : String(error),
            );
      this.value = undefined;
      this.error = contentError;
      this.source = input?.source;
      const detail: NewsErrorDetail = { code: contentError.code, message: contentError.message };
      if (contentError.dropped.length) detail.dropped = contentError.dropped;
      this.emit<NewsErrorDetail>('news-error', detail);
    } finally {
      if (current()) this.#abort = undefined;
    }
  }

  /** Source -> parsed JSON, and the URL that relative URLs in it resolve against. */
  async #read(input: Input): Promise<{ data: unknown; baseUrl: string }> {
    switch (input.source) {
      case 'src': {
        const url = new URL(input.url, document.baseURI);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          throw new ContentError('FETCH_FAILED', 'Only http and https URLs can be loaded.');
        }
        this.#abort = new AbortController();
        const data = await fetchJson(url.href, {
          signal: this.#abort.signal,
          timeoutMs: this.srcTimeout,
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

  /** Keeps exactly one generated JSON-LD script in the light DOM while `structured-data` is on. */
  #writeStructuredData(): void {
    const existing = this.querySelector<HTMLScriptElement>(`:scope > script[${GENERATED}]`);
    // A JSON-LD script that is itself the source is already in the page: do not duplicate it.
    const sourceIsJsonLd =
      this.source === 'script' &&
      this.querySelector(`:scope > script[type='application/ld+json']:not([${GENERATED}])`) !==
        null;
    if (!this.structuredData || !this.value || sourceIsJsonLd) {
      existing?.remove();
      return;
    }
    const text = jsonLdText(this.structuredDataFor(this.value));
    if (existing?.text === text) return;
    const script = existing ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(GENERATED, '');
    // Under Trusted Types a script's text is a sink even for a data type: go through our policy.
    script.text = trustedScript(text) as string;
    if (!existing) this.append(script);
  }
}
