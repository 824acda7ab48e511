// The `name` custom section (function names, subsection 1), and the last-resort location of a
// call: `function+0xOFFSET`, the offset counted from the function's body (like a native
// symbolizer's `symbol+0x1a`). Mangled names (Itanium C++, Rust legacy and v0 hashes) are
// demangled where it is cheap: see demangle.ts.

import { ByteReader } from './byte-reader';
import type { FuncBody } from './code-reader';
import { customSection, type Section } from './wasm/module';
import { demangle } from './demangle';

/** Function index → name, from the name section (empty when absent or unreadable). */
export function readFunctionNames(bytes: Uint8Array, sections: Section[]): Map<number, string> {
  const names = new Map<number, string>();
  const payload = customSection(bytes, sections, 'name');
  if (!payload) return names;
  try {
    const r = new ByteReader(payload);
    while (!r.done) {
      const id = r.u8();
      const size = r.u32leb('name subsection size');
      const end = r.pos + size;
      if (id === 1) {
        const sub = new ByteReader(payload, r.pos, end);
        const n = sub.u32leb('function name count');
        for (let i = 0; i < n; i++) {
          const index = sub.u32leb('function index');
          names.set(index, sub.name());
        }
      }
      r.pos = end;
    }
  } catch {
    // A damaged name section only costs names: keep what was read, never fail instrumentation.
  }
  return names;
}

/** What a frame reads when nothing better is known: `make_node+0x1a` or `wasm-function[7]+0x1a`. */
export function fallbackFilename(functionName: string | null, funcIndex: number, functionOffset: number): string {
  return `${functionName ?? `wasm-function[${funcIndex}]`}+0x${functionOffset.toString(16)}`;
}

/** Finds the body containing a module offset (bodies are in offset order). */
export function bodyAt(funcs: FuncBody[], offset: number): FuncBody | null {
  let lo = 0, hi = funcs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (funcs[mid]!.bodyStart <= offset) lo = mid + 1; else hi = mid;
  }
  const f = lo > 0 ? funcs[lo - 1]! : null;
  return f && offset < f.bodyEnd ? f : null;
}

/** Display name for a function index: demangled name-section name, or null. */
export function displayName(names: Map<number, string>, funcIndex: number): string | null {
  const raw = names.get(funcIndex);
  return raw === undefined ? null : demangle(raw);
}
