// POSIX fnmatch as CPython 3.11's `fnmatch.fnmatchcase` + `fnmatch.translate`: case-sensitive,
// `*` crosses `/`, `?` is one code point, `[...]`/`[!...]` classes with ranges (reversed ranges
// dropped), an unclosed `[` is literal. Ported on code points, emitted as a JavaScript `u` regex.

const cache = new Map<string, RegExp>();

export function fnmatch(name: string, pattern: string): boolean {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(translate(pattern), 'su');
    if (cache.size > 256) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(name);
}

// SyntaxCharacters and `/`: the only identity escapes a `u` regex accepts.
const SPECIAL = /[\\^$.*+?()[\]{}|/]/;

function escapeChar(ch: string): string {
  return SPECIAL.test(ch) ? '\\' + ch : ch;
}

/** The regex source (anchored) for a glob pattern. */
export function translate(pattern: string): string {
  const pat = Array.from(pattern);
  const n = pat.length;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    const c = pat[i++]!;
    if (c === '*') {
      if (out[out.length - 1] !== '.*') out.push('.*');
    } else if (c === '?') {
      out.push('.');
    } else if (c === '[') {
      let j = i;
      if (j < n && pat[j] === '!') j++;
      if (j < n && pat[j] === ']') j++;
      while (j < n && pat[j] !== ']') j++;
      if (j >= n) {
        out.push('\\[');
        continue;
      }
      out.push(translateClass(pat, i, j));
      i = j + 1;
    } else {
      out.push(escapeChar(c));
    }
  }
  return `^(?:${out.join('')})$`;
}

// pat[start..end) is the inside of `[...]`. CPython splits it on the hyphens that make ranges,
// merges away reversed ranges, then joins the chunks back with range hyphens.
function translateClass(pat: string[], start: number, end: number): string {
  let negate = false;
  let i = start;
  if (pat[i] === '!') {
    negate = true;
    i++;
  }
  const body = pat.slice(i, end);
  let chunks: string[][];
  if (!body.includes('-')) {
    chunks = [body];
  } else {
    chunks = [];
    let from = 0;
    let k = 1; // CPython starts looking for '-' one past the first character (after '!')
    for (;;) {
      k = body.indexOf('-', k);
      if (k < 0) break;
      chunks.push(body.slice(from, k));
      from = k + 1;
      k = k + 3;
    }
    const last = body.slice(from);
    if (last.length) chunks.push(last);
    else chunks[chunks.length - 1]!.push('-');
    for (let c = chunks.length - 1; c > 0; c--) {
      const prev = chunks[c - 1]!;
      const next = chunks[c]!;
      if (prev[prev.length - 1]!.codePointAt(0)! > next[0]!.codePointAt(0)!) {
        chunks[c - 1] = prev.slice(0, -1).concat(next.slice(1));
        chunks.splice(c, 1);
      }
    }
  }
  const content = chunks.map((chunk) => chunk.map(classChar).join('')).join('-');
  if (!content.length) return negate ? '.' : '(?!)';
  return negate ? `[^${content}]` : `[${content}]`;
}

function classChar(ch: string): string {
  return ch === '\\' || ch === ']' || ch === '[' || ch === '^' || ch === '-' ? '\\' + ch : ch;
}
