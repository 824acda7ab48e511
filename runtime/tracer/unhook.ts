/**
 * A module instrumented for threads made linkable without the tool (plain-for-workers.ts): its
 * imports of the hooks (docs/hook-abi.md: the `tracing` and `depth` globals, the hook functions)
 * become definitions of its own, `tracing` fixed at 0 (so no hook is ever called: the code runs as
 * the program's, nothing pushed or recorded) and `depth` at 0. The hooks are the last imports of
 * their kinds, and the definitions go first among the module's own, so every function and global
 * index stays what it was: no instruction is rewritten. Browser-safe; null when the bytes are not
 * laid out so (then nothing is changed).
 */
import { HOOK_MODULE } from '../../abi';

export function unhooked(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  try {
    return rewrite(bytes);
  } catch {
    return null; // malformed or unexpected: left alone
  }
}

function rewrite(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  let pos = 8;
  const uleb = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++]!;
      if (b === undefined) throw new Error('truncated');
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
    }
  };
  const name = (): string => {
    const n = uleb();
    const s = new TextDecoder().decode(bytes.subarray(pos, pos + n));
    pos += n;
    return s;
  };
  const limits = (): void => {
    const flags = bytes[pos++]!;
    uleb();
    if (flags & 1) uleb();
    if (flags & 8) uleb(); // custom page size
  };
  const valtype = (): number => {
    const t = bytes[pos++]!;
    if (t === 0x63 || t === 0x64) sleb(); // (ref null? ht)
    return t;
  };
  const sleb = (): void => {
    while (bytes[pos++]! & 0x80);
  };
  interface Section { id: number; start: number; body: number; end: number }
  const sections: Section[] = [];
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos++]!;
    const size = uleb();
    sections.push({ id, start, body: pos, end: pos + size });
    pos += size;
  }
  if (pos !== bytes.length) return null;
  const find = (id: number) => sections.find((s) => s.id === id);
  const imports = find(2);
  const types = find(1);
  if (!imports || !types) return null;

  // function types' results (only those of numbers are needed: the hooks')
  const results: (number[] | null)[] = [];
  pos = types.body;
  for (let n = uleb(); n > 0; n--) {
    if (bytes[pos++] !== 0x60) return null; // rec groups, GC types: not expected here
    for (let p = uleb(); p > 0; p--) valtype();
    const r: number[] = [];
    for (let q = uleb(); q > 0; q--) r.push(valtype());
    results.push(r);
  }

  // the imports: the hooks' entries must be the last of their kinds
  pos = imports.body;
  const kept: [number, number][] = []; // byte ranges of the entries kept
  const hookFuncs: number[] = []; // their type indices
  const hookGlobals: [number, number][] = []; // [valtype, mutability]
  let entries = uleb();
  const count = entries;
  for (; entries > 0; entries--) {
    const from = pos;
    const module = name();
    name();
    const kind = bytes[pos++]!;
    const hook = module === HOOK_MODULE;
    if (kind === 0) {
      const type = uleb();
      if (hook) hookFuncs.push(type);
      else if (hookFuncs.length) return null;
    } else if (kind === 3) {
      const t = valtype();
      const mut = bytes[pos++]!;
      if (hook) hookGlobals.push([t, mut]);
      else if (hookGlobals.length) return null;
    } else if (kind === 1) {
      valtype();
      limits();
      if (hook) return null;
    } else if (kind === 2) {
      limits();
      if (hook) return null;
    } else if (kind === 4) {
      pos++;
      uleb();
      if (hook) return null;
    } else return null;
    if (!hook) kept.push([from, pos]);
  }
  if (hookFuncs.length + hookGlobals.length === 0) return null;
  const functions = find(3);
  const code = find(10);
  const globals = find(6);
  if (hookFuncs.length && (!functions || !code)) return null;
  if (hookGlobals.length && !globals) return null;

  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  const pushUleb = (to: number[], n: number) => {
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n) b |= 0x80;
      to.push(b);
    } while (n);
  };
  const zero = (t: number): number[] | null =>
    t === 0x7f ? [0x41, 0] : t === 0x7e ? [0x42, 0] : t === 0x7d ? [0x43, 0, 0, 0, 0] : t === 0x7c ? [0x44, 0, 0, 0, 0, 0, 0, 0, 0] : null;
  /** A section again: its id, then its payload with `prefix` entries before the old ones (or only `keptRanges` of them). */
  const section = (s: Section, prefix: number[][], keptRanges?: [number, number][]) => {
    pos = s.body;
    const old = uleb();
    const olds = keptRanges ?? [[pos, s.end]];
    const head: number[] = [];
    pushUleb(head, (keptRanges ? keptRanges.length : old) + prefix.length);
    for (const p of prefix) head.push(...p);
    const size = head.length + olds.reduce((n, [a, b]) => n + b - a, 0);
    const top: number[] = [s.id];
    pushUleb(top, size);
    parts.push(new Uint8Array([...top, ...head]));
    for (const [a, b] of olds) parts.push(bytes.subarray(a, b));
  };
  for (const s of sections) {
    if (s === imports) {
      if (kept.length === 0 && count > 0) {
        continue; // nothing else imported: no import section
      }
      section(s, [], kept);
    } else if (s === functions && hookFuncs.length) {
      section(s, hookFuncs.map((t) => { const e: number[] = []; pushUleb(e, t); return e; }));
    } else if (s === globals && hookGlobals.length) {
      const defs: number[][] = [];
      for (const [t, mut] of hookGlobals) {
        const z = zero(t);
        if (!z) return null;
        defs.push([t, mut, ...z, 0x0b]);
      }
      section(s, defs);
    } else if (s === code && hookFuncs.length) {
      const bodies: number[][] = [];
      for (const t of hookFuncs) {
        const r = results[t];
        if (!r) return null;
        const expr: number[] = [0]; // no locals
        for (const v of r) {
          const z = zero(v);
          if (!z) return null;
          expr.push(...z);
        }
        expr.push(0x0b);
        const e: number[] = [];
        pushUleb(e, expr.length);
        bodies.push([...e, ...expr]);
      }
      section(s, bodies);
    } else {
      parts.push(bytes.subarray(s.start, s.end));
    }
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
