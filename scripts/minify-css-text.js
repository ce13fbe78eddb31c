// Minifies the CSS written as plain template strings (the light-DOM content styles, which are
// `@scope` text rather than Lit `css` literals): comments go, whitespace collapses, and none is
// kept beside `{ } ; , >` or after `:` outside parentheses, and a block's last `;` goes. Quoted strings are copied as written. Used by
// the build (vite.config.ts) on the multi-line template literals of `*content.styles.ts`;
// interpolations (`${...}`) are kept as they are, with one space where whitespace met them.

/** Whitespace beside these is never significant in CSS (not `+`, which `calc()` needs spaced). */
const DROPS_SPACE = new Set(['{', '}', ';', ',', '>']);

/** The index after the quoted string that starts at `from` (its quote), escapes skipped. */
function quotedEnd(text, from) {
  let i = from + 1;
  while (i < text.length && text[i] !== text[from]) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Minifies one static part of a template literal (CSS text between interpolations). */
export function minifyCssText(text) {
  let out = '';
  let i = 0;
  // Inside parentheses (`var(--a, b)`, `(max-width: 30rem)`) whitespace only collapses: a
  // custom property's fallback keeps its tokens as written.
  let depth = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const end = quotedEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      // A comment separates like whitespace.
      if (/\s/.test(text[i] ?? '') === false) out += ' ';
    } else if (/\s/.test(char)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const next = text[i];
      const previous = out[out.length - 1];
      // After a colon too (`display: block`), never before one (`a :hover` is a descendant).
      if (depth > 0 || (!DROPS_SPACE.has(previous) && previous !== ':' && !DROPS_SPACE.has(next)))
        out += ' ';
    } else if (char === ';') {
      let next = i + 1;
      while (next < text.length && /\s/.test(text[next])) next++;
      if (text[next] !== '}') out += ';';
      i++;
    } else {
      if (char === '(') depth++;
      else if (char === ')') depth = Math.max(0, depth - 1);
      out += char;
      i++;
    }
  }
  return out;
}

/** The end of a `${...}` expression starting at `from` (after `${`), skipping nested literals. */
function expressionEnd(code, from) {
  let depth = 1;
  let i = from;
  while (i < code.length) {
    const char = code[i];
    if (char === '`') i = templateEnd(code, i + 1).end;
    else if (char === '"' || char === "'") {
      i = quotedEnd(code, i);
    } else {
      if (char === '{') depth++;
      else if (char === '}' && --depth === 0) return i;
      i++;
    }
  }
  return i;
}

/** Parts of the template literal whose text starts at `from`: static text ranges, and its end. */
function templateEnd(code, from) {
  const parts = [];
  let start = from;
  let i = from;
  while (i < code.length) {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '`') {
      parts.push([start, i]);
      return { parts, end: i + 1 };
    } else if (code[i] === '$' && code[i + 1] === '{') {
      parts.push([start, i]);
      i = expressionEnd(code, i + 2) + 1;
      start = i;
    } else i++;
  }
  return { parts, end: i };
}

/** Minifies the static text of every multi-line template literal of a module's source. */
export function minifyCssTemplates(code) {
  let result = '';
  let last = 0;
  let i = 0;
  while (i < code.length) {
    const char = code[i];
    if (char === '/' && code[i + 1] === '/')
      i = code.indexOf('\n', i) === -1 ? code.length : code.indexOf('\n', i);
    else if (char === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 2;
    else if (char === '"' || char === "'") {
      i = quotedEnd(code, i);
    } else if (char === '`') {
      const { parts, end } = templateEnd(code, i + 1);
      const css = parts.some(([from, to]) => /\n[^]*\{/.test(code.slice(from, to)));
      if (css) {
        for (const [from, to] of parts) {
          const text = code.slice(from, to);
          if (text.includes('\\')) continue;
          result += code.slice(last, from) + minifyCssText(text);
          last = to;
        }
      }
      i = end;
    } else i++;
  }
  return result + code.slice(last);
}
