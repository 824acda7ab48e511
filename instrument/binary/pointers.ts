// Rewrite: allocators reached through function pointers (docs/hook-abi.md, "Allocations through
// function pointers"). Decides which calls and which bodies take part; code.ts and wrappers.ts
// write the instructions.
//
// A call_indirect / call_ref whose signature is that of an allocator a table, ref.func or JS can
// hold sets the module-internal global `$indirect_site` to its own site right before the call; the
// allocator's entry (the function in its original slot) reads it as its site and resets it to 0.
// Every other function such a call can land in (same signature, address taken) resets it on
// entry, so a non-allocator reached that way — which may call back into JS, which may call an
// exported allocator — leaves nothing behind; exported functions that make calls reset it too, so
// a call from JS after a trap between the set and the entry starts clean. An Emscripten `invoke_*`
// import is such a pointer call too (call-graph.ts trampolines()).
//
// Before:
//   (call_indirect (type $alloc_t) (i32.const 40) (local.get $slot))
//   (func $malloc (param i32) (result i32) BODY)
//   (func $other (param i32) (result i32) …)        ;; in the table too
// After (frames off; with frames, the call sets $site too, a frame site like any other):
//   (global.set $indirect_site (i32.const 9)) (call_indirect (type $alloc_t) (i32.const 40) (local.get $slot))
//   (func $malloc (param i32) (result i32)
//     local.get 0  global.get $indirect_site         ;; the site, read…
//     i32.const 0  global.set $indirect_site         ;; …and reset
//     call $malloc$site)
//   (func $other (param i32) (result i32) (global.set $indirect_site (i32.const 0)) …)
//
// Control case: a module with no pointer call of an allocator's signature gets no globals and no
// code at all.

import type { Signatures } from '../call-graph';
import { someCall, type CodeLayout } from '../code-reader';
import type { AllocatorFn, ModuleFunction } from '../detect';

export type PointerCallOp = 'call' | 'call_indirect' | 'return_call' | 'return_call_indirect' | 'call_ref' | 'return_call_ref';

export interface PointerPlan {
  /** Whether the module gets `$indirect_site` at all. */
  used: boolean;
  /**
   * For a call instruction (`callee`: its type index): whether it sets `$indirect_site` (and is
   * a site, kind 1, with or without frames).
   */
  sets(op: PointerCallOp, typeIndex: number): boolean;
  /** Non-allocator functions that reset `$indirect_site` on entry. */
  resets(fn: number): boolean;
}

export interface PointerInput {
  functions: ModuleFunction[];
  /** Functions a table or JS can hold (call-graph.ts addressTakenFunctions). */
  addressTaken: Set<number>;
  layout: CodeLayout;
  sigs: Signatures;
  allocators: AllocatorFn[];
  /** Signature keys through which an indirect call can reach an allocating function. */
  indirectKeys: Set<string>;
  /** Imports that call the table from JS (call-graph.ts trampolines()): import index → target signature key. */
  invokes?: Map<number, string>;
}

export function planPointers(inp: PointerInput): PointerPlan {
  const { sigs } = inp;
  const byIndex = new Map(inp.allocators.map((a) => [a.fn.index, a]));
  const exported = new Set(inp.functions.filter((f) => f.exports.length).map((f) => f.index));
  const taken = inp.addressTaken;
  // Signatures through which a pointer can land in an allocator that records an allocation.
  const keys = new Set(inp.allocators.filter((a) => a.spec.role !== 'free' && taken.has(a.fn.index))
    .map((a) => sigs.funcKeys[a.fn.index] ?? '?'));
  const invokes = inp.invokes ?? new Map<number, string>();
  // `callee`: a type index, or for `call` a function index (an invoke_* import: its target's key)
  const key = (op: PointerCallOp, callee: number): string | undefined =>
    op === 'call_indirect' || op === 'call_ref' ? sigs.typeKeys[callee] ?? '?' : op === 'call' ? invokes.get(callee) : undefined;
  const sets = (op: PointerCallOp, callee: number): boolean => {
    const k = key(op, callee);
    return k !== undefined && keys.has(k) && inp.indirectKeys.has(k);
  };
  const internal = (i: number) => { const a = byIndex.get(i); return a !== undefined && a.spec.role !== 'wrapper'; };
  const used = keys.size > 0 && inp.layout.funcs.some((f) => !internal(f.index) && someCall(inp.layout, f, sets));
  // An export that makes no call (Emscripten's stackSave, stackRestore, setThrew) cannot lead to an
  // allocator's entry, in wasm or through JS, so it need not reset: invoke_*'s glue calls
  // stackSave() between the site's set and the table call it makes.
  const calls = (fn: number) => { const b = inp.layout.funcs[fn - inp.layout.importedFuncCount]; return !b || b.index !== fn || b.endCall > b.firstCall; };
  return {
    used,
    sets: (op, t) => used && sets(op, t),
    resets: (fn) => used && !byIndex.has(fn) && taken.has(fn) && (keys.has(sigs.funcKeys[fn] ?? '?') || (exported.has(fn) && calls(fn))),
  };
}
