// Which functions can reach an allocating function: the set that decides where the shadow stack
// pushes frames (docs/hook-abi.md, "Deeper frames"). Built from the ORIGINAL bytes: the call
// reader's call instructions and the module reader's types.
//
// Edges: a direct call reaches its callee; a call_indirect / call_ref of signature S reaches
// every address-taken function (element segments, exports) whose signature is S. Signatures are
// compared structurally (the encoded param/result bytes), as the engine does for call_indirect.

import { rewriteElements, rewriteGlobals } from './binary/remap';
import { ByteReader } from './byte-reader';
import { isDirectCall, type CodeLayout } from './code-reader';
import { SectionId, type ModuleInfo, type Section } from './wasm/module';

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

export interface Reachability {
  /** 1 for every function index that can reach an allocating function (allocators included). */
  reaches: Uint8Array;
  /** Signature keys through which an indirect call can reach an allocating function. */
  indirectKeys: Set<string>;
}

/**
 * `targets`: function indices of the allocating functions (alloc, realloc, wrappers; not free:
 * frames only matter when an allocation is recorded). `addressTaken`: indices a table or JS can hold.
 */
export function computeReachability(layout: CodeLayout, sigs: Signatures, targets: Iterable<number>,
  addressTaken: Iterable<number>, funcCount: number): Reachability {
  const reaches = new Uint8Array(funcCount);
  const indirectKeys = new Set<string>();
  const taken = new Uint8Array(funcCount);
  for (const i of addressTaken) taken[i] = 1;
  // Reverse edges: callee -> callers (direct), signature -> callers (indirect).
  const directCallers: number[][] = Array.from({ length: funcCount }, () => []);
  const indirectCallers = new Map<string, number[]>();
  const { op, callee } = layout.calls;
  for (const f of layout.funcs) {
    for (let k = f.firstCall; k < f.endCall; k++) {
      const c = callee[k]!;
      if (isDirectCall(op[k]!)) {
        if (c < funcCount) directCallers[c]!.push(f.index);
      } else {
        const key = sigs.typeKeys[c] ?? '?';
        let list = indirectCallers.get(key);
        if (!list) indirectCallers.set(key, (list = []));
        list.push(f.index);
      }
    }
  }
  const work: number[] = [];
  const mark = (i: number) => { if (!reaches[i]) { reaches[i] = 1; work.push(i); } };
  for (const t of targets) mark(t);
  while (work.length) {
    const g = work.pop()!;
    for (const caller of directCallers[g]!) mark(caller);
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
