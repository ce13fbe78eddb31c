/** What a URL is for: a link to follow, an image to load, or a document to fetch. */
export type UrlKind = 'link' | 'image' | 'fetch';

const ALLOWED: Readonly<Record<UrlKind, ReadonlySet<string>>> = {
  link: new Set(['http:', 'https:', 'mailto:']),
  image: new Set(['http:', 'https:']),
  fetch: new Set(['http:', 'https:']),
};

function parseBase(base: string): URL | undefined {
  try {
    return new URL(base);
  } catch {
    return undefined; // absolute URLs still work without a usable base
  }
}

/**
 * Resolves an untrusted URL against `base` and returns its absolute href when its scheme is
 * allowed for `kind` (link: http, https, mailto; image, fetch: http, https), else undefined.
 *
 * The decision is made on the WHATWG parser's `protocol`, never on the raw text: the parser
 * lower-cases the scheme and strips what browsers strip, exactly as the browser will when it
 * follows the URL, so `" JaVaScRiPt:..."` is seen as `javascript:`. Text with control
 * characters (`"java\tscript:..."`) is refused outright.
 */
export function safeUrl(value: unknown, base: string, kind: UrlKind): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // An empty reference would resolve to the base itself, which nobody meant to link to. Control
  // characters (tabs and newlines included) are never part of a URL a publisher meant; parsers
  // silently remove some of them, so a URL carrying any is refused rather than repaired.
  if (trimmed === '' || /\p{Cc}/u.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, parseBase(base));
  } catch {
    return undefined;
  }
  return ALLOWED[kind].has(url.protocol) ? url.href : undefined;
}
