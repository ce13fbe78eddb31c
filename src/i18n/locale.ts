/**
 * Locale handling shared by both elements: the one normalizer every label, date and number goes
 * through, the text direction of a locale, and the `lang` an element inherits.
 */

/**
 * `compute` remembered by its argument. Every label, date and number asks for its locale's
 * canonical form and direction, several times per render, and `Intl` is slow to answer. Bounded:
 * content may name any number of locales; past 64 the answers start over.
 */
function remembered<R>(compute: (key: string) => R): (key: string) => R {
  const answers = new Map<string, R>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as R;
    if (answers.size >= 64) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}

const canonicalTag = remembered((tag) => {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
});

/**
 * The canonical form of a BCP 47 tag, or undefined when it is not one. `Intl` constructors
 * throw a RangeError on malformed tags, and a `locale` attribute is whatever a page wrote.
 */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  return tag ? canonicalTag(tag) : undefined;
}

/** A locale every `Intl` constructor accepts: `tag` when valid, else the browser's, else `en`. */
export function safeLocale(tag: string | null | undefined): string {
  return canonicalLocale(tag) ?? canonicalLocale(globalThis.navigator?.language) ?? 'en';
}

/** The lower-case language subtag of a locale (`de-AT` -> `de`), after normalizing it. */
export function languageOf(tag: string | null | undefined): string {
  return (safeLocale(tag).split('-')[0] ?? 'en').toLowerCase();
}

/** Scripts written right to left (ISO 15924), for engines without `Intl.Locale` text info. */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/** Languages written right to left by default, when even `Intl.Locale#maximize` is missing. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

const direction = remembered(directionOf);

/** `ltr` or `rtl`: the default direction of text in a locale. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return direction(locale);
}

function directionOf(locale: string): 'ltr' | 'rtl' {
  const tag = canonicalLocale(locale);
  if (!tag) return 'ltr';
  const [language = '', second] = tag.split('-');
  // An explicit script subtag decides: `ku-Arab` is right to left, `az-Latn` is not.
  if (second && /^[A-Z][a-z]{3}$/.test(second)) return RTL_SCRIPTS.has(second) ? 'rtl' : 'ltr';
  try {
    const intlLocale = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    // `getTextInfo()` is the current proposal; older Chromium and WebKit have a `textInfo` getter.
    // Only its "rtl" is trusted: WebKit answers "ltr" for languages its data lacks (`dv`).
    const info =
      typeof intlLocale.getTextInfo === 'function' ? intlLocale.getTextInfo() : intlLocale.textInfo;
    if (info?.direction === 'rtl') return 'rtl';
    // Firefox has no text info: the likely script decides (`ku` is Latin, `ckb` Arabic).
    const script = intlLocale.maximize().script;
    if (script && RTL_SCRIPTS.has(script)) return 'rtl';
  } catch {
    // fall through to the language list
  }
  return RTL_LANGUAGES.has(language.toLowerCase()) ? 'rtl' : 'ltr';
}

/** The `lang` of the nearest ancestor that has one, looking through shadow roots to their hosts. */
export function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
