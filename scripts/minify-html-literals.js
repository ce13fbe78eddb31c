/**
 * Collapses the indentation inside Lit `html` template literals: every run of white space that
 * contains a line break becomes one space. HTML renders such a run exactly like one space (no
 * template here holds `<pre>`, `<textarea>` or white-space-preserving styles), so the DOM reads
 * and lays out the same, with fewer bytes. Expressions (`${...}`), nested templates, strings and
 * comments inside them are scanned, so only the static HTML of `html` templates changes.
 */

const LINE_BREAK_RUN = /[ \t]*\n\s*/g;

/** Minifies every html`...` literal in `code`; returns the code unchanged when there is none. */
export function minifyHtmlLiterals(code) {
  if (!code.includes('html`')) return code;
  let out = '';
  let i = 0;
  while (i < code.length) {
    const at = code.indexOf('html`', i);
    if (at < 0) break;
    // A comment that mentions html` is not a template: skip comments before the match.
    const comment = firstComment(code, i, at);
    if (comment) {
      out += code.slice(i, comment);
      i = comment;
      continue;
    }
    // `html` must be a whole identifier (not `xhtml`, not a property `.html`).
    const before = code[at - 1];
    if (before && /[\w$.]/.test(before)) {
      out += code.slice(i, at + 5);
      i = at + 5;
      continue;
    }
    out += code.slice(i, at + 5);
    const end = scanTemplate(code, at + 5, true, (text) => (out += text));
    i = end;
  }
  return out + code.slice(i);
}

/**
 * Scans a template literal whose body starts at `start` (after the backtick), writing its text
 * through `emit` (static parts collapsed when `collapse`); returns the index after its closing
 * backtick.
 */
function scanTemplate(code, start, collapse, emit) {
  let i = start;
  let text = '';
  const flush = () => {
    emit(collapse ? text.replace(LINE_BREAK_RUN, ' ') : text);
    text = '';
  };
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      flush();
      emit('`');
      return i + 1;
    } else if (char === '$' && code[i + 1] === '{') {
      flush();
      emit('${');
      i = scanExpression(code, i + 2, emit);
    } else {
      text += char;
      i++;
    }
  }
  throw new Error('minify-html-literals: unterminated template literal');
}

/** Scans an expression up to its closing `}`, emitting it; nested templates are scanned too. */
function scanExpression(code, start, emit) {
  let i = start;
  let depth = 0;
  while (i < code.length) {
    const char = code[i];
    if (char === "'" || char === '"') {
      const end = skipString(code, i, char);
      emit(code.slice(i, end));
      i = end;
    } else if (char === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      emit(code.slice(i, end));
      i = end;
    } else if (char === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i) + 2;
      emit(code.slice(i, end));
      i = end;
    } else if (char === '`') {
      const tagged = /(^|[^\w$.])html$/.test(code.slice(Math.max(0, i - 5), i));
      emit('`');
      i = scanTemplate(code, i + 1, tagged, emit);
    } else if (char === '{') {
      depth++;
      emit(char);
      i++;
    } else if (char === '}') {
      emit(char);
      i++;
      if (depth-- === 0) return i;
    } else {
      emit(char);
      i++;
    }
  }
  throw new Error('minify-html-literals: unterminated expression');
}

/** The index after the first comment that starts in [from, to), or 0 when none does. */
function firstComment(code, from, to) {
  const line = code.indexOf('//', from);
  const block = code.indexOf('/*', from);
  const starts = [line, block].filter((index) => index >= 0 && index < to);
  if (!starts.length) return 0;
  const start = Math.min(...starts);
  if (start === line) {
    const end = code.indexOf('\n', start);
    return end < 0 ? code.length : end;
  }
  const end = code.indexOf('*/', start + 2);
  return end < 0 ? code.length : end + 2;
}

function skipString(code, start, quote) {
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}
