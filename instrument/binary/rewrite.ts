// The rewrite's driver: instruments a module by rewriting its bytes directly, in one linear
// pass (no IR: Binaryen's round trip took 14–17 s on a 5 MB module, this takes well under one),
// writing the hook ABI of docs/hook-abi.md. Every byte it does not need to change is copied as is
// (function order, custom sections, local names). The rules live in one file each: wrappers.ts
// (each role's wrapper), code.ts (call sites and frames), pointers.ts (allocators reached through
// pointers), remap.ts (index renumbering in the other sections).
//
//   imports:  + global tracing, global depth, func alloc/free/realloc/enter/leave (as needed),
//             appended after the existing imports: defined functions shift by K, defined globals by 2
//   types:    + the hook signatures and each allocator's `(params…, site i32)` signature
//   globals:  + $indirect_site (module-internal, mutable i32) when a call_indirect / call_ref can
//             land in an allocator's entry (pointers.ts); + $site (the frame sites', framed.ts)
//   code:     each allocator's slot gets the entry wrapper (site 0, or $indirect_site) so table,
//             exports and ref.func reach it; NAME$orig (the original body) and NAME$site are
//             appended; call sites are patched by code.ts; functions a pointer of an allocator's
//             signature can reach (and exports) reset $indirect_site on entry
//
// Before:
//   (module
//     (import "env" "log" (func $log (param i32)))
//     (func $malloc (param i32) (result i32) BODY)
//     (func $main (result i32) (call $malloc (i32.const 100))))
// After:
//   (module
//     (import "env" "log" (func $log (param i32)))
//     (import "wasm-tracemalloc" "tracing" (global $tracing (mut i32)))
//     (import "wasm-tracemalloc" "depth" (global $depth (mut i32)))
//     (import "wasm-tracemalloc" "alloc" (func $hook.alloc (param i32 i32 i32)))
//     (func $malloc (param i32) (result i32) (call $malloc$site (local.get 0) (i32.const 0)))
//     (func $main (result i32) (call $malloc$site (i32.const 100) (i32.const 1)))
//     (func $malloc$orig (param i32) (result i32) BODY)
//     (func $malloc$site (param i32 i32) (result i32) …)      ;; wrappers.ts
//     (@custom "wasm-tracemalloc.sites" …))                    ;; site 1: main's call
//
// Control case: a module with no allocator is refused, or with `allowNoAllocator` returned byte
// for byte.

import { ByteReader } from '../byte-reader';
import type { Reachability, Signatures } from '../call-graph';
import { isDirectCall, someCall, type CodeLayout, type FuncBody } from '../code-reader';
import { ImportKind, readValType, SectionId, type Section } from '../wasm/module';
import type { AllocatorFn } from '../detect';
import { InstrumentError } from '../errors';
import { FRAME_SITE_GLOBAL, HOOK_FUNCTIONS, HOOK_GLOBALS, HOOK_MODULE, HOOK_SIGNATURES, INDIRECT_SITE_GLOBAL, type HookFunction } from '../../abi';
import { SiteList } from '../site-table';
import { codeEnv, frameHelpers, importSiteBody, rewriteBodyCode, type CallAction, type CallOp, type CodeEnv, type FrameHelperIndices, type FramedLocals } from './code';
import { scanFramed, type FramedScan } from './framed';
import type { ParsedModule } from './parse';
import { rewriteElements, rewriteGlobals, rewriteNames, rewriteStart, rewriteTables, writeData, writeExports, type IndexMaps } from './remap';
import { planPointers } from './pointers';
import { entryBody, inlinedFreeBody, resetPrologue, sitedBody } from './wrappers';
import type { InlinedPush } from '../inlined-lists';
import { customSection, section, Writer } from '../../abi/writer';

// Offsets into the ORIGINAL code: DWARF, source maps, code metadata (branch hints).
const STALE = /^(\.debug_|external_debug_info$|sourceMappingURL$|metadata\.code\.)/;

export interface BinaryRewriteInput {
  pm: ParsedModule;
  layout: CodeLayout;
  sigs: Signatures;
  reach: Reachability;
  /** Functions a table or JS can hold. */
  addressTaken: Set<number>;
  /** Imports that call the table from JS (call-graph.ts trampolines()): import index → target signature key. */
  invokes?: Map<number, string>;
  allocators: AllocatorFn[];
  frames: boolean;
  /** Function index → the allocator frees inlined there (inlined-lists.ts): a free is reported before each. */
  inlinedFrees?: Map<number, InlinedPush[]>;
  /** Imports whose JS may call back into the module (call-graph.ts reentrantImports()); absent: every import may. */
  reentrant?: number[];
}

export interface BinaryRewriteResult {
  /** Finishes the module with extra custom sections appended (the site table); once (it is built in place). */
  finish(extra: [string, Uint8Array][]): Uint8Array;
  sites: SiteList;
  allocSites: number;
  frameSites: number;
  nestedCalls: number;
  hookImports: string[];
  droppedSections: string[];
  /**
   * Original module offset → output module offset (valid after finish(); -1 outside the code
   * section). For remapping a source map of the original onto the output.
   */
  translateOffset(orig: number): number;
}

type Hook = HookFunction;

/** Most calls stay as they are: one action for all of them (a C++ module has ~1 M calls). */
const KEEP: CallAction = Object.freeze({ kind: 'keep' });

/** An import called from at least this many frame sites gets a helper that makes them short (below). */
const HELPED_SITES = 16;

/** How many functions unguardedAllocators() follows from one allocator's body before it gives up. */
const UNGUARDED_SEARCH = 256;

/**
 * The allocators whose original body can reach no allocator wrapper nor hook, so that their
 * wrapper need not raise `depth` around it (wrappers.ts, "Unguarded"): following the body's direct
 * calls (the rewrite's own: a nested allocator's body, `NAME$orig`, is followed too), none is a
 * call that lands in a wrapper (an allocator called from outside an allocator's body, a
 * collector's free kept at its entry), a pointer call, a call of an import whose JS may call
 * back, or a function with an inlined free (its `$inlined.free` reads `depth`). Conservative: a
 * search of more than UNGUARDED_SEARCH functions gives up (guarded). `strdup`'s kind (a wrapper
 * role) is never unguarded: its body reports through the wrappers it calls.
 */
export function unguardedAllocators(layout: CodeLayout, allocators: AllocatorFn[], inlinedFrees: Map<number, unknown>,
  reentrant: number[] | undefined): Set<number> {
  const F0 = layout.importedFuncCount;
  const role = new Map<number, AllocatorFn['spec']>(allocators.map((a) => [a.fn.index, a.spec]));
  const mayCallBack = reentrant ? new Set(reentrant) : undefined;
  const { op, callee } = layout.calls;
  const out = new Set<number>();
  for (const a of allocators) {
    if (a.spec.role === 'wrapper') continue;
    const seen = new Set<number>([a.fn.index]);
    const work = [a.fn.index];
    let ok = true;
    while (ok && work.length) {
      const f = work.pop()!;
      const body = layout.funcs[f - F0];
      if (!body || body.index !== f || (!role.has(f) && inlinedFrees.has(f))) { ok = false; break; }
      const inside = role.has(f) && role.get(f)!.role !== 'wrapper'; // its allocator calls go to NAME$orig
      for (let k = body.firstCall; k < body.endCall; k++) {
        const c = callee[k]!;
        if (!isDirectCall(op[k]!)) { ok = false; break; } // a pointer call
        if (c < F0) { if (!mayCallBack || mayCallBack.has(c)) { ok = false; break; } continue; }
        const spec = role.get(c);
        if (spec && (!inside || (spec.role === 'free' && spec.collector))) { ok = false; break; } // lands in a wrapper
        if (!seen.has(c)) {
          if (seen.size >= UNGUARDED_SEARCH) { ok = false; break; }
          seen.add(c); work.push(c);
        }
      }
    }
    if (ok) out.add(a.fn.index);
  }
  return out;
}

export function rewriteBinary(inp: BinaryRewriteInput): BinaryRewriteResult {
  const { pm, layout, sigs, reach, allocators } = inp;
  const bytes = pm.bytes;
  const F0 = pm.funcImports;
  const G0 = pm.globalImports;
  const defined = pm.funcTypes.length - F0;

  const byOld = new Map<number, AllocatorFn>(allocators.map((a) => [a.fn.index, a]));
  // Per function index, for the per-call questions (a C++ module has ~1 M calls): an allocator's
  // entry, an invoke_* import (1 each); an allocator's own body, not a wrapper's (1: its calls are
  // inside the allocator; the specs' several shapes made a read per body polymorphic)
  const isAllocator = new Uint8Array(pm.funcTypes.length);
  const isInternal = new Uint8Array(pm.funcTypes.length);
  const isCollectorFree = new Uint8Array(pm.funcTypes.length); // a collector's free (below)
  for (const a of allocators) { // (the last of an index wins, as in byOld)
    isAllocator[a.fn.index] = 1;
    isInternal[a.fn.index] = a.spec.role !== 'wrapper' ? 1 : 0;
    isCollectorFree[a.fn.index] = a.spec.role === 'free' && a.spec.collector ? 1 : 0;
  }
  const internal = (old: number) => isInternal[old] === 1;
  const invokes = inp.invokes ?? new Map<number, string>();
  const isInvoke = new Uint8Array(pm.funcTypes.length);
  for (const i of invokes.keys()) isInvoke[i] = 1;
  const isFrameCall = (op: CallOp, callee: number): boolean => {
    if (!inp.frames || op === 'return_call' || op === 'return_call_indirect' || op === 'return_call_ref') return false;
    if (op === 'call') return isAllocator[callee] !== 1 && !!reach.reaches[callee];
    return reach.indirectKeys.has(sigs.typeKeys[callee] ?? '?');
  };

  const plan = planPointers({ functions: pm.functions, addressTaken: inp.addressTaken, layout, sigs, allocators, indirectKeys: reach.indirectKeys, invokes });
  const pointers = plan.used;

  // Which hooks are imported: decided before any index is written.
  const hooks = new Set<Hook>();
  for (const a of allocators) {
    const s = a.spec;
    if (s.role === 'alloc' || s.role === 'alloc-out') hooks.add('alloc');
    if (s.role === 'free') hooks.add('free');
    if (s.role === 'realloc') { hooks.add('realloc'); if (s.zeroFrees) hooks.add('free'); }
  }
  if (inp.frames && layout.funcs.some((f) => !internal(f.index) && someCall(layout, f, isFrameCall))) {
    hooks.add('enter').add('leave');
  }
  // Frames (docs/hook-abi.md, "Deeper frames"): a frame site sets `$site`, and the function it
  // calls pushes it at entry. A *framed* function — one that can reach an allocation and has a site
  // of its own, outside the allocators' bodies — pushes the site its caller set (0 from JS: no
  // frame) and pops it at its one exit. A *clean* one leaves `$site` at 0 when it returns (no tail
  // call passes it on), so a call to it needs no reset after.
  const framesOn = inp.frames && hooks.has('enter');
  const isFramed = new Uint8Array(pm.funcTypes.length);
  const isClean = new Uint8Array(pm.funcTypes.length);
  const hasSite = (op: CallOp, callee: number) => ((op === 'call' || op === 'return_call') && isAllocator[callee] === 1) || isFrameCall(op, callee);
  const isFreeFn = new Uint8Array(pm.funcTypes.length);
  for (const a of allocators) isFreeFn[a.fn.index] = a.spec.role === 'free' ? 1 : 0;
  const siteKind = (op: CallOp, callee: number): number =>
    !hasSite(op, callee) ? 0 : (op === 'call' || op === 'return_call') && isFreeFn[callee] === 1 ? 1 : 2;
  const tailKind = (op: CallOp, callee: number): 'untail' | 'pass' | 'pop' => {
    if (op === 'return_call') {
      if (isAllocator[callee] === 1 || (callee < F0 && reach.reaches[callee])) return 'untail';
      return reach.reaches[callee] ? 'pass' : 'pop';
    }
    return reach.indirectKeys.has(sigs.typeKeys[callee] ?? '?') ? 'pass' : 'pop';
  };
  const isTail = (op: CallOp) => op === 'return_call' || op === 'return_call_indirect' || op === 'return_call_ref';
  // A frame site that calls an import calls a helper of that import's instead (code.ts
  // importSiteBody()), with the site as its last argument: for an invoke_* import the helper sets
  // `$site`, calls it and puts back the caller's frame height and guard after it; for an import
  // whose JS may call back, it pushes the caller's frame around the call. The site is then
  // `(i32.const SITE) (call $helper)`, ~10 bytes less (DuckDB-mvp: 116 k invoke_* sites, 100 k
  // others); a helper costs ~100 (its body, its name, every defined function's index one further),
  // so an import called from fewer sites keeps them written out.
  const viaHelper = new Uint8Array(F0);
  const siteImports: number[] = []; // the imports whose sites call a helper, in index order
  if (framesOn) {
    const count = new Uint32Array(F0);
    const { op, callee } = layout.calls;
    for (const f of layout.funcs) {
      if (internal(f.index)) continue;
      for (let k = f.firstCall; k < f.endCall; k++) {
        const c = callee[k]!;
        if (op[k] === 0 && c < F0 && isFrameCall('call', c)) count[c]!++;
      }
    }
    for (let i = 0; i < F0; i++) if (count[i]! >= HELPED_SITES) { viaHelper[i] = 1; siteImports.push(i); }
  }
  const isInlineInvoke = isInvoke.map((x, i) => (x === 1 && viaHelper[i] !== 1 ? 1 : 0)); // (its caller restores after it)
  let framedRestore = false;
  if (framesOn) {
    for (const f of layout.funcs) {
      if (internal(f.index) || !reach.reaches[f.index] || !someCall(layout, f, hasSite)) continue;
      isFramed[f.index] = 1;
      isClean[f.index] = someCall(layout, f, (op, callee) => isTail(op) && tailKind(op, callee) === 'pass') ? 0 : 1;
      if (f.catches || callsInvoke(layout, f, isInlineInvoke)) framedRestore = true;
    }
  }
  const hookList = HOOK_FUNCTIONS.filter((h) => hooks.has(h));
  const K = hookList.length;
  const hookIndex = (h: Hook) => F0 + hookList.indexOf(h);
  const TRACING = G0, DEPTH = G0 + 1;
  const globalSection = pm.sections.find((x) => x.id === SectionId.global);
  const definedGlobals = globalSection ? new ByteReader(bytes, globalSection.start, globalSection.end).u32leb('global count') : 0;
  const INDIRECT_SITE = pointers ? G0 + 2 + definedGlobals : -1;
  const SITE = framesOn ? G0 + 2 + definedGlobals + (pointers ? 1 : 0) : -1;

  // A caller of invoke_* catches too: a JS exception thrown below it is caught by the glue,
  // and the call returns here with the shadow stack and the guard as the throw left them.
  // 'before': restore before every site (catches in wasm, or frames off); 'invoke': after each
  // invoke_* frame site only (code.ts).
  // (frames on: a framed function restores at its handlers and after each invoke_* site instead,
  // and one that is not framed has nothing to restore: framed.ts)
  const catches = (body: CodeLayout['funcs'][number]): 'before' | undefined =>
    !framesOn && (body.catches || (invokes.size > 0 && callsInvoke(layout, body, isInvoke))) ? 'before' : undefined;
  // The frame helpers (code.ts frameHelpers()) are the first defined functions: small indices,
  // so each call to them is short. Defined functions shift by K hooks + H helpers.
  const helperTargets = { tracing: TRACING, depth: DEPTH, enter: hookIndex('enter'), leave: hookIndex('leave'), site: SITE };
  const helpers: { name: string; sig: [number, number]; raw?: Uint8Array; body: Uint8Array }[] = framesOn ? frameHelpers(helperTargets, { restore: framedRestore }) : [];
  const importVia = new Int32Array(F0).fill(-1); // an import's site helper (output index)
  const importNames = pm.imports.filter((i) => i.kind === ImportKind.func).map((i) => i.field);
  for (const i of siteImports) {
    const raw = pm.types[pm.funcTypes[i]!]!.raw;
    importVia[i] = F0 + K + helpers.length;
    const invoke = isInvoke[i] === 1;
    helpers.push({ name: `${invoke ? 'site' : 'frame'}.${importNames[i]}`, sig: [0, 0], raw: withSiteParam(raw),
      body: importSiteBody(helperTargets, i, pm.types[pm.funcTypes[i]!]!.params.length, invoke) });
  }
  // A free inlined into a caller (a Zig ReleaseFast build): the helper its pushes call, `$inlined.free`.
  const inlinedFrees = inp.inlinedFrees ?? new Map<number, InlinedPush[]>();
  if (inlinedFrees.size > 0) { // (the family's free is hooked: `free` is imported)
    helpers.push({ name: 'inlined.free', sig: [2, 0], body: inlinedFreeBody({ tracing: TRACING, depth: DEPTH, free: hookIndex('free') }) });
  }
  const unguarded = unguardedAllocators(layout, allocators, inlinedFrees, inp.reentrant);
  const H = helpers.length;
  const helperIndex = (name: string) => { const i = helpers.findIndex((x) => x.name === name); return i < 0 ? -1 : F0 + K + i; };
  const helperIx: FrameHelperIndices = {
    enter: helperIndex('frame.enter'), leave: helperIndex('frame.leave'), restore: helperIndex('frame.restore'), inlinedFree: helperIndex('inlined.free'),
  };
  const maps: IndexMaps = {
    fn: (i) => (i < F0 ? i : i + K + H),
    global: (g) => (g < G0 ? g : g + 2),
  };
  const newGlobals = [...(pointers ? [0] : []), ...(framesOn ? [0] : [])].map(() => new Uint8Array([0x7f, 0x01, 0x41, 0x00, 0x0b]));
  const prologue = pointers ? resetPrologue(INDIRECT_SITE) : undefined;
  const base = F0 + K + H + defined;
  const origIdx = new Map<number, number>();
  const siteIdx = new Map<number, number>();
  allocators.forEach((a, i) => { origIdx.set(a.fn.index, base + 2 * i); siteIdx.set(a.fn.index, base + 2 * i + 1); });

  // Types: existing entries keep their indices; new signatures are appended.
  const typeKey = new Map<string, number>(pm.types.map((t, i) => [t.raw.join(','), i]));
  const newTypes: Uint8Array[] = [];
  const typeOf = (raw: Uint8Array): number => {
    const key = raw.join(',');
    let t = typeKey.get(key);
    if (t === undefined) { t = pm.types.length + newTypes.length; newTypes.push(raw); typeKey.set(key, t); }
    return t;
  };
  // The block a framed body is wrapped in: no params, the function's results.
  const blockTypeOf = (raw: Uint8Array): Uint8Array => {
    const r = new ByteReader(raw, 1, raw.length);
    const n = r.u32leb('param count');
    for (let i = 0; i < n; i++) readValType(r);
    const resultsAt = r.pos;
    const m = r.u32leb('result count');
    if (m === 0) return new Uint8Array([0x40]);
    if (m === 1) return raw.subarray(r.pos);
    return new Writer(8).sleb(typeOf(new Uint8Array([0x60, 0x00, ...raw.subarray(resultsAt)]))).result.slice();
  };
  const i32sig = (params: number, results: number) => new Uint8Array([0x60, params, ...Array(params).fill(0x7f), results, ...Array(results).fill(0x7f)]);
  const hookTypes = hookList.map((h) => typeOf(i32sig(...HOOK_SIGNATURES[h])));
  const helperTypes = helpers.map((h) => typeOf(h.raw ?? i32sig(...h.sig)));
  const siteTypes = allocators.map((a) => typeOf(withSiteParam(pm.types[pm.funcTypes[a.fn.index]!]!.raw)));
  // The block type of an allocator's call site that tests `tracing` (code.ts 'retarget'): the
  // allocator's own signature, its arguments already on the stack.
  const siteBlocks = new Map<number, Uint8Array>(allocators.map((a) => [a.fn.index, new Writer(8).sleb(pm.funcTypes[a.fn.index]!).result.slice()]));
  // (before the type section is written: a block of several results is a new type)
  const blockTypes = new Map<number, Uint8Array>();
  for (const f of layout.funcs) {
    const t = pm.funcTypes[f.index]!;
    if (isFramed[f.index] === 1 && !blockTypes.has(t)) blockTypes.set(t, blockTypeOf(pm.types[t]!.raw));
  }
  // (and an allocator's entry with frames on: its `if` on `tracing` yields the results: entryBody())
  if (framesOn) {
    for (const a of allocators) {
      const t = pm.funcTypes[a.fn.index]!;
      if (!blockTypes.has(t)) blockTypes.set(t, blockTypeOf(pm.types[t]!.raw));
    }
  }

  // The output is written once, in order, into one buffer (every fresh page costs, ~10 µs on a
  // VM): the sections before the code, the code section's id with room for its size, the code
  // (here), then finish() writes the sections after it and fills in the size. The buffer is
  // sized once, past the growth seen (frames add up to a third of a C++ module's code, ~14 bytes
  // a frame), with room for the rest of the module: growing a 50 MB writer copies it into one
  // twice its size. Pages never written are never touched, so the room costs address space only.
  const codeSection = pm.sections.find((x) => x.id === SectionId.code);
  const codeSize = codeSection ? codeSection.end - codeSection.start : 0;
  const code = new Writer(bytes.length + (codeSize >> 3) + 64 * layout.calls.count + 65536);
  const droppedSections: string[] = [];
  const emit = sectionWriter();
  const codeIndex = codeSection ? pm.sections.indexOf(codeSection) : -1;
  let sizeAt = -1; // where the code section's size goes (5 bytes of room)
  if (codeIndex >= 0) {
    code.bytes(bytes.subarray(0, 8));
    for (let i = 0; i < codeIndex; i++) emit(pm.sections[i]!, code);
    emit(codeSection!, code);
    sizeAt = code.len;
    code.op(0, 0, 0, 0, 0);
  }
  const payloadAt = code.len;

  // Code.
  const sites = new SiteList(layout.calls.count);
  const res = { allocSites: 0, frameSites: 0, nestedCalls: 0 };
  const origBodies = new Map<number, Uint8Array>();
  // Sites are numbered as the calls are met; a second writing of the code (below) meets them in
  // the same order and numbers them the same, without pushing them again.
  let replayed = -1;
  const push = (at: number, kind: 0 | 1, fn: number): number => (replayed < 0 ? sites.push(at, kind, fn) : ++replayed);
  const bodyWriter = new Writer(4096);
  // Offset translation points, [original offset, position in `code`] pairs (flat).
  // (a flat typed list: a C++ module has millions of them, a JS array of numbers cost copies and GC)
  const marks = new Int32List(4 * layout.calls.count + 4 * layout.funcs.length + 1024); // (about two points a site)
  const rebase = (from: number, to: number, base: number) => { const a = marks.items; for (let i = from + 1; i < to; i += 2) a[i]! += base; };
  const pendingMarks = new Map<number, [from: number, to: number]>();
  // One environment for every body, and one action object of each kind, refilled per call: the
  // rewrite reads an action before asking for the next (a C++ module has ~500 k frame sites).
  let old = -1, inAllocator = false, inFramed = false;
  let scan: FramedScan | undefined;
  const retarget = { kind: 'retarget' as const, index: 0, site: undefined as number | undefined, orig: -1, block: undefined as Uint8Array | undefined };
  const pointer = { kind: 'pointer' as const, site: 0 };
  const siteAction = { kind: 'site' as const, site: 0, pointer: false, reset: false, restore: false, via: -1 };
  const frame = { kind: 'frame' as const, site: 0, via: -1 };
  const tail = { kind: 'tail' as const, pass: false };
  const untail = { kind: 'untail' as const, index: 0, site: undefined as number | undefined, depth: 0, orig: -1, block: undefined as Uint8Array | undefined };
  const env = codeEnv({ // (restore, framed and inlinedFrees are set per body: there from the start, so the object keeps its shape)
    fn: maps.fn, global: maps.global, tracing: TRACING, indirectSite: INDIRECT_SITE, helpers: helperIx,
    mark: (orig, outPos) => { marks.push2(orig, outPos); },
    inlinedFree: (at) => { res.allocSites++; return push(at, 0, old); },
    call: (op, callee, at): CallAction => {
      const direct = op === 'call' || op === 'return_call';
      if (direct && isAllocator[callee] === 1) {
        // (a collector's free, called from inside another allocator, keeps its entry: the GC frees
        // from inside __new, through __free, whose own hook is nested there; asc -Oz)
        if (inAllocator) {
          if (isCollectorFree[callee] === 1) return KEEP;
          res.nestedCalls++; retarget.index = origIdx.get(callee)!; retarget.site = undefined; retarget.block = undefined; return retarget;
        }
        res.allocSites++;
        if (inFramed && op === 'return_call') { // the frame stays until the allocator returns
          untail.index = siteIdx.get(callee)!; untail.site = push(at, 0, old); untail.depth = scan!.tailDepth.get(at)!;
          untail.orig = origIdx.get(callee)!; untail.block = siteBlocks.get(callee)!;
          return untail;
        }
        retarget.index = siteIdx.get(callee)!;
        retarget.site = push(at, 0, old);
        retarget.orig = origIdx.get(callee)!;
        retarget.block = siteBlocks.get(callee)!;
        return retarget;
      }
      if (!inAllocator && !inp.frames && plan.sets(op, callee)) {
        // No frames: the pointer call is still a site, for an allocator's entry to report.
        res.frameSites++;
        pointer.site = push(at, 1, old);
        return pointer;
      }
      if (inFramed && isTail(op)) {
        const k = tailKind(op, callee);
        if (k === 'untail') { untail.index = maps.fn(callee); untail.site = undefined; untail.block = undefined; untail.depth = scan!.tailDepth.get(at)!; return untail; }
        tail.pass = k === 'pass';
        return tail;
      }
      if (inAllocator || !isFrameCall(op, callee)) return KEEP;
      res.frameSites++;
      if (op === 'call' && callee < F0 && isInvoke[callee] !== 1) { // an import whose JS may call back
        frame.site = push(at, 1, old);
        frame.via = importVia[callee]!;
        return frame;
      }
      siteAction.site = push(at, 1, old);
      siteAction.pointer = plan.sets(op, callee);
      siteAction.reset = !(op === 'call' && isClean[callee] === 1);
      siteAction.restore = op === 'call' && isInlineInvoke[callee] === 1;
      siteAction.via = op === 'call' && callee < F0 ? importVia[callee]! : -1;
      return siteAction;
    },
  });
  const framedPlan = (body: FuncBody): FramedPlan | undefined => {
    if (isFramed[body.index] !== 1) return undefined;
    scan = scanFramed(bytes, layout, body, siteKind);
    return { site: SITE, depth: DEPTH, tracing: TRACING, coreEnter: hookIndex('enter'), coreLeave: hookIndex('leave'),
      enter: helperIx.enter, leave: helperIx.leave, restore: helperIx.restore, scan,
      saveDepth: body.catches || callsInvoke(layout, body, isInlineInvoke), inlineBelow, extra: 0, blockType: blockTypes.get(pm.funcTypes[body.index]!)! };
  };
  // The inline entries' extra bytes by the size of the body's original code (what a smaller
  // bound would save: OUTPUT_BOUND below).
  const extraBySize = new Float64Array(SIZE_CLASSES);
  let inlineBelow = SIZE_CLASSES;
  // The bodies from `from` up to the next allocator's (its index returned), rewritten into `code`.
  // The loop alone, in a function of its own: TurboFan compiles it while it runs (OSR), and any
  // path it has not yet taken when compiled throws that code away when taken (an allocator's
  // body, ~30 of DuckDB's 62 k; the code after the loop); in writeCode those were three
  // compilations of the whole rewrite.
  const writeBodies = (funcs: FuncBody[], from: number): number => {
    const n = funcs.length;
    let i = from;
    for (; i < n; i++) {
      const body = funcs[i]!;
      if (byOld.has(body.index)) break;
      old = body.index;
      inAllocator = internal(old);
      inFramed = isFramed[old] === 1;
      env.inlinedFrees = inlinedFrees.get(old);
      const params = pm.types[pm.funcTypes[old]!]!.params.length;
      const bodyMarks = marks.length;
      const mode = catches(body);
      const fp = framedPlan(body);
      const codeAt = rewriteBody(bytes, layout, body, params, env, bodyWriter, code, plan.resets(old) ? prologue : undefined, mode && { depth: DEPTH, before: true }, fp);
      if (fp?.extra) extraBySize[sizeClass(body.bodyEnd - body.codeStart)]! += fp.extra;
      rebase(bodyMarks, marks.length, codeAt);
    }
    return i;
  };
  // An allocator's body: its entry (which calls the hooks) in its place, its own code kept for
  // the end of the section.
  const writeAllocatorBody = (body: FuncBody): void => {
    old = body.index;
    inAllocator = internal(old);
    inFramed = isFramed[old] === 1;
    const a = byOld.get(old)!;
    env.inlinedFrees = undefined;
    const params = pm.types[pm.funcTypes[old]!]!.params.length;
    const bodyMarks = marks.length;
    const orig = new Writer(body.bodyEnd - body.bodyStart + 64);
    const fp = framedPlan(body);
    const codeAt = rewriteBody(bytes, layout, body, params, env, bodyWriter, orig, undefined, undefined, fp);
    if (fp?.extra) extraBySize[sizeClass(body.bodyEnd - body.codeStart)]! += fp.extra;
    rebase(bodyMarks, marks.length, codeAt); // relative to `orig` until it is appended
    pendingMarks.set(old, [bodyMarks, marks.length]);
    origBodies.set(old, orig.result);
    const entry = entryBody(a.fn.params.length, { site: siteIdx.get(old)!, orig: origIdx.get(old)!, tracing: TRACING, block: siteBlocks.get(old)! }, pointers ? { indirectSite: INDIRECT_SITE } : undefined,
      framesOn ? { site: SITE, enter: helperIx.enter, leave: helperIx.leave, results: blockTypes.get(pm.funcTypes[old]!)! } : undefined);
    code.uleb(entry.length).bytes(entry);
  };
  const writeCode = (): void => {
    code.uleb(H + defined + 2 * allocators.length);
    for (const h of helpers) code.uleb(h.body.length).bytes(h.body);
    const funcs = layout.funcs;
    for (let i = 0; i < funcs.length;) {
      i = writeBodies(funcs, i);
      if (i < funcs.length) writeAllocatorBody(funcs[i++]!);
    }
    for (const a of allocators) {
      const [from, to] = pendingMarks.get(a.fn.index)!;
      rebase(from, to, code.len);
      code.bytes(origBodies.get(a.fn.index)!); // already size-prefixed
      const sited = sitedBody(a.spec, a.fn.params.length, {
        orig: origIdx.get(a.fn.index)!, site: siteIdx.get(a.fn.index)!, tracing: TRACING, depth: DEPTH,
        alloc: hooks.has('alloc') ? hookIndex('alloc') : -1, free: hooks.has('free') ? hookIndex('free') : -1,
        realloc: hooks.has('realloc') ? hookIndex('realloc') : -1,
      }, unguarded.has(a.fn.index));
      code.uleb(sited.length).bytes(sited);
    }
  };
  writeCode();

  let outShift: number | null = null; // output offset − buffer offset, once finished
  let markOrig: Int32Array | null = null;
  let markOut: Int32Array | null = null;
  const translateOffset = (orig: number): number => {
    if (outShift === null) throw new InstrumentError('internal: translateOffset before finish()', { code: 'internal' });
    if (!markOrig || !markOut) {
      // Sorted by original offset, once, on first use (allocator bodies were appended out of order).
      const m = marks.items;
      const order = Array.from({ length: marks.length / 2 }, (_, i) => i).sort((x, y) => m[2 * x]! - m[2 * y]!);
      markOrig = Int32Array.from(order, (i) => m[2 * i]!);
      markOut = Int32Array.from(order, (i) => m[2 * i + 1]!);
    }
    if (!codeSection || orig < codeSection.start || orig >= codeSection.end) return -1;
    let lo = 0, hi = markOrig.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (markOrig[mid]! <= orig) lo = mid + 1; else hi = mid; }
    if (lo === 0) return -1;
    return outShift + markOut[lo - 1]! + (orig - markOrig[lo - 1]!);
  };
  const finish = (extra: [string, Uint8Array][]): Uint8Array => {
    if (codeIndex < 0) {
      // no code section: the code written above is not part of the module
      const out = new Writer(bytes.length + extra.reduce((n, [, p]) => n + p.length + 64, 0) + 4096);
      out.bytes(bytes.subarray(0, 8));
      for (const s of pm.sections) emit(s, out);
      emit.done(out, extra);
      outShift = 0;
      return out.result.slice();
    }
    let payloadEnd = code.len;
    for (let i = codeIndex + 1; i < pm.sections.length; i++) emit(pm.sections[i]!, code);
    emit.done(code, extra);
    // Past OUTPUT_BOUND × the input (and OUTPUT_ROOM): the code again, with the inline entries of the largest
    // bodies left out (their helper calls instead) until it fits, or none; the sections after
    // the code do not change.
    const total = code.len - 5 + ulebLength(payloadEnd - payloadAt);
    let over = total - Math.max(Math.floor(OUTPUT_BOUND * bytes.length), bytes.length + OUTPUT_ROOM);
    if (over > 0 && extraBySize.some((x) => x > 0)) {
      while (over > 0 && inlineBelow > 0) over -= extraBySize[--inlineBelow]!;
      const after = code.buf.slice(payloadEnd, code.len);
      code.len = payloadAt;
      marks.length = 0;
      pendingMarks.clear();
      origBodies.clear();
      replayed = 0;
      res.allocSites = res.frameSites = res.nestedCalls = 0;
      writeCode();
      payloadEnd = code.len;
      code.bytes(after);
    }
    // The code section's size in the room left for it: what its LEB128 does not use, the sections
    // before it move up by (a few MB at most, within pages already written), and the output
    // starts that far in.
    const size = new Writer(8).uleb(payloadEnd - payloadAt).result;
    const shift = 5 - size.length;
    code.buf.copyWithin(shift, 0, sizeAt);
    code.buf.set(size, sizeAt + shift);
    outShift = -shift;
    return code.buf.subarray(shift, code.len);
  };

  /**
   * Writes each section of the original, in order, as the output has it (`emit(s, out)`; the
   * code section: its id only), then `emit.done(out, extra)` checks the imports were written and
   * appends the extra custom sections.
   */
  function sectionWriter(): ((s: Section, out: Writer) => void) & { done(out: Writer, extra: [string, Uint8Array][]): void } {
    let prevEnd = 8;
    let importsWritten = false;
    let globalsWritten = false;
    const writeImports = (out: Writer, s?: { start: number; end: number }) => {
      const w = new Writer();
      let count = 0;
      let entries: Uint8Array = new Uint8Array(0);
      if (s) { const r = new ByteReader(bytes, s.start, s.end); count = r.u32leb('import count'); entries = bytes.subarray(r.pos, s.end); }
      w.uleb(count + 2 + K).bytes(entries);
      for (const g of HOOK_GLOBALS) w.name(HOOK_MODULE).name(g).op(0x03, 0x7f, 0x01);
      hookList.forEach((h, i) => w.name(HOOK_MODULE).name(h).u8(0x00).uleb(hookTypes[i]!));
      section(out, SectionId.import, w.result);
      importsWritten = true;
    };
    const emit = (s: Section, out: Writer): void => {
      const raw = bytes.subarray(prevEnd, s.end);
      prevEnd = s.end;
      const r = new ByteReader(bytes, s.start, s.end);
      // No global section of its own: ours goes where it belongs, before exports and what follows.
      if (newGlobals.length && !globalsWritten && !globalSection && [SectionId.export, SectionId.start, SectionId.element, 12, SectionId.code, SectionId.data].includes(s.id)) {
        const w = new Writer(16).uleb(newGlobals.length);
        for (const g of newGlobals) w.bytes(g);
        section(out, SectionId.global, w.result);
        globalsWritten = true;
      }
      switch (s.id) {
        case SectionId.custom:
          if (s.name === 'name') {
            try {
              const payload = rewriteNames(new ByteReader(bytes, s.contentStart, s.end), maps, nameAdditions());
              customSection(out, 'name', payload);
            } catch {
              droppedSections.push('name'); // unreadable: its indices could not be shifted
            }
          } else if (s.name !== null && STALE.test(s.name)) droppedSections.push(s.name);
          else out.bytes(raw);
          break;
        case SectionId.type: {
          const w = new Writer(s.end - s.start + 64);
          const n = r.u32leb('type count');
          w.uleb(n + newTypes.length).bytes(bytes.subarray(r.pos, s.end));
          for (const t of newTypes) w.bytes(t);
          section(out, SectionId.type, w.result);
          if (!pm.sections.some((x) => x.id === SectionId.import)) writeImports(out);
          break;
        }
        case SectionId.import: writeImports(out, s); break;
        case SectionId.function: {
          const w = new Writer(s.end - s.start + 16);
          const n = r.u32leb('function count');
          w.uleb(H + n + 2 * allocators.length);
          for (const t of helperTypes) w.uleb(t);
          w.bytes(bytes.subarray(r.pos, s.end));
          allocators.forEach((a, i) => w.uleb(pm.funcTypes[a.fn.index]!).uleb(siteTypes[i]!));
          section(out, SectionId.function, w.result);
          break;
        }
        case SectionId.table: section(out, s.id, rewriteTables(r, maps)); break;
        case SectionId.global: section(out, s.id, rewriteGlobals(r, maps, newGlobals)); globalsWritten = true; break;
        case SectionId.export: sectionInPlace(out, s.id, (w) => writeExports(r, maps, w)); break;
        case SectionId.start: section(out, s.id, rewriteStart(r, maps)); break;
        case SectionId.element: section(out, s.id, rewriteElements(r, maps)); break;
        case SectionId.code: out.u8(s.id); break; // its size and payload: the caller's
        case SectionId.data: sectionInPlace(out, s.id, (w) => writeData(r, maps, w)); break;
        default: out.bytes(raw);
      }
    };
    return Object.assign(emit, {
      done(out: Writer, extra: [string, Uint8Array][]): void {
        if (!importsWritten) throw new InstrumentError('cannot instrument: the module has no type section', { code: 'invalid-module' });
        for (const [name, payload] of extra) customSection(out, name, payload);
      },
    });
  }

  function nameAdditions() {
    return {
      functions: [
        ...hookList.map((h, i): [number, string] => [F0 + i, `${HOOK_MODULE}.${h}`]),
        ...helpers.map((h, i): [number, string] => [F0 + K + i, `${HOOK_MODULE}.${h.name}`]),
        ...allocators.flatMap((a): [number, string][] => [[origIdx.get(a.fn.index)!, `${a.fn.name}$orig`], [siteIdx.get(a.fn.index)!, `${a.fn.name}$site`]]),
      ],
      globals: [[TRACING, `${HOOK_MODULE}.tracing`], [DEPTH, `${HOOK_MODULE}.depth`],
        ...(pointers ? [[INDIRECT_SITE, INDIRECT_SITE_GLOBAL]] : []), ...(framesOn ? [[SITE, `${HOOK_MODULE}.${FRAME_SITE_GLOBAL}`]] : [])] as [number, string][],
      localsFrom: new Map(allocators.map((a) => [origIdx.get(a.fn.index)!, a.fn.index])),
      paramsOnly: new Map(allocators.map((a) => [maps.fn(a.fn.index), a.fn.params.length])),
    };
  }

  return { finish, sites, ...res, hookImports: [...HOOK_GLOBALS, ...hookList], droppedSections, translateOffset };
}

/** Whether `body` calls an invoke_* import directly (`isInvoke`: 1 per such function index). */
function callsInvoke(layout: CodeLayout, body: CodeLayout['funcs'][number], isInvoke: Uint8Array): boolean {
  const { op, callee } = layout.calls;
  for (let k = body.firstCall; k < body.endCall; k++) if (op[k] === 0 && isInvoke[callee[k]!] === 1) return true;
  return false;
}

/** What a framed body gets (framed.ts): the globals and helpers its entry and exit use, its edits. */
interface FramedPlan {
  site: number;
  depth: number;
  tracing: number;
  coreEnter: number;
  coreLeave: number;
  enter: number;
  leave: number;
  restore: number;
  scan: FramedScan;
  /** It catches (in wasm, or through an invoke_* import written out at its site): the guard is saved at entry. */
  saveDepth: boolean;
  /** Its entry and exit are written out when its original code's size class (sizeClass()) is below this (all: SIZE_CLASSES, fewer: OUTPUT_BOUND). */
  inlineBelow: number;
  /** Set by rewriteBody: the bytes its written-out entry and exit add to the body (0: not written out). */
  extra: number;
  blockType: Uint8Array;
}

/**
 * One body, size-prefixed into `out`: its locals (plus the frame token when used) and its
 * rewritten instructions. Returns where the instructions start in `out`.
 *
 * A framed body (`framed`) gets four i32 locals — `$tok` (its entry's token), `$in` (the site it
 * read at entry, kept when a restore or a tail call reads it again), `$dsave` (the guard at
 * entry), `$stok` (an import site's token) — and
 *   (local.set $tok (call $frame.enter [(local.tee $in] (global.get $site)))) ;; (frameEntry())
 *   ;; (written out, unless OUTPUT_BOUND leaves it out: $frame.enter's own code:
 *   ;;  (if (i32.gt_u (global.get $tracing) (i32.const 1))
 *   ;;    (then (local.set $tok (call $enter (global.get $site)))))
 *   ;;  (global.set $site (i32.const 0)); keeping $in, as $frame.enter has it)
 *   [(local.set $dsave (global.get $depth))]
 *   [(block (result …)] BODY [)]       ;; a block when its returns are `br`s, or a branch leaves it
 *   [(call $frame.restore …)]          ;; a catch clause targets the function's own label
 *   (call $frame.leave (local.get $tok))  ;; (written out: (if (local.get $tok) (then (call $leave (local.get $tok)))))
 * With `framed.extra` set to the bytes the written-out entry and exit add (0: not written out).
 */
/**
 * Every framed body gets its entry and exit written out (docs/hook-abi.md, "Deeper frames"): the
 * `tracing > 1` check inline, the core's `enter`/`leave` called only when it holds, so not
 * tracing (or at nframe 1) a call of a framed function pays no helper call. Until session 25 only
 * bodies under 256 bytes did, and larger ones called `$frame.enter` and `$frame.leave`: two calls
 * (~45 instructions on Node 20, which inlines no wasm call) on every call of a large body whose
 * common path is short (libc++'s `basic_string::insert`, Rust's `core::fmt::write`,
 * `pad_integral`, AssemblyScript's `Array#__set`), not tracing too (bench/README.md, "notrace25").
 * The bodies' sizes are kept by class for OUTPUT_BOUND: exact below 1 KiB, then eight classes a
 * power of two (monotonic in the size: the largest bodies are left out first).
 */
const SIZE_CLASSES = 1024 + 22 * 8;
function sizeClass(n: number): number {
  if (n < 1024) return n;
  const top = 31 - Math.clz32(n); // 10 .. 31
  return 1024 + (top - 10) * 8 + ((n >>> (top - 3)) & 7);
}
/**
 * The inline entries (above) are left out of the largest small bodies first while the output
 * would be larger than OUTPUT_BOUND times its input (issue 13's bound) and more than OUTPUT_ROOM
 * bytes larger: a C++ module with many frame sites and handlers (occt-import-js) is near the
 * bound without them. (A small module grows by more than 1.3× of its own bytes — the hooks'
 * imports, the helpers, the site table — but by nothing worth saving.)
 */
const OUTPUT_BOUND = 1.3;
const OUTPUT_ROOM = 65536;
function rewriteBody(bytes: Uint8Array, layout: CodeLayout, body: FuncBody, params: number, env: CodeEnv, w: Writer, out: Writer, prologue?: Uint8Array,
  catching?: { depth: number; before: boolean }, framed?: FramedPlan): number {
  const start = body.bodyStart;
  const r = new ByteReader(bytes, start, body.codeStart);
  const groups = r.u32leb('local group count');
  const groupsEnd = r.pos;
  let locals = 0;
  for (let g = 0; g < groups; g++) {
    locals += r.u32leb('local count');
    readValType(r);
  }
  const localsEnd = r.pos;
  w.len = 0;
  if (prologue) w.bytes(prologue);
  let added = 0;
  if (framed) {
    const base = params + locals;
    const f = { tok: base, in: base + 1, dsave: base + 2, stok: base + 3, site: framed.site, depth: framed.depth, edits: framed.scan.edits };
    added = 4;
    env.framed = f;
    const inline = sizeClass(body.bodyEnd - body.codeStart) < framed.inlineBelow;
    // `$in` is read again only by a restore (a body that catches, or calls an invoke_* import
    // itself) and by a tail call that passes it on: other bodies do not keep it
    const keepIn = framed.saveDepth || framed.scan.restoreAtExit || framed.scan.tailDepth.size > 0;
    frameEntry(w, f, framed, inline, keepIn);
    if (framed.saveDepth) w.u8(0x23).uleb(f.depth).u8(0x21).uleb(f.dsave);
    // The body in a block when something leaves it early (a `return` made a `br`, a tail call made
    // a call and a `br`, a branch or a catch clause to the body's label): at the end of the block,
    // the exit. Else the exit follows the body's own code (its results on the stack, untouched).
    const block = body.toLabel || framed.scan.restoreAtExit || framed.scan.tailDepth.size > 0 || framed.scan.edits.some((e) => e.kind === 0);
    if (block) w.u8(0x02).bytes(framed.blockType);
    rewriteBodyCode(bytes, layout, body, w, env, base, body.bodyEnd - 1);
    if (block) w.u8(0x0b);
    if (framed.scan.restoreAtExit) w.u8(0x20).uleb(f.tok).u8(0x20).uleb(f.in).u8(0x20).uleb(f.dsave).u8(0x10).uleb(framed.restore);
    frameExit(w, f, framed, inline);
    w.u8(0x0b);
    if (inline) { // what the two helper calls would take instead (and the body's size, its LEB128)
      scratch.len = 0;
      frameEntry(scratch, f, framed, true, keepIn);
      frameExit(scratch, f, framed, true);
      const long = scratch.len;
      scratch.len = 0;
      frameEntry(scratch, f, framed, false, keepIn);
      frameExit(scratch, f, framed, false);
      const d = long - scratch.len, size = ulebLength(groups + 1) + (localsEnd - groupsEnd) + 2 + w.len;
      framed.extra = d + ulebLength(size) - ulebLength(size - d);
    }
    env.framed = undefined;
  } else {
    // A function that catches (frames off): one new local, the guard saved at entry.
    const dsave = params + locals;
    if (catching) {
      env.restore = { depth: catching.depth, dsave, before: catching.before };
      w.u8(0x23).uleb(catching.depth).u8(0x21).uleb(dsave);
      added = 1;
    }
    rewriteBodyCode(bytes, layout, body, w, env, params + locals);
    env.restore = undefined;
  }
  // (the locals copied as a range, short ones byte by byte, and the count written in place: no view
  // nor writer object for them in each of a C++ module's ~60 k bodies)
  if (added) {
    out.uleb(ulebLength(groups + 1) + (localsEnd - groupsEnd) + 2 + w.len).uleb(groups + 1).range(bytes, groupsEnd, localsEnd).u8(added).u8(0x7f);
  } else {
    out.uleb((localsEnd - start) + w.len).range(bytes, start, localsEnd);
  }
  const codeAt = out.len;
  out.range(w.buf, 0, w.len);
  return codeAt;
}

const scratch = new Writer(64);

/**
 * A framed body's entry: `$frame.enter`'s call, or (`inline`) its code written out; `keepIn`:
 * the site read is kept in `$in` (a restore or a tail call reads it again).
 */
function frameEntry(w: Writer, f: FramedLocals, framed: FramedPlan, inline: boolean, keepIn: boolean): void {
  if (inline && keepIn) {
    // $in = $site; $site = 0; $tok = tracing > 1 ? enter($in) : 0
    w.u8(0x23).uleb(f.site).u8(0x21).uleb(f.in).op(0x41, 0x00).u8(0x24).uleb(f.site);
    w.u8(0x23).uleb(framed.tracing).op(0x41, 0x01, 0x4b, 0x04, 0x7f).u8(0x20).uleb(f.in).u8(0x10).uleb(framed.coreEnter).op(0x05, 0x41, 0x00, 0x0b).u8(0x21).uleb(f.tok);
  } else if (inline) {
    // if (tracing > 1) $tok = enter($site); $site = 0   ($tok is 0 otherwise: a fresh local)
    w.u8(0x23).uleb(framed.tracing).op(0x41, 0x01, 0x4b, 0x04, 0x40).u8(0x23).uleb(f.site).u8(0x10).uleb(framed.coreEnter).u8(0x21).uleb(f.tok).u8(0x0b);
    w.op(0x41, 0x00).u8(0x24).uleb(f.site);
  } else if (keepIn) w.u8(0x23).uleb(f.site).u8(0x22).uleb(f.in).u8(0x10).uleb(framed.enter).u8(0x21).uleb(f.tok);
  else w.u8(0x23).uleb(f.site).u8(0x10).uleb(framed.enter).u8(0x21).uleb(f.tok);
}

/** A framed body's exit: `$frame.leave`'s call, or (`inline`) `if ($tok) leave($tok)`. */
function frameExit(w: Writer, f: FramedLocals, framed: FramedPlan, inline: boolean): void {
  if (inline) w.u8(0x20).uleb(f.tok).op(0x04, 0x40).u8(0x20).uleb(f.tok).u8(0x10).uleb(framed.coreLeave).u8(0x0b);
  else w.u8(0x20).uleb(f.tok).u8(0x10).uleb(framed.leave);
}

/** Bytes of `n` as unsigned LEB128. */
function ulebLength(n: number): number {
  let k = 1;
  while (n >= 0x80) { n >>>= 7; k++; }
  return k;
}

/**
 * Section `id` whose payload `write` appends to `out` itself, with no buffer of its own (a C++
 * module's export section is ~7 MB, and every fresh page costs): room is left for a 5-byte size,
 * and the payload moves back by what its LEB128 does not use.
 */
function sectionInPlace(out: Writer, id: number, write: (w: Writer) => void): void {
  out.u8(id).op(0, 0, 0, 0, 0);
  const at = out.len - 5;
  write(out);
  const size = new Writer(8).uleb(out.len - at - 5).result;
  out.buf.copyWithin(at + size.length, at + 5, out.len);
  out.buf.set(size, at);
  out.len -= 5 - size.length;
}

/** `(func (param p…) (result r…))` → `(func (param p… i32) (result r…))`, encoded. */
function withSiteParam(raw: Uint8Array): Uint8Array {
  const r = new ByteReader(raw);
  r.u8();
  const n = r.u32leb('param count');
  const from = r.pos;
  for (let i = 0; i < n; i++) readValType(r);
  const paramsEnd = r.pos;
  return new Writer(raw.length + 4).u8(0x60).uleb(n + 1).bytes(raw.subarray(from, paramsEnd)).u8(0x7f).bytes(raw.subarray(paramsEnd)).result.slice();
}

/** A growable list of int32 pairs. */
class Int32List {
  items: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
  }
  push2(a: number, b: number): void {
    if (this.length + 2 > this.items.length) {
      const grown = new Int32Array(2 * this.items.length);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = a;
    this.items[this.length++] = b;
  }
}
