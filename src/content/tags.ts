/**
 * Finding tags in text without parsing it as HTML: the one scanner behind deciding whether
 * `articleBody` is HTML (body-text.ts) and whether a plain-text field holds markup
 * (plain-text.ts). Linear in the text, whatever it holds.
 */

/** A well-formed tag: its lower-case name, whether it is an end tag, and where it ends. */
export interface Tag {
  readonly name: string;
  readonly closing: boolean;
  /** Index just after the name. */
  readonly nameEnd: number;
  /** Index of the tag's `>`. */
  readonly end: number;
}

/** White space an HTML tag may hold after its name: tab, LF, FF, CR, space. */
function isTagSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** ASCII letters, digits and `-`: the characters of a tag name after its first letter. */
function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/**
 * The well-formed tags of `text`, in order: `<name` or `</name` (a letter, then letters, digits
 * or `-`), then `>`, `/` or white space, ending at a `>` before the next `<`. Anything else is
 * text: `a < b`, `<3`, the `<b` of `a<b and <c>`. Each `>` is searched for once: every search
 * starts past the previous one.
 */
export function* tags(text: string): Generator<Tag> {
  // The first `>` at or after the last search; -2 before any search, -1 when there is none left.
  let gt = -2;
  let lt = text.indexOf('<');
  while (lt >= 0) {
    const start = lt;
    lt = text.indexOf('<', start + 1);
    const closing = text.charCodeAt(start + 1) === 0x2f;
    const nameStart = start + (closing ? 2 : 1);
    if (!isLetter(text.charCodeAt(nameStart))) continue;
    let nameEnd = nameStart + 1;
    while (isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    const after = text.charCodeAt(nameEnd);
    if (after !== 0x3e && after !== 0x2f && !isTagSpace(after)) continue;
    if (gt !== -1 && gt < nameEnd) gt = text.indexOf('>', nameEnd);
    if (gt === -1) return; // no `>` left: no tag can end any more
    if (lt >= 0 && lt < gt) continue; // the next `<` comes first: this one was text
    yield { name: text.slice(nameStart, nameEnd).toLowerCase(), closing, nameEnd, end: gt };
  }
}
