/**
 * The one Trusted Types policy of this library, `news-elements`, used by our copy of Lit too.
 *
 * A page may lock itself down with
 * `require-trusted-types-for 'script'; trusted-types news-elements lit-html`: then only policies
 * with those names may exist, and sinks such as `DOMParser.parseFromString` (used by DOMPurify),
 * `template.innerHTML` (used by Lit) or `HTMLScriptElement.text` accept only trusted values.
 * DOMPurify would otherwise create its own policy named `dompurify`, which such a page forbids, so
 * src/purify.ts hands it this one through `TRUSTED_TYPES_POLICY`; and Lit would create
 * `lit-html`, which a page that runs Lit itself already has (see shareWithLit). The policy object
 * never leaves this module, src/purify.ts and our copy of Lit.
 *
 * This module must be imported before Lit (first in src/index.ts): loading it hands our policy
 * to the copy of Lit that loads next.
 */
import type { Config } from 'dompurify';

/** The policy shape DOMPurify accepts as `TRUSTED_TYPES_POLICY`. */
export type NewsPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

/** What trustedScript returns: a TrustedScript where the browser has Trusted Types. */
export type ScriptText = string | ReturnType<NewsPolicy['createScript']>;

/** The name to list in the page's `trusted-types` CSP directive. */
export const POLICY_NAME = 'news-elements';

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

let policy: NewsPolicy | null | undefined;

function policyFactory(): PolicyFactory | undefined {
  const factory = (globalThis as { trustedTypes?: unknown }).trustedTypes as
    PolicyFactory | undefined;
  return factory && typeof factory.createPolicy === 'function' ? factory : undefined;
}

/** Passes JSON text through and refuses anything else (throws SyntaxError). */
function onlyJson(input: string): string {
  JSON.parse(input);
  return input;
}

/**
 * The `news-elements` policy, created on first use; null where the browser has no Trusted Types
 * or the page does not allow the policy.
 *
 * `createHTML` passes strings through unchanged. That is acceptable because its only caller is
 * DOMPurify: it wraps the untrusted string that DOMPurify is about to parse into an inert document
 * (no scripts run, nothing loads there) and then sanitizes with our allowlist before any node
 * reaches the page. `createScriptURL` exists only because DOMPurify requires the method: our
 * allowlist keeps no attribute that Trusted Types classify as a script URL. `createScript` accepts
 * only valid JSON, which cannot do anything even if it were run as a classic script; it serves
 * the JSON-LD `<script>` the elements write (trustedScript).
 *
 * `createPolicy` throws when the page's `trusted-types` directive does not list the name, or when
 * the policy exists already because a second copy of this library created it (the directive has
 * no 'allow-duplicates'). We then return null rather than share the first copy's policy through a
 * global, which would hand a pass-through policy to every script on the page. With null, DOMPurify
 * parses plain strings: that works wherever Trusted Types are not enforced or the page has a
 * default policy; on a page that enforces them, DOMPurify cannot parse and rich text renders
 * empty, never unsafe. The outcome is remembered, so a violation is reported once, not per render.
 */
export function newsPolicy(): NewsPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = policyFactory();
  if (factory) {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createHTML: (input: string) => input,
        createScriptURL: (input: string) => input,
        createScript: onlyJson,
      }) as NewsPolicy;
    } catch {
      // Not allowed by the page, or a duplicate: see above.
      policy = null;
    }
  }
  return policy;
}

/**
 * JSON text ready for `script.text` of a data script (`application/ld+json`), which Trusted Types
 * treat as a script sink whatever the type. Throws SyntaxError when the text is not JSON.
 */
export function trustedScript(json: string): ScriptText {
  const current = newsPolicy();
  return current ? current.createScript(json) : onlyJson(json);
}

/**
 * Lit creates a policy named `lit-html` when its module loads, and its module fails to load when
 * that throws: when the page already has a `lit-html` policy (its own Lit, loaded first) and its
 * `trusted-types` directive has no 'allow-duplicates', or when the directive does not list the
 * name. Our elements would then never be defined. So for the one `createPolicy` call that comes
 * next, synchronously while this bundle loads (Lit's), Lit gets our `news-elements` policy instead,
 * which passes HTML through exactly as Lit's own does (Lit only parses its own templates with it).
 * Lit's `lit-html` is created only when the page does not allow `news-elements`; a failure there
 * leaves Lit without a policy rather than failing the bundle. A host page's Lit that loads after
 * ours then creates `lit-html` as if we were not there.
 *
 * When another copy of this library has defined the elements already, this copy will render
 * nothing, so its Lit gets no policy at all: creating one would only be a duplicate (a violation
 * report) on a page without 'allow-duplicates'.
 */
function shareWithLit(): void {
  const factory = policyFactory();
  if (!factory) return;
  const own = Object.getOwnPropertyDescriptor(factory, 'createPolicy');
  const create = factory.createPolicy;
  const restore = () => {
    if (factory.createPolicy !== answer) return;
    if (own) Object.defineProperty(factory, 'createPolicy', own);
    else delete (factory as Partial<PolicyFactory>).createPolicy;
  };
  const answer = (name: string, rules: object): unknown => {
    restore();
    if (name !== 'lit-html') return create.call(factory, name, rules);
    const elements = globalThis.customElements;
    if (elements?.get('news-article') || elements?.get('news-faq')) return undefined;
    const ours = newsPolicy();
    if (ours) return ours;
    try {
      return create.call(factory, name, rules);
    } catch {
      return undefined;
    }
  };
  factory.createPolicy = answer;
  // Whatever happens, only calls made while this bundle evaluates are ours to answer.
  queueMicrotask(restore);
}

shareWithLit();
