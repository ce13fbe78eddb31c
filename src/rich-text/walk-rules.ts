/**
 * The rules of the two walks that repeat DOMPurify: the one over the browser's Sanitizer API
 * (native.ts, a lazy chunk) and the server's over parse5 (server/sanitize-html.ts). DOMPurify's
 * own configuration (purify.ts) keeps its copy of the two lists, so that neither lazy chunk
 * imports the other's (a test compares them).
 */

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

/** The same lists as sets. */
export const ALLOWED_TAG_SET: ReadonlySet<string> = new Set(ALLOWED_TAGS);
export const FORBID_CONTENTS_SET: ReadonlySet<string> = new Set(FORBID_CONTENTS);

// DOMPurify 3.4's own patterns and lists (node_modules/dompurify/dist/purify.es.mjs), which the
// two walks repeat so that they remove what DOMPurify removes beyond its configuration.
/** Leading white space the parser drops and DOMPurify puts back (`LEADING_WHITESPACE`). */
export const LEADING_WHITESPACE = /^[\r\n\t ]+/;
/** Text that looks like markup (`ELEMENT_MARKUP_PROBE`). */
export const MARKUP_PROBE = /<[/\w!]/;
/** Attribute values that could close a comment, CDATA or raw text (`ATTR_VALUE_BREAKOUT`). */
export const ATTR_VALUE_BREAKOUT =
  /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
/** URL shapes DOMPurify accepts in `href` (`IS_ALLOWED_URI`), tested without white space. */
export const IS_ALLOWED_URI =
  /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
export const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g; // eslint-disable-line no-control-regex
/** Raw-text elements, whose text innerHTML does not escape. */
export const RAW_TEXT: ReadonlySet<string> = new Set([
  'style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext',
]); // prettier-ignore
/** A form's DOM members DOMPurify probes: a control named like one of them clobbers the form. */
export const CLOBBER_PROBES: ReadonlySet<string> = new Set([
  'nodeName', 'textContent', 'removeChild', 'attributes', 'removeAttribute',
  'removeAttributeNode', 'getAttributeNode', 'setAttribute', 'namespaceURI', 'insertBefore',
  'hasChildNodes', 'nodeType', 'childNodes',
]); // prettier-ignore
/** Elements a form exposes as named properties: listed elements and img. */
export const FORM_NAMED: ReadonlySet<string> = new Set([
  'button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img',
]); // prettier-ignore
