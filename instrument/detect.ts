// Finds the allocator functions of a module: the profile table (profiles.ts) matched against the
// name section and the exports, plus the functions the user names (options.alloc/free/…).

import { API_WORDING, halfFound, type HalfAllocator, type InstrumentOption, type Wording } from '../abi/errors';
import { InstrumentError } from './errors';
import { ALLOCATOR_PROFILES, PROFILE_FAMILIES, profileMatches, type AllocatorProfileEntry, type AllocatorSpec } from './profiles';

/** A function the user names: a name, an export name or a function index; positions optional. */
export type AllocatorRef = string | number | { function: string | number; size?: number; count?: number; ptr?: number; out?: number };

export interface AllocatorOptions {
  alloc?: AllocatorRef[];
  calloc?: AllocatorRef[];
  realloc?: AllocatorRef[];
  free?: AllocatorRef[];
  /** posix_memalign-shaped: status result, pointer stored through argument `out`. */
  allocOut?: AllocatorRef[];
  /** Functions that allocate through the allocator (strdup-like): report their call site. */
  wrapper?: AllocatorRef[];
  /** Match the built-in profiles (default true). */
  detect?: boolean;
  /**
   * Match only these families of the built-in profiles (PROFILE_FAMILIES: 'libc', 'c++', 'rust',
   * 'wasm-bindgen', 'assemblyscript', 'zig'); default all. E.g. ['rust'] for a Rust module that also
   * links a C `malloc` it never lets JS see.
   */
  families?: readonly string[];
}

export interface ModuleFunction {
  index: number;
  name: string;
  imported: boolean;
  /** Value types as text: 'i32', 'i64', 'f32', 'f64', 'v128' or 'ref'. */
  params: string[];
  results: string[];
  exports: string[];
}

/** The function's name from the name section, or undefined: an unnamed function's `name` is its index (`"76"`). */
export const sectionName = (fn: ModuleFunction): string | undefined => (/^\d+$/.test(fn.name) ? undefined : fn.name);

export interface AllocatorFn {
  fn: ModuleFunction;
  /** How it was found, for messages: `malloc (libc)`, `my_alloc (options.alloc)`. */
  label: string;
  family: string;
  spec: AllocatorSpec;
  /** Allocation-only by design (profiles.ts `neverFreed`): no free is expected. */
  neverFreed?: boolean;
}

const DEFAULTS: Record<string, (r: Exclude<AllocatorRef, string | number>) => AllocatorSpec> = {
  alloc: (r) => ({ role: 'alloc', size: r.size ?? 0 }),
  calloc: (r) => ({ role: 'alloc', count: r.count ?? 0, size: r.size ?? 1 }),
  realloc: (r) => ({ role: 'realloc', ptr: r.ptr ?? 0, size: r.size ?? 1 }),
  free: (r) => ({ role: 'free', ptr: r.ptr ?? 0 }),
  allocOut: (r) => ({ role: 'alloc-out', out: r.out ?? 0, size: r.size ?? 2 }),
  wrapper: () => ({ role: 'wrapper' }),
};

/**
 * Every function's names against the profiles (each found one goes into `found` too). A function
 * of its own: its loop over every function is hot, and the engine compiles a hot loop's whole function.
 */
function matchNames(funcs: ModuleFunction[], hasNameSection: boolean, exact: Map<string, AllocatorProfileEntry[]>,
  patterns: AllocatorProfileEntry[], found: Map<number, AllocatorFn>): Map<number, AllocatorProfileEntry> {
  const matched = new Map<number, AllocatorProfileEntry>();
  for (const fn of funcs) {
    if (fn.imported || found.has(fn.index)) continue;
    const names = hasNameSection ? [fn.name, ...fn.exports] : fn.exports;
    for (const hit of names) {
      const known = exact.get(hit);
      // (a cheap filter first: only Rust's and Zig's (`heap.…`) spellings have patterns)
      const candidates = known ?? ((hit.includes('__rust_') || hit.includes('Dlmalloc') || hit.includes('GlobalAlloc') || hit.startsWith('heap.')) ? patterns.filter((e) => profileMatches(e, hit)) : []);
      if (candidates.length === 0) continue;
      // A module may define its own `malloc` with another shape: leave it alone.
      const entry = candidates.find((e) => (e.arity === undefined || e.arity === fn.params.length) && checkShape(fn, e.spec));
      if (entry) {
        found.set(fn.index, { fn, label: `${hit} (${entry.family})`, family: entry.family, spec: entry.spec, ...(entry.neverFreed ? { neverFreed: true } : {}) });
        matched.set(fn.index, entry);
      }
      break;
    }
  }
  return matched;
}

export function detectAllocators(funcs: ModuleFunction[], hasNameSection: boolean, options: AllocatorOptions): AllocatorFn[] {
  const found = new Map<number, AllocatorFn>();
  // User-named functions first: they win over a profile match of the same function.
  for (const key of Object.keys(DEFAULTS)) {
    const refs = (options as Record<string, AllocatorRef[] | undefined>)[key];
    if (refs === undefined) continue;
    const option = key as InstrumentOption;
    if (!Array.isArray(refs)) {
      throw new InstrumentError((w) => `${w.option(option)} must be an array of names, export names or function indices, got ${JSON.stringify(refs)}`,
        { code: 'bad-option', option, value: refs });
    }
    for (const ref of refs) {
      const obj = typeof ref === 'object' && ref !== null ? ref : { function: ref };
      const fn = findFunction(funcs, obj.function, option);
      const spec = DEFAULTS[key]!(obj);
      checkShape(fn, spec, { option, ref: obj.function });
      found.set(fn.index, { fn, label: `${fn.name} (options.${key})`, family: 'user', spec });
    }
  }
  const profiles = selectProfiles(options.families);
  if (options.detect !== false) {
    // Exact spellings through one map; only the Rust and Zig entries need their patterns tried per name.
    // (one name may have several entries, one per shape: `__rust_realloc` as LTO leaves it)
    const exact = new Map<string, AllocatorProfileEntry[]>();
    for (const e of profiles) for (const n of e.names) exact.set(n, [...(exact.get(n) ?? []), e]);
    const patterns = profiles.filter((e) => e.rustSymbol || e.symbolPatterns);
    const matched = matchNames(funcs, hasNameSection, exact, patterns, found);
    const present = new Set([...matched.values()].map((e) => e.names[0]));
    for (const [index, entry] of matched) {
      if (entry.fallbackFor?.every((n) => present.has(n))) found.delete(index);
    }
  }
  return [...found.values()].sort((a, b) => a.fn.index - b.fn.index);
}

/** The profile entries of `families` (all of them when undefined), refusing unknown names. */
function selectProfiles(families: readonly string[] | undefined): readonly AllocatorProfileEntry[] {
  if (families === undefined) return ALLOCATOR_PROFILES;
  if (!Array.isArray(families)) {
    throw new InstrumentError((w) => `${w.option('families')} must be an array of profile families (${PROFILE_FAMILIES.join(', ')}), got ${JSON.stringify(families)}`,
      { code: 'bad-option', option: 'families', value: families });
  }
  for (const f of families) {
    if (!PROFILE_FAMILIES.includes(f)) {
      throw new InstrumentError((w) => `${w.option('families')}: unknown profile family ${JSON.stringify(f)}, expected one of ${PROFILE_FAMILIES.join(', ')}`,
        { code: 'bad-option', option: 'families', value: f });
    }
  }
  return ALLOCATOR_PROFILES.filter((e) => families.includes(e.family));
}

function findFunction(funcs: ModuleFunction[], ref: string | number, option: InstrumentOption): ModuleFunction {
  const fail = (what: string): never => {
    throw new InstrumentError((w) => `${w.option(option)}: ${what}`, { code: 'bad-option', option, value: ref });
  };
  let fn: ModuleFunction | undefined;
  if (typeof ref === 'number') fn = Number.isInteger(ref) ? funcs[ref] : undefined;
  else if (typeof ref === 'string') fn = funcs.find((f) => f.name === ref) ?? funcs.find((f) => f.exports.includes(ref));
  else fail(`expected a function name, export name or index, got ${JSON.stringify(ref)}`);
  if (!fn) return fail(`no function ${JSON.stringify(ref)} in the module (expected a name from the name section, an export name, or an index below ${funcs.length})`);
  if (fn.imported) fail(`function ${JSON.stringify(ref)} is imported; only functions defined in the module can be traced`);
  return fn;
}

/**
 * Do the spec's argument positions and result exist with i32 types? A profile's guess (no
 * `named`) just does not match; a function the user named by `option` is refused.
 */
function checkShape(fn: ModuleFunction, spec: AllocatorSpec, named?: { option: InstrumentOption; ref: unknown }): boolean {
  const i32 = 'i32';
  const args: number[] = [];
  let needsResult = false;
  switch (spec.role) {
    case 'alloc': args.push(spec.size, ...(spec.count !== undefined ? [spec.count] : [])); needsResult = true; break;
    case 'alloc-out': args.push(spec.size, spec.out); needsResult = true; break;
    case 'realloc': args.push(spec.ptr, spec.size); needsResult = !spec.inPlace || spec.inPlace === 'if-true'; break;
    case 'free': args.push(spec.ptr); break;
    case 'wrapper': break;
  }
  const bad = args.find((a) => !Number.isInteger(a) || a < 0 || fn.params[a] !== i32);
  const badResult = needsResult && (fn.results.length !== 1 || fn.results[0] !== i32);
  if (bad === undefined && !badResult) return true;
  if (!named) return false;
  const sig = `(${fn.params.join(', ')}) -> (${fn.results.join(', ')})`;
  const need = bad !== undefined ? `an i32 argument at position ${bad}` : 'one i32 result';
  throw new InstrumentError((w) => `${w.option(named.option)} ${JSON.stringify(named.ref)}: function ${fn.name} has signature ${sig}, expected ${need} for a ${spec.role} function`,
    { code: 'bad-option', option: named.option, value: named.ref });
}

/** One line: what was looked for, where, and how to name functions. */
export function notFoundMessage(hasNameSection: boolean, options: AllocatorOptions = {}, w: Wording = API_WORDING, half?: HalfAllocator): string {
  if (half) return `no allocator hooked: ${halfFound(half, `name ${half.missing === 'free' ? 'the free' : 'the allocation'} with ${w.option(half.missing)} NAME (a name, an export name or a function index)`)}`;
  const where = hasNameSection ? 'the name section and the exports' : 'the exports (the module has no name section: build with -g, --profiling-funcs or asc --debug to keep names)';
  const how = `name your allocator with ${w.naming('my_alloc', 'my_free')} (a name, an export name or a function index)`;
  if (options.detect === false) return `no allocator found: ${w.detectOff} and no function is named; ${how}`;
  if (options.families !== undefined) {
    const names = [...new Set(ALLOCATOR_PROFILES.filter((e) => options.families!.includes(e.family)).flatMap((e) => e.names.slice(0, 1)))];
    return `no allocator found: looked for the ${options.families.join(', ')} profile${options.families.length === 1 ? '' : 's'} only (${names.join(', ')}) in ${where}; ${how}`;
  }
  return `no allocator found: looked for malloc/calloc/realloc/free/posix_memalign/aligned_alloc (wasi-libc, dlmalloc, emmalloc), ` +
    `operator new/delete (C++), __rust_alloc/__rust_dealloc/__rust_realloc (Rust), __wbindgen_malloc/__wbindgen_free (wasm-bindgen), ` +
    `~lib/rt/{itcms,tcms,stub}/__new, __renew, __alloc, __free (AssemblyScript), heap.WasmAllocator.alloc/resize/free… (Zig) in ${where}; ${how}`;
}
