/**
 * The one Trusted Types policy of this library, `news-elements`.
 *
 * A page may lock itself down with
 * `require-trusted-types-for 'script'; trusted-types lit-html news-elements`: then only policies
 * with those two names may exist, and sinks such as `DOMParser.parseFromString` (used by DOMPurify)
 * or `HTMLScriptElement.text` accept only trusted values. DOMPurify would otherwise create its own
 * policy named `dompurify`, which such a page forbids, so src/purify.ts hands it this one through
 * `TRUSTED_TYPES_POLICY`. The policy object never leaves this module and src/purify.ts.
 */
import type { Config } from 'dompurify';

/** The policy shape DOMPurify accepts as `TRUSTED_TYPES_POLICY`. */
export type NewsPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

/** What trustedScript returns: a TrustedScript where the browser has Trusted Types. */
export type ScriptText = string | ReturnType<NewsPolicy['createScript']>;

/** The name to list in the page's `trusted-types` CSP directive. */
export const POLICY_NAME = 'news-elements';

interface PolicyFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML(input: string): string;
      createScriptURL(input: string): string;
      createScript(input: string): string;
    },
  ): unknown;
}

let policy: NewsPolicy | null | undefined;

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
  const factory = (globalThis as { trustedTypes?: unknown }).trustedTypes as
    PolicyFactory | undefined;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createHTML: (input) => input,
        createScriptURL: (input) => input,
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
