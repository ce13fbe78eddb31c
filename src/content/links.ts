/**
 * Links in rich text made absolute against the document they came from. Content loaded by `src`
 * is rendered in another page: a relative `<a href="story.html">` in it means the file beside the
 * JSON, not beside the page, so the pipeline resolves it against the `src` URL, as it resolves
 * every plain URL field. Links to a fragment only (`#shipping`) point into the rendered content
 * (another question of the FAQ), and empty ones nowhere; both stay as written.
 */
import { decodeAttribute } from './entities.js';
import { startTags } from './html-scan.js';

function parsedBase(baseUrl: string): URL | undefined {
  try {
    return new URL(baseUrl);
  } catch {
    return undefined;
  }
}

/** The absolute URL for a relative reference, or undefined for one that stays as written. */
function resolved(reference: string, base: URL): string | undefined {
  // What the URL parser skips first: C0 controls and spaces (never JavaScript's wider trim()).
  let start = 0;
  while (start < reference.length && reference.charCodeAt(start) <= 0x20) start++;
  if (start === reference.length || reference.charAt(start) === '#') return undefined;
  try {
    new URL(reference);
    return undefined; // absolute already
  } catch {
    // relative: resolved below
  }
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * `html` with the relative `href` of every `<a>` (the first `href` of a tag, the one the parser
 * keeps) replaced by the absolute URL it has against `baseUrl`, read exactly as the parser reads
 * it (character references decoded). Linear in the text; unchanged without a usable base.
 */
export function absoluteLinks(html: string, baseUrl: string): string {
  if (!html.includes('<')) return html;
  const base = parsedBase(baseUrl);
  if (base === undefined) return html;
  const parts: string[] = [];
  let copied = 0;
  for (const tag of startTags(html)) {
    if (tag.name !== 'a') continue;
    const href = tag.attributes.find((attribute) => attribute.name === 'href');
    if (href === undefined) continue;
    const reference = decodeAttribute(html.slice(href.valueStart, href.valueEnd));
    const url = reference === undefined ? undefined : resolved(reference, base);
    if (url === undefined) continue;
    const quote = href.quoted ? '' : '"';
    parts.push(html.slice(copied, href.valueStart), quote, escapeAttribute(url), quote);
    copied = href.valueEnd;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
