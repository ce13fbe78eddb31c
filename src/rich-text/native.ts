/**
 * Rich text sanitized with the browser's own HTML Sanitizer API, where the engine has it
 * (Chromium 156, Firefox 153): no DOMPurify download. src/rich-text/sanitize.ts uses it when
 * `createNativePurifier` returns one, and DOMPurify (src/rich-text/purify.ts) otherwise; both
 * feed the same post-processing (`finish`), and test/rich-text-native.test.ts checks that the two
 * render the same DOM.
 *
 * How: `Document.parseHTML` parses the text into a new, inert document with a `Sanitizer` that
 * keeps everything its safe mode allows (comments included), so the browser has already removed
 * script, frames, plugins, event handlers and `javascript:` URLs. Its default configuration
 * would remove unknown elements (`<foo-bar>`) with their text, which we must keep. Then a walk
 * copies what DOMPurify with our configuration keeps into new nodes of the page's document:
 * text, and ALLOWED_TAGS elements with nothing but a checked `href` on `a`. Unknown elements are
 * unwrapped, FORBID_CONTENTS elements go with their content, and DOMPurify's own removals are
 * repeated as src/server/sanitize-html.ts repeats them (elements whose text looks like markup
 * beside a comment, allowed elements with `is`, forms clobbered by their controls). Only strings
 * cross from the parsed document to the page: no parsed node, attribute or shadow root does.
 *
 * Where the two paths cannot agree (test/rich-text-native.test.ts, `knownDifference`), the
 * browser has removed something before the walk could see it, and this side removes more:
 * - an element holding text that looks like markup beside a comment, whose only element
 *   children were script, iframe, object or embed, or a declarative shadow root template:
 *   DOMPurify counts those children and keeps the element; here it goes with its text;
 * - a form in text that also has an `<object>`: DOMPurify removes the form when the object's
 *   id or name clobbers it; the browser has removed the object, so every such form goes;
 * - a form whose controls outside it (`form` attribute, or the parser's form pointer) clobber
 *   it: here it goes even when those controls come first, which DOMPurify removes beforehand.
 * Firefox 153 parses `Document.parseHTML` input with scripting enabled (`<noscript>` content is
 * text), unlike DOMParser; for text with `<noscript>` there the parse is DOMParser's instead,
 * with the same walk (the probe in `createNativePurifier` decides, so a fixed Firefox stops it).
 */
import type { NewsPolicy } from '../base/trusted-types.js';
import {
  ALLOWED_TAG_SET,
  ATTR_VALUE_BREAKOUT,
  ATTR_WHITESPACE,
  CLOBBER_PROBES,
  FORBID_CONTENTS_SET,
  FORM_NAMED,
  IS_ALLOWED_URI,
  LEADING_WHITESPACE,
  MARKUP_PROBE,
  RAW_TEXT,
} from './walk-rules.js';

/** Turns untrusted HTML into a sanitized fragment of the page's document. */
export type NativePurifier = (html: string) => DocumentFragment;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/** A tag name the tokenizer would start an `<object>` with, in any case. */
const OBJECT_TAG = /<object[\s/>]/i;
/** Likewise `<noscript>`. */
const NOSCRIPT_TAG = /<noscript[\s/>]/i;

/** The part of the Sanitizer API used here (not yet in TypeScript's DOM types). */
interface SanitizerApi {
  parseHTML(html: string, options: { sanitizer: unknown }): Document;
  Sanitizer: new (config: object) => unknown;
}

/**
 * What the probe must come out as: script and `javascript:` gone, an unknown element and a
 * comment kept. Anything else (a partial or older implementation) means DOMPurify. No handler
 * attribute in it: Chromium reports each one it parses to the page's CSP.
 */
const PROBE = '<p>a<foo-bar>b</foo-bar><!--c--><script>d</script><a href="javascript:e">f</a></p>';
const PROBE_RESULT = '<p>a<foo-bar>b</foo-bar><!--c--><a>f</a></p>';

function sanitizerApi(): SanitizerApi | undefined {
  const parseHTML = (globalThis.Document as unknown as { parseHTML?: unknown } | undefined)
    ?.parseHTML;
  const Sanitizer = (globalThis as { Sanitizer?: unknown }).Sanitizer;
  if (typeof parseHTML !== 'function' || typeof Sanitizer !== 'function') return undefined;
  return {
    parseHTML: parseHTML.bind(globalThis.Document) as SanitizerApi['parseHTML'],
    Sanitizer: Sanitizer as SanitizerApi['Sanitizer'],
  };
}

/**
 * Getters read from the prototypes, never from the node: a form's named controls shadow its own
 * properties (`<input name="attributes">`), and a document's named images and forms its `body`.
 */
function getter<T>(prototype: object, name: string): (target: object) => T {
  const get = Object.getOwnPropertyDescriptor(prototype, name)?.get;
  if (!get) throw new Error(`news-elements: no ${name} getter`);
  return (target) => get.call(target) as T;
}

function method<A extends unknown[], R>(
  prototype: object,
  name: string,
): (target: object, ...args: A) => R {
  const fn = (prototype as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`news-elements: no ${name} method`);
  return (target, ...args) => fn.apply(target, args) as R;
}

/**
 * The native sanitizer, or undefined where the engine has no usable Sanitizer API (WebKit here),
 * or its result on a probe is not what the standard says. `allowHref` decides links as for
 * DOMPurify; `policy` is only needed for DOMParser (see the module comment).
 */
export function createNativePurifier(
  allowHref: (href: string) => boolean,
  policy: NewsPolicy | null,
): NativePurifier | undefined {
  const api = sanitizerApi();
  if (!api) return undefined;

  const nodeType = getter<number>(Node.prototype, 'nodeType');
  const nodeName = getter<string>(Node.prototype, 'nodeName');
  const firstChild = getter<ChildNode | null>(Node.prototype, 'firstChild');
  const nextSibling = getter<ChildNode | null>(Node.prototype, 'nextSibling');
  const parentNode = getter<ParentNode | null>(Node.prototype, 'parentNode');
  const data = getter<string>(CharacterData.prototype, 'data');
  const namespaceURI = getter<string | null>(Element.prototype, 'namespaceURI');
  const localName = getter<string>(Element.prototype, 'localName');
  const getAttribute = method<[string], string | null>(Element.prototype, 'getAttribute');
  const hasAttribute = method<[string], boolean>(Element.prototype, 'hasAttribute');
  const bodyOf = getter<HTMLElement | null>(Document.prototype, 'body');
  const formControls = getter<HTMLFormControlsCollection>(HTMLFormElement.prototype, 'elements');
  const collectionLength = getter<number>(HTMLCollection.prototype, 'length');
  const collectionItem = method<[number], Element | null>(HTMLCollection.prototype, 'item');

  let sanitizer: unknown;
  let noscriptAsText: boolean;
  try {
    sanitizer = new api.Sanitizer({});
    const probe = bodyOf(api.parseHTML(PROBE, { sanitizer }));
    // Reading the serialization of the probe's sanitized nodes; nothing is parsed from it.
    if (probe === null || probe.innerHTML !== PROBE_RESULT) return undefined;
    const noscript = bodyOf(api.parseHTML('x<noscript><p>y</p></noscript>', { sanitizer }));
    const noscriptChild = noscript?.lastChild?.firstChild;
    noscriptAsText = noscriptChild === undefined || noscriptChild === null || noscriptChild instanceof Text; // prettier-ignore
  } catch {
    return undefined;
  }

  const parse = (html: string): Document => {
    if (noscriptAsText && NOSCRIPT_TAG.test(html)) {
      // DOMParser parses with scripting disabled, as DOMPurify's parse does. It is a Trusted
      // Types sink, hence our policy; without one on an enforcing page this throws (see below).
      const trusted = policy ? (policy.createHTML(html) as unknown as string) : html;
      return new DOMParser().parseFromString(trusted, 'text/html');
    }
    return api.parseHTML(html, { sanitizer });
  };

  /** DOMPurify's SAFE_FOR_XML check: only text and comments inside, the text like markup. */
  const looksLikeMarkup = (element: Element): boolean => {
    let text = '';
    let comment = false;
    let any = false;
    for (let child = firstChild(element); child !== null; child = nextSibling(child)) {
      any = true;
      const type = nodeType(child);
      if (type === ELEMENT_NODE) return false;
      if (type === TEXT_NODE) text += data(child);
      else if (type === COMMENT_NODE) comment = true;
    }
    if (!any || !MARKUP_PROBE.test(text)) return false;
    return comment || (namespaceURI(element) === HTML_NAMESPACE && RAW_TEXT.has(localName(element))); // prettier-ignore
  };

  const clobbers = (control: Element): boolean => {
    if (namespaceURI(control) !== HTML_NAMESPACE || !FORM_NAMED.has(localName(control))) {
      return false;
    }
    if (
      localName(control) === 'input' &&
      getAttribute(control, 'type')?.toLowerCase() === 'image'
    ) {
      return false;
    }
    const id = getAttribute(control, 'id');
    const name = getAttribute(control, 'name');
    return (id !== null && CLOBBER_PROBES.has(id)) || (name !== null && CLOBBER_PROBES.has(name));
  };

  /**
   * DOMPurify's `_isClobbered`: a control in the form (its nearest form ancestor), or one the
   * engine ties to it, whose id or name shadows a member DOMPurify reads.
   */
  const isClobberedForm = (form: Element): boolean => {
    const controls = formControls(form);
    for (let i = 0, n = collectionLength(controls); i < n; i++) {
      const control = collectionItem(controls, i);
      if (control && clobbers(control)) return true;
    }
    // Images are not among `elements`; walk the subtree, skipping nested forms.
    let node = firstChild(form);
    while (node !== null) {
      let descend = false;
      if (nodeType(node) === ELEMENT_NODE) {
        const element = node as Element;
        const nested = localName(element) === 'form' && namespaceURI(element) === HTML_NAMESPACE;
        if (!nested && clobbers(element)) return true;
        descend = !nested && firstChild(element) !== null;
      }
      if (descend) {
        node = firstChild(node);
        continue;
      }
      let current: Node = node;
      while (nextSibling(current) === null) {
        const parent = parentNode(current);
        if (parent === null || parent === form) return false;
        current = parent;
      }
      node = nextSibling(current);
    }
    return false;
  };

  /** The `href` DOMPurify keeps on a link (trimmed), or null. */
  const linkHref = (link: Element): string | null => {
    const value = getAttribute(link, 'href');
    if (value === null) return null;
    const href = value.trim();
    if (!allowHref(href) || ATTR_VALUE_BREAKOUT.test(href)) return null;
    if (href !== '' && !IS_ALLOWED_URI.test(href.replace(ATTR_WHITESPACE, ''))) return null;
    return href;
  };

  return (html) => {
    const fragment = document.createDocumentFragment();
    if (html === '') return fragment;
    let body: HTMLElement | null;
    try {
      body = bodyOf(parse(html));
    } catch {
      // An enforcing Trusted Types page without our policy: nothing to show, as with DOMPurify.
      return fragment;
    }
    // A top-level <frameset> takes the body's place: DOMPurify returns nothing then.
    if (body === null || localName(body) !== 'body') return fragment;
    const leading = LEADING_WHITESPACE.exec(html);
    if (leading) fragment.append(leading[0]);
    const dropForms = OBJECT_TAG.test(html);

    // Iterative, never recursive: nesting can be as deep as the element bound allows. The walk
    // only reads the parsed tree; `into` is where the next copied node goes.
    let into: Node = fragment;
    const intos: Node[] = [];
    /** Parsed elements whose copy is the current `into`, innermost last. */
    const opened: Node[] = [];
    let node = firstChild(body);
    while (node !== null) {
      let descend = false;
      const type = nodeType(node);
      if (type === TEXT_NODE) into.appendChild(document.createTextNode(data(node)));
      else if (type === ELEMENT_NODE) {
        const element = node as Element;
        // DOMPurify lower-cases nodeName, which keeps the case of SVG names (foreignObject).
        const tag = nodeName(element).toLowerCase();
        const inHtml = namespaceURI(element) === HTML_NAMESPACE;
        let action: 'keep' | 'unwrap' | 'drop';
        if (tag === 'form' && inHtml && (dropForms || isClobberedForm(element))) action = 'drop';
        else if (looksLikeMarkup(element)) action = 'drop';
        else if (!ALLOWED_TAG_SET.has(tag)) {
          action = FORBID_CONTENTS_SET.has(tag) ? 'drop' : 'unwrap';
        } else if (!inHtml || hasAttribute(element, 'is')) action = 'drop';
        else action = 'keep';
        if (action === 'keep') {
          const copy = document.createElement(tag);
          if (tag === 'a') {
            const href = linkHref(element);
            if (href !== null) copy.setAttribute('href', href);
          }
          into.appendChild(copy);
          if (firstChild(element) !== null) {
            intos.push(into);
            opened.push(element);
            into = copy;
          }
        }
        descend = action !== 'drop' && firstChild(element) !== null;
      }
      if (descend) {
        node = firstChild(node);
        continue;
      }
      // Up past every last child, closing copies on the way, then on to the next sibling.
      let current: Node = node;
      while (nextSibling(current) === null) {
        const parent = parentNode(current);
        if (parent === null || parent === body) return fragment;
        if (opened[opened.length - 1] === parent) {
          opened.pop();
          into = intos.pop() ?? fragment;
        }
        current = parent;
      }
      node = nextSibling(current);
    }
    return fragment;
  };
}
