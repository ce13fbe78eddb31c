const ASCII = /^[\0-\x7f]*$/;

/** Slugs made so far: new content repeats most questions of the content it replaces. */
const slugs = new Map<string, string>();
/** Enough for a few long FAQs on one page; the map starts over beyond it. */
const MAX_SLUGS = 5000;

/**
 * A slug per SPEC section 4: Unicode NFKD, combining marks removed, lower case, every run of
 * characters other than `a-z` and `0-9` replaced by `-`, leading and trailing `-` removed.
 * Scripts without a Latin decomposition (Greek, Cyrillic, CJK...) therefore give an empty slug.
 */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    // ASCII text, most questions, is its own NFKD form and has no combining marks.
    const decomposed = ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
    slug = decomposed
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (slugs.size >= MAX_SLUGS) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}

/**
 * Whether an id given by the content can be used as is: non-empty, and free of whitespace
 * (any Unicode white space) and control characters. That is what HTML accepts as an `id`, minus
 * characters that would break it as an IDREF in `aria-controls` or make a URL fragment
 * ambiguous; anything else (`:`, `.`, non-Latin letters) is kept, since a publisher's existing
 * `#fragment` links must keep working.
 */
export function isValidToken(id: string): boolean {
  return /^[^\s\p{Cc}]+$/u.test(id);
}

/** The fragment of an `@id` IRI (text after the first `#`), percent-decoded when possible. */
function fragment(atId: string): string {
  const hash = atId.indexOf('#');
  if (hash < 0) return '';
  const raw = atId.slice(hash + 1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a stray `%` is not an encoding; keep the text as written
  }
}

function baseId(item: { id?: string; atId?: string; question: string }): {
  id: string;
  fromText: boolean;
} {
  if (item.id !== undefined && isValidToken(item.id)) return { id: item.id, fromText: false };
  if (item.atId !== undefined) {
    const fromAtId = fragment(item.atId);
    if (isValidToken(fromAtId)) return { id: fromAtId, fromText: false };
  }
  return { id: slugify(item.question) || 'question', fromText: true };
}

/**
 * Ids of FAQ items per SPEC section 4: the explicit `id`, else the fragment of `@id`, when a
 * valid token; else the slug of the question (`question` when that is empty). The first item
 * with an id keeps it; repeats get `-2`, `-3`, ..., skipping any suffixed id that another item
 * uses or will use as its own, so every result is unique.
 *
 * Linear in the items: the suffix search for a base resumes after the last suffix it gave.
 * Names only ever become taken, so every smaller suffix is still taken and the result is the
 * same as searching from `-2` each time, which took quadratic time for many equal questions.
 */
export function assignIds(
  items: readonly { id?: string; atId?: string; question: string }[],
  isTaken: (id: string) => boolean = () => false,
): string[] {
  const bases = items.map(baseId);
  const reserved = new Set(bases.map(({ id }) => id));
  const used = new Set<string>();
  const lastSuffix = new Map<string, number>();
  return bases.map(({ id: base, fromText }) => {
    // An id made from the question avoids ids the page already has (its own `#contact`);
    // an explicit id or `@id` fragment is the publisher's choice and kept.
    const taken = (id: string) => used.has(id) || (fromText && isTaken(id));
    let id = base;
    if (taken(id)) {
      let n = (lastSuffix.get(base) ?? 1) + 1;
      while (taken(`${base}-${n}`) || reserved.has(`${base}-${n}`)) n++;
      lastSuffix.set(base, n);
      id = `${base}-${n}`;
    }
    used.add(id);
    return id;
  });
}
