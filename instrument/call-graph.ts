// Which functions can reach an allocating function: the set that decides where the shadow stack
// pushes frames (docs/hook-abi.md, "Deeper frames"). Built from the ORIGINAL bytes: the call
// reader's call instructions and the module reader's types.
//
// Edges: a direct call reaches its callee; a call_indirect / call_ref of signature S reaches
// every address-taken function (element segments, exports) whose signature is S. Signatures are
// compared structurally (the encoded param/result bytes), as the engine does for call_indirect.
// A call to one of Emscripten's `invoke_*` imports (JS-based exceptions, setjmp/longjmp) is an
// indirect call too: the glue calls the table's function at its first argument (trampolines()).

import { rewriteElements, rewriteGlobals } from './binary/remap';
import { ByteReader } from './byte-reader';
import { isDirectCall, type CodeLayout } from './code-reader';
import { ImportKind, SectionId, type ModuleInfo, type Section } from './wasm/module';

export interface Signatures {
  /** Signature key per type index (the encoded params and results). */
  typeKeys: string[];
  /** Signature key per function index (imports first). */
  funcKeys: string[];
}

export function readSignatures(m: ModuleInfo): Signatures {
  const typeKeys = m.types.map((t) => Array.prototype.join.call(t.raw, ','));
  const funcKeys = m.funcTypes.map((t) => typeKeys[t] ?? '?');
  return { typeKeys, funcKeys };
}

/**
 * Emscripten's `env.invoke_*` imports (`-fexceptions` without wasm exceptions, setjmp/longjmp):
 * `invoke_vii(index, a, b)` is JS that calls the table's function `index` with `(a, b)` inside a
 * try and returns its result. For the call graph (and the shadow stack) it is a call_indirect of
 * the import's signature without its first parameter: import function index → that signature's
 * key. Without it the import is a leaf: the caller of `invoke_*` pushed no frame, and everything
 * below it (a C++ call that may throw: the callee, its allocations) lost the caller's line.
 * The signature is read from the name (`v`/`i`/`j`/`f`/`d`): an i64 legalised into two i32s for JS
 * (no WASM_BIGINT) is one i64 in the table function's.
 */
export function trampolines(m: ModuleInfo): Map<number, string> {
  const out = new Map<number, string>();
  let fn = 0;
  for (const imp of m.imports) {
    if (imp.kind !== ImportKind.func) continue;
    const index = fn++;
    const name = /^invoke_([vijfd])([ijfd]*)$/.exec(imp.field);
    if (imp.module !== 'env' || !name) continue;
    const raw = m.types[imp.type!]?.raw;
    // numeric params and results only (one byte each); the first, the table index, an i32
    if (!raw || raw[0] !== 0x60 || raw[1]! < 1 || raw[1]! > 127 || raw[2] !== 0x7f) continue;
    if (![...raw.subarray(2)].every((b, i) => i === raw[1] ? b <= 1 : b >= 0x7c && b <= 0x7f)) continue;
    // The target's signature is the name's (result letter, then parameters): without WASM_BIGINT an
    // i64 (`j`) reaches JS as two i32s (`invoke_viji` takes 5), the table function takes one i64.
    const params = [...name[2]!].map((c) => LETTER[c]!);
    const legalised = params.reduce((n, p) => n + (p === 0x7e ? 2 : 1), 0);
    if (raw[1]! - 1 !== params.length && raw[1]! - 1 !== legalised) continue;
    const result = name[1] === 'v' ? [] : [LETTER[name[1]!]!];
    out.set(index, [0x60, params.length, ...params, result.length, ...result].join(','));
  }
  return out;
}

const LETTER: Record<string, number> = { i: 0x7f, j: 0x7e, f: 0x7d, d: 0x7c };

/**
 * Imports whose JS may call back into the module and allocate there: the glue an import runs can
 * call an export (Emscripten's JS exceptions: `__cxa_allocate_exception` is JS calling `malloc`;
 * ASYNCIFY's unwind data from `emscripten_sleep`; wasm-bindgen handing a string back through
 * `__wbindgen_malloc`). Such an allocation's caller is the import's call site, so the import counts
 * as reaching an allocator when an export does (computeReachability). Without it the call site was
 * no frame: the block read the last frame site its function had passed (`throw` at leave.cpp:23
 * read :24, one in `main` read `(no line)`). Not WASI's imports (nothing there calls in) nor
 * Emscripten's that call no export (LEAF_IMPORTS: a memcpy that calls `emscripten_memcpy_big`
 * would otherwise make every memcpy caller a frame site).
 */
export function reentrantImports(m: ModuleInfo): number[] {
  const out: number[] = [];
  let fn = 0;
  for (const imp of m.imports) {
    if (imp.kind !== ImportKind.func) continue;
    const index = fn++;
    if (/^wasi[_:]/.test(imp.module) || (imp.module === 'env' && LEAF_IMPORTS.has(imp.field))) continue;
    out.push(index);
  }
  return out;
}

/** Emscripten's `env` imports whose JS calls into no export (3.1.x glue). */
const LEAF_IMPORTS = new Set(['emscripten_memcpy_big', 'emscripten_memset_big', 'emscripten_resize_heap',
  'emscripten_notify_memory_growth', 'setTempRet0', 'getTempRet0', 'emscripten_get_now', 'emscripten_date_now',
  'abort', 'llvm_eh_typeid_for', '_emscripten_throw_longjmp', 'emscripten_get_heap_max']);

export interface Reachability {
  /** 1 for every function index that can reach an allocating function (allocators included). */
  reaches: Uint8Array;
  /** Signature keys through which an indirect call can reach an allocating function. */
  indirectKeys: Set<string>;
}

/**
 * `targets`: function indices of the allocating functions (alloc, realloc, wrappers; not free:
 * frames only matter when an allocation is recorded). `addressTaken`: indices a table or JS can hold.
 * `calls`: imports that call the table from JS (trampolines()): each reaches what a call_indirect
 * of its signature reaches. `reentry`: imports whose JS may call an export (reentrantImports()),
 * which reach an allocator once one of `exported` does.
 */
export function computeReachability(layout: CodeLayout, sigs: Signatures, targets: Iterable<number>,
  addressTaken: Iterable<number>, funcCount: number, calls: Map<number, string> = new Map(),
  reentry: { imports: number[]; exported: Iterable<number> } = { imports: [], exported: [] }): Reachability {
  const reaches = new Uint8Array(funcCount);
  const indirectKeys = new Set<string>();
  const taken = new Uint8Array(funcCount);
  for (const i of addressTaken) taken[i] = 1;
  const { from, callers, indirectCallers } = reverseEdges(layout, sigs, funcCount);
  for (const [imp, key] of calls) {
    let list = indirectCallers.get(key);
    if (!list) indirectCallers.set(key, (list = []));
    list.push(imp);
  }
  const work: number[] = [];
  const mark = (i: number) => { if (!reaches[i]) { reaches[i] = 1; work.push(i); } };
  // (a function of its own: with the callers' loop inside the work loop, Node 24 ran the inner
  // loop as on-stack-replaced code and left it, a deopt, on each of ~100 exits of it)
  const markCallers = (g: number) => { for (let j = from[g]!, end = from[g + 1]!; j < end; j++) mark(callers[j]!); };
  for (const t of targets) mark(t);
  const exported = [...reentry.exported];
  let reentered = reentry.imports.length === 0;
  while (work.length || !reentered) {
    if (!work.length) { // drained: if JS can allocate through an export, the imports that call JS reach too
      reentered = true;
      if (exported.some((e) => reaches[e])) for (const i of reentry.imports) mark(i);
      continue;
    }
    const g = work.pop()!;
    markCallers(g);
    if (taken[g]) {
      const key = sigs.funcKeys[g] ?? '?';
      if (!indirectKeys.has(key)) {
        indirectKeys.add(key);
        for (const caller of indirectCallers.get(key) ?? []) mark(caller);
      }
    }
  }
  return { reaches, indirectKeys };
}

/**
 * Callee -> callers (direct), signature -> callers (indirect). The direct ones flat, callee by
 * callee, each callee's callers in code order (`from[c]` to `from[c + 1]` of `callers`): an array
 * per function and a push per call were GC work (~600 k calls in C++). (A function of its own:
 * its loops are hot, and the engine compiles a hot loop's whole function.)
 */
function reverseEdges(layout: CodeLayout, sigs: Signatures, funcCount: number): { from: Int32Array; callers: Int32Array; indirectCallers: Map<string, number[]> } {
  const { op, callee } = layout.calls;
  const from = new Int32Array(funcCount + 1);
  for (let k = 0; k < layout.calls.count; k++) if (isDirectCall(op[k]!) && callee[k]! < funcCount) from[callee[k]! + 1]++;
  for (let c = 0; c < funcCount; c++) from[c + 1] += from[c]!;
  const callers = new Int32Array(from[funcCount]!);
  const filled = from.slice(0, funcCount);
  const indirectCallers = new Map<string, number[]>();
  for (const f of layout.funcs) {
    for (let k = f.firstCall; k < f.endCall; k++) {
      const c = callee[k]!;
      if (isDirectCall(op[k]!)) {
        if (c < funcCount) callers[filled[c]!++] = f.index;
      } else {
        const key = sigs.typeKeys[c] ?? '?';
        let list = indirectCallers.get(key);
        if (!list) indirectCallers.set(key, (list = []));
        list.push(f.index);
      }
    }
  }
  return { from, callers, indirectCallers };
}

/**
 * Functions a table or JS can hold: exported ones, and every function an element segment or a
 * global initialiser names (read from the raw sections; the remapping walker reports each index).
 */
export function addressTakenFunctions(bytes: Uint8Array, sections: Section[], exported: Iterable<number>): Set<number> {
  const taken = new Set<number>(exported);
  const note = { fn: (i: number) => { taken.add(i); return i; }, global: (g: number) => g };
  for (const s of sections) {
    if (s.id === SectionId.element) rewriteElements(new ByteReader(bytes, s.start, s.end), note);
    if (s.id === SectionId.global) rewriteGlobals(new ByteReader(bytes, s.start, s.end), note);
  }
  return taken;
}
