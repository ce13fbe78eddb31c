import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long "Link copied" stays visible. */
export const COPIED_MS = 3000;

/**
 * The ids the page's URL fragment may name: the fragment decoded, and as written (an id may hold
 * a `%` that is no escape, `50%-off`, or one that is, `100%25`); none when there is no fragment.
 */
export function fragmentIds(): string[] {
  const raw = location.hash.slice(1);
  if (!raw) return [];
  try {
    const decoded = decodeURIComponent(raw);
    return decoded === raw ? [raw] : [decoded, raw];
  } catch {
    return [raw]; // a stray `%`: compare the fragment as written
  }
}

/** What the element supplies. */
export interface FragmentLinksOptions {
  /** Opens the question with this id (source `hash`); false when there is none (nothing changes). */
  open(id: string): boolean;
  /** The element to scroll into view for a question id (its heading), once rendered. */
  target(id: string): Element | undefined;
}

/**
 * Deep links to questions. A question's heading carries its id inside the shadow root, where a
 * URL fragment cannot reach it, so this controller watches the fragment itself: when it names a
 * question on first render (`openInitial`) or on `hashchange`, the question opens and scrolls
 * into view (smoothly unless reduced motion is preferred). It also copies links: the page URL
 * with a question's fragment, or, without clipboard access, the fragment put into the address
 * bar; `copiedId` says which question shows "Link copied" for a moment.
 */
export class FragmentLinksController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: FragmentLinksOptions;
  #copiedId: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A question to scroll to once the update that opens it has rendered. */
  #scrollTo: string | undefined;

  constructor(host: ReactiveControllerHost, options: FragmentLinksOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The question whose "Link copied" message shows, if any. */
  get copiedId(): string | undefined {
    return this.#copiedId;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#copiedId = undefined;
  }

  hostUpdated(): void {
    const id = this.#scrollTo;
    if (id === undefined) return;
    this.#scrollTo = undefined;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#options
      .target(id)
      ?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }

  /** Content rendered for the first time: open the question the fragment names, if any. */
  openInitial(): void {
    this.#openFragment();
  }

  /** Copies the link to a question. */
  async copy(id: string): Promise<void> {
    const url = new URL(location.href);
    // With its own `#`: the setter drops one leading `#`, and an id may begin with `#`.
    url.hash = `#${id}`;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url.href);
    } catch {
      // No clipboard access (insecure page, permission denied): put the link into the address
      // bar instead, where the reader can copy it.
      location.hash = url.hash;
      return;
    }
    this.#copiedId = id;
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#copiedId = undefined;
      this.#host.requestUpdate();
    }, COPIED_MS);
  }

  #openFragment(): void {
    const id = fragmentIds().find((candidate) => this.#options.open(candidate));
    if (id === undefined) return;
    this.#scrollTo = id;
    // Make sure an update runs to scroll, even when the question was open already.
    this.#host.requestUpdate();
  }

  #onHashChange = (): void => {
    this.#openFragment();
  };
}
