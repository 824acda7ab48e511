// Rust v0 symbol demangling (RFC 2603), the whole grammar: crate roots, nested paths, closures
// and shims (`{closure#0}`), inherent and trait impls (`<T>`, `<T as Trait>`), generic arguments
// (types, lifetimes, consts), every type form (arrays, slices, references, pointers, tuples, fn
// pointers, `dyn Trait`), back-references, and punycode identifiers. The output is
// rustc-demangle's alternate form, the one `llvm-cxxfilt` prints: no crate hashes.
//
// Returns null on anything malformed: a raw mangled name is better than a wrong one.

const BASIC: Record<string, string> = {
  a: 'i8', b: 'bool', c: 'char', d: 'f64', e: 'str', f: 'f32', h: 'u8', i: 'isize', j: 'usize',
  l: 'i32', m: 'u32', n: 'i128', o: 'u128', s: 'i16', t: 'u16', u: '()', v: '...', x: 'i64',
  y: 'u64', z: '!', p: '_',
};

class Fail extends Error {}
const MAX_DEPTH = 200;

class V0 {
  private pos = 0;
  private depth = 0;
  private boundLifetimes = 0;
  constructor(private readonly s: string) {}

  static demangle(symbol: string): string | null {
    let inner = symbol.slice(2);
    const dot = inner.indexOf('.'); // `.llvm.123` and other suffixes: not part of the name
    if (dot >= 0) inner = inner.slice(0, dot);
    if (/^[0-9]/.test(inner)) return null; // an encoding version we do not know
    const p = new V0(inner);
    try {
      const out = p.path(true);
      // an instantiating crate may follow
      if (p.pos < inner.length) p.path(false);
      return p.pos === inner.length ? out : null;
    } catch (e) {
      if (e instanceof Fail || e instanceof RangeError) return null;
      throw e;
    }
  }

  private peek(): string | undefined { return this.s[this.pos]; }
  private next(): string {
    const c = this.s[this.pos++];
    if (c === undefined) throw new Fail();
    return c;
  }
  private eat(c: string): boolean {
    if (this.s[this.pos] === c) { this.pos++; return true; }
    return false;
  }

  /** <base-62-number>: `_` is 0, else digits then `_`, plus one. */
  private base62(): number {
    if (this.eat('_')) return 0;
    let n = 0;
    for (;;) {
      const c = this.next();
      if (c === '_') return n + 1;
      const d = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c >= 'a' && c <= 'z' ? c.charCodeAt(0) - 87
        : c >= 'A' && c <= 'Z' ? c.charCodeAt(0) - 29 : -1;
      if (d < 0) throw new Fail();
      n = n * 62 + d; // crate disambiguators are 64-bit hashes: imprecise, never printed
    }
  }
  private optBase62(tag: string): number { return this.eat(tag) ? this.base62() + 1 : 0; }

  /** <decimal-number>: "0" alone, or digits not starting with 0 (`00`: two empty identifiers, nested closures). */
  private decimal(): number {
    const start = this.pos;
    if (this.s[start] === '0') { this.pos++; return 0; }
    while (this.pos < this.s.length && this.s[this.pos]! >= '0' && this.s[this.pos]! <= '9') this.pos++;
    if (this.pos === start) throw new Fail();
    return Number(this.s.slice(start, this.pos));
  }

  private ident(): { name: string; dis: number } {
    const dis = this.optBase62('s');
    return { name: this.undisambiguatedIdent(), dis };
  }

  private undisambiguatedIdent(): string {
    const puny = this.eat('u');
    const len = this.decimal();
    this.eat('_');
    if (this.pos + len > this.s.length) throw new Fail();
    const raw = this.s.slice(this.pos, this.pos + len);
    this.pos += len;
    return puny ? decodePunycode(raw) : raw;
  }

  /** Runs `f` at a back-reference's target, then comes back. */
  private backref<T>(f: () => T): T {
    const at = this.pos - 1;
    const target = this.base62();
    if (target >= at) throw new Fail();
    const back = this.pos;
    this.pos = target;
    try { return this.nest(f); } finally { this.pos = back; }
  }

  private nest<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new Fail();
    try { return f(); } finally { this.depth--; }
  }

  /** A path; `value`: in expression position (generic args as `::<…>`). */
  path(value: boolean): string {
    return this.nest(() => {
      const tag = this.next();
      switch (tag) {
        case 'C': return this.ident().name;
        case 'M': { this.implPath(); return `<${this.type()}>`; }
        case 'X': { this.implPath(); const t = this.type(); return `<${t} as ${this.path(false)}>`; }
        case 'Y': { const t = this.type(); return `<${t} as ${this.path(false)}>`; }
        case 'N': {
          const ns = this.next();
          const parent = this.path(value);
          const { name, dis } = this.ident();
          if (ns >= 'a' && ns <= 'z') return name ? `${parent}::${name}` : parent;
          const kind = ns === 'C' ? 'closure' : ns === 'S' ? 'shim' : ns;
          return `${parent}::{${kind}${name ? `:${name}` : ''}#${dis}}`;
        }
        case 'I': {
          const p = this.path(value);
          const args = this.genericArgs();
          return `${p}${value ? '::' : ''}<${args.join(', ')}>`;
        }
        case 'B': return this.backref(() => this.path(value));
        default: throw new Fail();
      }
    });
  }

  private implPath(): void {
    this.optBase62('s');
    this.path(false);
  }

  private genericArgs(): string[] {
    const args: string[] = [];
    while (!this.eat('E')) {
      if (this.eat('L')) {
        const l = this.lifetime(this.base62());
        if (l !== "'_") args.push(l);
        else args.push(l);
      } else if (this.eat('K')) args.push(this.constant());
      else args.push(this.type());
    }
    return args;
  }

  private lifetime(index: number): string {
    if (index === 0) return "'_";
    const depth = this.boundLifetimes - index;
    if (depth < 0) throw new Fail();
    return depth < 26 ? `'${String.fromCharCode(97 + depth)}` : `'_${depth}`;
  }

  /** `for<'a, 'b> ` when a binder introduces lifetimes. */
  private binder(f: () => string): string {
    const n = this.optBase62('G');
    if (n === 0) return f();
    const names: string[] = [];
    for (let i = 0; i < n; i++) { this.boundLifetimes++; names.push(this.lifetime(1)); }
    // lifetime(1) names the innermost; list them in binding order
    const ordered = names.map((_, i) => { const d = this.boundLifetimes - n + i; return d < 26 ? `'${String.fromCharCode(97 + d)}` : `'_${d}`; });
    try { return `for<${ordered.join(', ')}> ${f()}`; } finally { this.boundLifetimes -= n; }
  }

  type(): string {
    return this.nest(() => {
      const c = this.next();
      const basic = BASIC[c];
      if (basic !== undefined) return basic;
      switch (c) {
        case 'A': { const t = this.type(); return `[${t}; ${this.constant()}]`; }
        case 'S': return `[${this.type()}]`;
        case 'R': case 'Q': {
          let lt = '';
          if (this.eat('L')) { const l = this.lifetime(this.base62()); if (l !== "'_") lt = `${l} `; }
          return `&${lt}${c === 'Q' ? 'mut ' : ''}${this.type()}`;
        }
        case 'P': return `*const ${this.type()}`;
        case 'O': return `*mut ${this.type()}`;
        case 'T': {
          const ts: string[] = [];
          while (!this.eat('E')) ts.push(this.type());
          return ts.length === 1 ? `(${ts[0]},)` : `(${ts.join(', ')})`;
        }
        case 'F': return this.binder(() => this.fnSig());
        case 'D': {
          const traits = this.binder(() => {
            const list: string[] = [];
            while (!this.eat('E')) list.push(this.dynTrait());
            return list.join(' + ');
          });
          this.eat('L') ? this.base62() : (() => { throw new Fail(); })();
          return `dyn ${traits}`;
        }
        case 'B': return this.backref(() => this.type());
        default:
          this.pos--;
          return this.path(false);
      }
    });
  }

  private fnSig(): string {
    let out = '';
    if (this.eat('U')) out += 'unsafe ';
    if (this.eat('K')) {
      const abi = this.eat('C') ? 'C' : this.undisambiguatedIdent().replace(/_/g, '-');
      out += `extern "${abi}" `;
    }
    const params: string[] = [];
    while (!this.eat('E')) params.push(this.type());
    const ret = this.type();
    return `${out}fn(${params.join(', ')})${ret === '()' ? '' : ` -> ${ret}`}`;
  }

  private dynTrait(): string {
    // a path whose generic args may be followed by associated type bindings (`p` name type)
    const start = this.pos;
    let p = this.path(false);
    const bindings: string[] = [];
    while (this.eat('p')) {
      const name = this.undisambiguatedIdent();
      bindings.push(`${name} = ${this.type()}`);
    }
    if (bindings.length) p = p.endsWith('>') ? `${p.slice(0, -1)}, ${bindings.join(', ')}>` : `${p}<${bindings.join(', ')}>`;
    if (this.pos === start) throw new Fail();
    return p;
  }

  private constant(): string {
    return this.nest(() => {
      if (this.eat('p')) return '_';
      if (this.eat('B')) return this.backref(() => this.constant());
      const t = this.next();
      const negative = this.eat('n');
      const start = this.pos;
      while (this.peek() !== '_') { if (!/[0-9a-f]/.test(this.next())) throw new Fail(); }
      const hex = this.s.slice(start, this.pos);
      this.pos++;
      const value = hex === '' ? 0n : BigInt(`0x${hex}`);
      if (t === 'b') return value === 0n ? 'false' : 'true';
      if (t === 'c') return `'${escapeChar(Number(value))}'`;
      if ('hmjyotalsxni'.includes(t)) return `${negative ? '-' : ''}${value}`;
      throw new Fail();
    });
  }
}

/** A char constant as llvm-cxxfilt prints it: printable ASCII as is, the rest as `\u{hex}`. */
function escapeChar(code: number): string {
  const simple: Record<number, string> = { 9: '\\t', 10: '\\n', 13: '\\r', 39: "\\'", 92: '\\\\' };
  if (simple[code]) return simple[code]!;
  if (code >= 0x20 && code < 0x7f) return String.fromCharCode(code);
  return `\\u{${code.toString(16)}}`;
}

/** `_R…` → `alloc::vec::Vec<T>::push`-style text, or null when it does not parse. */
export function demangleRustV0Full(symbol: string): string | null {
  if (!symbol.startsWith('_R')) return null;
  return V0.demangle(symbol);
}

/** RFC 3492 with Rust's `_` as the delimiter between the basic and the encoded part. */
function decodePunycode(raw: string): string {
  const split = raw.lastIndexOf('_');
  const output = [...(split >= 0 ? raw.slice(0, split) : '')].map((c) => c.codePointAt(0)!);
  const input = split >= 0 ? raw.slice(split + 1) : raw;
  let n = 128, i = 0, bias = 72, k = 0;
  const base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
  while (k < input.length) {
    const old = i;
    let w = 1;
    for (let t = base; ; t += base) {
      const c = input[k++];
      if (c === undefined) throw new Fail();
      const d = c >= 'a' && c <= 'z' ? c.charCodeAt(0) - 97 : c >= '0' && c <= '9' ? c.charCodeAt(0) - 22 : -1;
      if (d < 0) throw new Fail();
      i += d * w;
      const th = t <= bias ? tmin : t >= bias + tmax ? tmax : t - bias;
      if (d < th) break;
      w *= base - th;
    }
    const len = output.length + 1;
    let delta = old === 0 ? Math.floor((i - old) / damp) : Math.floor((i - old) / 2);
    delta += Math.floor(delta / len);
    let kk = 0;
    while (delta > ((base - tmin) * tmax) >> 1) { delta = Math.floor(delta / (base - tmin)); kk += base; }
    bias = kk + Math.floor(((base - tmin + 1) * delta) / (delta + skew));
    n += Math.floor(i / len);
    i %= len;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}
