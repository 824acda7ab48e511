// `instrument(bytes, options)`: the entry point of `wasm-tracemalloc/instrument`.
//
//   preflight (refusals, engine validation) → code reader (call offsets) → detect allocators
//   (profiles.ts) → call graph (which functions reach an allocation) → rewrite → site table
//   (site-table.ts, resolved from the ORIGINAL bytes) → validate the output.
//
// The rewrite has two backends with the same semantics: `binary/` (default) patches the bytes in
// one pass; `backend: 'binaryen'` goes through Binaryen's IR (`binaryen/`, loaded only when
// imported). Neither runs an optimisation pass: the user's code is left exactly as it was, but
// for the calls named above. The hook ABI the output imports is docs/hook-abi.md.

import { backends } from './backends';
import { parseModule } from './binary/parse';
import { rewriteBinary } from './binary/rewrite';
import { BinaryReadError } from './byte-reader';
import { addressTakenFunctions, computeReachability, readSignatures } from './call-graph';
import { readCodeLayout, type CodeLayout } from './code-reader';
import { discoverAllocators } from './discover';
import { fallbackNames, parseSymbolMap } from './names';
import { withLinelessWrappers } from './lineless-wrappers';
import { InstrumentError } from './errors';
import { preflight, SITES_SECTION, type Preflight } from './preflight';
import { createResolver } from './resolve';
import { checkOutput, newStats, noAllocator, profileName, type InstrumentOptions, type InstrumentResult } from './result';
import { remapSourceMap } from './output-source-map';
import { buildSiteTable } from './site-table';

export { InstrumentError } from './errors';
export { ALLOCATOR_PROFILES, PROFILE_FAMILIES, type AllocatorProfileEntry, type AllocatorSpec } from './profiles';
export type { AllocatorRef, AllocatorOptions } from './detect';
export type { SiteTable, SiteRow } from './site-table';
export { SITES_SECTION } from './preflight';
export { HOOK_MODULE } from './preflight';
export type { InstrumentOptions, InstrumentResult, InstrumentStats } from './result';
export { remapSourceMap } from './output-source-map';

export function instrument(bytes: Uint8Array, options: InstrumentOptions = {}): InstrumentResult {
  if (!(bytes instanceof Uint8Array)) {
    throw new InstrumentError(`expected the module's bytes as a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}`);
  }
  const t0 = performance.now();
  const pre = preflight(bytes);
  // The binary backend copies what it does not understand, so an invalid input shows up as an
  // invalid output, checked at the end (then the input is blamed); Binaryen must not see it at all.
  if (options.backend === 'binaryen') checkValid(bytes);
  let layout: CodeLayout;
  try {
    layout = readCodeLayout(bytes);
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(`invalid wasm module: ${e.message}`);
    throw e;
  }
  if (options.backend === undefined || options.backend === 'binary') return runBinary(bytes, pre, layout, options, t0);
  if (options.backend !== 'binaryen') throw new InstrumentError(`options.backend must be 'binary' or 'binaryen', got ${JSON.stringify(options.backend)}`);
  if (pre.exceptions) {
    throw new InstrumentError('cannot instrument: the module uses exception handling, which the Binaryen backend does not support; use the default backend');
  }
  const backend = backends.get(options.backend);
  if (!backend) throw new InstrumentError(`the 'binaryen' backend is not loaded: import 'wasm-tracemalloc/instrument/binaryen' (instrument/binaryen/index.ts) first`);
  return backend(bytes, pre, layout, options, t0);
}

function runBinary(bytes: Uint8Array, pre: Preflight, layout: CodeLayout, options: InstrumentOptions, t0: number): InstrumentResult {
  const pm = parseModule(bytes, pre.sections);
  const t1 = performance.now();
  const funcs = pm.functions;
  const discovered = discoverAllocators(bytes, funcs, pm.hasNameSection, layout, options);
  const names = fallbackNames(funcs.map((f) => f.exports), symbolMap(options), discovered.glueNames);
  const resolver = createResolver(bytes, { layout, sourceMap: options.sourceMap, sourceMapBaseDir: options.sourceMapBaseDir, readFile: options.readFile,
    readBinaryFile: options.readBinaryFile, debugFile: options.debugFile, names });
  const allocators = withLinelessWrappers(discovered.allocators, funcs, layout, resolver);
  const stats = newStats(bytes, t1 - t0, funcs.length, allocators);
  stats.discovery = discovered.discovery;
  stats.warnings.push(...discovered.warnings);
  if (allocators.length === 0) {
    checkValid(bytes);
    return noAllocator(bytes, pm.hasNameSection, options, stats);
  }
  const sigs = readSignatures(bytes, pre.sections);
  const addressTaken = addressTakenFunctions(bytes, pre.sections, funcs.filter((f) => f.exports.length).map((f) => f.index));
  const targets = allocators.filter((a) => a.spec.role !== 'free').map((a) => a.fn.index);
  const reach = computeReachability(layout, sigs, targets, addressTaken, funcs.length);
  const rw = rewriteBinary({ pm, layout, sigs, reach, allocators, frames: options.frames !== false });
  const table = buildSiteTable(rw.sites, resolver, (i) => (pm.hasNameSection ? funcs[i]?.name : undefined) ?? names.get(i) ?? `wasm-function[${i}]`);
  Object.assign(stats, { allocSites: rw.allocSites, frameSites: rw.frameSites, nestedCalls: rw.nestedCalls,
    hookImports: rw.hookImports, warnings: [...stats.warnings, ...resolver.warnings] });
  const t2 = performance.now();
  const extra: [string, Uint8Array][] = [];
  if (options.sourceMapURL !== undefined) extra.push(['sourceMappingURL', urlPayload(options.sourceMapURL)]);
  extra.push([SITES_SECTION, new TextEncoder().encode(JSON.stringify(table))]);
  const out = rw.finish(extra);
  stats.droppedSections = rw.droppedSections;
  if (options.validate !== false && !valid(out)) {
    checkValid(bytes);
    checkOutput(out);
  }
  stats.outputBytes = out.length;
  stats.rewriteMs = t2 - t1;
  stats.emitMs = performance.now() - t2;
  return { bytes: out, sites: table, profile: profileName(allocators), stats,
    translateOffset: rw.translateOffset, remapSourceMap: (map) => remapSourceMap(map, rw.translateOffset) };
}

/** options.symbols parsed, with a bad one refused in instrument()'s words. */
function symbolMap(options: InstrumentOptions): Map<number, string> | null {
  if (options.symbols === undefined) return null;
  try {
    return parseSymbolMap(options.symbols);
  } catch (e) {
    throw new InstrumentError((e as Error).message);
  }
}

/** The sourceMappingURL section's payload: the URL as a length-prefixed name. */
function urlPayload(url: string): Uint8Array {
  if (typeof url !== 'string' || url === '') throw new InstrumentError(`options.sourceMapURL must be a non-empty string, got ${JSON.stringify(url)}`);
  const text = new TextEncoder().encode(url);
  const head: number[] = [];
  let n = text.length;
  do { head.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0)); n >>>= 7; } while (n);
  const out = new Uint8Array(head.length + text.length);
  out.set(head);
  out.set(text, head.length);
  return out;
}

function valid(out: Uint8Array): boolean {
  return typeof WebAssembly === 'undefined' || WebAssembly.validate(out as Uint8Array<ArrayBuffer>);
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
