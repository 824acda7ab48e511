// `instrument(bytes, options)`: the entry point of `wasm-tracemalloc/instrument`.
//
//   preflight (refusals, engine validation) → code reader (call offsets) → detect allocators
//   (profiles.ts) → call graph (which functions reach an allocation) → rewrite → site table
//   (site-table.ts, resolved from the ORIGINAL bytes) → validate the output.
//
// The rewrite has two backends with the same semantics: `binary/` (default) patches the bytes in
// one pass; `backend: 'binaryen'` goes through Binaryen's IR (wrap-allocators.ts,
// rewrite-calls.ts). Neither runs an optimisation pass: the user's code is left exactly as it
// was, but for the calls named above. The hook ABI the output imports is docs/hook-abi.md.

import binaryen from 'binaryen';
import { BinaryReadError } from './byte-reader';
import { computeReachability, readSignatures } from './call-graph';
import { parseModule } from './binary/parse';
import { rewriteElements, rewriteGlobals } from './binary/remap';
import { rewriteBinary } from './binary/rewrite';
import { ByteReader } from './byte-reader';
import { customSection, readCodeLayout, SectionId, type CodeLayout } from './code-reader';
import { detectAllocators, listFunctions, notFoundMessage, type AllocatorFn, type AllocatorOptions } from './detect';
import { InstrumentError } from './errors';
import { preflight, SITES_SECTION, type Preflight } from './preflight';
import { createResolver } from './resolve';
import { rewriteCalls } from './rewrite-calls';
import { finishSections } from './sections';
import { buildSiteTable, type SiteTable } from './site-table';
import type { SourceMapOptions } from './source-map';
import { Hooks, wrapAllocator } from './wrap-allocators';

export { InstrumentError } from './errors';
export { ALLOCATOR_PROFILES, type AllocatorProfileEntry, type AllocatorSpec } from './profiles';
export type { AllocatorRef, AllocatorOptions } from './detect';
export type { SiteTable, SiteRow } from './site-table';
export { SITES_SECTION } from './preflight';
export { HOOK_MODULE } from './wrap-allocators';

export interface InstrumentOptions extends AllocatorOptions, SourceMapOptions {
  /** Emit the shadow-stack frames for deeper tracebacks (default true). */
  frames?: boolean;
  /** With no allocator found, return the module unchanged instead of throwing. */
  allowNoAllocator?: boolean;
  /** Throw when Binaryen's call expressions and the original's call instructions disagree. */
  strict?: boolean;
  /** Check the output with WebAssembly.validate (default true). */
  validate?: boolean;
  /**
   * 'binary' (default): rewrites the bytes directly, one linear pass. 'binaryen': goes through
   * Binaryen's IR (slower by an order of magnitude on large modules; kept as a cross-check).
   */
  backend?: 'binary' | 'binaryen';
}

export interface InstrumentStats {
  inputBytes: number;
  outputBytes: number;
  readMs: number;
  rewriteMs: number;
  emitMs: number;
  functions: number;
  allocators: { name: string; role: string; family: string }[];
  allocSites: number;
  frameSites: number;
  /** Allocator calls inside allocators, sent straight to the original body. */
  nestedCalls: number;
  /** Functions whose calls could not be matched to the original's (their sites lack a line). */
  mismatchedFunctions: string[];
  droppedSections: string[];
  hookImports: string[];
  warnings: string[];
}

export interface InstrumentResult {
  bytes: Uint8Array;
  sites: SiteTable;
  /** The allocator families found, e.g. `libc+c++`, or `none`. */
  profile: string;
  stats: InstrumentStats;
}

// binaryen's typings lag its runtime: CompactImports and readBinary's features argument exist.
const F = binaryen.Features as typeof binaryen.Features & { CompactImports: number };
const readBinary = binaryen.readBinary as (data: Uint8Array, features?: number) => binaryen.Module;
// Reading: accept every encoding Binaryen knows (refusals are preflight's job), but never
// CompactImports, whose output Node 20 rejects.
const READ_FEATURES = F.All & ~F.CompactImports;
// Writing: what Node 20 / current browsers run and version 1 supports.
const WRITE_FEATURES = F.MVP | F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt |
  F.SIMD128 | F.RelaxedSIMD | F.ReferenceTypes | F.Multivalue | F.TailCall | F.ExtendedConst | F.Atomics;

export function instrument(bytes: Uint8Array, options: InstrumentOptions = {}): InstrumentResult {
  if (!(bytes instanceof Uint8Array)) {
    throw new InstrumentError(`expected the module's bytes as a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}`);
  }
  const t0 = performance.now();
  const pre = preflight(bytes);
  checkValid(bytes);
  let layout: CodeLayout;
  try {
    layout = readCodeLayout(bytes);
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(`invalid wasm module: ${e.message}`);
    throw e;
  }
  if (options.backend === undefined || options.backend === 'binary') return runBinary(bytes, pre, layout, options, t0);
  if (options.backend !== 'binaryen') throw new InstrumentError(`options.backend must be 'binary' or 'binaryen', got ${JSON.stringify(options.backend)}`);
  const debugInfo = binaryen.getDebugInfo();
  binaryen.setDebugInfo(true); // keep the name section
  let m: binaryen.Module;
  try {
    m = readBinary(bytes, READ_FEATURES);
  } catch (e) {
    binaryen.setDebugInfo(debugInfo);
    throw new InstrumentError(`invalid wasm module: ${String((e as Error).message ?? e).split('\n')[0]}`);
  }
  try {
    return run(bytes, m, pre, layout, options, t0);
  } finally {
    m.dispose();
    binaryen.setDebugInfo(debugInfo);
  }
}

function run(bytes: Uint8Array, m: binaryen.Module, pre: Preflight, layout: CodeLayout,
  options: InstrumentOptions, t0: number): InstrumentResult {
  const t1 = performance.now();
  const hasNameSection = pre.hasNameSection;
  const funcs = listFunctions(m);
  if (funcs.length !== layout.importedFuncCount + layout.funcs.length) {
    throw new InstrumentError(`internal: Binaryen reads ${funcs.length} functions, the code reader ${layout.importedFuncCount + layout.funcs.length}`);
  }
  const allocators = detectAllocators(funcs, hasNameSection, options);
  const stats: InstrumentStats = {
    inputBytes: bytes.length, outputBytes: bytes.length, readMs: t1 - t0, rewriteMs: 0, emitMs: 0,
    functions: funcs.length,
    allocators: allocators.map((a) => ({ name: a.fn.name, role: a.spec.role, family: a.family })),
    allocSites: 0, frameSites: 0, nestedCalls: 0, mismatchedFunctions: [], droppedSections: [], hookImports: [], warnings: [],
  };
  if (allocators.length === 0) {
    if (!options.allowNoAllocator) throw new InstrumentError(notFoundMessage(hasNameSection));
    const sites: SiteTable = { version: 1, files: [], functions: [], sites: [[-1, 0, 0, -1, 0]], resolver: 'names', offsets: [0] };
    return { bytes: bytes.slice(), sites, profile: 'none', stats };
  }

  const sections = pre.sections;
  const sigs = readSignatures(bytes, sections);
  const index = new Map(funcs.map((f) => [f.name, f.index]));
  const addressTaken = new Set<number>();
  for (const f of funcs) if (f.exports.length) addressTaken.add(f.index);
  for (let i = 0; i < m.getNumElementSegments(); i++) {
    for (const name of binaryen.getElementSegmentInfo(m.getElementSegmentByIndex(i)).data) {
      const at = index.get(name);
      if (at !== undefined) addressTaken.add(at);
    }
  }
  const targets = allocators.filter((a) => a.spec.role !== 'free').map((a) => a.fn.index);
  const reach = computeReachability(layout, sigs, targets, addressTaken, funcs.length);

  const hooks = new Hooks(m);
  const wrapped = allocators.map((a) => wrapAllocator(m, hooks, a));
  const rw = rewriteCalls({ m, hooks, funcs, layout, sigs, reach, wrapped, frames: options.frames !== false, strict: !!options.strict });
  const resolver = createResolver(bytes, { layout, sourceMap: options.sourceMap, sourceMapBaseDir: options.sourceMapBaseDir, readFile: options.readFile });
  const table = buildSiteTable(rw.sites, resolver, (i) => funcs[i]?.name ?? `wasm-function[${i}]`);
  Object.assign(stats, { allocSites: rw.allocSites, frameSites: rw.frameSites, nestedCalls: rw.nestedCalls,
    mismatchedFunctions: rw.mismatchedFunctions, hookImports: hooks.imported, warnings: [...resolver.warnings] });
  const t2 = performance.now();

  m.setFeatures(WRITE_FEATURES);
  const emitted = m.emitBinary();
  // Binaryen writes target_features from its own feature set: put the original's back.
  const extra: [string, Uint8Array][] = [];
  const features = customSection(bytes, sections, 'target_features');
  if (features) extra.push(['target_features', features]);
  extra.push([SITES_SECTION, new TextEncoder().encode(JSON.stringify(table))]);
  const edit = { dropped: [] as string[] };
  const out = finishSections(emitted, extra, edit, /* also drop */ ['target_features']);
  stats.droppedSections = edit.dropped.filter((n) => n !== 'target_features' || !features);
  if (options.validate !== false && typeof WebAssembly !== 'undefined' && !WebAssembly.validate(out as Uint8Array<ArrayBuffer>)) {
    throw new InstrumentError('internal: the instrumented module does not validate; please report this module');
  }
  stats.outputBytes = out.length;
  stats.rewriteMs = t2 - t1;
  stats.emitMs = performance.now() - t2;
  const profile = [...new Set(allocators.map((a) => a.family))].join('+');
  return { bytes: out, sites: table, profile, stats };
}

function runBinary(bytes: Uint8Array, pre: Preflight, layout: CodeLayout, options: InstrumentOptions, t0: number): InstrumentResult {
  const pm = parseModule(bytes, pre.sections);
  const t1 = performance.now();
  const funcs = pm.functions;
  const allocators = detectAllocators(funcs, pm.hasNameSection, options);
  const stats = newStats(bytes, t1 - t0, funcs.length, allocators);
  if (allocators.length === 0) return noAllocator(bytes, pm.hasNameSection, options, stats);
  const sigs = readSignatures(bytes, pre.sections);
  const addressTaken = new Set<number>();
  for (const f of funcs) if (f.exports.length) addressTaken.add(f.index);
  const noteFn = { fn: (i: number) => { addressTaken.add(i); return i; }, global: (g: number) => g };
  for (const s of pre.sections) {
    if (s.id === SectionId.element) rewriteElements(new ByteReader(bytes, s.start, s.end), noteFn);
    if (s.id === SectionId.global) rewriteGlobals(new ByteReader(bytes, s.start, s.end), noteFn);
  }
  const targets = allocators.filter((a) => a.spec.role !== 'free').map((a) => a.fn.index);
  const reach = computeReachability(layout, sigs, targets, addressTaken, funcs.length);
  const rw = rewriteBinary({ pm, layout, sigs, reach, allocators, frames: options.frames !== false });
  const resolver = createResolver(bytes, { layout, sourceMap: options.sourceMap, sourceMapBaseDir: options.sourceMapBaseDir, readFile: options.readFile });
  const table = buildSiteTable(rw.sites, resolver, (i) => (pm.hasNameSection ? funcs[i]?.name : undefined) ?? `wasm-function[${i}]`);
  Object.assign(stats, { allocSites: rw.allocSites, frameSites: rw.frameSites, nestedCalls: rw.nestedCalls,
    hookImports: rw.hookImports, warnings: [...resolver.warnings] });
  const t2 = performance.now();
  const out = rw.finish([[SITES_SECTION, new TextEncoder().encode(JSON.stringify(table))]]);
  stats.droppedSections = rw.droppedSections;
  if (options.validate !== false) checkOutput(out);
  stats.outputBytes = out.length;
  stats.rewriteMs = t2 - t1;
  stats.emitMs = performance.now() - t2;
  return { bytes: out, sites: table, profile: [...new Set(allocators.map((a) => a.family))].join('+'), stats };
}

function newStats(bytes: Uint8Array, readMs: number, functions: number, allocators: AllocatorFn[]): InstrumentStats {
  return {
    inputBytes: bytes.length, outputBytes: bytes.length, readMs, rewriteMs: 0, emitMs: 0, functions,
    allocators: allocators.map((a) => ({ name: a.fn.name, role: a.spec.role, family: a.family })),
    allocSites: 0, frameSites: 0, nestedCalls: 0, mismatchedFunctions: [], droppedSections: [], hookImports: [], warnings: [],
  };
}

function noAllocator(bytes: Uint8Array, hasNameSection: boolean, options: InstrumentOptions, stats: InstrumentStats): InstrumentResult {
  if (!options.allowNoAllocator) throw new InstrumentError(notFoundMessage(hasNameSection));
  const sites: SiteTable = { version: 1, files: [], functions: [], sites: [[-1, 0, 0, -1, 0]], resolver: 'names', offsets: [0] };
  return { bytes: bytes.slice(), sites, profile: 'none', stats };
}

function checkOutput(out: Uint8Array): void {
  if (typeof WebAssembly !== 'undefined' && !WebAssembly.validate(out as Uint8Array<ArrayBuffer>)) {
    let why = '';
    try { new WebAssembly.Module(out as Uint8Array<ArrayBuffer>); } catch (e) { why = `: ${String((e as Error).message).split('\n')[0]}`; }
    throw new InstrumentError(`internal: the instrumented module does not validate${why}; please report this module`);
  }
}

/** The engine's own verdict, so that an invalid module is refused before Binaryen reads it. */
function checkValid(bytes: Uint8Array): void {
  if (typeof WebAssembly === 'undefined' || WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>)) return;
  let why = 'the engine rejects it';
  try {
    new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  } catch (e) {
    why = String((e as Error).message).split('\n')[0]!;
  }
  throw new InstrumentError(`invalid wasm module: ${why}`);
}
