// Allocator discovery for release builds, with no flags, in this order (issue 12):
//
//   1. names       the name section matched against the profile table (detect.ts)
//   2. exports     conventional export names: malloc/free/…, __wbindgen_*, napi_wasm_malloc
//   3. glue        the JS glue's bindings of minified exports (`_malloc = c.La`, glue.ts), from
//                  options.glue; and wasm-bindgen's renamed `__wbindgen_export_N` by their
//                  signature and body
//   4. call graph  from each boundary found by 2–3, the function it hands the size (or pointer)
//                  to and returns the result of: the allocator every internal caller uses
//                  (`__wbindgen_malloc` → `__rust_alloc` → `__rdl_alloc` → dlmalloc's malloc)
//   5. code fingerprint  without a name section (or one naming under half the functions, as
//                  wasm-bindgen leaves: namesFunctions): dlmalloc (C and Rust), emmalloc and
//                  AssemblyScript's TLSF recognised by their code (fingerprint.ts), which also
//                  finds the realloc/memalign a minified build does not export
//
// Each step is exact or unused: a boundary is followed only through a small body of MVP
// instructions (small-body.ts) where exactly one callee takes the size/pointer as a plain
// argument and has the allocator's signature. Nested hooks are silent (the outermost call
// records), so hooking the whole chain costs nothing in correctness.

import { isDirectCall, type CodeLayout } from './code-reader';
import { detectAllocators, sectionName, type AllocatorFn, type AllocatorOptions, type ModuleFunction } from './detect';
import { fingerprintAllocators, newOperators, rustShims } from './fingerprint';
import { INLINED_ALLOCATOR, NO_FREE, type HalfAllocator } from '../abi/errors';
import { inlinedFrees, type InlinedPush } from './inlined-lists';
import { demangle } from '../abi/demangle';
import { exportNamesFromGlue } from './glue';
import { WASM_BINDGEN_SPECS, type AllocatorSpec } from './profiles';
import { readSmallBody } from './small-body';

export type DiscoveryHow = 'names' | 'exports' | 'glue' | 'signature' | 'call graph' | 'code fingerprint' | 'options';

export interface DiscoveryStep {
  how: DiscoveryHow;
  /** What was found this way, e.g. `__wbindgen_malloc`, `La = malloc`, `wasm-function[873] ← __wbindgen_malloc`. */
  found: string[];
}

export interface DiscoverOptions extends AllocatorOptions {
  /** The module's JS glue (its text), which names minified exports (glue.ts). */
  glue?: string;
}

export interface Discovered {
  allocators: AllocatorFn[];
  discovery: DiscoveryStep[];
  /** Function index → the name the glue gives it (for frames), when exactly one. */
  glueNames: Map<number, string>;
  warnings: string[];
  /** Function index → the pushes onto a Zig allocator's free lists inlined there (inlined-lists.ts), each a free to report. */
  inlinedFrees: Map<number, InlinedPush[]>;
  /** Half an allocator found, so none hooked: what was found, and which half is missing. */
  half?: HalfAllocator;
}


const I32 = 'i32';
const allI32 = (fn: ModuleFunction): boolean => fn.params.every((p) => p === I32) && fn.results.every((r) => r === I32);

// Shapes of the libc names a glue binding may claim, to refuse a binding a signature denies.
const LIBC_SHAPES: Record<string, [number, number]> = { malloc: [1, 1], free: [1, 0], calloc: [2, 1], realloc: [2, 1] };

export function discoverAllocators(bytes: Uint8Array, funcs: ModuleFunction[], hasNameSection: boolean,
  layout: CodeLayout, options: DiscoverOptions): Discovered {
  const glueNames = new Map<number, string>();
  const aliases = new Map<number, string[]>();
  if (options.glue !== undefined) {
    const byExport = new Map<string, ModuleFunction>();
    for (const f of funcs) for (const e of f.exports) byExport.set(e, f);
    const bound = exportNamesFromGlue(options.glue, new Set(byExport.keys()));
    const claims = new Map<string, ModuleFunction[]>(); // libc name → functions whose shape fits
    for (const [key, names] of bound) {
      const fn = byExport.get(key)!;
      if (names.size === 1) glueNames.set(fn.index, [...names][0]!);
      for (const name of names) {
        const shape = LIBC_SHAPES[name];
        if (!shape || fn.imported || !allI32(fn) || fn.params.length !== shape[0] || fn.results.length !== shape[1]) continue;
        const list = claims.get(name) ?? [];
        if (!list.includes(fn)) list.push(fn);
        claims.set(name, list);
      }
    }
    for (const [name, list] of claims) {
      if (list.length !== 1) continue; // two builds disagree and both fit: say nothing
      const fn = list[0]!;
      aliases.set(fn.index, [...(aliases.get(fn.index) ?? []), name]);
    }
  }
  const seen = aliases.size ? funcs.map((f) => (aliases.has(f.index) ? { ...f, exports: [...f.exports, ...aliases.get(f.index)!] } : f)) : funcs;
  const found = detectAllocators(seen, hasNameSection, options);
  const steps = new Map<DiscoveryHow, string[]>();
  const note = (how: DiscoveryHow, what: string): void => { const l = steps.get(how) ?? []; l.push(what); steps.set(how, l); };
  const howOf = new Map<number, DiscoveryHow>();
  for (const a of found) {
    const hit = a.label.slice(0, a.label.lastIndexOf(' ('));
    const how: DiscoveryHow = a.family === 'user' ? 'options' : hasNameSection && a.fn.name === hit ? 'names'
      : funcs[a.fn.index]!.exports.includes(hit) ? 'exports' : 'glue';
    howOf.set(a.fn.index, how);
    // as people read it: `__rustc::__rust_alloc`, not `_RNvCs1njKG4L9aB3_7___rustc12___rust_alloc`
    note(how, how === 'glue' ? `${funcs[a.fn.index]!.exports[0]} = ${hit}` : demangle(hit));
  }
  const allocators = new Map(found.map((a) => [a.fn.index, a]));
  if (options.detect !== false && (options.families === undefined || options.families.includes('wasm-bindgen'))) {
    for (const a of renamedWasmBindgen(bytes, funcs, layout, allocators)) {
      allocators.set(a.fn.index, a);
      howOf.set(a.fn.index, 'signature');
      note('signature', `${a.fn.exports[0]} = ${a.label}`);
    }
  }
  // Follow every boundary that names did not already explain.
  if (options.detect !== false) {
    for (const a of [...allocators.values()]) {
      const how = howOf.get(a.fn.index);
      if (how === 'names' || how === 'options') continue;
      for (const inner of follow(bytes, funcs, layout, a, allocators)) {
        allocators.set(inner.fn.index, inner);
        note('call graph', inner.label);
      }
    }
  }
  const warnings: string[] = [];
  const named = namesFunctions(funcs, hasNameSection);
  // Fingerprints where names cannot say: each adds what the other steps did not find, and is
  // dropped whole when it disagrees with them (a function they found in another role).
  if (options.detect !== false && !named) {
    for (const fp of fingerprintAllocators(bytes, funcs, layout)) {
      if (options.families !== undefined && !fp.allocators.every((a) => options.families!.includes(a.family))) continue;
      const clash = fp.allocators.find((a) => { const k = allocators.get(a.fn.index); return k && k.spec.role !== a.spec.role; });
      if (clash) {
        warnings.push(`code fingerprint of ${fp.allocator} not used: it takes ${clash.label} but ${allocators.get(clash.fn.index)!.label} says otherwise`);
        continue;
      }
      // where the role's code went, less the functions another step hooks already (an export
      // such as emscripten_builtin_memalign holding internal_memalign's code is that role itself)
      const unhooked = fp.inlined?.into.filter((_, i) => !allocators.has(fp.inlined!.indices[i]!)) ?? [];
      if (fp.inlined && unhooked.length) {
        const { roles } = fp.inlined;
        const into = unhooked;
        const at = `${into.slice(0, 3).join(', ')}${into.length > 3 ? ` and ${into.length - 3} more` : ''}`;
        warnings.push(`${INLINED_ALLOCATOR} ${fp.allocator}'s ${roles.join(' or ')} was not found as a function, and its code is in ${at}`
          + ' (an optimising link such as wasm-opt inlines it into a sole caller): blocks resized in place or aligned there may not be traced exactly;'
          + ' a build that keeps names (-g, --profiling-funcs) lets it be found by name, and one linked without -O (clang -O2 -c x.c && clang x.o) keeps it a function');
      }
      // a function the call graph reached and the fingerprint agrees on is that allocator's own
      // (wasm-bindgen's malloc → dlmalloc's malloc): its blocks are freed by the allocator's free
      for (const a of fp.allocators) {
        const k = allocators.get(a.fn.index);
        if (k && howOf.get(a.fn.index) === undefined && k.family !== a.family) allocators.set(a.fn.index, { ...k, family: a.family });
      }
      const added = fp.allocators.filter((a) => !allocators.has(a.fn.index));
      if (added.length === 0) continue;
      for (const a of added) { allocators.set(a.fn.index, a); howOf.set(a.fn.index, 'code fingerprint'); }
      note('code fingerprint', `${fp.allocator} (${fp.roles.join(', ')})`);
    }
  }
  // C++'s operator new where nothing names it: every C++ allocation would read as its one frame.
  // Family c++, as operator new is by name (so --profile libc leaves it out here too).
  if (options.detect !== false && !named && (options.families === undefined || options.families.includes('c++'))) {
    const added = newOperators(bytes, funcs, layout, [...allocators.values()]).filter((a) => !allocators.has(a.fn.index));
    for (const a of added) { allocators.set(a.fn.index, a); howOf.set(a.fn.index, 'code fingerprint'); }
    if (added.length) note('code fingerprint', added.map((a) => a.label).join(', '));
  }
  // Rust's std over libc (wasm32-wasi) where nothing names it: every Rust allocation would read as __rdl_alloc.
  if (options.detect !== false && !named && (options.families === undefined || options.families.includes('rust'))) {
    const added = rustShims(bytes, funcs, layout, [...allocators.values()]).filter((a) => !allocators.has(a.fn.index));
    for (const a of added) { allocators.set(a.fn.index, a); howOf.set(a.fn.index, 'code fingerprint'); }
    if (added.length) note('code fingerprint', added.map((a) => a.label).join(', '));
  }
  // An allocation found without any free would leave every block traced forever (phantom
  // leaks, a peak that only grows): hook nothing of it, and say so. (Not an allocator that never
  // frees by design, AssemblyScript's stub runtime: its blocks do stay allocated.)
  const inferred = [...allocators.values()].filter((a) => { const h = howOf.get(a.fn.index); return h !== 'names' && h !== 'options' && !a.neverFreed; });
  const frees = [...allocators.values()].some((a) => a.spec.role === 'free');
  const nameOf = (a: AllocatorFn): string => (a.label.lastIndexOf(' (') > 0 ? a.label.slice(0, a.label.lastIndexOf(' (')) : a.label);
  let half: HalfAllocator | undefined;
  if (inferred.length && !frees) {
    for (const a of inferred) allocators.delete(a.fn.index);
    for (const how of ['exports', 'glue', 'signature', 'call graph', 'code fingerprint'] as const) steps.delete(how);
    if (allocators.size === 0) half = { found: [...new Set(inferred.map(nameOf))], missing: 'free' };
    warnings.push(`found ${inferred.map((a) => a.label).join(', ')} but no function that frees: ` +
      `not traced (every block would stay allocated); name the free with options { free: [NAME] }`);
  }
  // The reverse: frees found (by any step but the user's names) and nothing that allocates: each
  // free would be of a block never seen allocated. Hook nothing, and say what is missing.
  const all = [...allocators.values()];
  if (all.length && !all.some((a) => ALLOCATING.has(a.spec.role)) && !all.some((a) => a.family === 'user')) {
    half = { found: [...new Set(all.map(nameOf))], missing: 'alloc' };
    allocators.clear();
    steps.clear();
  }
  const order: DiscoveryHow[] = ['options', 'names', 'exports', 'glue', 'signature', 'call graph', 'code fingerprint'];
  const discovery = order.filter((h) => steps.has(h)).map((how) => ({ how, found: steps.get(how)! }));
  const sorted = [...allocators.values()].sort((a, b) => a.fn.index - b.fn.index);
  warnings.push(...unfreedWarnings(sorted, layout));
  const inlined = inlinedFrees(bytes, funcs, layout, sorted);
  warnings.push(...inlined.warnings);
  return { allocators: sorted, discovery, glueNames, warnings, inlinedFrees: inlined.pushes, ...(half ? { half } : {}) };
}

const ALLOCATING = new Set(['alloc', 'alloc-out', 'realloc']);

/**
 * Families whose allocations are hooked but whose blocks no hooked function frees, one caveat
 * each (NO_FREE): their frees, inlined into callers (fat LTO, wasm-opt's sole-caller inlining) or
 * never linked, are not seen, so a block the program frees stays traced. An allocation's blocks
 * are its family's, or those of another family's allocation it calls (operator new → malloc,
 * Rust's std over libc → malloc: direct calls, followed down): freed when such a family has a
 * hooked free. Not expected to free: allocations defined as allocation-only (profiles.ts
 * `neverFreed`: AssemblyScript's stub runtime) and the functions the user named (an arena named
 * with options.alloc and no options.free); a user-named free may free any family's blocks.
 */
export function unfreedWarnings(allocators: readonly AllocatorFn[], layout: CodeLayout): string[] {
  const freeing = new Set(allocators.filter((a) => a.spec.role === 'free').map((a) => a.family));
  if (freeing.has('user')) return [];
  const allocating = allocators.filter((a) => ALLOCATING.has(a.spec.role) && a.family !== 'user' && !a.neverFreed);
  const candidates = allocating.filter((a) => !freeing.has(a.family));
  if (candidates.length === 0) return [];
  const byIndex = new Map(allocating.map((a) => [a.fn.index, a]));
  // what each candidate hands its blocks' allocation to: hooked allocations of other families it calls
  const delegates = new Map(candidates.map((a) => [a, calledAllocations(layout, a, byIndex)]));
  const freed = (a: AllocatorFn, seen: Set<AllocatorFn>): boolean => freeing.has(a.family)
    || (!seen.has(a) && seen.add(a) && (delegates.get(a) ?? []).some((d) => freed(d, seen)));
  // said once, for the family that owns the blocks (not for operator new over an unfreed malloc)
  const roots = candidates.filter((a) => !freed(a, new Set()) && delegates.get(a)!.length === 0);
  const families = [...new Set(roots.map((a) => a.family))];
  return families.map((family) => unfreedMessage(family, roots.filter((a) => a.family === family)));
}

/** Hooked allocations of another family than `a`'s that `a` reaches through direct calls. */
function calledAllocations(layout: CodeLayout, a: AllocatorFn, allocating: Map<number, AllocatorFn>): AllocatorFn[] {
  const out = new Set<AllocatorFn>();
  const seen = new Set([a.fn.index]);
  const queue = [a.fn.index];
  const { op, callee } = layout.calls;
  while (queue.length && seen.size < 20000) {
    const body = layout.funcs[queue.pop()! - layout.importedFuncCount];
    if (!body) continue;
    for (let k = body.firstCall; k < body.endCall; k++) {
      if (!isDirectCall(op[k]!) || seen.has(callee[k]!)) continue;
      seen.add(callee[k]!);
      const b = allocating.get(callee[k]!);
      if (b && b.family !== a.family) out.add(b); // its blocks are b's: not followed further
      else queue.push(callee[k]!);
    }
  }
  return [...out];
}

function unfreedMessage(family: string, allocs: AllocatorFn[]): string {
  const name = (a: AllocatorFn): string => sectionName(a.fn) ?? a.fn.exports[0] ?? `wasm-function[${a.fn.index}]`;
  const names = `${allocs.slice(0, 3).map(name).join(', ')}${allocs.length > 3 ? ` and ${allocs.length - 3} more` : ''}`;
  if (family === 'assemblyscript') {
    return `${NO_FREE} AssemblyScript allocates through ${names}, but no function the GC frees through was found ` +
      `(~lib/rt/itcms/free, ~lib/rt/tlsf/__free, ~lib/rt/tlsf/insertBlock: inlined by the optimizer): ` +
      `collected objects stay traced until their address is reused (counted as missed frees, getInvalidFrees() kind 'alloc'), ` +
      `so snapshots over-count live memory; rebuild with asc --debug (keeps the name section) at -O0..-O3, ` +
      `or name the free with options { free: [{ function: NAME, ptr: N }] }`;
  }
  const keep = family === 'rust' || family === 'wasm-bindgen' ? 'a build without fat LTO keeps __rust_dealloc a function'
    : 'a link without -O keeps free a function (clang -O2 -c x.c && clang x.o)';
  return `${NO_FREE} ${family} allocates through ${names}, but no function that frees its blocks was found ` +
    `(inlined into its callers, or never linked because nothing frees): a block the program frees stays traced, ` +
    `so live memory and leaks may be over-counted; ${keep}, or name the free with options { free: [NAME] }`;
}

/**
 * Whether the name section can say what the allocator is: it names at least half of the defined
 * functions. wasm-bindgen's output keeps a name section naming only its own two or three helpers
 * (`__wbindgen_closure_wrapper…`): names cannot say there, and the code fingerprints must.
 */
export function namesFunctions(funcs: readonly ModuleFunction[], hasNameSection: boolean): boolean {
  if (!hasNameSection) return false;
  let defined = 0, named = 0;
  for (const f of funcs) if (!f.imported) { defined++; if (f.name !== String(f.index)) named++; } // (unnamed: the index)
  return named * 2 >= defined;
}

/**
 * wasm-bindgen ≥ 0.2.10x exports malloc/free/realloc as `__wbindgen_export`, `…2`, `…3` (an order
 * that changes between builds). Each is recognised by its signature AND by its body handing the
 * size or pointer on to a single callee (the same check `follow` makes).
 */
function renamedWasmBindgen(bytes: Uint8Array, funcs: ModuleFunction[], layout: CodeLayout, known: Map<number, AllocatorFn>): AllocatorFn[] {
  if ([...known.values()].some((a) => a.family === 'wasm-bindgen')) return [];
  const out: AllocatorFn[] = [];
  const shapes: [string, number, number, AllocatorSpec][] = [
    ['malloc', 2, 1, WASM_BINDGEN_SPECS.malloc],
    ['free', 3, 0, WASM_BINDGEN_SPECS.free],
    ['realloc', 4, 1, WASM_BINDGEN_SPECS.realloc],
  ];
  for (const fn of funcs) {
    if (fn.imported || known.has(fn.index) || !fn.exports.some((e) => /^__wbindgen_export_?\d*$/.test(e)) || !allI32(fn)) continue;
    const shape = shapes.find(([, p, r]) => fn.params.length === p && fn.results.length === r);
    if (!shape) continue;
    const a: AllocatorFn = { fn, label: `__wbindgen_${shape[0]}`, family: 'wasm-bindgen', spec: shape[3] };
    const inner = innerCalls(bytes, funcs, layout, a);
    if (inner.length === 1 || (inner.length > 1 && a.spec.role === 'alloc')) out.push(a);
  }
  // One of each at most, or none: two candidates for one role means the rule does not hold.
  const roles = out.map((a) => a.spec.role);
  return out.filter((a) => roles.filter((r) => r === a.spec.role).length === 1);
}

/** The chain below an allocator boundary: each single callee it hands its size/pointer to. */
function follow(bytes: Uint8Array, funcs: ModuleFunction[], layout: CodeLayout, start: AllocatorFn, known: Map<number, AllocatorFn>): AllocatorFn[] {
  const out: AllocatorFn[] = [];
  let current = start;
  const seen = new Set([start.fn.index]);
  for (let depth = 0; depth < 6; depth++) {
    const inner = innerCalls(bytes, funcs, layout, current);
    // One callee; or, for an allocation, several that each take the size and return the block
    // (Rust's `__rdl_alloc`: malloc(size) or memalign(align, size) by alignment).
    if (inner.length === 0 || (inner.length > 1 && current.spec.role !== 'alloc')) break;
    const fresh = inner.filter((n) => !seen.has(n.fn.index));
    for (const n of fresh) {
      seen.add(n.fn.index);
      if (!known.has(n.fn.index)) out.push(n);
    }
    if (fresh.length !== 1) {
      for (const n of fresh) out.push(...follow(bytes, funcs, layout, n, known).filter((f) => !seen.has(f.fn.index) && seen.add(f.fn.index)));
      break;
    }
    current = fresh[0]!;
  }
  return out;
}

/** The distinct callees `a` passes its size (alloc), pointer (free) or both (realloc) to, with their spec. */
function innerCalls(bytes: Uint8Array, funcs: ModuleFunction[], layout: CodeLayout, a: AllocatorFn): AllocatorFn[] {
  const spec = a.spec;
  if (spec.role !== 'alloc' && spec.role !== 'free' && spec.role !== 'realloc') return [];
  if (spec.role === 'alloc' && (spec.count !== undefined || spec.resultAdjust)) return [];
  if (spec.role === 'free' && spec.ptrAdjust) return [];
  if (spec.role === 'realloc' && (spec.adjust || spec.inPlace)) return [];
  const body = layout.funcs[a.fn.index - layout.importedFuncCount];
  if (!body) return [];
  const small = readSmallBody(bytes, body, (i) => funcs[i]?.params.length ?? 0, (i) => funcs[i]?.results.length ?? 0);
  if (!small) return [];
  const found = new Map<number, AllocatorSpec>();
  for (const call of small.calls) {
    const callee = funcs[call.callee];
    if (!callee || callee.imported || !call.args || !allI32(callee)) continue;
    const at = (local: number): number[] => call.args!.flatMap((s, i) => (s && 'local' in s && s.local === local ? [i] : []));
    let inner: AllocatorSpec | null = null;
    if (spec.role === 'alloc' && callee.results.length === 1 && !call.dropped) {
      const q = at(spec.size);
      if (q.length === 1) inner = { role: 'alloc', size: q[0]! };
    } else if (spec.role === 'free' && callee.results.length === 0) {
      const p = at(spec.ptr);
      if (p.length === 1) inner = { role: 'free', ptr: p[0]! };
    } else if (spec.role === 'realloc' && callee.results.length === 1) {
      const p = at(spec.ptr), q = at(spec.size);
      if (p.length === 1 && q.length === 1) inner = { role: 'realloc', ptr: p[0]!, size: q[0]! };
    }
    if (!inner) continue;
    const prev = found.get(callee.index);
    if (prev && JSON.stringify(prev) !== JSON.stringify(inner)) return []; // called two ways: not a simple hand-over
    found.set(callee.index, inner);
  }
  const by = a.fn.exports[0] ?? (a.label.includes(' (') ? a.label.slice(0, a.label.lastIndexOf(' (')) : a.label);
  return [...found].map(([index, s]) => {
    const fn = funcs[index]!;
    const name = sectionName(fn) ?? fn.exports[0] ?? `wasm-function[${index}]`;
    return { fn, family: a.family, spec: s, label: `${name} ← ${by}` };
  });
}

/**
 * One line for a module's report: `glue (La = malloc, Ma = free), call graph (wasm-function[873] ←
 * __wbindgen_malloc)`. What the register/CLI prints after "traced:" (robust/node code calls this).
 */
export function describeDiscovery(discovery: readonly DiscoveryStep[]): string {
  return discovery.map((d) => `${d.how} (${d.found.slice(0, 4).join(', ')}${d.found.length > 4 ? `, +${d.found.length - 4}` : ''})`).join(', ');
}
