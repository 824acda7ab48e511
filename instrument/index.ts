// `instrument(bytes, options)`: the entry point of `wasm-tracemalloc/instrument`.
//
//   preflight (reads the module once, refuses what ABI v1 cannot trace) → call reader (call
//   offsets, code-reader.ts) → detect allocators
//   (profiles.ts) → call graph (which functions reach an allocation) → rewrite → site table
//   (site-table.ts, resolved from the ORIGINAL bytes) → validate the output.
//
// The rewrite (`binary/`) patches the bytes in one linear pass and runs no optimisation: the
// user's code is left exactly as it was, but for the calls named above. The hook ABI the output
// imports is docs/hook-abi.md.

import { withFunctions } from './binary/parse';
import { rewriteBinary } from './binary/rewrite';
import { BinaryReadError } from './byte-reader';
import { addressTakenFunctions, computeReachability, readSignatures, reentrantImports, trampolines } from './call-graph';
import { readCodeLayout, type CodeLayout } from './code-reader';
import { discoverAllocators, namesFunctions } from './discover';
import { sectionName } from './detect';
import { bodyAt, fallbackNames, parseSymbolMap } from './names';
import { InstrumentError } from './errors';
import { CAVEATS_SECTION, CODE_SECTION, IMAGE_SECTION, encodeMemoryImage, ORIGIN_SECTION, SITES_SECTION, THREADS_SECTION, encodeSiteColumns, isCaveat, siteTableOf, type SiteTable } from '../abi';
import { preflight } from './preflight';
import { moduleCodeIdentity } from './code-identity';
import type { ModuleInfo } from './wasm/module';
import type { ModuleFunction } from './detect';
import { createResolver } from './resolve';
import { checkOutput, newStats, noAllocator, profileName, type InstrumentOptions, type InstrumentResult } from './result';
import { remapSourceMap } from './output-source-map';
import { memoryImage } from './memory-image';
import { SiteList, buildSiteColumns, objectKeyOffset } from './site-table';
import { Writer } from '../abi/writer';

export { InstrumentError } from './errors';
export { ALLOCATOR_PROFILES, PROFILE_FAMILIES, type AllocatorProfileEntry, type AllocatorSpec } from './profiles';
export type { AllocatorRef, AllocatorOptions } from './detect';
export type { SiteTable, SiteRow } from '../abi';
export { SITES_SECTION, HOOK_MODULE } from '../abi';
export type { InstrumentErrorCode, InstrumentOption, Wording } from '../abi';
export type { InstrumentOptions, InstrumentResult, InstrumentStats } from './result';
export { remapSourceMap } from './output-source-map';
export { describeDiscovery, type DiscoveryStep, type DiscoveryHow } from './discover';
export { exportNamesFromGlue, scriptFromStack, readFileOptions } from './glue';
export { LOSSY_MAP } from './resolve';
export { moduleCodeIdentity } from './code-identity';

/**
 * instrument()'s refusals before any rewrite (not wasm, memory64, a shared memory without
 * `threads`, GC types…), alone: throws the InstrumentError instrument() would, else returns.
 * Reads the sections only (~2 ms per MB): a host can ask it before announcing a long rewrite.
 */
export function checkModule(bytes: Uint8Array, options: { threads?: boolean } = {}): void {
  preflight(bytes, { threads: options.threads === true });
}

export function instrument(bytes: Uint8Array, options: InstrumentOptions = {}): InstrumentResult {
  if (!(bytes instanceof Uint8Array)) {
    throw new InstrumentError(`expected the module's bytes as a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}`, { code: 'invalid-module' });
  }
  const t0 = performance.now();
  const input = bytes;
  // One kind of byte array inside: a Node Buffer (readFileSync's) is a Uint8Array of another map,
  // with its own subarray; the reader and writer code that met both kinds (the module's bytes and
  // our own arrays) was optimised for one, thrown away and compiled again for both.
  if (bytes.constructor !== Uint8Array) bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const module = preflight(bytes, { threads: options.threads === true });
  // The rewrite copies what it does not need to understand, so an invalid input shows up as an
  // invalid output, checked at the end (then the input is blamed). Malformed bytes met on the way
  // (a body, a constant expression) are the input's fault too.
  try {
    return rewrite(bytes, module, options, t0, input);
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(`invalid wasm module: ${e.message}`, { code: 'invalid-module' });
    throw e;
  }
}

function rewrite(bytes: Uint8Array, module: ModuleInfo, options: InstrumentOptions, t0: number, input: Uint8Array): InstrumentResult {
  const layout = readCodeLayout(bytes, module);
  const pm = withFunctions(module);
  const t1 = performance.now();
  const funcs = pm.functions;
  const discovered = discoverAllocators(bytes, funcs, pm.hasNameSection, layout, options);
  const { names, resolver, funcName } = siteSources(bytes, module, layout, funcs, options, discovered.glueNames);
  const allocators = discovered.allocators;
  const stats = newStats(bytes, t1 - t0, funcs.length, allocators);
  stats.growsMemory = layout.growsMemory;
  stats.resolver = resolver.kind;
  stats.discovery = discovered.discovery;
  if (discovered.half) stats.half = discovered.half;
  stats.warnings.push(...discovered.warnings);
  if (!namesFunctions(funcs, pm.hasNameSection) && resolver.kind === 'names') stats.warnings.push(...indexOnlyNote(funcs, names));
  if (allocators.length === 0) {
    checkValid(bytes);
    return noAllocator(input, pm.hasNameSection, options, stats); // (the caller's own kind of array, sliced)
  }
  const sigs = readSignatures(module);
  const exported = funcs.filter((f) => f.exports.length).map((f) => f.index);
  const addressTaken = addressTakenFunctions(bytes, module.sections, exported);
  const targets = allocators.filter((a) => a.spec.role !== 'free').map((a) => a.fn.index);
  const invokes = trampolines(module);
  const reentrant = reentrantImports(module);
  const reach = computeReachability(layout, sigs, targets, addressTaken, funcs.length, invokes, { imports: reentrant, exported });
  const rw = rewriteBinary({ pm, layout, sigs, reach, addressTaken, invokes, allocators, frames: options.frames !== false, inlinedFrees: discovered.inlinedFrees, reentrant });
  const columns = buildSiteColumns(rw.sites, resolver, funcName, objectKeyOffset(allocators));
  Object.assign(stats, { allocSites: rw.allocSites, frameSites: rw.frameSites, nestedCalls: rw.nestedCalls,
    hookImports: rw.hookImports, warnings: [...stats.warnings, ...resolver.warnings] });
  const t2 = performance.now();
  const extra: [string, Uint8Array][] = [];
  if (options.sourceMapURL !== undefined) extra.push(['sourceMappingURL', urlPayload(options.sourceMapURL)]);
  if (options.origin !== undefined) extra.push([ORIGIN_SECTION, new TextEncoder().encode(options.origin)]);
  const caveats = stats.warnings.filter(isCaveat);
  if (caveats.length) extra.push([CAVEATS_SECTION, new TextEncoder().encode(caveats.join('\n'))]);
  if (module.memories.some((m) => m.flags & 0x02)) extra.push([THREADS_SECTION, new Uint8Array(0)]);
  const code = moduleCodeIdentity(bytes, module.sections);
  if (code) extra.push([CODE_SECTION, new TextEncoder().encode(JSON.stringify(code))]);
  const image = memoryImage(bytes, module.sections, module.globalImports); // frees of its blocks predate tracing (runtime/tracer/unmatched.ts)
  if (image.length) extra.push([IMAGE_SECTION, encodeMemoryImage(image)]);
  extra.push([SITES_SECTION, encodeSiteColumns(columns)]);
  const out = rw.finish(extra);
  stats.droppedSections = rw.droppedSections;
  if (options.validate !== false && !valid(out)) {
    checkValid(bytes);
    checkOutput(out);
  }
  stats.outputBytes = out.length;
  stats.rewriteMs = t2 - t1;
  stats.emitMs = performance.now() - t2;
  let table: SiteTable | undefined; // built when read (the CLI and register never do)
  return { bytes: out, get sites() { return (table ??= siteTableOf(columns)); }, profile: profileName(allocators), stats,
    translateOffset: rw.translateOffset, remapSourceMap: (map) => remapSourceMap(map, rw.translateOffset) };
}

/** Where a site's frames come from: the resolver (DWARF, source map, names) and the name of a function it leaves unnamed. */
function siteSources(bytes: Uint8Array, module: ModuleInfo, layout: CodeLayout, funcs: ModuleFunction[], options: InstrumentOptions, glueNames: Map<number, string>) {
  const names = fallbackNames(funcs.map((f) => f.exports), symbolMap(options), glueNames);
  const resolver = createResolver(bytes, { layout, sections: module.sections, sourceMap: options.sourceMap, sourceMapBaseDir: options.sourceMapBaseDir, readFile: options.readFile,
    readBinaryFile: options.readBinaryFile, debugFile: options.debugFile, names });
  const funcName = (i: number): string => (funcs[i] && sectionName(funcs[i])) ?? names.get(i) ?? `wasm-function[${i}]`;
  return { names, resolver, funcName };
}

/**
 * The site table instrument() would write for `bytes` (a debug build: DWARF, a source map, names)
 * if its sites were the calls at `codeOffsets` (offsets in its code section, as a snapshot's frames
 * without a line carry them): site i + 1 is codeOffsets[i]. Encoded as the custom section
 * (runtime/tracer/site-table.ts reads it), so each site's frames, inlined ones expanded, are made by
 * the same rules as when tracing the debug build itself. `wasm-tracemalloc symbolize` uses it.
 */
export function siteTableAt(bytes: Uint8Array, codeOffsets: readonly number[], options: InstrumentOptions = {}): { table: Uint8Array; resolver: string; warnings: string[] } {
  const module = preflight(bytes, { threads: true });
  try {
    const layout = readCodeLayout(bytes, module);
    const { resolver, funcName } = siteSources(bytes, module, layout, withFunctions(module).functions, options, new Map());
    const sites = new SiteList(codeOffsets.length);
    for (const at of codeOffsets) {
      const offset = layout.codeSectionPayloadStart + at;
      sites.push(offset, 1, bodyAt(layout.funcs, offset)?.index ?? -1);
    }
    const columns = buildSiteColumns(sites, resolver, funcName);
    return { table: encodeSiteColumns(columns), resolver: resolver.kind, warnings: resolver.warnings };
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(`invalid wasm module: ${e.message}`, { code: 'invalid-module' });
    throw e;
  }
}

/** Said once per module, rather than in every frame: how many functions are known only by index. */
function indexOnlyNote(funcs: { index: number; imported: boolean }[], names: Map<number, string>): string[] {
  const defined = funcs.filter((f) => !f.imported);
  const unnamed = defined.filter((f) => !names.has(f.index)).length;
  if (unnamed === 0) return [];
  return [`${unnamed} of ${defined.length} functions are known only by their index (no DWARF, source map, name section, ` +
    `symbol map, glue or export name): their frames read wasm-function[N]+0xOFFSET; ` +
    `build with -g or --profiling-funcs, or pass a symbol map (--symbols, emcc --emit-symbol-map)`];
}

/** options.symbols parsed; a text that is not a symbol map is refused. */
function symbolMap(options: InstrumentOptions): Map<number, string> | null {
  if (options.symbols === undefined) return null;
  const map = parseSymbolMap(options.symbols);
  if (map === null) {
    throw new InstrumentError((w) => `${w.option('symbols')} is not a symbol map: expected lines of \`index:name\` (emcc --emit-symbol-map)`,
      { code: 'bad-option', option: 'symbols', value: typeof options.symbols === 'string' ? options.symbols.slice(0, 80) : options.symbols });
  }
  return map;
}

/** The sourceMappingURL section's payload: the URL as a length-prefixed name. */
function urlPayload(url: string): Uint8Array {
  if (typeof url !== 'string' || url === '') {
    throw new InstrumentError((w) => `${w.option('sourceMapURL')} must be a non-empty string, got ${JSON.stringify(url)}`,
      { code: 'bad-option', option: 'sourceMapURL', value: url });
  }
  return new Writer(url.length + 8).name(url).result;
}

function valid(out: Uint8Array): boolean {
  return typeof WebAssembly === 'undefined' || WebAssembly.validate(out as Uint8Array<ArrayBuffer>);
}

/** The engine's own verdict on the input: an invalid output is blamed on an invalid input first. */
function checkValid(bytes: Uint8Array): void {
  if (typeof WebAssembly === 'undefined' || WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>)) return;
  let why = 'the engine rejects it';
  try {
    new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  } catch (e) {
    why = String((e as Error).message).split('\n')[0]!;
  }
  throw new InstrumentError(`invalid wasm module: ${why}`, { code: 'invalid-module' });
}
