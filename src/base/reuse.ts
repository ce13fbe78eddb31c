/**
 * Identity for unchanged render inputs. A template's inputs are gathered into one object (a
 * view); when every field equals the previous view's, the previous object is kept, so Lit's
 * `guard` can skip the template by identity alone. The template reads only its view, so an input
 * cannot be forgotten from a hand-kept dependency list.
 */

/** `next`, or `previous` when every field of `next` is the same (`Object.is`) in `previous`. */
export function reuseView<V extends object>(previous: V | undefined, next: V): V {
  if (!previous) return next;
  for (const key of Object.keys(next) as (keyof V)[]) {
    if (!Object.is(previous[key], next[key])) return next;
  }
  return previous;
}

/** `next`, or `previous` when it holds the same items (by identity) in the same order. */
export function reuseList<V>(previous: readonly V[], next: readonly V[]): readonly V[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}
