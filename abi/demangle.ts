// Demangling for name-section names, symbol maps and export names (DWARF names need none: they
// come qualified from the DIE tree): Rust v0 in full (demangle-rust-v0.ts), Rust legacy (hash
// dropped, `$LT$`-style escapes decoded), Itanium C++ in full with parameters, as llvm-cxxfilt and
// wasm-ld's name section print them (demangle-itanium.ts), and, where that gives up (template
// arguments that are expressions), the function's qualified name alone when it has no template.
// Anything else is returned unchanged: a raw mangled name is better than a wrong one. Checked against llvm-cxxfilt and
// binutils c++filt: test/abi/demangle/.

import { demangleItanium } from './demangle-itanium';
import { demangleRustV0Full } from './demangle-rust-v0';

const OPERATORS: Record<string, string> = {
  nw: 'operator new', na: 'operator new[]', dl: 'operator delete', da: 'operator delete[]',
  cl: 'operator()', ix: 'operator[]', eq: 'operator==', ne: 'operator!=', lt: 'operator<', gt: 'operator>',
  le: 'operator<=', ge: 'operator>=', aS: 'operator=', pL: 'operator+=', mI: 'operator-=', pl: 'operator+',
  mi: 'operator-', ml: 'operator*', dv: 'operator/', rm: 'operator%', ls: 'operator<<', rs: 'operator>>',
  pt: 'operator->', de: 'operator*', ad: 'operator&', nt: 'operator!', pp: 'operator++', mm: 'operator--',
  ss: 'operator<=>',
};

const RUST_ESCAPES: Record<string, string> = {
  SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',',
};

export function demangle(name: string): string {
  if (name.startsWith('_R')) return demangleRustV0Full(name) ?? name;
  // (the regex alone, unanchored, costs a C++ module's plain names ~0.1 s: it needs `]::`)
  if (!name.startsWith('_Z')) return name.includes(']::') && CRATE_HASH.test(name) ? withoutCrateHashes(name) : name;
  const base = withoutCloneSuffix(name);
  // Full Itanium (llvm-cxxfilt's text); the cheap name-only reading where it gives up (expressions)
  return demangleRustLegacy(base) ?? demangleItanium(name) ?? demangleItaniumName(base) ?? name;
}

/** ThinLTO's `.llvm.<hash>` (and clones' `.cold`, `.part.0`…) name the same function: `name` without them. */
function withoutCloneSuffix(name: string): string {
  return name.includes('.') ? name.replace(/(\.[A-Za-z_]+(\.\d+)?)+$/, '') : name;
}

/**
 * demangle(name) where that is a cheap read, else null (a C++ or Rust v0 symbol: the full grammar;
 * or a name demangle() leaves as it is): a Rust legacy symbol (`_ZN…17h<hash>E`, a clone's suffix
 * allowed) and a v0 name printed verbosely (`alloc[597d984130f212f5]::…`). The site table keeps
 * these demangled (site-codec.ts): their hashes would keep apart, in bytes that do not pack,
 * names that read the same.
 */
export function demangleCheap(name: string): string | null {
  if (name.startsWith('_ZN')) return demangleRustLegacy(withoutCloneSuffix(name));
  return !name.startsWith('_R') && !name.startsWith('_Z') && name.includes(']::') && CRATE_HASH.test(name) ? withoutCrateHashes(name) : null;
}

/**
 * Whether demangle(name) may differ from `name`, decided as demangle() decides it before reading
 * anything (false: it returns `name` itself). The site table marks only such names (site-codec.ts).
 */
export function mayDemangle(name: string): boolean {
  return name.startsWith('_R') || name.startsWith('_Z') || (name.includes(']::') && CRATE_HASH.test(name));
}

/** A crate root with its disambiguator, as a verbose v0 demangler prints it: `alloc[597d984130f212f5]::`. */
const CRATE_HASH = /[A-Za-z_][A-Za-z0-9_]*\[[0-9a-f]{8,16}\]::/;

/**
 * A Rust v0 name demangled already, in the verbose form (wasm-bindgen writes rustc-demangle's
 * `{}` into the name section: `<alloc[597d984130f212f5]::raw_vec::RawVecInner>::finish_grow`,
 * `[u8; 4usize]`; binutils' c++filt prints `4: usize`), read as the alternate form that we print
 * for mangled names (llvm-cxxfilt's): no crate hashes, constants without their type.
 */
function withoutCrateHashes(name: string): string {
  return name
    .replace(/([A-Za-z_][A-Za-z0-9_]*)\[[0-9a-f]{8,16}\](?=::)/g, '$1')
    .replace(/(?<![\w.])(-?\d+)(?::\s)?(?:[iu](?:8|16|32|64|128|size))\b/g, '$1')
    .replace(/\b(true|false): bool\b/g, '$1')
    .replace(/('(?:[^'\\]|\\.)*'|\\u\{[0-9a-f]+\}): char\b/g, '$1');
}

/**
 * Rust v0 (RFC 2603), paths only: crate roots (C) and nested paths (N), closures and shims as
 * `{closure#0}`. Generic arguments, impl paths and back-references return null.
 */
export function demangleRustV0(name: string): string | null {
  let i = 2;
  while (i < name.length && name[i]! >= '0' && name[i]! <= '9') i++; // encoding version
  const base62 = (): number | null => { // <base-62-number> "_", as used by disambiguators
    if (name[i] === '_') { i++; return 0; }
    let n = 0;
    while (i < name.length && name[i] !== '_') {
      const c = name.charCodeAt(i++);
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 29 : -1;
      if (d < 0) return null;
      n = n * 62 + d;
    }
    i++;
    return n + 1;
  };
  const ident = (): { text: string; dis: number } | null => {
    let dis = 0;
    if (name[i] === 's') { i++; const d = base62(); if (d === null) return null; dis = d; }
    if (name[i] === 'u') return null; // punycode: not cheap
    let j = i;
    while (j < name.length && name[j]! >= '0' && name[j]! <= '9') j++;
    if (j === i) return null;
    const len = Number(name.slice(i, j));
    if (name[j] === '_') j++;
    if (j + len > name.length) return null;
    i = j + len;
    return { text: name.slice(j, j + len), dis };
  };
  const path = (depth: number): string | null => {
    if (depth > 64) return null;
    const tag = name[i++];
    if (tag === 'C') return ident()?.text ?? null;
    if (tag !== 'N') return null;
    const ns = name[i++];
    if (ns === undefined) return null;
    const parent = path(depth + 1);
    const id = ident();
    if (parent === null || id === null) return null;
    if (ns >= 'a' && ns <= 'z') return id.text ? `${parent}::${id.text}` : parent;
    const kind = ns === 'C' ? 'closure' : ns === 'S' ? 'shim' : ns;
    return `${parent}::{${kind}${id.text ? `:${id.text}` : ''}#${id.dis}}`;
  };
  const out = path(0);
  // An instantiating crate or vendor suffix may follow; anything else means we misread.
  return out !== null && /^(B[0-9A-Za-z]*_|C.*)?(\..*)?$/.test(name.slice(i)) ? out : null;
}

/** `_ZN4core3fmt5write17h0123456789abcdefE` → `core::fmt::write`. */
export function demangleRustLegacy(name: string): string | null {
  if (!name.startsWith('_ZN') || !name.endsWith('E')) return null;
  // the hash's own source name ends it, `17h<16 hex digits>E`: C++ names are not read through
  if (!name.startsWith('17h', name.length - 20)) return null;
  const parts = readSourceNames(name, 3);
  if (!parts || parts.end !== name.length - 1) return null;
  const last = parts.names[parts.names.length - 1];
  if (!last || !/^h[0-9a-f]{16}$/.test(last)) return null;
  return parts.names.slice(0, -1).map(unescapeRust).join('::');
}

function unescapeRust(seg: string): string {
  let s = seg.startsWith('_$') ? seg.slice(1) : seg;
  s = s.replace(/\$([A-Za-z]+|u[0-9a-f]+)\$/g, (m, code: string) => {
    if (code.startsWith('u')) return String.fromCodePoint(parseInt(code.slice(1), 16));
    return RUST_ESCAPES[code] ?? m;
  });
  return s.replace(/\.\./g, '::');
}

/** Reads consecutive `<length><identifier>` names from `at`. */
function readSourceNames(s: string, at: number): { names: string[]; end: number } | null {
  const names: string[] = [];
  let i = at;
  while (i < s.length && s[i]! >= '0' && s[i]! <= '9') {
    let j = i;
    while (j < s.length && s[j]! >= '0' && s[j]! <= '9') j++;
    const len = Number(s.slice(i, j));
    if (len === 0 || j + len > s.length) return null;
    names.push(s.slice(j, j + len));
    i = j + len;
  }
  return names.length ? { names, end: i } : null;
}

/** Itanium: `_Z<name>…` with a plain, operator or nested (N…E) name without templates. */
function demangleItaniumName(s: string): string | null {
  let i = 2;
  if (s[i] === 'L') i++; // internal linkage
  if (s.startsWith('St', i)) { // ::std:: prefix on an unscoped name
    const r = unqualified(s, i + 2);
    return r ? `std::${r.name}` : null;
  }
  if (s[i] !== 'N') return unqualified(s, i)?.name ?? null;
  i++;
  while (s[i] === 'r' || s[i] === 'V' || s[i] === 'K' || s[i] === 'R' || s[i] === 'O') i++; // qualifiers
  const parts: string[] = [];
  if (s.startsWith('St', i)) { parts.push('std'); i += 2; }
  while (i < s.length && s[i] !== 'E') {
    if (s[i] === 'C' || s[i] === 'D') { // constructor / destructor of the enclosing class
      const cls = parts[parts.length - 1];
      if (!cls || !/^[CD][0-5I]/.test(s.slice(i, i + 2))) return null;
      parts.push(s[i] === 'C' ? cls : `~${cls}`);
      i += 2;
      continue;
    }
    const r = unqualified(s, i);
    if (!r) return null; // templates, substitutions, …: not cheap, give up
    parts.push(r.name);
    i = r.end;
  }
  return s[i] === 'E' && parts.length ? parts.join('::') : null;
}

function unqualified(s: string, i: number): { name: string; end: number } | null {
  const c = s[i];
  if (c !== undefined && c >= '0' && c <= '9') {
    let j = i;
    while (s[j]! >= '0' && s[j]! <= '9') j++;
    const len = Number(s.slice(i, j));
    if (j + len > s.length) return null;
    return { name: s.slice(j, j + len), end: j + len };
  }
  const op = OPERATORS[s.slice(i, i + 2)];
  return op ? { name: op, end: i + 2 } : null;
}
