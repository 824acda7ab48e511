// String helpers that must behave like CPython's, not like JavaScript's.

/**
 * Compares two strings by Unicode code point, as Python does. JavaScript's `<` compares UTF-16
 * code units, which orders astral characters (surrogate pairs) below U+E000..U+FFFF: wrong.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only when both units are in the surrogate range or above can UTF-16 order differ from
    // code point order; codePointAt resolves it.
    if (x >= 0xd800 && y >= 0xd800) {
      const cx = a.codePointAt(i)!;
      const cy = b.codePointAt(i)!;
      if (cx !== cy) return cx < cy ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}

// Python's str.isprintable() is false for categories Cc Cf Cs Co Cn Zl Zp and Zs except ' '.
// Made at the first repr that needs it: a literal costs every start that loads this file ~13 M
// instructions (V8 checks its syntax when parsing, and builds ICU's property sets when the
// module runs), a traced start included, which formats nothing.
let nonPrintableRegExp: RegExp | undefined;
const nonPrintable = (): RegExp => (nonPrintableRegExp ??= new RegExp('[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\\p{Zs}]', 'u'));

/** Python's repr() of a str: single quotes unless the text has ' and no ", escapes like CPython. */
export function pyRepr(text: string): string {
  const quoteChar = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quoteChar;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === quoteChar || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && nonPrintable().test(ch)) {
      if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quoteChar;
}
