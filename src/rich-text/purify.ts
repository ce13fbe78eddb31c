/**
 * DOMPurify with the rich-text allowlist. The only module that imports DOMPurify: src/rich-text/sanitize.ts
 * loads it with a dynamic `import()`, so bundles split it into a lazy chunk that content without
 * markup never downloads.
 */
import DOMPurify from 'dompurify';
import type { Config, UponSanitizeAttributeHookEvent } from 'dompurify';
import type { NewsPolicy } from '../base/trusted-types.js';

/** Tags kept (SPEC section 2); everything else is unwrapped, its text kept. */
export const ALLOWED_TAGS = [
  'p', 'br', 'ol', 'ul', 'li', 'a', 'b', 'strong', 'i', 'em',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
] as const; // prettier-ignore

/**
 * Elements removed together with their content: code, styles, embedded documents and media,
 * form controls and foreign (SVG, MathML) trees, whose text is not prose a reader should see.
 * DOMPurify's own default list comes first, unchanged, because the config replaces it.
 */
export const FORBID_CONTENTS = [
  // DOMPurify 3.4 defaults
  'annotation-xml', 'audio', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi',
  'mn', 'mo', 'ms', 'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script',
  'selectedcontent', 'style', 'svg', 'template', 'thead', 'title', 'video', 'xmp',
  // ours
  'applet', 'canvas', 'datalist', 'embed', 'frame', 'frameset', 'object', 'optgroup', 'option',
  'param', 'select', 'source', 'textarea', 'track',
]; // prettier-ignore

/** Turns untrusted HTML into a sanitized fragment; see createPurifier. */
export type Purifier = (html: string) => DocumentFragment;

/**
 * Creates the sanitizer: a private DOMPurify instance (hooks on the shared default instance would
 * leak into a host page that uses DOMPurify too) that keeps only ALLOWED_TAGS, only `href` on
 * `a`, and only hrefs that `allowHref` accepts. The result belongs to an inert document; the
 * caller post-processes and imports it. The policy comes from the caller so that this lazy chunk
 * imports nothing but DOMPurify (and the bundler keeps the main module in one file).
 */
export function createPurifier(
  allowHref: (href: string) => boolean,
  policy: NewsPolicy | null,
): Purifier {
  const purify = DOMPurify(window);
  // Where DOMPurify cannot run it returns its input unchanged: refuse rather than pass HTML on.
  if (!purify.isSupported) throw new Error('news-elements: DOMPurify is not supported here');
  purify.addHook('uponSanitizeAttribute', (node: Element, data: UponSanitizeAttributeHookEvent) => {
    // ALLOWED_ATTR is per document, not per tag: href survives only on links.
    if (data.attrName === 'href' && (node.localName !== 'a' || !allowHref(data.attrValue))) {
      data.keepAttr = false;
    }
  });

  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: ['href'],
    // DOMPurify allows data-* and aria-* beside ALLOWED_ATTR unless told not to.
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    FORBID_CONTENTS,
    RETURN_DOM_FRAGMENT: true,
    // Our own policy, or null: never undefined, which makes DOMPurify create a `dompurify`
    // policy that a strict page forbids (see src/trusted-types.ts).
    TRUSTED_TYPES_POLICY: policy,
  };
  // Parsed once; sanitize() then skips re-reading the config on every call.
  purify.setConfig(config);

  return (html) =>
    // Null when the parse yields no body (a top-level `<frameset>`, or a page that enforces Trusted
    // Types without our policy): nothing to show.
    (purify.sanitize(html, config) as DocumentFragment | null) ?? document.createDocumentFragment();
}
