// Itanium C++ demangling (the ABI's <mangled-name>), printed as llvm-cxxfilt prints it: nested and
// local names, constructors/destructors, operators, ABI tags, templates (with the return type a
// template function's encoding carries), template parameters, substitutions, every type form but
// expressions (pointers, references, cv-qualifiers, arrays, functions, pointers to members, packs),
// literals, lambdas and unnamed types, and the special names (vtables, typeinfo, thunks, guards).
//
// Returns null on anything it does not know (an expression in a template argument, a vendor
// extension): a raw mangled name is better than a wrong one.

// Thrown to give up; one instance, not an Error: an Error captures a stack trace at each throw.
class Fail {}
const FAIL = new Fail();

const BUILTIN: Record<string, string> = {
  v: 'void', w: 'wchar_t', b: 'bool', c: 'char', a: 'signed char', h: 'unsigned char', s: 'short',
  t: 'unsigned short', i: 'int', j: 'unsigned int', l: 'long', m: 'unsigned long', x: 'long long',
  y: 'unsigned long long', n: '__int128', o: 'unsigned __int128', f: 'float', d: 'double',
  e: 'long double', g: '__float128', z: '...',
};
const BUILTIN_D: Record<string, string> = {
  n: 'std::nullptr_t', i: 'char32_t', s: 'char16_t', u: 'char8_t', a: 'auto', c: 'decltype(auto)',
  d: 'decimal64', e: 'decimal128', f: 'decimal32', h: 'half',
};
const LITERAL_SUFFIX: Record<string, string> = { j: 'u', l: 'l', m: 'ul', x: 'll', y: 'ull' };
const OPERATORS: Record<string, string> = {
  nw: 'new', na: 'new[]', dl: 'delete', da: 'delete[]', ps: '+', ng: '-', ad: '&', de: '*', co: '~',
  pl: '+', mi: '-', ml: '*', dv: '/', rm: '%', an: '&', or: '|', eo: '^', aS: '=', pL: '+=', mI: '-=',
  mL: '*=', dV: '/=', rM: '%=', aN: '&=', oR: '|=', eO: '^=', ls: '<<', rs: '>>', lS: '<<=', rS: '>>=',
  eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=', ss: '<=>', nt: '!', aa: '&&', oo: '||',
  pp: '++', mm: '--', cm: ',', pm: '->*', pt: '->', cl: '()', ix: '[]', qu: '?', aw: 'co_await',
};
const STD_SUBS: Record<string, string> = {
  a: 'std::allocator', b: 'std::basic_string', s: 'std::string', i: 'std::istream', o: 'std::ostream', d: 'std::iostream',
};

// The parser's values are classes, one shape each (object literals from several sites and a spread
// made its property reads polymorphic: TurboFan threw the code away and compiled it again).

/** A type as printed: `left` + declarator + `right` (so `int (*)(char)` and `int [3]` compose). */
class Ty {
  constructor(readonly left: string, readonly right: string) {}
}
const plain = (s: string): Ty => new Ty(s, '');
const show = (t: Ty): string => t.left + t.right;

class Name {
  constructor(
    readonly text: string,
    /** Last component is a constructor/destructor/conversion: no return type. */
    readonly noReturn: boolean,
    readonly templated: boolean,
    readonly cv: string,
    readonly ref: string,
  ) {}
}

/** An unqualified name; `base`: without its ABI tags (what a constructor of it is called). */
class Unqualified {
  constructor(readonly text: string, readonly base: string, readonly noReturn: boolean) {}
}

/** Inside `Dp` (a pack expansion): which element of the pack a template parameter stands for. */
class Expansion {
  constructor(readonly index: number, public size: number) {}
}

// The one-letter tables by char code (a keyed load of a one-character string was a lookup by name);
// the builtin types' Ty made once (a Ty is never changed).
const byCode = (table: Record<string, string>): (Ty | undefined)[] => {
  const out: (Ty | undefined)[] = new Array(128).fill(undefined);
  for (const [k, v] of Object.entries(table)) out[k.charCodeAt(0)] = plain(v);
  return out;
};
const BUILTIN_TY = byCode(BUILTIN);
const BUILTIN_D_TY = byCode(BUILTIN_D);
const STD_SUBS_TY = byCode(STD_SUBS);

class Itanium {
  private pos = 0;
  private depth = 0;
  private subs: Ty[] = [];
  private templateArgs: (Ty | Ty[])[] = [];
  private expanding: Expansion | null = null;
  constructor(private readonly s: string) {}

  static demangle(symbol: string): string | null {
    const p = new Itanium(symbol);
    try {
      if (!p.eat('_') || !p.eat('Z')) return null;
      const out = p.encoding(true);
      return p.pos === symbol.length ? out : null;
    } catch (e) {
      if (e instanceof Fail || e instanceof RangeError) return null;
      throw e;
    }
  }

  private peek(n = 0): string | undefined { return this.s[this.pos + n]; }
  private next(): string { const c = this.s[this.pos++]; if (c === undefined) throw FAIL; return c; }
  private isDigit(n = 0): boolean { const c = this.s.charCodeAt(this.pos + n); return c >= 48 && c <= 57; }
  private eat(c: string): boolean { if (this.s.startsWith(c, this.pos)) { this.pos += c.length; return true; } return false; }
  // (the recursive rules count their depth themselves: a closure per rule was a good part of the time)
  private enter(): void { if (++this.depth > 256) throw FAIL; }
  private number(): number {
    const s = this.s;
    const neg = s.charCodeAt(this.pos) === 110; // n
    if (neg) this.pos++;
    const start = this.pos;
    let n = 0;
    for (let c = s.charCodeAt(this.pos); c >= 48 && c <= 57; c = s.charCodeAt(++this.pos)) n = n * 10 + (c - 48);
    if (start === this.pos) throw FAIL;
    // (past 15 digits the sum may round otherwise than Number() of the text)
    if (this.pos - start > 15) n = Number(s.slice(start, this.pos));
    return neg ? -n : n;
  }
  /** <seq-id> `_`: S_ is 0, S0_ is 1… (base 36, upper case). */
  private seqId(): number {
    if (this.eat('_')) return 0;
    let n = 0;
    for (;;) {
      const c = this.next();
      if (c === '_') return n + 1;
      const d = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c >= 'A' && c <= 'Z' ? c.charCodeAt(0) - 55 : -1;
      if (d < 0) throw FAIL;
      n = n * 36 + d;
    }
  }

  /** <encoding>: a function (name + signature) or data name; `top`: the whole symbol. */
  encoding(top: boolean): string {
    this.enter();
    try {
      const special = this.specialName();
      if (special !== null) return special;
      const saved = this.templateArgs;
      const name = this.name();
      const atEnd = this.pos >= this.s.length || this.peek() === 'E' || this.peek() === '.';
      if (atEnd) { if (!top) this.templateArgs = saved; return name.text; }
      let ret: Ty | null = null;
      if (name.templated && !name.noReturn) ret = this.type();
      const params: string[] = [];
      while (this.pos < this.s.length && this.peek() !== 'E' && this.peek() !== '.') { const p = show(this.type()); if (p !== '') params.push(p); }
      if (top && this.peek() === '.') this.pos = this.s.length; // `.cold`, `.llvm.123` clones
      const list = params.length === 1 && params[0] === 'void' ? '' : params.join(', ');
      const fn = `${name.text}(${list})${name.cv}${name.ref}`;
      // a declarator return type wraps the function: `int (*f(char))(long)`
      if (ret === null) return fn;
      return ret.right !== '' ? `${ret.left}${fn}${ret.right}` : `${ret.left} ${fn}`;
    } finally { this.depth--; }
  }

  private specialName(): string | null {
    if (this.eat('TV')) return `vtable for ${show(this.type())}`;
    if (this.eat('TT')) return `VTT for ${show(this.type())}`;
    if (this.eat('TC')) {
      const derived = show(this.type());
      this.number();
      if (!this.eat('_')) throw FAIL;
      return `construction vtable for ${show(this.type())}-in-${derived}`;
    }
    if (this.eat('TI')) return `typeinfo for ${show(this.type())}`;
    if (this.eat('TS')) return `typeinfo name for ${show(this.type())}`;
    if (this.eat('Th')) { this.number(); if (!this.eat('_')) throw FAIL; return `non-virtual thunk to ${this.encoding(false)}`; }
    if (this.eat('Tv')) { this.number(); if (!this.eat('_')) throw FAIL; this.number(); if (!this.eat('_')) throw FAIL; return `virtual thunk to ${this.encoding(false)}`; }
    if (this.eat('GV')) return `guard variable for ${this.name().text}`;
    if (this.eat('GR')) { const n = this.name().text; if (!this.eat('_')) { this.seqId(); } return `reference temporary for ${n}`; }
    return null;
  }

  private name(): Name {
    this.enter();
    try {
      const c = this.peek();
      if (c === 'N') return this.nestedName();
      if (c === 'Z') return this.localName();
      // <unscoped-template-name> <template-args> | <unscoped-name>
      let text: string;
      let noReturn = false;
      if (this.peek() === 'S' && this.peek(1) !== 't') {
        text = show(this.substitution());
      } else {
        const std = this.eat('St');
        const u = this.unqualifiedName(null);
        text = (std ? 'std::' : '') + u.text;
        noReturn = u.noReturn;
        if (this.peek() === 'I') this.subs.push(plain(text));
      }
      if (this.peek() === 'I') {
        const args = this.templateArgList();
        this.templateArgs = args;
        text = withArgs(text, args);
        return new Name(text, noReturn, true, '', '');
      }
      return new Name(text, noReturn, false, '', '');
    } finally { this.depth--; }
  }

  private nestedName(): Name {
    this.next(); // N
    let cv = '';
    if (this.eat('r')) cv = ' restrict' + cv;
    if (this.eat('V')) cv = ' volatile' + cv;
    if (this.eat('K')) cv = ' const' + cv;
    let ref = '';
    if (this.eat('R')) ref = ' &'; else if (this.eat('O')) ref = ' &&';
    let soFar: string | null = null;
    let last = '';
    let noReturn = false;
    let templated = false;
    while (!this.eat('E')) {
      templated = false;
      if (this.peek() !== 'I') noReturn = false; // template args after a constructor keep it one
      if (this.peek() === 'I') {
        if (soFar === null) throw FAIL;
        const args = this.templateArgList();
        this.templateArgs = args;
        soFar = withArgs(soFar, args);
        templated = true;
      } else if (this.peek() === 'T') {
        soFar = show(this.templateParam());
      } else if (this.peek() === 'S' && this.peek(1) !== 't') {
        const sub = show(this.substitution());
        soFar = soFar === null ? sub : `${soFar}::${sub}`;
        last = sub;
        if (this.peek() === 'E') break;
        continue; // a substitution is not added again
      } else {
        if (this.eat('St')) soFar = soFar === null ? 'std' : `${soFar}::std`;
        const u = this.unqualifiedName(last);
        soFar = soFar === null ? u.text : `${soFar}::${u.text}`;
        last = u.base;
        noReturn = u.noReturn;
      }
      if (this.peek() !== 'E') this.subs.push(plain(soFar));
    }
    if (soFar === null) throw FAIL;
    return new Name(soFar, noReturn, templated, cv, ref);
  }

  private localName(): Name {
    this.next(); // Z
    const saved = this.templateArgs;
    const fn = this.encoding(false);
    this.templateArgs = saved;
    if (!this.eat('E')) throw FAIL;
    if (this.eat('s')) { this.discriminator(); return new Name(`${fn}::string literal`, false, false, '', ''); }
    if (this.eat('d')) { if (this.peek() !== '_') this.number(); if (!this.eat('_')) throw FAIL; }
    const entity = this.name();
    this.discriminator();
    return new Name(`${fn}::${entity.text}`, entity.noReturn, entity.templated, entity.cv, entity.ref);
  }

  private discriminator(): void {
    if (this.eat('__')) { this.number(); if (!this.eat('_')) throw FAIL; } else if (this.eat('_')) this.number();
  }

  /** `enclosing`: the enclosing class's plain name (for constructors and destructors). */
  private unqualifiedName(enclosing: string | null): Unqualified {
    this.eat('L'); // internal linkage
    const c = this.peek();
    let text: string;
    let noReturn = false;
    const c1 = this.peek(1);
    if (c !== undefined && c >= '0' && c <= '9') {
      text = this.sourceName();
    } else if (c === 'C' && ((c1! >= '1' && c1! <= '5') || c1 === 'I')) {
      if (!enclosing) throw FAIL;
      this.pos += 2;
      text = enclosing.startsWith("'") ? '' : enclosing; // an unnamed type's constructor has no name
      noReturn = true;
    } else if (c === 'D' && c1! >= '0' && c1! <= '5') {
      if (!enclosing) throw FAIL;
      this.pos += 2;
      text = `~${enclosing}`;
      noReturn = true;
    } else if (c === 'U' && c1 === 'l') {
      this.pos += 2;
      const params: string[] = [];
      while (!this.eat('E')) params.push(show(this.type()));
      const n = this.peek() === '_' ? 0 : this.number() + 1;
      if (!this.eat('_')) throw FAIL;
      text = `'lambda${n || ''}'(${params.length === 1 && params[0] === 'void' ? '' : params.join(', ')})`;
    } else if (c === 'U' && c1 === 't') {
      this.pos += 2;
      const n = this.peek() === '_' ? 0 : this.number() + 1;
      if (!this.eat('_')) throw FAIL;
      text = `'unnamed${n || ''}'`;
    } else if (c === 'c' && c1 === 'v') {
      this.pos += 2;
      text = `operator ${show(this.type())}`;
      noReturn = true;
    } else if (c === 'l' && c1 === 'i') {
      this.pos += 2;
      text = `operator"" ${this.sourceName()}`;
    } else {
      const op = OPERATORS[this.s.slice(this.pos, this.pos + 2)];
      if (!op) throw FAIL;
      this.pos += 2;
      text = op[0]! >= 'a' && op[0]! <= 'z' ? `operator ${op}` : `operator${op}`;
    }
    const base = text;
    while (this.eat('B')) text += `[abi:${this.sourceName()}]`;
    return new Unqualified(text, base, noReturn);
  }

  private sourceName(): string {
    const len = this.number();
    if (len <= 0 || this.pos + len > this.s.length) throw FAIL;
    const id = this.s.slice(this.pos, this.pos + len);
    this.pos += len;
    return id.startsWith('_GLOBAL__N') ? '(anonymous namespace)' : id;
  }

  private substitution(): Ty {
    if (!this.eat('S')) throw FAIL;
    const std = STD_SUBS_TY[this.s.charCodeAt(this.pos)];
    if (std !== undefined) {
      this.pos++;
      return std;
    }
    const i = this.seqId();
    if (i >= this.subs.length) throw FAIL; // (a read past the end threw the optimised code away)
    return this.subs[i]!;
  }

  private templateParam(): Ty {
    if (!this.eat('T')) throw FAIL;
    const i = this.seqId();
    const a = this.templateArgs[i];
    if (a === undefined) throw FAIL;
    if (!Array.isArray(a)) return a;
    if (!this.expanding) return plain(a.map(show).join(', '));
    this.expanding.size = a.length;
    return a[this.expanding.index] ?? plain('');
  }

  /** Template arguments; a pack (`J…E`) stays one entry, so `T_` indices count it once. */
  private templateArgList(): (Ty | Ty[])[] {
    if (!this.eat('I')) throw FAIL;
    const args: (Ty | Ty[])[] = [];
    while (!this.eat('E')) args.push(this.templateArg());
    return args;
  }

  private templateArg(): Ty | Ty[] {
    if (this.peek() === 'L') return plain(this.literal());
    if (this.eat('J')) { // argument pack
      const pack: Ty[] = [];
      while (!this.eat('E')) { const a = this.templateArg(); pack.push(...(Array.isArray(a) ? a : [a])); }
      return pack;
    }
    if (this.peek() === 'X') throw FAIL; // expressions: not here
    return this.type();
  }

  private literal(): string {
    this.next(); // L
    if (this.eat('_Z')) { const e = this.encoding(false); if (!this.eat('E')) throw FAIL; return e; }
    if (this.eat('DnE')) return 'nullptr';
    const t = this.next();
    if (t === 'b') { const v = this.number(); if (!this.eat('E')) throw FAIL; return v ? 'true' : 'false'; }
    if ('ijlmxysathc'.includes(t) && BUILTIN[t]) {
      const v = this.number();
      if (!this.eat('E')) throw FAIL;
      if (t === 'i') return `${v}`;
      if (LITERAL_SUFFIX[t]) return `${v}${LITERAL_SUFFIX[t]}`;
      return `(${BUILTIN[t]})${v}`;
    }
    throw FAIL;
  }

  /** `Dp <type>`: the pattern once per element of the pack it names, joined by commas. */
  private packExpansion(): Ty {
    const start = this.pos;
    const outer = this.expanding;
    this.expanding = new Expansion(0, -1);
    try {
      const first = show(this.type());
      const end = this.pos;
      const subs = this.subs.length;
      const size = this.expanding.size;
      if (size < 0) return plain(`${first}...`); // no pack inside: printed as written
      const parts = size === 0 ? [] : [first];
      for (let i = 1; i < size; i++) {
        this.pos = start;
        this.expanding = new Expansion(i, size);
        parts.push(show(this.type()));
        this.subs.length = subs;
      }
      this.pos = end;
      return plain(parts.join(', '));
    } finally {
      this.expanding = outer;
    }
  }

  type(): Ty {
    this.enter();
    try {
      const c = this.next();
      const builtin = BUILTIN_TY[c.charCodeAt(0)];
      if (builtin !== undefined) return builtin;
      let t: Ty;
      switch (c) {
        case 'D': {
          const d = this.next();
          const builtin = BUILTIN_D_TY[d.charCodeAt(0)];
          if (builtin !== undefined) return builtin;
          if (d === 'p') return this.packExpansion();
          throw FAIL;
        }
        case 'r': case 'V': case 'K': {
          this.pos--;
          let q = '';
          if (this.eat('r')) q = ' restrict';
          if (this.eat('V')) q = ' volatile' + q;
          if (this.eat('K')) q = ' const' + q;
          const inner = this.type();
          t = inner.right.startsWith('(') ? new Ty(inner.left, inner.right + q) : new Ty(inner.left + q, inner.right);
          break;
        }
        case 'P': case 'R': case 'O': {
          const inner = this.type();
          const sym = c === 'P' ? '*' : c === 'R' ? '&' : '&&';
          if (c !== 'P' && inner.left.endsWith('&')) {
            // reference collapsing (a template parameter that is itself a reference): & wins
            const rvalue = inner.left.endsWith('&&');
            t = new Ty(rvalue && c === 'R' ? inner.left.slice(0, -1) : inner.left, inner.right);
          } else if (inner.right.startsWith(' [')) { // array: `int (&) [3]`
            t = new Ty(`${inner.left} (${sym}`, `) ${inner.right.slice(1)}`);
          } else if (inner.right.startsWith('(')) { // function: `void (*)(int)`
            t = new Ty(`${inner.left}(${sym}`, `)${inner.right}`);
          } else {
            t = new Ty(inner.left + sym, inner.right);
          }
          break;
        }
        case 'F': {
          this.eat('Y');
          const ret = show(this.type());
          const params: string[] = [];
          let ref = '';
          while (!this.eat('E')) {
            if (this.peek() === 'R' && this.peek(1) === 'E') { this.pos++; ref = ' &'; continue; }
            if (this.peek() === 'O' && this.peek(1) === 'E') { this.pos++; ref = ' &&'; continue; }
            params.push(show(this.type()));
          }
          const list = params.length === 1 && params[0] === 'void' ? '' : params.join(', ');
          t = new Ty(`${ret} `, `(${list})${ref}`);
          break;
        }
        case 'A': {
          let dim = '';
          if (this.peek() === 'T') dim = show(this.templateParam()); // a dependent bound: `char (&) [10ul]`
          else if (this.peek() !== '_') dim = String(this.number());
          if (!this.eat('_')) throw FAIL;
          const inner = this.type();
          t = new Ty(inner.left, ` [${dim}]${inner.right}`);
          break;
        }
        case 'M': {
          const cls = show(this.type());
          const member = this.type();
          if (member.right.startsWith('(')) t = new Ty(`${member.left}(${cls}::*`, `)${member.right}`);
          else t = new Ty(`${member.left} ${cls}::*`, member.right);
          break;
        }
        case 'T': {
          this.pos--;
          t = this.templateParam();
          if (this.peek() === 'I') { this.subs.push(t); t = plain(withArgs(show(t), this.templateArgList())); }
          break;
        }
        case 'S': {
          this.pos--;
          if (this.peek(1) === 't') {
            const n = this.name();
            t = plain(n.text);
            break;
          }
          const sub = this.substitution();
          if (this.peek() === 'I') {
            t = plain(withArgs(show(sub), this.templateArgList()));
            break;
          }
          return sub; // a substitution is not added again
        }
        case 'N': case 'Z': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
          this.pos--;
          const saved = this.templateArgs;
          t = plain(this.name().text);
          this.templateArgs = saved;
          break;
        }
        case 'u': t = plain(this.sourceName()); break; // vendor extended type
        default: throw FAIL;
      }
      this.subs.push(t);
      return t;
    } finally { this.depth--; }
  }
}

/** `name<a, b>`, with LLVM's `> >` between closing brackets. */
function withArgs(name: string, args: (Ty | Ty[])[]): string {
  let inner = '';
  let last = ''; // (the last argument added: `inner` ends as it does, and it is the shorter string to look at)
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (Array.isArray(a)) {
      for (let k = 0; k < a.length; k++) {
        const t = show(a[k]!);
        if (t !== '') { inner = inner === '' ? t : `${inner}, ${t}`; last = t; }
      }
    } else {
      const t = show(a);
      if (t !== '') { inner = inner === '' ? t : `${inner}, ${t}`; last = t; }
    }
  }
  return `${name}<${inner}${last.endsWith('>') ? ' ' : ''}>`;
}

/** `_Z…` → llvm-cxxfilt's text, or null when it does not parse. */
export function demangleItanium(symbol: string): string | null {
  return Itanium.demangle(symbol);
}
