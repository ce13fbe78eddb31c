/**
 * The default `src` timeout, apart from fetch-json.ts so that the element's `src-timeout`
 * default does not pull the fetching code (a lazy chunk, loaded only for a `src`) into every page.
 */

/** How long a `src` fetch may take, headers and body together, before it fails with TIMEOUT. */
export const DEFAULT_TIMEOUT_MS = 10_000;
