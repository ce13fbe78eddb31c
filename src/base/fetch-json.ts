import { MAX_JSON_BYTES, parseJsonText, type ParsedJson } from '../content/parse.js';
import { ContentError } from '../content/types.js';
import { DEFAULT_TIMEOUT_MS } from './fetch-timeout.js';

export { DEFAULT_TIMEOUT_MS };

/** Options of {@link fetchJson}. */
export interface FetchJsonOptions {
  /** Aborting it stops the request and makes `fetchJson` reject with an `AbortError`. */
  signal?: AbortSignal;
  /** Time for the whole request, body included; invalid values mean the default. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes; defaults to the 1 MB JSON cap. */
  maxBytes?: number;
}

// A CORS-safelisted value, so a cross-origin `src` needs no preflight.
const ACCEPT = 'application/ld+json, application/json;q=0.9';

// setTimeout fires at once for delays above this (a signed 32-bit count of milliseconds).
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Fetches a JSON document for a `src` attribute, without cookies or HTTP authentication, and
 * parses it with the pipeline's `parseJsonText` (almost-JSON repaired).
 *
 * Rejects with a `ContentError`:
 * - `FETCH_FAILED`: network or CORS failure, or a status outside 200-299;
 * - `TIMEOUT`: no complete body within `timeoutMs` (headers and body together);
 * - `TOO_LARGE`: a `Content-Length` over `maxBytes`, or a body that grows past it while streaming
 *   (reading stops at once; the rest is never downloaded);
 * - `INVALID_JSON` (or `TOO_LARGE` for absurd nesting) from `parseJsonText`.
 *
 * The `Content-Type` is advisory: the body is parsed whatever it says, so JSON served as
 * `text/plain`, `application/octet-stream` or a CMS's default `text/html` still works. Only when
 * the body does not parse does the type matter: an HTML response (a login or error page sent
 * with status 200) gets a message saying HTML came back instead of JSON.
 *
 * When the caller's `signal` aborts, rejects with a `DOMException` named `AbortError`, whatever
 * the abort reason, so callers can ignore superseded requests by that name alone.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  return (await fetchParsedJson(url, options)).data;
}

/** fetchJson, also saying whether the body had to be repaired to parse (REPAIRED_JSON). */
export async function fetchParsedJson(
  url: string,
  options: FetchJsonOptions = {},
): Promise<ParsedJson> {
  const { signal } = options;
  const timeoutMs = validTimeout(options.timeoutMs);
  const maxBytes = validMaxBytes(options.maxBytes);
  if (signal?.aborted) throw abortError();

  // One controller for the caller's signal and the timer. `AbortSignal.any` is missing in older
  // WebKit, so the caller's signal is forwarded by hand and the listener removed afterwards.
  const controller = new AbortController();
  let timedOut = false;
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  // What an abort, a timeout or a network error turns into, for the caller.
  const failure = (error: unknown): unknown => {
    if (signal?.aborted) return abortError();
    if (timedOut) return new ContentError('TIMEOUT', 'The content took too long to load.');
    if (error instanceof ContentError) return error;
    return new ContentError('FETCH_FAILED', 'The content could not be loaded (network error).');
  };

  let succeeded = false;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        signal: controller.signal,
        headers: { Accept: ACCEPT },
        redirect: 'follow',
        mode: 'cors',
      });
    } catch (error) {
      throw failure(error);
    }

    if (!response.ok) {
      throw new ContentError(
        'FETCH_FAILED',
        `The content could not be loaded (HTTP ${response.status}).`,
      );
    }
    const declared = response.headers.get('Content-Length');
    if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);

    let text: string;
    try {
      text = response.body ? await readText(response.body, maxBytes, controller) : '';
    } catch (error) {
      throw failure(error);
    }

    let value: ParsedJson;
    try {
      value = parseJsonText(text);
    } catch (error) {
      if (
        error instanceof ContentError &&
        error.code === 'INVALID_JSON' &&
        looksLikeHtml(response.headers.get('Content-Type'), text)
      ) {
        throw new ContentError('INVALID_JSON', 'The server returned an HTML page instead of JSON.');
      }
      throw error;
    }
    succeeded = true;
    return value;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
    // Drop the connection of a request given up on (too large, bad status), if still open.
    if (!succeeded) controller.abort();
  }
}

/**
 * Reads a body as UTF-8 text, failing with TOO_LARGE as soon as it passes `maxBytes`. Any early
 * exit aborts `controller`, the fetch's own.
 */
async function readText(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  controller: AbortController,
): Promise<string> {
  const { signal } = controller;
  const reader = body.getReader();
  // Not every engine errors a body stream whose fetch is aborted; cancelling ends a pending
  // read at once, and the aborted signal then tells this from a real end of the body.
  const cancel = () => void reader.cancel().catch(ignore);
  signal.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  let complete = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw new DOMException('The request was aborted.', 'AbortError');
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) throw tooLarge(maxBytes);
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
    complete = true;
    return parts.join('');
  } finally {
    // Abort first, cancel after (the listener): Firefox keeps the connection open when a body
    // stream is only cancelled, so a given-up response would hold one of its few per host.
    if (!complete) controller.abort();
    signal.removeEventListener('abort', cancel);
  }
}

function looksLikeHtml(contentType: string | null, text: string): boolean {
  return (
    /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(contentType ?? '') ||
    /^\s*</.test(text)
  );
}

function tooLarge(maxBytes: number): ContentError {
  // Worded like parseJson's own TOO_LARGE for the usual cap.
  const limit = maxBytes === MAX_JSON_BYTES ? '1 MB' : `${maxBytes} bytes`;
  return new ContentError('TOO_LARGE', `The content is larger than ${limit}.`);
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

function validTimeout(value: number | undefined): number {
  if (value === undefined || Number.isNaN(value) || value <= 0) return DEFAULT_TIMEOUT_MS;
  return Math.min(value, MAX_TIMER_MS);
}

function validMaxBytes(value: number | undefined): number {
  return value !== undefined && value >= 0 && !Number.isNaN(value) ? value : MAX_JSON_BYTES;
}

function ignore(): void {
  // A cancel that fails leaves nothing to clean up.
}
