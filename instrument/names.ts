// The `name` custom section (function names, subsection 1), and the last-resort location of a
// call: `function+0xOFFSET`, the offset counted from the function's body (like a native
// symbolizer's `symbol+0x1a`). Names are kept as the module spells them: mangled ones (Itanium
// C++, Rust legacy and v0) are demangled when a frame is shown (abi/demangle.ts; the site table
// marks them, abi/site-codec.ts).

import { fallbackFile } from '../abi';
import { ByteReader } from './byte-reader';
import type { FuncBody } from './code-reader';
import { customSection, type Section } from './wasm/module';

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
        // (a name each, not slices of the subsection decoded once as the export section's are:
        // Biome's 7.7 MB of names took ~2.5 k more page faults that way, the copy and the string)
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
  // the site table stores these as (function, offset) and rebuilds them with the same rule
  return fallbackFile(functionName ?? `wasm-function[${funcIndex}]`, functionOffset);
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

/** Where names come from when the module has no name section (or lacks some functions). */
export interface NameOptions {
  /**
   * Emscripten's symbol map (`emcc --emit-symbol-map`: `app.js.symbols`), its text: one
   * `index:name` line per function, the names as the linker wrote them (mangled).
   */
  symbols?: string;
  /** A separate DWARF file (`-gseparate-dwarf`'s .debug.wasm), its bytes: used before `external_debug_info`. */
  debugFile?: Uint8Array;
  /** Reads a binary file: the file an `external_debug_info` section names. */
  readBinaryFile?: (path: string) => Uint8Array | undefined;
}

export { parseSymbolMap } from './symbol-map';

/**
 * Names for functions the name section does not cover, best first: the symbol map, the JS glue's
 * bindings (`_sqlite3_prepare_v2 = c.U`), then export names that are not minified (3+ characters).
 */
export function fallbackNames(exports: readonly (readonly string[])[], symbols: Map<number, string> | null, glueNames: Map<number, string>): Map<number, string> {
  const out = new Map<number, string>();
  exports.forEach((list, index) => {
    const name = list.find((e) => e.length >= 3);
    if (name !== undefined) out.set(index, name);
  });
  for (const [i, n] of glueNames) out.set(i, n);
  if (symbols) for (const [i, n] of symbols) out.set(i, n);
  return out;
}
