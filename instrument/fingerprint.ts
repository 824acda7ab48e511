// Code fingerprints of the common allocators, for modules where nothing names them (no name
// section, no conventional export, no glue): the last step of allocator discovery (discover.ts).
//
// A fingerprint is exact or it is not used. Each one needs several independent features to agree,
// and every role it hooks must be found in exactly ONE function (two candidates: nothing is hooked):
//
//   - constants the allocator's source computes with, which survive every optimisation level
//     (dlmalloc's compute_tree_index bit tricks 0x3C000/0x7F000/0xFFF00 and its 0xFFFFFF limit,
//     MAX_SMALL_REQUEST 244/245, pad_request's 11 and ~7; emmalloc's bucket arithmetic 29, 30, 63,
//     71, 110, 127; TLSF's SB_SIZE 256, ~TAGS_MASK, BLOCK_MAXSIZE);
//   - the signature of each role;
//   - the call graph: free calls nothing of malloc's, memalign calls malloc, realloc calls malloc
//     AND free, TLSF's insertBlock calls removeBlock;
//   - one heap: malloc and free address the same static allocator state (a shared constant
//     address ≥ 1024), where the allocator keeps it at a static address.
//
// Measured on emcc 3.1.6 -O0/-O2/-Os/-Oz (dlmalloc and -sMALLOC=emmalloc), clang 14 + wasi-libc,
// rustc 1.63 (dlmalloc crate, with and without LTO), asc 0.28 (incremental, minimal and stub
// runtimes) and 0.9 (rabin-wasm's TLSF, @chainsafe/as-chacha20poly1305's stub), and the zoo's packages; test/instrument/fingerprint/ checks that the named
// build of each agrees function by function, and that no other fixture matches at all.

import { someCall, type CodeLayout } from './code-reader';
import { ConstMasks, mayHoldConsts, readCodeFeatures, type CodeFeatures, type ConstNeeds } from './code-features';
import { sectionName, type AllocatorFn, type ModuleFunction } from './detect';
import type { AllocatorSpec } from './profiles';
import { ByteReader, ulebAt } from './byte-reader';
import { decodeExpression } from './wasm/instructions';

export interface Fingerprint {
  /** What was recognised: 'dlmalloc', 'emmalloc', 'dlmalloc (Rust)', 'TLSF (AssemblyScript)', 'stub runtime (AssemblyScript)'. */
  allocator: string;
  allocators: AllocatorFn[];
  /** The roles found, for the report: `malloc, free, memalign`. */
  roles: string[];
  /** Functions that carry a role's code inlined (no function of that role left to hook): labels and indices. */
  inlined?: Inlined;
}

interface Ctx {
  funcs: ModuleFunction[];
  features(index: number): CodeFeatures | null;
  /** False when function `index`'s features lack `needs` (mayHoldConsts; its features, when read already). */
  mayHold?(index: number, needs: ConstNeeds, groups?: Int32Array | null): boolean;
  /** `needs` as ConstMasks' groups (null: some value is not in NEEDED, each body read alone). */
  groups?(needs: ConstNeeds): Int32Array | null;
  /** Defined functions of this signature ('i32,i32>i32'). */
  bySig(sig: string): ModuleFunction[];
  /** Whether function `index` calls `target` directly (from the layout's call columns: no decoding). */
  calls(index: number, target: number): boolean;
}

const sigOf = (f: ModuleFunction): string => `${f.params.join(',')}>${f.results.join(',')}`;
const hasAll = (c: Set<number>, values: readonly number[]): boolean => values.every((v) => c.has(v));
const hasAny = (c: Set<number>, values: readonly number[]): boolean => values.some((v) => c.has(v));

const MIN_BODY_BYTES = 40;

/**
 * Every constant the tests below name in their `needs` (ConstMasks: each candidate body's bytes read
 * once for all of them). A test needing a value missing here still works, its bodies read for it alone.
 */
const NEEDED: readonly number[] = [
  -64, -65, 0xffffff, 244, 245, 236, 237, 11, 19, -8, -16, 16, 28, 48, // dlmalloc
  -1, 65536, -65536, 65535, 3, // calloc
  29, 30, 63, 71, 110, 127, -4, -57, // emmalloc
  256, 4095, 62, // dlmalloc (Rust)
  7, 31, -3, -2, 20, (1 << 30) - 4 - 16, (1 << 30) - 4, (1 << 30) - 16, // TLSF, the stub runtime
];

export function fingerprintAllocators(bytes: Uint8Array, funcs: ModuleFunction[], layout: CodeLayout): Fingerprint[] {
  const cache = new Map<number, CodeFeatures | null>();
  const masks = new ConstMasks(NEEDED, layout.funcs.length);
  const sigs = new Map<string, ModuleFunction[]>();
  const keys = new Map<readonly string[], Map<readonly string[], string>>();
  for (const f of funcs) {
    if (f.imported) continue;
    // Every role's body is larger than this (the smallest, TLSF's allocateBlock in asc 0.9, 45 instructions):
    // smaller ones are never decoded (a big module has tens of thousands of small functions).
    const body = layout.funcs[f.index - layout.importedFuncCount];
    if (!body || body.bodyEnd - body.codeStart < MIN_BODY_BYTES) continue;
    // (a type's params and results arrays are its functions' own, withFunctions: one key each, not a string per function)
    let byResults = keys.get(f.params);
    if (byResults === undefined) keys.set(f.params, (byResults = new Map()));
    let k = byResults.get(f.results);
    if (k === undefined) byResults.set(f.results, (k = sigOf(f)));
    const l = sigs.get(k) ?? [];
    l.push(f);
    sigs.set(k, l);
  }
  const ctx: Ctx = {
    funcs,
    features(index) {
      if (!cache.has(index)) {
        const body = layout.funcs[index - layout.importedFuncCount];
        cache.set(index, body ? readCodeFeatures(bytes, body, funcs[index]!.params.length) : null);
      }
      return cache.get(index)!;
    },
    mayHold(index, needs, groups) {
      const f = cache.get(index);
      if (f !== undefined) return f !== null && needs.every((g) => hasAny(f.consts, g));
      const at = index - layout.importedFuncCount, body = layout.funcs[at];
      if (!body) return false;
      return groups ? masks.mayHold(bytes, body, at, groups) : mayHoldConsts(bytes, body, needs);
    },
    groups: (needs) => masks.groups(needs),
    bySig: (sig) => sigs.get(sig) ?? [],
    calls(index, target) {
      const body = layout.funcs[index - layout.importedFuncCount];
      return !!body && someCall(layout, body, (op, callee) => (op === 'call' || op === 'return_call') && callee === target);
    },
  };
  const out: Fingerprint[] = [];
  for (const find of [dlmallocC, emmalloc, dlmallocRust, tlsf, asStub]) {
    // (the stub runtime is AssemblyScript's other heap: never both in one module)
    if (find === asStub && out.some((fp) => fp.allocator === 'TLSF (AssemblyScript)')) continue;
    const found = find(ctx);
    if (!found) continue;
    const more = forwarders(bytes, ctx, layout, found.allocators, found.family);
    out.push({ allocator: found.allocator, allocators: [...found.allocators, ...more], roles: [...new Set(found.roles)].concat(more.length ? [`${more.length} forwarding`] : []),
      ...(found.inlined ? { inlined: found.inlined } : {}) });
  }
  return out;
}

type Inlined = { roles: string[]; into: string[]; indices: number[] };
type Found = { allocator: string; family: string; allocators: AllocatorFn[]; roles: string[]; inlined?: Inlined } | null;

/**
 * The one function of `candidates` that satisfies `test`, or null (none, or more than one).
 * `needs`: constants `test` requires (each group: one of its values in `consts`), so that a body
 * without them is passed over undecoded (Ctx.mayHold): they must follow from `test` itself.
 */
function only(ctx: Ctx, candidates: ModuleFunction[], test: (f: CodeFeatures, fn: ModuleFunction) => boolean, needs?: ConstNeeds): ModuleFunction | null {
  let hit: ModuleFunction | null = null;
  const groups = needs && ctx.groups ? ctx.groups(needs) : null;
  for (const fn of candidates) {
    if (needs && ctx.mayHold && !ctx.mayHold(fn.index, needs, groups)) continue;
    const f = ctx.features(fn.index);
    if (!f || !test(f, fn)) continue;
    if (hit) return null;
    hit = fn;
  }
  return hit;
}

const fnLabel = (fn: ModuleFunction): string => fn.exports[0] ?? sectionName(fn) ?? `wasm-function[${fn.index}]`;

function make(allocator: string, family: string, parts: [string, ModuleFunction | null, AllocatorSpec | null][]): Found {
  const allocators: AllocatorFn[] = [];
  const roles: string[] = [];
  for (const [role, fn, spec] of parts) {
    if (!fn || !spec) continue;
    allocators.push({ fn, family, spec, label: `${fnLabel(fn)} = ${role} (${allocator})` });
    roles.push(role);
  }
  return { allocator, family, allocators, roles };
}

/**
 * Static addresses both functions use: the one heap's state. Small numbers, powers of two and
 * masks (2^n − 1) are sizes, not addresses.
 */
function sharedAddress(a: CodeFeatures, b: CodeFeatures, except: readonly number[] = []): boolean {
  for (const v of a.consts) if (addressLike(v) && b.consts.has(v) && !except.includes(v)) return true;
  return false;
}
const addressLike = (v: number): boolean => v >= 1024 && (v & (v - 1)) !== 0 && (v & (v + 1)) !== 0;

/** `f` calls `free` directly or through a function that only calls it (emmalloc's `free` → `emmalloc_free`). */
function callsFree(ctx: Ctx, f: CodeFeatures, free: ModuleFunction): boolean {
  return f.callees.some((c) => {
    if (c === free.index) return true;
    const g = ctx.features(c);
    return !!g && g.instructions <= 8 && g.callees.length === 1 && g.callees[0] === free.index;
  });
}

const roleIndices = (fns: (ModuleFunction | null)[]): Set<number> => new Set(fns.filter((f) => f).map((f) => f!.index));

/**
 * Where a role's code went when an optimising link inlined it: the functions, other than the
 * roles found (`known`), that call `target` directly and pass `test`. Only `target`'s callers are
 * decoded (the layout's call columns tell them), never every body of a big module.
 */
function inlinedInto(ctx: Ctx, target: ModuleFunction, known: Set<number>, test: (f: CodeFeatures) => boolean): ModuleFunction[] {
  return ctx.funcs
    .filter((fn) => !fn.imported && !known.has(fn.index) && ctx.calls(fn.index, target.index) && (() => {
      const f = ctx.features(fn.index);
      return !!f && test(f);
    })());
}
const inlinedAt = (roles: string[], into: ModuleFunction[]): Inlined => ({ roles, into: into.map(fnLabel), indices: into.map((fn) => fn.index) });

/** Leaf-ish: imported, or a body whose direct callees are all imported or call nothing. */
function shallow(ctx: Ctx, index: number, depth = 2): boolean {
  const fn = ctx.funcs[index];
  if (!fn || fn.imported) return true;
  const f = ctx.features(index);
  if (!f || f.indirectCalls) return false;
  return depth > 0 && f.callees.every((c) => shallow(ctx, c, depth - 1));
}

// dlmalloc in C (Emscripten's default malloc, wasi-libc): compute_tree_index's bit tricks (no
// __builtin_clz on wasm in dlmalloc's #ifs) and TREEBIN limit.
const DL_TREE = [0x3c000, 0x7f000, 0xfff00, 0xffffff];
const DL_TREE_CONSTS = [...DL_TREE, 0x55555558]; // mparams.magic's constant, not an address

// Where the compiler offers __builtin_clz (newer Emscripten), the tree index is computed from it
// instead: its bound 62 (2 × 31) beside the limit; malloc then also carries mparams.magic's
// constant (0x55555558), which the Rust port (the same shapes otherwise) does not have.
const treeIndex = (f: CodeFeatures): boolean => hasAll(f.consts, DL_TREE) || hasAll(f.consts, [62, 0xffffff]);

function dlmallocC(ctx: Ctx): Found {
  // (With USE_LOCKS, a threaded build's, ensure_initialization is a call: mparams.magic is then in
  // init_mparams, a callee of malloc — onnxruntime-web's threaded build.)
  const magic = (f: CodeFeatures): boolean => f.consts.has(0x55555558) || f.callees.some((c) => !!ctx.features(c)?.consts.has(0x55555558));
  const malloc = only(ctx, ctx.bySig('i32>i32'), (f) => (hasAll(f.consts, DL_TREE) || (hasAll(f.consts, [62, 0xffffff]) && magic(f)))
    && hasAny(f.consts, [-64, -65]) && smallRequest(f) && !f.grows, [[-64, -65], [0xffffff], [244, 245, 236, 237], [11, 19], [-8, -16]]);
  if (!malloc) return null;
  const fm = ctx.features(malloc.index)!;
  const free = only(ctx, ctx.bySig('i32>'), (f) => treeIndex(f) && f.consts.has(-8) && !hasAny(f.consts, [244, 245, 236, 237])
    && sharedAddress(fm, f, DL_TREE_CONSTS) && !f.callees.includes(malloc.index), [[0xffffff], [-8]]);
  if (!free) return null;
  // internal_memalign(alignment, bytes): pads with 11/~7, checks MAX_REQUEST, calls malloc, never free.
  const memalign = only(ctx, ctx.bySig('i32,i32>i32'), (f) => f.callees.includes(malloc.index) && !f.callees.includes(free.index)
    && padRequest(f) && f.consts.has(16) && hasAny(f.consts, [-64, -65]) && sharedAddressOrNone(f, fm) && !f.paramCalleesAnyOrder.has(malloc.index),
    [[16], [-64, -65], ...PAD_REQUEST]);
  // dlposix_memalign(pp, alignment, bytes) with internal_memalign inlined: wasm-opt does so when it
  // is internal_memalign's one caller (a program that aligns through posix_memalign alone, as
  // Binaryen's arena and libc++'s aligned operator new do). malloc(bytes) for MALLOC_ALIGNMENT,
  // else EINVAL (28) for a bad alignment, ENOMEM (48) past MAX_REQUEST or when malloc fails;
  // pad_request and the heap's state (it trims the chunk itself); *pp = mem, never free. The
  // pointer it stores is inside the block malloc returned: hooked by nothing, the block would read
  // as malloc's (the leading space given back unseen) and its free match no block.
  const posixMemalign = only(ctx, ctx.bySig('i32,i32,i32>i32'), (f) => f.callees.includes(malloc.index) && !f.callees.includes(free.index)
    && hasAll(f.consts, [28, 48]) && padRequest(f) && hasAny(f.consts, [-64, -65]) && f.stores > 0 && sharedAddress(f, fm, DL_TREE_CONSTS),
    [[28], [48], [-64, -65], ...PAD_REQUEST]);
  // dlmemalign(alignment, bytes) and dlposix_memalign(pp, alignment, bytes) where internal_memalign
  // stayed a function of its own (it has both as callers, or dlmemalign is exported: Emscripten's
  // emscripten_builtin_memalign, which FFmpeg's av_malloc calls): each hands a small alignment to
  // malloc(bytes), any other to internal_memalign(alignment, bytes), and calls nothing else. Found
  // as neither, every aligned block read at the allocator's own entry, not at the program's call.
  const picks = (f: CodeFeatures, size: number): boolean => !!memalign && f.callees.length === 2 && f.callees.includes(malloc.index)
    && f.callees.includes(memalign.index) && f.indirectCalls === 0 && !f.grows
    && f.paramCalleesAnyOrder.get(malloc.index) === size && f.paramCalleesAnyOrder.get(memalign.index) === size;
  // dlmemalign is smaller than what bySig offers: its candidates are memalign's callers.
  const callers = memalign ? ctx.funcs.filter((fn) => !fn.imported && fn.index !== memalign.index && ctx.calls(fn.index, memalign.index)) : [];
  const dlMemalign = only(ctx, callers.filter((fn) => sigOf(fn) === 'i32,i32>i32'), (f) => picks(f, 1) && f.stores === 0 && f.loads === 0 && f.instructions < 24);
  // (EINVAL 28 for a bad alignment, ENOMEM 48; *pp = mem)
  const posixPicks = posixMemalign ? null
    : only(ctx, callers.filter((fn) => sigOf(fn) === 'i32,i32,i32>i32'), (f) => picks(f, 2) && hasAll(f.consts, [28, 48]) && f.stores > 0 && f.instructions < 80);
  const realloc = dlRealloc(ctx, malloc, free, [-64, -65]);
  // dlcalloc(n, size): req = n * size, forced to MAX_SIZE_T (-1) when (n | size) & ~0xffff and the
  // product overflowed; malloc(req); cleared unless mmapped ((head & 3) == 0). Never frees, stores nothing.
  const isCalloc = (f: CodeFeatures): boolean => f.callees.includes(malloc.index) && !f.callees.includes(free.index)
    && f.consts.has(-1) && hasAny(f.consts, [65536, -65536, 65535]) && f.consts.has(3) && f.stores === 0 && f.instructions < 80
    && !f.paramCalleesAnyOrder.has(malloc.index);
  const callocNeeds: ConstNeeds = [[-1], [65536, -65536, 65535], [3]];
  const calloc = only(ctx, ctx.bySig('i32,i32>i32'), isCalloc, callocNeeds);
  // calloc of ONE parameter: every caller passed the same count or size, and Binaryen's
  // dead-argument elimination folded it into the body (a one-step `clang -O2` whose callocs all
  // ask for 4-byte elements: calloc(n) computing n << 2). Which argument went, and its value, is
  // not known; the product is what it hands malloc, so it is hooked as a wrapper: the malloc
  // inside records that size at calloc's caller. Unhooked, every such block read as allocated
  // inside calloc's body, under its caller.
  const calloc1 = calloc ? null : only(ctx, ctx.bySig('i32>i32'), isCalloc, callocNeeds);
  const found = make('dlmalloc', 'libc', [
    ['malloc', malloc, { role: 'alloc', size: 0 }],
    ['free', free, { role: 'free', ptr: 0 }],
    ['memalign', memalign, { role: 'alloc', size: 1 }],
    ['posix_memalign', posixMemalign ?? posixPicks, { role: 'alloc-out', out: 0, size: 2 }],
    ['realloc', realloc, { role: 'realloc', ptr: 0, size: 1, zeroFrees: true }],
    ['calloc', calloc, { role: 'alloc', size: 1, count: 0 }],
    ['calloc', calloc1, { role: 'wrapper' }],
    ['aligned_alloc', dlMemalign, { role: 'alloc', size: 1 }],
  ])!;
  // No realloc or memalign function found, yet their code is there: most often an optimising link
  // (wasm-opt, which `clang -O2 x.c` runs) inlined them into their only caller; else a function
  // of that role the shapes above did not single out (two alike: sql.js's memalign entries).
  // What they do (grow a block in place; hand out an aligned pointer inside the block malloc
  // returned) is then not hooked, so say where: their constants (MAX_REQUEST, pad_request) in a function that calls malloc and uses
  // the heap's state (malloc's static addresses), itself or through a helper that is no role
  // (dispose_chunk: what memalign gives back) — the program's own code has none of that state.
  const missing = [...(realloc ? [] : ['realloc']), ...(memalign ? [] : ['memalign'])];
  if (missing.length) {
    const known = roleIndices([malloc, free, memalign, posixMemalign, realloc, calloc, calloc1]);
    const heapState = (f: CodeFeatures | null): boolean => !!f && sharedAddress(f, fm, DL_TREE_CONSTS);
    const into = inlinedInto(ctx, malloc, known, (f) => padRequest(f) && hasAny(f.consts, [-64, -65]) && f.instructions > 80
      && (heapState(f) || f.callees.some((c) => !known.has(c) && heapState(ctx.features(c)))));
    if (into.length) found.inlined = inlinedAt(missing, into);
  }
  return found;
}

/**
 * pad_request: (n + CHUNK_OVERHEAD + MALLOC_ALIGN_MASK) & ~MALLOC_ALIGN_MASK, with 8-byte
 * alignment (Emscripten: 11, ~7) or 16-byte (wasi-libc: 19, ~15).
 */
const padRequest = (f: CodeFeatures): boolean => hasAll(f.consts, [11, -8]) || hasAll(f.consts, [19, -16]);
/** What padRequest() needs, as `only`'s groups. */
const PAD_REQUEST: ConstNeeds = [[11, 19], [-8, -16]];
/** MAX_SMALL_REQUEST (255 − align mask − 4) beside the same alignment's pad_request. */
const smallRequest = (f: CodeFeatures): boolean => (hasAny(f.consts, [244, 245]) && hasAll(f.consts, [11, -8]))
  || (hasAny(f.consts, [236, 237]) && hasAll(f.consts, [19, -16]));

/** memalign and realloc may touch no static state of their own (gm's fields through malloc). */
function sharedAddressOrNone(f: CodeFeatures, malloc: CodeFeatures): boolean {
  return ![...f.consts].some(addressLike) || sharedAddress(f, malloc, DL_TREE_CONSTS);
}

/**
 * dlrealloc(oldmem, bytes): MAX_REQUEST check and pad_request, then try_realloc_chunk in place or
 * malloc(bytes) + copy + free(oldmem) — `bytes` and `oldmem` handed over exactly as received.
 * Its body may be inlined into a caller (a sole caller, or SQLite's sqlite3MemRealloc, which only
 * adds a log call on failure); that caller is realloc too only when those two hand-overs hold
 * and nothing else it calls can reach malloc or free.
 */
function dlRealloc(ctx: Ctx, malloc: ModuleFunction, free: ModuleFunction, maxRequest: number[]): ModuleFunction | null {
  // what malloc and free both call is the heap's own (USE_LOCKS: the lock and unlock around each)
  const freeCallees = ctx.features(free.index)?.callees ?? [];
  const heaps = new Set((ctx.features(malloc.index)?.callees ?? []).filter((c) => freeCallees.includes(c)));
  return only(ctx, ctx.bySig('i32,i32>i32'), (f) => f.paramCallees.get(malloc.index) === 1 && f.paramCallees.get(free.index) === 0
    && padRequest(f) && hasAny(f.consts, maxRequest)
    && f.callees.every((c) => c === malloc.index || c === free.index || heaps.has(c) || !reaches(ctx, c, [malloc.index, free.index])),
    [...PAD_REQUEST, maxRequest]);
}

/** `index` may call one of `targets` (directly or through up to 4 levels; indirect calls count as may). */
function reaches(ctx: Ctx, index: number, targets: number[], depth = 4): boolean {
  const fn = ctx.funcs[index];
  if (!fn || fn.imported) return false;
  const f = ctx.features(index);
  if (!f || f.indirectCalls) return true;
  if (f.callees.some((c) => targets.includes(c))) return true;
  return depth > 0 ? f.callees.some((c) => c !== index && reaches(ctx, c, targets, depth - 1)) : f.callees.length > 0;
}

// emmalloc (emcc -sMALLOC=emmalloc): compute_free_list_bucket's arithmetic.
const EM_BUCKET = [29, 30, 63, 71, 110, 127];

function emmalloc(ctx: Ctx): Found {
  // emmalloc_memalign(alignment, size): MAX_ALLOC_SIZE (0xFFFFFFC7) check, calls attempt_allocate.
  const free = only(ctx, ctx.bySig('i32>'), (f) => hasAll(f.consts, EM_BUCKET) && f.consts.has(-4), [...EM_BUCKET.map((v) => [v]), [-4]]);
  if (!free) return null;
  const ff = ctx.features(free.index)!;
  const allocates = (f: CodeFeatures, fn: ModuleFunction): boolean => hasAll(f.consts, EM_BUCKET) && f.consts.has(-57) && f.callees.length > 0
    && !callsFree(ctx, f, free) && sharedAddress(f, ff) && !ff.callees.includes(fn.index);
  const allocNeeds: ConstNeeds = [...EM_BUCKET.map((v) => [v]), [-57]];
  const memalign = only(ctx, ctx.bySig('i32,i32>i32'), allocates, allocNeeds);
  // malloc(size) with emmalloc_memalign(8, size) inlined into it (em++ -O2 of a C++ program: no
  // memalign left): the same body under malloc's signature
  const malloc = memalign ? null : only(ctx, ctx.bySig('i32>i32'), allocates, allocNeeds);
  const entry = memalign ?? malloc;
  if (!entry) return null;
  // emmalloc_aligned_realloc(ptr, alignment, size) or, inlined, emmalloc_realloc(ptr, size):
  // `size` handed to memalign as it came (`ptr` reaches free through a local: not checked). The
  // hand-over keeps out a function that only has realloc's code inlined (a program's
  // `main(argc, argv)` with one realloc call: emcc -O2 inlines it there), which hooked as
  // realloc traced nothing inside main at all.
  const reallocOf = (size: number) => (f: CodeFeatures): boolean => f.callees.includes(entry.index) && callsFree(ctx, f, free) && f.consts.has(-57)
    && f.paramCalleesAnyOrder.get(entry.index) === size;
  const realloc3 = only(ctx, ctx.bySig('i32,i32,i32>i32'), reallocOf(2), [[-57]]);
  const realloc2 = realloc3 ? null : only(ctx, ctx.bySig('i32,i32>i32'), reallocOf(1), [[-57]]);
  const found = make('emmalloc', 'libc', [
    ['memalign', memalign, { role: 'alloc', size: 1 }],
    ['malloc', malloc, { role: 'alloc', size: 0 }],
    ['free', free, { role: 'free', ptr: 0 }],
    ['realloc', realloc3, { role: 'realloc', ptr: 0, size: 2 }],
    ['realloc', realloc2, { role: 'realloc', ptr: 0, size: 1 }],
  ])!;
  // realloc's code inlined into other functions (as for dlmalloc): they call memalign and free
  // and carry MAX_ALLOC_SIZE's check, without the hand-overs
  if (!realloc3 && !realloc2) {
    const into = inlinedInto(ctx, entry, roleIndices([memalign, malloc, free]), (f) => callsFree(ctx, f, free) && f.consts.has(-57));
    if (into.length) found.inlined = inlinedAt(['realloc'], into);
  }
  return found;
}

// The dlmalloc crate (Rust's std allocator on wasm32-unknown-unknown), in the shape an optimised
// build gives it (its Chunk helpers inlined; fat LTO drops the constant `self`): MAX_SMALL_REQUEST
// 245, pad_request 11/~7, the tree index from leading_zeros (62 = its bound), NSMALLBINS × 8 = 256,
// the page mask 4095, and memory.grow inlined into malloc. An unoptimised std (helpers left as
// calls) is not recognised.
const RS_FREE = [256, -8];

function dlmallocRust(ctx: Ctx): Found {
  for (const self of [0, 1]) {
    const i = self ? 'i32,' : '';
    const malloc = only(ctx, ctx.bySig(`${i}i32>i32`), (f) => hasAll(f.consts, [...RS_FREE, 4095, 62, 245, 11]) && f.grows
      && !hasAny(f.consts, DL_TREE.slice(0, 3)), [...RS_FREE, 4095, 62, 245, 11].map((v) => [v]));
    if (!malloc) continue;
    const fm = ctx.features(malloc.index)!;
    const free = only(ctx, ctx.bySig(`${i}i32>`), (f) => hasAll(f.consts, RS_FREE) && !f.consts.has(245) && !f.grows
      && sharedAddress(fm, f) && !f.callees.includes(malloc.index), RS_FREE.map((v) => [v]));
    if (!free) return null;
    // Dlmalloc::memalign(align, size) asks malloc for a padded size, never a parameter as it is
    // (what __rust_alloc(size, align) does with memalign inlined: malloc(size) for small alignments).
    const memalign = only(ctx, ctx.bySig(`${i}i32,i32>i32`), (f) => f.callees.includes(malloc.index) && !f.callees.includes(free.index)
      && hasAll(f.consts, [11, -8, 16]) && !f.paramCalleesAnyOrder.has(malloc.index), [[11], [-8], [16]]);
    // __rust_alloc(size, align) with memalign inlined (fat LTO at -O2): malloc(size) for small
    // alignments, the padded over-allocation otherwise; `size` is the parameter malloc receives as is.
    const rustAlloc = memalign || self ? null : only(ctx, ctx.bySig('i32,i32>i32'), (f) => f.callees.includes(malloc.index)
      && !f.callees.includes(free.index) && hasAll(f.consts, [11, -8, 16]) && f.paramCalleesAnyOrder.has(malloc.index) && f.indirectCalls === 0
      && f.callees.every((c) => c === malloc.index || shallow(ctx, c)), [[11], [-8], [16]]);
    const rustAllocSize = rustAlloc ? ctx.features(rustAlloc.index)!.paramCalleesAnyOrder.get(malloc.index)! : 0;
    // Dlmalloc::realloc is not looked for on its own: __rust_realloc(ptr, old_size, align,
    // new_size) with it inlined is. Fat LTO drops the parameters it no longer reads, in order
    // (rustc 1.63 -O2: `(ptr, new_size) -> i32`, profiles.ts): the pointer first, the new size last.
    const reallocOf = (f: CodeFeatures): boolean => f.callees.includes(malloc.index) && f.callees.includes(free.index)
      && hasAll(f.consts, [11, -8]) && f.indirectCalls === 0
      && f.callees.every((c) => c === malloc.index || c === free.index || c === memalign?.index || shallow(ctx, c));
    let rustRealloc: ModuleFunction | null = null;
    let rustReallocSize = 3;
    for (const arity of self ? [] : [4, 3, 2]) {
      rustRealloc = only(ctx, ctx.bySig(`${Array(arity).fill('i32').join(',')}>i32`), reallocOf, [[11], [-8]]);
      rustReallocSize = arity - 1;
      if (rustRealloc) break;
    }
    return make('dlmalloc (Rust)', 'rust', [
      ['malloc', malloc, { role: 'alloc', size: self }],
      ['free', free, { role: 'free', ptr: self }],
      ['memalign', memalign, { role: 'alloc', size: self + 1 }],
      ['__rust_alloc', rustAlloc, { role: 'alloc', size: rustAllocSize }],
      ['__rust_realloc', rustRealloc, { role: 'realloc', ptr: 0, size: rustReallocSize }],
    ]);
  }
  return null;
}

// AssemblyScript's TLSF (~lib/rt/tlsf). BLOCK_MAXSIZE = (1 << 30) − BLOCK_OVERHEAD tells the
// runtime's layout: 4 (asc ≥ 0.18: `__new` returns block + 4 + 16) or 16 (0.9–0.17: `__alloc`
// returns block + 16). Keys are block + BLOCK_OVERHEAD on every path (docs/hook-abi.md).
const TLSF = [-4, 7, 16, 31, 256];

function tlsf(ctx: Ctx): Found {
  // removeBlock(root, block): unlinks from the free lists, calls nothing but `abort`.
  const remove = only(ctx, ctx.bySig('i32,i32>'), (f) => hasAll(f.consts, TLSF) && f.stores >= 2
    && f.callees.every((c) => ctx.funcs[c]!.imported), TLSF.map((v) => [v]));
  if (!remove) return null;
  const insert = only(ctx, ctx.bySig('i32,i32>'), (f) => f.callees.includes(remove.index) && hasAll(f.consts, TLSF)
    && hasAny(f.consts, [(1 << 30) - 4, (1 << 30) - 16]), [...TLSF.map((v) => [v]), [(1 << 30) - 4, (1 << 30) - 16]]);
  if (!insert) return null;
  const fi = ctx.features(insert.index)!;
  const overhead = fi.consts.has((1 << 30) - 4) ? 4 : 16;
  if (fi.consts.has((1 << 30) - 4) && fi.consts.has((1 << 30) - 16)) return null;
  const grows = (i: number): boolean => { const f = ctx.features(i); return !!f && (f.grows || f.callees.some((c) => !!ctx.features(c)?.grows)); };
  // allocateBlock(root, size[, id]) -> block: takes a block off the free lists and grows memory.
  const allocating = [...ctx.bySig('i32,i32>i32'), ...ctx.bySig('i32,i32,i32>i32')].filter((fn) => {
    const f = ctx.features(fn.index);
    return !!f && f.callees.includes(remove.index) && grows(fn.index);
  });
  const exported = (name: string): ModuleFunction | undefined => ctx.funcs.find((f) => !f.imported && f.exports.includes(name) && sigOf(f) === 'i32,i32>i32');
  const callsAllocating = (f: CodeFeatures): boolean => f.callees.some((c) => allocating.some((a) => a.index === c));
  // __alloc(size) = allocateBlock(ROOT, size) + BLOCK_OVERHEAD (≥ 0.18): at -Oz a small function
  // of its own, through which __new allocates (at -O3 inlined into __new)
  const isAlloc = (index: number): boolean => {
    const fn = ctx.funcs[index];
    const f = fn && !fn.imported ? ctx.features(index) : null;
    return !!f && sigOf(fn!) === 'i32>i32' && callsAllocating(f) && f.consts.has(4) && f.instructions < 40;
  };
  let entry: ModuleFunction | null = null; // __new (≥ 0.18) or __alloc (0.9): what the program calls
  if (overhead === 4) {
    // __new(size, id): OBJECT_MAXSIZE = BLOCK_MAXSIZE − 16, allocateBlock called or inlined, or
    // called through __alloc (asc -Oz: test/corpus `orchard-Oz-nodebug`; before, "no allocator found").
    const isNew = (fn: ModuleFunction): boolean => {
      const f = ctx.features(fn.index);
      return !!f && f.consts.has((1 << 30) - 4 - 16) && (allocating.includes(fn) || callsAllocating(f) || f.callees.some(isAlloc));
    };
    const named = exported('__new');
    // (tcms's __renew(ptr, size) has the same bound and allocates too, and calls __new for an
    // object in static data: of two, the one the other calls; asc --runtime minimal -O3)
    const news = ctx.bySig('i32,i32>i32').filter(isNew);
    const called = news.filter((fn) => news.some((o) => o !== fn && ctx.features(o.index)!.callees.includes(fn.index)));
    entry = named && isNew(named) ? named : news.length === 1 ? news[0]! : news.length === 2 && called.length === 1 ? called[0]! : null;
  } else {
    // __alloc(size, id) = allocateBlock(root, size) + 16 (0.9's ARC runtime exports it).
    const named = exported('__alloc');
    const f = named && ctx.features(named.index);
    if (named && f && (allocating.includes(named) || f.callees.some((c) => allocating.some((a) => a.index === c))) && f.consts.has(16)) entry = named;
  }
  if (!entry) return null;
  const allocs = overhead === 4 ? [...new Set(ctx.features(entry.index)!.callees.filter(isAlloc))] : [];
  const alloc = allocs.length === 1 ? ctx.funcs[allocs[0]!]! : null;
  // prepareBlock(root, block, size): splits the block, inserting the remainder (~FREE, ~LEFTFREE
  // masks): an in-place __realloc/__renew still calls it when everything around was inlined.
  const prepare = only(ctx, ctx.bySig('i32,i32,i32>'), (f) => f.callees.includes(insert.index) && hasAll(f.consts, [-4, -3, -2, 16]), [[-4], [-3], [-2], [16]]);
  // __renew(ptr, size) of the itcms/tcms runtimes (≥ 0.18): the object at ptr − 20
  // (TOTAL_OVERHEAD) keeps its block when the block's size (mmInfo & ~3) less OBJECT_OVERHEAD
  // (16) holds the new size (rtSize stored, ptr returned), else __new(size, rtId) and a copy.
  // Not hooked, an array grown in place kept its first size and a moved one read as allocated
  // inside __renew (asc -O3 without --debug: test/corpus `tally-O3-nodebug`).
  const renew = overhead === 4 ? only(ctx, ctx.bySig('i32,i32>i32'), (f) => f.callees.length === 1 && f.callees[0] === entry!.index
    && hasAll(f.consts, [20, -4, 16]) && f.stores >= 1 && f.instructions < 60, [[20], [-4], [16]])
    // tcms (--runtime minimal): __renew = __realloc(ptr − 16, 16 + size) + 16 with TLSF's
    // reallocation inlined (removeBlock, prepareBlock or a block moved), __new for static data
    ?? only(ctx, ctx.bySig('i32,i32>i32'), (f, fn) => fn !== entry && f.callees.includes(entry!.index) && f.consts.has((1 << 30) - 4 - 16)
      && hasAll(f.consts, [20, 16]) && allocating.includes(fn), [[(1 << 30) - 4 - 16], [20], [16]])
    : null;
  const block = allocating.filter((fn) => fn !== entry && fn !== renew);
  const allocateBlock = block.length === 1 ? block[0]! : null;
  const aBlock = allocateBlock ? (sigOf(allocateBlock) === 'i32,i32>i32' || overhead === 16 ? allocateBlock : null) : null;
  return make('TLSF (AssemblyScript)', 'assemblyscript', [
    ['__renew', renew, { role: 'realloc', ptr: 0, size: 1, adjust: -16, quiet: true }],
    [overhead === 4 ? '__new' : '__alloc', entry, overhead === 4 ? { role: 'alloc', size: 0, resultAdjust: -16 } : { role: 'alloc', size: 0 }],
    ['__alloc', alloc, { role: 'alloc', size: 0 }],
    ['allocateBlock', aBlock, { role: 'alloc', size: 1, resultAdjust: overhead }],
    ['insertBlock', insert, { role: 'free', ptr: 1, ptrAdjust: overhead, collector: true, quiet: true }],
    ['prepareBlock', prepare, { role: 'realloc', ptr: 1, size: 2, adjust: overhead, quiet: true, inPlace: true }],
  ]);
}

/**
 * AssemblyScript's stub runtime (`asc --runtime stub`, ~lib/rt/stub): a bump allocator that never
 * frees (its __free only takes back the last block). `__alloc(size)` (asc ≥ 0.18) or
 * `__alloc(size, id)` (0.9–0.17) refuses more than BLOCK_MAXSIZE ((1 << 30) − 4, resp. − 16: the
 * block header), bumps a global with AL_MASK's rounding (& −16), grows memory (maybeGrowMemory,
 * called or inlined), stores the header and reads no memory; since 0.18 `__new(size, id)` refuses
 * more than OBJECT_MAXSIZE (BLOCK_MAXSIZE − 16) and calls it for size + 16. Hooked as the names
 * profile hooks them (profiles.ts `stub`): allocation only, keys the pointer __alloc returns.
 */
function asStub(ctx: Ctx): Found {
  const grows = (i: number): boolean => { const f = ctx.features(i); return !!f && (f.grows || f.callees.some((c) => !!ctx.features(c)?.grows)); };
  for (const [overhead, sig] of [[4, 'i32>i32'], [16, 'i32,i32>i32']] as const) {
    const max = (1 << 30) - overhead;
    const alloc = only(ctx, ctx.bySig(sig), (f, fn) => f.consts.has(max) && f.consts.has(-16) && f.loads === 0 && f.stores >= 1 && grows(fn.index), [[max], [-16]]);
    if (!alloc) continue;
    const neu = overhead === 4 ? only(ctx, ctx.bySig('i32,i32>i32'), (f) => f.consts.has(max - 16) && f.callees.includes(alloc.index) && f.consts.has(16), [[max - 16], [16]]) : null;
    const found = make('stub runtime (AssemblyScript)', 'assemblyscript', [
      ['__new', neu, { role: 'alloc', size: 0, resultAdjust: -16 }],
      ['__alloc', alloc, { role: 'alloc', size: 0 }],
    ]);
    if (found) for (const a of found.allocators) a.neverFreed = true;
    return found;
  }
  return null;
}

/**
 * Functions that only forward to a fingerprinted function (emmalloc's `malloc(n)` =
 * `emmalloc_memalign(8, n)`, wasi-libc's `malloc(n)` = `dlmalloc(n)`): a body of local.get /
 * i32.const, one call, end. They are the allocator under another name: hooked with the same
 * role, so the allocation is recorded at the program's call.
 */
function forwarders(bytes: Uint8Array, ctx: Ctx, layout: CodeLayout, found: AllocatorFn[], family: string): AllocatorFn[] {
  const out: AllocatorFn[] = [];
  const targets = new Map(found.map((a) => [a.fn.index, a]));
  for (const body of layout.funcs) {
    if (targets.has(body.index) || body.endCall - body.firstCall !== 1 || layout.calls.op[body.firstCall] !== 0) continue; // one call, a direct `call`
    const target = targets.get(layout.calls.callee[body.firstCall]!);
    const fn = ctx.funcs[body.index]!;
    if (!target || body.bodyEnd - body.codeStart > 24 || fn.results.length !== target.fn.results.length) continue;
    const args = forwardedArgs(bytes, body.codeStart, body.bodyEnd, layout.calls.offset[body.firstCall]!);
    if (!args || args.length !== target.fn.params.length) continue;
    const param = (i: number): number | undefined => { const a = args[i]; return a && 'local' in a && a.local < fn.params.length && fn.params[a.local] === 'i32' ? a.local : undefined; };
    const s = target.spec;
    let spec: AllocatorSpec | null = null;
    if (s.role === 'alloc') {
      const size = param(s.size), count = s.count === undefined ? undefined : param(s.count);
      if (size !== undefined && (s.count === undefined || count !== undefined)) spec = { ...s, size, ...(count === undefined ? {} : { count }) };
    } else if (s.role === 'free') {
      const ptr = param(s.ptr);
      if (ptr !== undefined) spec = { ...s, ptr };
    } else if (s.role === 'realloc' && !s.inPlace) {
      const ptr = param(s.ptr), size = param(s.size);
      if (ptr !== undefined && size !== undefined) spec = { ...s, ptr, size };
    }
    if (spec) out.push({ fn, family, spec, label: `${fnLabel(fn)} → ${target.label}` });
  }
  return out;
}

/**
 * C++'s `operator new(size)` (libc++, libstdc++) where nothing names it: malloc in a loop that, on
 * failure, calls the new_handler read from static memory through a pointer, and retries; when
 * there is none, it throws or aborts. Its block is malloc's, of the size it was asked, so it is
 * hooked as an allocation of its first parameter, as `operator new` is by name — else every C++
 * allocation of a stripped build reads as one anonymous frame (web-ifc: 134 MB in one line).
 *
 * Exact shape, all of it required: one parameter and one result, both i32; one direct call to
 * the malloc found, inside a `loop`, passed the parameter (or a local set once from it, made 1
 * for 0) and its result kept in a local; in that loop, the handler read from a constant address
 * or a global's (a dynamically linked module's GOT) — by a load, or a call of a getter that only
 * loads (std::get_new_handler) — and an indirect call; no
 * stores or global writes until the loop gives up (constructing the bad_alloc it throws may
 * store); a `return` only of malloc's result; a small body. Where the result flows is not checked: the
 * shape is the libc++/libstdc++ loop, whose source returns malloc's result.
 */
export function newOperators(bytes: Uint8Array, funcs: ModuleFunction[], layout: CodeLayout, found: AllocatorFn[]): AllocatorFn[] {
  const ctx: Ctx = { funcs, features: () => null, bySig: () => [], calls: () => false };
  const news = newHandlerLoops(bytes, ctx, layout, found);
  if (!news.length) return [];
  const outer = abortingForwarders(bytes, ctx, layout, news);
  const all = [...news, ...outer];
  return [...all, ...all.flatMap((a) => forwarders(bytes, ctx, layout, [a], a.family))];
}

/**
 * libc++ ≥ 15 splits operator new: the new_handler loop is `operator_new_impl(size)`, and
 * `operator new(size)` is that impl, else the bad_alloc shim (throw, or abort without exceptions).
 * Where the impl is not inlined (-Os/-Oz; draco3d's encoder), operator new is a function of its
 * own that every C++ allocation calls: hooked as the allocation too, so that the block is at its
 * caller. Exact shape, all of it required: one i32 parameter and result; `local.get 0, call IMPL,
 * local.tee N, i32.eqz, if, call X, unreachable, end, local.get N, end`, with X taking nothing.
 * Only over a found loop: a C `xmalloc` (malloc, else abort) has the same body around malloc.
 */
function abortingForwarders(bytes: Uint8Array, ctx: Ctx, layout: CodeLayout, found: AllocatorFn[]): AllocatorFn[] {
  const out: AllocatorFn[] = [];
  const targets = new Map(found.filter((a) => a.spec.role === 'alloc' && a.spec.size === 0 && a.spec.count === undefined && !a.spec.resultAdjust).map((a) => [a.fn.index, a]));
  for (const body of layout.funcs) {
    if (targets.has(body.index) || body.endCall - body.firstCall !== 2) continue;
    const first = body.firstCall;
    if (layout.calls.op[first] !== 0 || layout.calls.op[first + 1] !== 0) continue;
    const target = targets.get(layout.calls.callee[first]!);
    const fn = ctx.funcs[body.index]!;
    if (!target || fn.params.length !== 1 || fn.params[0] !== 'i32' || fn.results.length !== 1 || fn.results[0] !== 'i32') continue;
    const abortFn = ctx.funcs[layout.calls.callee[first + 1]!];
    if (!abortFn || abortFn.params.length !== 0) continue;
    let p = body.codeStart;
    const leb = (): number => { let v = 0, shift = 0, b: number; do { b = bytes[p++]!; v |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80 && shift < 35); return v >>> 0; };
    const at = (...ops: number[]): boolean => { for (const op of ops) if (bytes[p++] !== op) return false; return true; };
    if (!at(0x20) || leb() !== 0 || p !== layout.calls.offset[first]) continue;
    p++; leb(); // call IMPL
    if (!at(0x22)) continue;
    const n = leb();
    if (!at(0x45, 0x04, 0x40) || p !== layout.calls.offset[first + 1]) continue;
    p++; leb(); // call X
    if (!at(0x00, 0x0b, 0x20) || leb() !== n || !at(0x0b) || p !== body.bodyEnd) continue;
    out.push({ fn, family: target.family, spec: target.spec, label: `${fnLabel(fn)} = operator new (${fnLabel(target.fn)}, else abort)` });
  }
  return out;
}

/**
 * Rust's std allocator over libc (wasm32-wasi: `System`), or over the dlmalloc crate
 * (wasm32-unknown-unknown, `__rust_alloc` with it inlined), where nothing names it: every Rust
 * allocation would read as the shim's one frame. Its shims, found by shape on the malloc,
 * calloc and realloc discovery found, and hooked as `__rust_alloc`, `__rust_alloc_zeroed` and
 * `__rust_realloc` are by name (family rust), with the `__rust_*` functions that only forward to
 * them:
 *   __rdl_alloc(size, align):          align ≤ MIN_ALIGN && align ≤ size ? malloc(size) : aligned(align, size)
 *   __rdl_alloc_zeroed(size, align):   … ? calloc(size, 1) : aligned(align, size) + zeroing
 *   __rdl_realloc(ptr, old, align, new): … ? realloc(ptr, new) : aligned(align, new) + copy + free(ptr)
 * Exact shape: the found allocator called with exactly those arguments and its result returned
 * as it is (`return`, or the body's end); a call passed (align, size) beside it; MIN_ALIGN (8 or
 * 16) compared; no stores or global writes; a small body; the realloc shim also frees `ptr`.
 */
export function rustShims(bytes: Uint8Array, funcs: ModuleFunction[], layout: CodeLayout, found: AllocatorFn[]): AllocatorFn[] {
  const ctx: Ctx = { funcs, features: () => null, bySig: () => [], calls: () => false };
  const byIndex = new Map(found.map((a) => [a.fn.index, a]));
  const out: AllocatorFn[] = [];
  for (const body of layout.funcs) {
    const fn = funcs[body.index]!;
    if (byIndex.has(body.index) || fn.results.length !== 1 || fn.results[0] !== 'i32' || !fn.params.every((p) => p === 'i32')) continue;
    if ((fn.params.length !== 2 && fn.params.length !== 4) || body.bodyEnd - body.codeStart > 160) continue;
    // (decoded only when it calls a found allocator directly: a big module has many small bodies)
    let callsFound = false;
    for (let c = body.firstCall; c < body.endCall && !callsFound; c++) callsFound = layout.calls.op[c] === 0 && byIndex.has(layout.calls.callee[c]!);
    if (!callsFound) continue;
    const ops = opsOf(bytes, body.codeStart, body.bodyEnd);
    if (!ops || ops.some((o) => o.op === 0x24 || (o.op >= 0x36 && o.op <= 0x3e) || o.op === 0xfe)) continue;
    // MIN_ALIGN (8, or 16) compared with the alignment: `align > 8`, or as `align < 9`
    if (!ops.some((o, i) => o.op === 0x41 && [8, 9, 16, 17].includes(bytes[o.at + 1]!) && ops[i + 1] && ops[i + 1]!.op >= 0x46 && ops[i + 1]!.op <= 0x4f)) continue;
    // the direct calls, each with the instructions that give its arguments when they are plain
    const calls = ops.flatMap((o, i) => (o.op === 0x10 ? [{ i, callee: ulebAt(bytes, o.at + 1) }] : []));
    const args = (i: number, n: number): string => ops.slice(i - n, i).map((o) => (o.op === 0x20 ? `l${ulebAt(bytes, o.at + 1)}` : o.op === 0x41 ? `c${bytes[o.at + 1]}` : '?')).join(',');
    const returned = (i: number): boolean => ops[i + 1]?.op === 0x0f || i + 1 === ops.length - 1;
    const role = (c: { callee: number }) => byIndex.get(c.callee)?.spec;
    const two = fn.params.length === 2;
    let spec: AllocatorSpec | null = null;
    let what = '';
    if (two && calls.some((c) => args(c.i, 2) === 'l1,l0')) {
      const hit = calls.find((c) => { const r = role(c); return r?.role === 'alloc' && returned(c.i)
        && ((r.count === undefined && r.size === 0 && args(c.i, 1) === 'l0') || (r.count !== undefined && ['l0,c1', 'c1,l0'].includes(args(c.i, 2)))); });
      if (hit) { spec = { role: 'alloc', size: 0 }; what = role(hit)!.role === 'alloc' && (role(hit) as { count?: number }).count !== undefined ? '__rdl_alloc_zeroed' : '__rdl_alloc'; }
    } else if (!two && calls.some((c) => args(c.i, 2) === 'l2,l3')
      && calls.some((c) => role(c)?.role === 'free' && args(c.i, 1) === 'l0')
      && calls.some((c) => { const r = role(c); return r?.role === 'realloc' && r.ptr === 0 && r.size === 1 && args(c.i, 2) === 'l0,l3' && returned(c.i); })) {
      spec = { role: 'realloc', ptr: 0, size: 3 };
      what = '__rdl_realloc';
    }
    if (spec) out.push({ fn, family: 'rust', spec, label: `${fnLabel(fn)} = ${what} (Rust's System allocator)` });
  }
  return out.length ? [...out, ...out.flatMap((a) => forwarders(bytes, ctx, layout, [a], a.family))] : [];
}

function newHandlerLoops(bytes: Uint8Array, ctx: Ctx, layout: CodeLayout, found: AllocatorFn[]): AllocatorFn[] {
  const mallocs = new Map(found.filter((a) => a.spec.role === 'alloc' && a.spec.size === 0 && a.spec.count === undefined && a.spec.resultAdjust === undefined
    && a.fn.params.length === 1 && a.fn.params[0] === 'i32').map((a) => [a.fn.index, a]));
  if (mallocs.size === 0) return [];
  const out: AllocatorFn[] = [];
  for (const body of layout.funcs) {
    const fn = ctx.funcs[body.index]!;
    if (found.some((a) => a.fn.index === body.index) || fn.params.length !== 1 || fn.params[0] !== 'i32' || fn.results.length !== 1 || fn.results[0] !== 'i32') continue;
    if (body.bodyEnd - body.codeStart > 96 || body.endCall - body.firstCall < 2) continue;
    let direct = 0, malloc = -1;
    for (let c = body.firstCall; c < body.endCall; c++) if (layout.calls.op[c] === 0 && mallocs.has(layout.calls.callee[c]!)) { direct++; malloc = layout.calls.callee[c]!; }
    // std::get_new_handler: returns what it loads from a constant address, itself or through a
    // small atomic-load helper given that address (libc++ built without optimisation of it)
    const small = (index: number, params: number) => {
      const g = ctx.funcs[index], b = layout.funcs[index - layout.importedFuncCount];
      if (!g || g.imported || !b || g.params.length !== params || g.results.length !== 1 || g.results[0] !== 'i32' || b.bodyEnd - b.codeStart > 24) return null;
      return opsOf(bytes, b.codeStart, b.bodyEnd);
    };
    const isLoad = (op: number) => op === 0x28 || op === 0xfe;
    const getter = (index: number): boolean => {
      const ops = small(index, 0);
      return !!ops && ops.some((o, i) => i > 0 && constAddress(ops[i - 1]!.op) && (isLoad(o.op)
        || (o.op === 0x10 && !!small(ulebAt(bytes, o.at + 1), 1)?.some((p) => isLoad(p.op)))));
    };
    if (direct !== 1) continue;
    const shape = isNewHandlerLoop(bytes, body.codeStart, body.bodyEnd, malloc, getter) ? 'malloc in a new_handler loop'
      : isMallocOrAbort(bytes, body.codeStart, body.bodyEnd, malloc) ? 'malloc, else abort' : null;
    if (!shape) continue;
    const spec: AllocatorSpec = { role: 'alloc', size: 0 };
    out.push({ fn, family: 'c++', spec, label: `${fnLabel(fn)} = operator new (${shape})` });
  }
  return out;
}

/**
 * libc++'s operator new where the new_handler is known to be null (an LTO link sees nothing sets
 * it: em++ -flto, zxing-wasm), so its loop folds away: `p = malloc(size ? size : 1)`, and when p
 * is null, a call that never returns (abort, or throwing bad_alloc). Exact shape, all of it
 * required: before the call only the parameter (local 0), the constant 1, a comparison, `select`
 * and `block`, the `select` there (malloc is given the parameter made 1 for 0: a C `xmalloc`,
 * malloc or die, does not do that, and stays a frame of its own); the result kept in
 * a local; after it only a test of that local (`br_if`, or `i32.eqz` + `if`), one call followed
 * at once by `unreachable`, and the local returned; no loop, no store, no indirect call.
 */
function isMallocOrAbort(bytes: Uint8Array, start: number, end: number, malloc: number): boolean {
  const ops = opsOf(bytes, start, end);
  if (!ops || ops.length > 24) return false;
  const local = (i: number): number => ulebAt(bytes, ops[i]!.at + 1);
  const callAt = ops.findIndex((o) => o.op === 0x10 && ulebAt(bytes, o.at + 1) === malloc);
  if (callAt < 1) return false;
  // malloc(size), malloc(size ? size : 1), malloc(size <= 1 ? 1 : size): the parameter, 1, a comparison, select
  for (let i = 0; i < callAt; i++) {
    const { op, at } = ops[i]!;
    const ok = ((op === 0x20 || op === 0x21 || op === 0x22) && local(i) === 0) || (op === 0x41 && bytes[at + 1] === 1)
      || (op >= 0x45 && op <= 0x4f) || op === 0x1b || op === 0x02;
    if (!ok) return false;
  }
  if (ops[callAt - 1]!.op !== 0x20 && ops[callAt - 1]!.op !== 0x1b) return false;
  // 0 made 1 (a `select`): operator new's own step, which a C `xmalloc` (malloc or die) has not
  if (!ops.slice(0, callAt).some((o) => o.op === 0x1b)) return false;
  const kept = ops[callAt + 1];
  if (!kept || (kept.op !== 0x21 && kept.op !== 0x22)) return false;
  const result = local(callAt + 1);
  let dies = 0;
  for (let i = callAt + 2; i < ops.length; i++) {
    const { op } = ops[i]!;
    if (op === 0x10) {
      if (ops[i + 1]?.op !== 0x00) return false; // the other call never returns
      dies++;
      i++;
    } else if ((op === 0x20 || op === 0x21 || op === 0x22) ? local(i) !== result : ![0x45, 0x0d, 0x04, 0x0b, 0x0f].includes(op)) return false;
    if (op === 0x0f && (ops[i - 1]?.op !== 0x20 || local(i - 1) !== result)) return false; // returns malloc's result
  }
  // the body ends by giving back malloc's result
  const last = ops[ops.length - 2];
  return dies === 1 && ops.some((o) => o.op === 0x0d || o.op === 0x04) && !!last && (last.op === 0x0f || (last.op === 0x20 && local(ops.length - 2) === result));
}

/** `i32.atomic.load` (0xfe 0x10): how a threaded build (-pthread) reads std::get_new_handler's handler. */
const atomicLoad = (bytes: Uint8Array, at: number): boolean => bytes[at + 1] === 0x10;

/** An address known before the program runs: a constant, or a global (a dynamically linked module's GOT entry). */
const constAddress = (op: number): boolean => op === 0x41 || op === 0x23;

/** A body's instructions (opcode, offset), or null where it does not decode. */
function opsOf(bytes: Uint8Array, start: number, end: number): { op: number; at: number }[] | null {
  const ops: { op: number; at: number }[] = [];
  try {
    decodeExpression(new ByteReader(bytes, start, end), { instruction(op, at) { ops.push({ op, at }); } }, 'a small body');
  } catch {
    return null;
  }
  return ops;
}

/** `getter(f)`: f takes nothing and returns an i32 loaded from a constant address (std::get_new_handler). */
function isNewHandlerLoop(bytes: Uint8Array, start: number, end: number, malloc: number, getter: (index: number) => boolean): boolean {
  const ops = opsOf(bytes, start, end);
  if (!ops) return false;
  const control: { op: number; from: number }[] = [];
  const returns: number[] = [];
  const loops: [from: number, to: number][] = [];
  let callAt = -1, sizeLocal = -1, resultLocal = -1;
  const effects: number[] = [];
  for (let i = 0; i < ops.length; i++) {
    const { op, at } = ops[i]!;
    if (op === 0x0f) returns.push(i);
    // global.set, stores, bulk memory, atomics other than loads (a threaded libc++ reads the handler atomically)
    if (op === 0x24 || (op >= 0x36 && op <= 0x3e) || op === 0xfc || (op === 0xfe && !atomicLoad(bytes, at))) effects.push(i);
    if (op === 0x02 || op === 0x03 || op === 0x04 || op === 0x06 || op === 0x1f) control.push({ op, from: i });
    else if (op === 0x0b && control.length) {
      const c = control.pop()!;
      if (c.op === 0x03) loops.push([c.from, i]);
    } else if (op === 0x10 && ulebAt(bytes, at + 1) === malloc) {
      if (!control.some((c) => c.op === 0x03)) return false; // not in a loop
      const before = ops[i - 1], after = ops[i + 1];
      if (!before || before.op !== 0x20 || !after || (after.op !== 0x21 && after.op !== 0x22)) return false; // malloc(local), its result kept
      sizeLocal = ulebAt(bytes, before.at + 1);
      resultLocal = ulebAt(bytes, after.at + 1);
      callAt = i;
    }
  }
  if (callAt < 0) return false;
  // a `return` gives back what malloc gave (or 0, which no hook records), nothing else
  if (returns.some((r) => ops[r - 1]?.op !== 0x20 || ulebAt(bytes, ops[r - 1]!.at + 1) !== resultLocal)) return false;
  // malloc's argument: the parameter, or a local set once from it (made 1 for 0) before the loop
  const writes = ops.flatMap((o, i) => ((o.op === 0x21 || o.op === 0x22) && ulebAt(bytes, o.at + 1) === sizeLocal ? [i] : []));
  const fromParam = (w: number): boolean => ops.slice(Math.max(0, w - 6), w).some((o) => o.op === 0x20 && bytes[o.at + 1] === 0x00);
  // the loop around the call holds the handler: a load from a constant address, then an indirect call
  return loops.some(([from, to]) => {
    if (from > callAt || to < callAt) return false;
    // nothing written to memory or globals before the handler gives up (throwing bad_alloc may)
    if (effects.some((e) => e < to)) return false;
    if (sizeLocal === 0 ? writes.some((w) => w > from && w < to) : writes.length !== 1 || writes[0]! > from || !fromParam(writes[0]!)) return false;
    let load = -1;
    for (let i = from + 1; i < to; i++) {
      const { op, at } = ops[i]!;
      if (((op === 0x28 || (op === 0xfe && atomicLoad(bytes, at))) && constAddress(ops[i - 1]!.op)) || (op === 0x10 && getter(ulebAt(bytes, at + 1)))) load = i;
      if (op === 0x11 && load >= 0 && load < i) return true;
    }
    return false;
  });
}

/** The call's arguments when the body before it is only local.get / i32.const and after it only `end`. */
function forwardedArgs(bytes: Uint8Array, start: number, end: number, callAt: number): ({ local: number } | { const: number })[] | null {
  const args: ({ local: number } | { const: number })[] = [];
  let p = start;
  const leb = (): number => { let v = 0, shift = 0, b: number; do { b = bytes[p++]!; v |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80 && shift < 35); return v >>> 0; };
  while (p < callAt) {
    const op = bytes[p++];
    if (op === 0x20) args.push({ local: leb() });
    else if (op === 0x41) { leb(); args.push({ const: 0 }); } // the value does not matter, only that it is not a parameter
    else return null;
  }
  if (p !== callAt) return null;
  p++; // call
  leb();
  // an unoptimised shim (rustc's __rust_alloc) keeps the result in a local first: `local.set n
  // local.get n return`, which returns it unchanged all the same
  if (bytes[p] === 0x21) {
    p++;
    const n = leb();
    if (bytes[p++] !== 0x20 || leb() !== n) return null;
    if (bytes[p] === 0x0f) p++;
  }
  return p === end - 1 && bytes[p] === 0x0b ? args : null;
}
