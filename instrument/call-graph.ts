// Which functions can reach an allocating function: the set that decides where the shadow stack
// pushes frames (docs/hook-abi.md, "Deeper frames"). Built from the ORIGINAL bytes (the code
// reader's call instructions and the raw type/function sections), so it needs no Binaryen walk.
//
// Edges: a direct call reaches its callee; a call_indirect / call_ref of signature S reaches
// every address-taken function (element segments, exports) whose signature is S. Signatures are
// compared structurally (the encoded param/result bytes), as the engine does for call_indirect.

import { rewriteElements, rewriteGlobals } from './binary/remap';
import { ByteReader } from './byte-reader';
import { SectionId, type CodeLayout, type Section } from './code-reader';

export interface Signatures {
  /** Signature key per type index (the encoded params and results). */
  typeKeys: string[];
  /** Signature key per function index (imports first). */
  funcKeys: string[];
}

export function readSignatures(bytes: Uint8Array, sections: Section[]): Signatures {
  const typeKeys: string[] = [];
  const funcKeys: string[] = [];
  for (const s of sections) {
    const r = new ByteReader(bytes, s.start, s.end);
    if (s.id === SectionId.type) {
      const n = r.u32leb('type count');
      for (let i = 0; i < n; i++) {
        const start = r.pos;
        r.u8(); // 0x60, checked by preflight
        for (let k = 0; k < 2; k++) {
          const count = r.u32leb('value count');
          for (let j = 0; j < count; j++) { const t = r.u8(); if (t === 0x63 || t === 0x64) r.sleb(); }
        }
        typeKeys.push(Array.prototype.join.call(bytes.subarray(start, r.pos), ','));
      }
    } else if (s.id === SectionId.import) {
      const n = r.u32leb('import count');
      for (let i = 0; i < n; i++) {
        r.name(); r.name();
        const kind = r.u8();
        if (kind === 0) funcKeys.push(typeKeys[r.u32leb('type index')] ?? '?');
        else if (kind === 1) { const t = r.u8(); if (t === 0x63 || t === 0x64) r.sleb(); const f = r.u8(); r.uleb(); if (f & 1) r.uleb(); }
        else if (kind === 2) { const f = r.u8(); r.uleb(); if (f & 1) r.uleb(); }
        else if (kind === 3) { const t = r.u8(); if (t === 0x63 || t === 0x64) r.sleb(); r.u8(); }
        else { r.u8(); r.u32leb('tag type'); }
      }
    } else if (s.id === SectionId.function) {
      const n = r.u32leb('function count');
      for (let i = 0; i < n; i++) funcKeys.push(typeKeys[r.u32leb('type index')] ?? '?');
    }
  }
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
  for (const f of layout.funcs) {
    for (const c of f.calls) {
      if (c.op === 'call' || c.op === 'return_call') {
        if (c.callee < funcCount) directCallers[c.callee]!.push(f.index);
      } else {
        const key = sigs.typeKeys[c.callee] ?? '?';
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
