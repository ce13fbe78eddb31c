/**
 * A bounded cache of `Intl` formatters (and the label sets built on them). Building a formatter
 * loads locale data and costs far more than using one, so each is made once per key; the cache
 * keeps the most recently used (as github/relative-time-element's intl-cache does), so a page
 * that cycles through many locales or time zones cannot grow it without bound.
 */

/** Formatters kept at most: a page uses a handful; an editor previewing locales a few dozen. */
export const MAX_FORMATTERS = 64;

const cache = new Map<string, object>();

/** The formatter cached under `key`, created by `create` on a miss. `create` may throw. */
export function cachedFormat<F extends object>(key: string, create: () => F): F {
  const hit = cache.get(key) as F | undefined;
  if (hit) {
    // Re-inserting moves the key to the end: the Map's order is the recency order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const format = create();
  cache.set(key, format);
  if (cache.size > MAX_FORMATTERS) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return format;
}

/** How many formatters are cached (for tests). */
export function cachedFormatCount(): number {
  return cache.size;
}
