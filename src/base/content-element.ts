import {
  LitElement,
  ReactiveElement,
  adoptStyles,
  html,
  nothing,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ContentError, ContentSource, Normalized } from '../content/types.js';
import type { NewsEventMap } from '../events.js';
import { errorMessage, labelsFor, loadLabels, type Labels } from '../i18n/labels.js';
import { nearestLang } from '../i18n/locale.js';
import { ContentSourceController, GENERATED, type ContentOutcome } from './content-source.js';
import { lazyChunk } from './chunk.js';
import { defineDependencies, version } from './define.js';
import { DEFAULT_TIMEOUT_MS } from './fetch-timeout.js';
import { StructuredDataController, type StructuredData } from './structured-data.js';
import {
  adoptContentStyles,
  CONTENT_SLOT,
  createContainer,
  findContainer,
  isHydratable,
  STYLES_ATTRIBUTE,
} from './light-dom.js';
import { contentDigest, DIGEST_ATTRIBUTE } from './digest.js';

/** Lit's hydration, loaded only by a page that has server output to adopt. */
type Hydrate = typeof import('@lit-labs/ssr-client').hydrate;
const hydration = lazyChunk(() => import('@lit-labs/ssr-client'));
/** Lit's hydrate, or undefined when its chunk cannot load: the content then renders afresh. */
const loadHydrate = (): Promise<Hydrate | undefined> =>
  hydration.load().then(
    (module) => module.hydrate,
    () => undefined,
  );

/** ReactiveElement's update (reflection, no rendering), for output kept as it is. */
const reactiveUpdate = (
  ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }
).update;

/** Resolves when the page is next idle (soon after, where the browser cannot tell). */
const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 50);
  });

/**
 * The frame `<news-article>` and `<news-faq>` share: the attributes both have, the content source
 * (a controller: precedence, fetching, the pending run), structured data (a controller), the
 * error state, typed events, labels and the locale. Subclasses supply the pipeline step
 * (`normalizeContent`), what to publish as JSON-LD, and the templates.
 */
export abstract class NewsContentElement<T, Input = unknown> extends LitElement {
  /** Elements this one renders, defined on first construction when the page has not (see define.ts). */
  static dependencies: Readonly<Record<string, CustomElementConstructor>> = {};

  /** URL of a JSON or JSON-LD document to render (fetched without credentials). */
  @property({ reflect: true }) src: string | null = null;

  /** BCP 47 locale for dates and labels; default: the nearest `lang`, then the browser. */
  @property({ reflect: true }) locale: string | null = null;

  /** `light`, `dark` or `auto`; unset, the host page's colours are inherited. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  /** Also put the content's JSON-LD into the light DOM for crawlers. */
  @property({ type: Boolean, reflect: true, attribute: 'structured-data' }) structuredData = false;

  /**
   * JSON-LD scripts elsewhere in the page to read with the child scripts: `page` for all of
   * them, or a space-separated list of script ids (a graph split across several blocks).
   */
  @property({ attribute: 'ld-from', reflect: true }) ldFrom: string | null = null;

  /** Milliseconds before a `src` fetch gives up with `TIMEOUT`. */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout = DEFAULT_TIMEOUT_MS;

  /** Replaces single labels of the element's own words (see `Labels`); the rest follow `locale`. */
  @property({ attribute: false }) labels: Partial<Labels> = {};

  /** The normalized content being shown, if any. */
  @state() protected value?: T;

  /** The error being shown, if any. */
  @state() protected error?: ContentError;

  /** Where the shown content came from. */
  protected source?: ContentSource;

  /** A source whose `news-load` is due once its content has rendered. */
  #loaded?: ContentSource;

  /** The light-DOM container of the content (see light-dom.ts), once there is one. */
  #container?: HTMLElement;
  /** Lit's hydrate, while server output waits to be adopted. */
  #hydrate?: Hydrate | undefined;
  /** Whether the content pipeline has reported at least once. */
  #settled = false;
  /**
   * Server output is shown as it is (see `adoptsAsIs`): no value, nothing rendered into it,
   * until something changes. Then `#serverStale`: the output is replaced, never hydrated, since
   * Lit's hydration would keep the server's values.
   */
  #asIs = false;
  #serverStale = false;
  /** The idle-time check of output kept as it is, while pending. */
  #verification?: Promise<void>;
  /** The frame's styles wait to be adopted until Lit renders over the server's (see below). */
  #stylesDeferred = false;

  readonly #structuredData: StructuredDataController;

  readonly #content = new ContentSourceController<T>(this, {
    src: () => this.src,
    ldFrom: () => this.ldFrom,
    timeoutMs: () => this.srcTimeout,
    normalize: (data, baseUrl) => this.normalizeContent(data, baseUrl),
    prepare: async (value) => {
      const container = this.#serverContainer();
      // The words of the element's language need no loading here: every update waits for
      // them (see scheduleUpdate).
      const [hydrate] = await Promise.all([
        container && !this.#serverStale ? loadHydrate() : undefined,
        this.prepare(value),
      ]);
      this.#hydrate = hydrate;
    },
    adopt: (text) => this.#adoptAsIs(text),
    readMarkup: () => this.readMarkup(),
    isMarkupNode: (node) => this.isMarkupNode(node),
    onComplete: (outcome) => this.#complete(outcome),
  });

  constructor() {
    super();
    defineDependencies((this.constructor as typeof NewsContentElement).dependencies);
    // A `content` property set before the element was defined is an own property that shadows
    // the accessor: move it onto the accessor so it is not lost.
    if (Object.prototype.hasOwnProperty.call(this, 'content')) {
      const value = (this as { content?: unknown }).content;
      delete (this as { content?: unknown }).content;
      this.#content.setProperty(value);
    }
    this.#structuredData = new StructuredDataController(this, {
      dependencies: () => [this.value, this.structuredData, this.source],
      data: () => {
        const sourceIsJsonLd =
          this.source === 'script' &&
          (this.ldFrom !== null ||
            this.querySelector(
              `:scope > script[type='application/ld+json']:not([${GENERATED}])`,
            ) !== null);
        // JSON-LD scripts that are the source are already in the page: no duplicate.
        if (!this.structuredData || !this.value || sourceIsJsonLd) return undefined;
        return this.structuredDataFor(this.value);
      },
    });
  }

  /** The content: an object, or (as the `content` attribute) a JSON string. Last set wins. */
  get content(): Input | null | undefined {
    return this.#content.content as Input | null | undefined;
  }

  set content(value: Input | null | undefined) {
    this.#content.setProperty(value);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'content'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'content') super.attributeChangedCallback(name, old, value);
    else if (old !== value) this.#content.setAttribute(value);
  }

  /** The tag of the content container: `article` for the article, `div` for the FAQ. */
  protected abstract readonly contentTag: string;

  /** The content's `@scope`d styles (see light-dom.ts). */
  protected abstract readonly contentCss: string;

  /** The light-DOM template of the content. */
  protected abstract renderContent(value: T): unknown;

  /** Attributes of the content container for `value` (`undefined`: removed). */
  protected contentAttributes(_value: T): Record<string, string | undefined> {
    return {};
  }

  /** The content container, once the content has rendered. */
  protected get contentContainer(): HTMLElement | undefined {
    return this.#container;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Server output of this version brings the same sheet as a `<style>` of the host's, which
    // stays when the content renders again: parsing it a second time would delay hydration.
    if (!this.#hasServerStyles()) adoptContentStyles(this, this.contentCss);
  }

  /**
   * The frame is rendered after whatever the server declared in the shadow root, which is then
   * removed in the first update: not before, so that it shows until the content is ready. A
   * declared frame with styles of its own keeps them, and the element's are adopted only when
   * it is removed: output kept as it is never parses them.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const declared = this.shadowRoot;
    this.#stylesDeferred = !!declared?.querySelector('style, link[rel~="stylesheet" i]');
    const root = this.#stylesDeferred && declared ? declared : super.createRenderRoot();
    this.renderOptions.renderBefore = null;
    return root;
  }

  /** Whether one of the host's children is the content `<style>` this version's server wrote. */
  #hasServerStyles(): boolean {
    for (const child of this.children) {
      if (child.localName === 'style' && child.getAttribute(STYLES_ATTRIBUTE) === version)
        return true;
    }
    return false;
  }

  /**
   * Nothing renders before the first content the page holds is ready: a frame painted alone
   * would show the slotted markup, then move it when the content arrives a few tasks later (a
   * lazy chunk: the sanitizer, `<news-faq>`). Server output waits, as it is, the same way. Only a
   * `src` fetch, which can take seconds, shows the frame meanwhile.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return (
      super.shouldUpdate(changed) &&
      (this.#settled || (!this.#serverContainer() && !this.#content.localRunPending))
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Output kept as it is has no value to render a change from: the pipeline runs now.
    if (this.#asIs && this.hasUpdated && changed.size) {
      this.#leaveAsIs();
      this.#content.run();
    }
  }

  protected override update(changed: PropertyValues): void {
    if (this.#asIs && this.#hasDeclarativeFrame()) {
      // Output kept as it is keeps the server's frame too (the same slots, no error): Lit renders
      // the frame only once something changes. ReactiveElement's own update still reflects.
      reactiveUpdate.call(this, changed);
      return;
    }
    this.#removeDeclarativeFrame();
    super.update(changed);
    this.#renderLight();
  }

  /** Whether the shadow root still holds the server's frame, never rendered over by Lit. */
  #hasDeclarativeFrame(): boolean {
    const root = this.renderRoot;
    return (
      root instanceof ShadowRoot &&
      !('_$litPart$' in root) &&
      root.querySelector(`slot[name="${CONTENT_SLOT}"]`) !== null
    );
  }

  /** The container of server output while it waits to be adopted (hydrated), else undefined. */
  protected get serverContent(): HTMLElement | undefined {
    return this.#serverContainer();
  }

  /** The container holding server output not adopted yet, if any. */
  #serverContainer(): HTMLElement | undefined {
    if (this.#container) return undefined;
    const container = findContainer(this);
    return container && isHydratable(container) ? container : undefined;
  }

  #removeDeclarativeFrame(): void {
    const root = this.renderRoot;
    if (root instanceof ShadowRoot && !('_$litPart$' in root)) root.replaceChildren();
    if (this.#stylesDeferred && root instanceof ShadowRoot) {
      this.#stylesDeferred = false;
      adoptStyles(root, (this.constructor as typeof ReactiveElement).elementStyles);
    }
  }

  /** Renders the content into the light DOM, adopting server output the first time it can. */
  #renderLight(): void {
    const value = this.value;
    if (value === undefined) {
      const container = this.#container;
      if (!container) return;
      render(nothing, container, { host: this });
      // No content, no language or direction of it.
      for (const name of ['lang', 'dir']) container.removeAttribute(name);
      return;
    }
    let container = this.#container;
    const server = container ? undefined : this.#serverContainer();
    if (!container) {
      container = server ?? findContainer(this) ?? createContainer(this, this.contentTag);
      if (!server) container.replaceChildren();
      this.#container = container;
      if (container.parentNode !== this) this.append(container);
    }
    for (const [name, attribute] of Object.entries(this.contentAttributes(value))) {
      if (attribute === undefined) container.removeAttribute(name);
      else if (container.getAttribute(name) !== attribute) container.setAttribute(name, attribute);
    }
    const template = this.renderContent(value);
    const hydrate = this.#hydrate;
    this.#hydrate = undefined;
    if (server) {
      try {
        if (hydrate) {
          this.hydrateContent(() => hydrate(template, server, { host: this }), server);
          return;
        }
      } catch {
        // Server output for other content or another version: rendered afresh below.
      }
      // Not adoptable (or Lit's hydration did not load): replaced, never rendered beside.
      server.replaceChildren();
      delete (server as { _$litPart$?: unknown })._$litPart$;
    }
    render(template, container, { host: this });
  }

  /**
   * Whether server output for the same content may be kept exactly as it is, without hydration
   * and without running the pipeline: for content with no behaviour of its own (an article
   * without an embedded FAQ). The element then costs only its frame until something changes.
   */
  protected adoptsAsIs(_container: HTMLElement): boolean {
    return false;
  }

  /**
   * Whether the server output holds exactly what `text` (the element's one data script) would
   * render, and may be kept as it is. The server's digest (see digest.ts) covers this version,
   * the attributes that change the output and the text; a digest that does not match marks
   * output for other content, which is replaced, never hydrated (hydration keeps the server's
   * words). Output kept as it is the first time is checked when the page is idle instead:
   * hashing a long article is the only work proportional to it, and it seldom fails.
   */
  #adoptAsIs(text: string): boolean {
    if (this.#serverStale || (this.hasUpdated && !this.#asIs)) return false;
    const server = this.#serverContainer();
    const digest = server?.getAttribute(DIGEST_ATTRIBUTE);
    if (!server || !digest) return false;
    const attributes = {
      locale: this.getAttribute('locale'),
      headingLevel: this.getAttribute('heading-level'),
    };
    const matches = () => digest === contentDigest(attributes, text);
    const asIs = this.ldFrom === null && !this.structuredData && this.adoptsAsIs(server);
    if (asIs && !this.#asIs) {
      this.#verification = idle().then(() => {
        this.#verification = undefined;
        if (!this.#asIs || matches()) return;
        this.#leaveAsIs();
        this.#content.run();
      });
      return true;
    }
    if (matches()) return asIs;
    this.#leaveAsIs();
    return false;
  }

  #leaveAsIs(): void {
    this.#asIs = false;
    this.#serverStale = true;
  }

  /** Runs `hydrate`; the article sets its embedded FAQs aside meanwhile (they adopt their own). */
  protected hydrateContent(hydrate: () => void, _container: HTMLElement): void {
    hydrate();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#loaded) {
      const source = this.#loaded;
      this.#loaded = undefined;
      this.emit('news-load', { source });
    }
  }

  /**
   * Resolves after the content pipeline (including a pending fetch) has rendered. An update can
   * itself start the pipeline (a new `src`), so wait until neither has work left.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // The content run, then the structured data it leads to.
    const work = () =>
      this.#content.taskComplete ?? this.#verification ?? this.#structuredData.writeComplete;
    let seen: Promise<void> | undefined;
    for (let next = work(); next && next !== seen; next = work()) {
      seen = next;
      await next;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Every update waits for the labels of the element's language (a lazy chunk, see
   * i18n/labels.ts), so a German page never shows English words first, content or error, and a
   * later `locale` change renders once, in the new language. Nothing waits for English or a
   * language already loaded.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const labels = loadLabels(this.effectiveLocale);
    if (!labels) return super.scheduleUpdate();
    return labels.then(() => {
      // An update run meanwhile (`performUpdate()` from a public method) rendered other words.
      this.requestUpdate();
      return super.scheduleUpdate();
    });
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

  /**
   * The JSON-LD object to publish with `structured-data`, asked for only when the attribute is
   * set: build it in a dynamically imported module (json-ld-output.ts), so pages without the
   * attribute never download the builders.
   */
  protected abstract structuredDataFor(value: T): StructuredData;

  /**
   * Whether the page (the element's document or shadow root) already has an element with this
   * id: ids made from question text avoid those, so the page's own anchors keep working.
   */
  protected readonly isTakenId = (id: string): boolean => {
    const root = this.getRootNode() as Partial<NonElementParentNode>;
    const element = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    // The element's own content (rendered before, or by the server) does not count.
    return element !== null && !this.contains(element);
  };

  /** The locale for labels and dates: `locale`, the nearest `lang` (across shadow roots), the browser. */
  protected get effectiveLocale(): string {
    return this.locale || nearestLang(this) || navigator.language || 'en';
  }

  /** The element's own words in its locale, with the `labels` overrides. */
  protected get currentLabels(): Labels {
    return labelsFor(this.effectiveLocale, this.labels);
  }

  /** Dispatches one of the elements' events: a bubbling, composed CustomEvent with typed detail. */
  protected emit<K extends keyof NewsEventMap>(type: K, detail: NewsEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The visible error message, in `part="error"`, in the element's language. */
  protected renderError(error: ContentError): TemplateResult {
    return html`<p part="error" role="alert">${errorMessage(this.currentLabels, error.code)}</p>`;
  }

  #complete(outcome: ContentOutcome<T>): void {
    this.#settled = true;
    switch (outcome.status) {
      case 'empty':
        this.value = undefined;
        this.error = undefined;
        this.source = undefined;
        return;
      case 'adopted':
        this.#asIs = true;
        this.error = undefined;
        this.source = outcome.source;
        this.#loaded = outcome.source;
        // No reactive property changed, but the frame and `news-load` are due.
        this.requestUpdate();
        return;
      case 'complete': {
        const { dropped } = outcome;
        this.value = outcome.value;
        this.error = undefined;
        this.source = outcome.source;
        this.#loaded = outcome.source;
        if (outcome.repaired) {
          this.emit('news-error', {
            code: 'REPAIRED_JSON',
            message: 'The JSON was not valid as published; it was repaired and is shown.',
          });
        }
        if (dropped.length) {
          this.emit('news-error', {
            code: 'INVALID_CONTENT',
            message: `Skipped ${dropped.length} invalid part${dropped.length === 1 ? '' : 's'} of the content.`,
            dropped,
          });
        }
        return;
      }
      case 'error': {
        const { error } = outcome;
        this.value = undefined;
        this.error = error;
        this.source = outcome.source;
        this.emit('news-error', {
          code: error.code,
          message: error.message,
          ...(error.dropped.length ? { dropped: error.dropped } : {}),
        });
      }
    }
  }
}
