/**
 * The tracer: CPython's tracemalloc module-level API over a registry of TraceSources
 * (docs/internals.md). Semantics follow CPython 3.11 `Modules/_tracemalloc.c`:
 * start() while tracing does nothing (the limit is kept), stop() clears, clearTraces() also
 * zeroes current and peak, getTracedMemory() is (0, 0) when not tracing, takeSnapshot()
 * refuses when not tracing.
 */
import { MODULES_METADATA, modulesMetadata } from './modules';
import { UNMATCHED_METADATA, unmatchedMetadata } from './unmatched';
import { REACHABILITY_METADATA, reachabilityMetadata } from './reachability';
import type { Snapshot } from '../model/snapshot';
import type { Traceback } from '../model/traceback';
import { snapshotModel } from './snapshot-model';
import { TracemallocError, quote } from '../model/errors';
import { type LibraryFrameOptions, checkPathOptions } from './library-frames';
import type { TraceSource } from './trace-source';
import { MAX_NFRAME, TracedTotals, WasmDomain, holdInstanceMemories, type InvalidFree } from './wasm-domain';
import { processFrameNames } from './frame-names';
import { shareArenaWithWorkers } from './threads';
import { watchPosts } from './plain-for-workers';

const sources: TraceSource[] = [];
let tracing = false;
let tracebackLimit = 1;
/** start()'s folding options (runtime/tracer/library-frames.ts), handed to every source. */
let fold: LibraryFrameOptions = {};
/** start()'s `reachability`: snapshots record which live blocks nothing points to. */
let reachability = false;
/** Shared by every wasm domain's hooks. */
export const wasmTotals = new TracedTotals();
let nextDomain = 1;

/** Adds a source (the native hook registers domain 0); it starts at once if tracing. */
export function registerSource(source: TraceSource): void {
  if (!Number.isInteger(source.domain) || source.domain < 0 || source.domain > 0xffffffff) {
    throw new TracemallocError(`domain ${quote(source.domain)} of source ${quote(source.name)}: expected an integer in [0; 4294967295]`);
  }
  if (sources.some((s) => s.domain === source.domain)) {
    throw new TracemallocError(`domain ${source.domain} is already registered (source ${quote(source.name)})`);
  }
  sources.push(source);
  sources.sort((a, b) => a.domain - b.domain);
  if (source.domain >= nextDomain) nextDomain = source.domain + 1;
  if (tracing) source.start(tracebackLimit, fold);
}

/** Removes a source and its traces (an instance that is gone, an addon unloaded). */
export function unregisterSource(source: TraceSource): void {
  const i = sources.indexOf(source);
  if (i < 0) return;
  sources.splice(i, 1);
  source.stop();
}

/** The registered sources, by domain (read-only view for reports and tests). */
export function getSources(): readonly TraceSource[] {
  return sources;
}

/** The next wasm domain number: 1, 2, … in instantiation order (0 is the native hook's). */
export function allocateDomain(): number {
  return nextDomain++;
}

/**
 * Domain 0, the Node process's own malloc, as `native/` implements it. runtime/ never imports
 * native/ (it runs in browsers too): the Node entry (`node/index.ts`) installs a lazy provider
 * with setNativeHook(), and `start(n, { native: true })` asks it for the hook only then.
 */
export interface NativeHook {
  /** True when the addon is built and loaded. */
  readonly available: boolean;
  /** Why it is not available (one sentence), or ''. */
  readonly reason: string;
  /** Registers domain 0 with this tracer (idempotent); it starts with the tracer's limit. */
  register(): void;
}
let nativeProvider: (() => NativeHook) | null = null;

/** Where start(n, { native: true }) finds the native hook (called by node/, not by users). */
export function setNativeHook(provider: (() => NativeHook) | null): void {
  nativeProvider = provider;
}

export interface StartOptions extends LibraryFrameOptions {
  /** Also trace this process's own malloc in domain 0 (Node on Linux; the Node entry loads the
   * addon when asked). */
  native?: boolean;
  /**
   * Each snapshot also records which live blocks no pointer in their module's memory reaches
   * any more (lost, as LeakSanitizer and valgrind say, against still reachable): its metadata
   * entry `reachability` (runtime/tracer/reachability.ts). Costs a scan of each module's memory
   * per snapshot; `leaks` asks for it.
   */
  reachability?: boolean;
}

/** The native hook, or a TracemallocError saying why not. */
function nativeHook(): NativeHook {
  if (!nativeProvider) {
    throw new TracemallocError(
      "start(nframe, { native: true }): the native hook is Node-only: import 'wasm-tracemalloc' in Node " +
        '(or run with --import wasm-tracemalloc/register and WASM_TRACEMALLOC_NATIVE=1)',
    );
  }
  const hook = nativeProvider();
  if (!hook.available) throw new TracemallocError(`start(nframe, { native: true }): the native hook is not available: ${hook.reason}`);
  return hook;
}

export function start(nframe: number = 1, options?: StartOptions): void {
  if (typeof nframe !== 'number' || !Number.isInteger(nframe) || nframe < 1 || nframe > MAX_NFRAME) {
    throw new TracemallocError(
      `the number of frames must be in range [1; ${MAX_NFRAME}], got ${typeof nframe === 'number' ? String(nframe) : quote(nframe)}`,
      typeof nframe === 'number' ? 'ValueError' : 'TypeError',
    );
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TracemallocError(`start() options: expected an object like { native: true }, got ${quote(options)}`, 'TypeError');
  }
  const native = options?.native;
  for (const key of ['native', 'reachability'] as const) {
    const value = options?.[key];
    if (value !== undefined && typeof value !== 'boolean') {
      throw new TracemallocError(`start() option ${key}: expected true or false, got ${quote(value)}`, 'TypeError');
    }
  }
  const bad = checkPathOptions(options ?? {});
  if (bad) throw new TracemallocError(bad, 'TypeError');
  // Checked before anything starts: a refused start() leaves the tracer as it was.
  const hook = native ? nativeHook() : null;
  if (!tracing) {
    // CPython: a second start() while tracing does nothing ("hook already installed")
    tracebackLimit = nframe;
    reachability = options?.reachability === true;
    holdInstanceMemories(reachability);
    fold = { libraryFrames: options?.libraryFrames, libraryPaths: options?.libraryPaths, userPaths: options?.userPaths, jsFrames: options?.jsFrames };
    tracing = true;
    wasmTotals.reset();
    for (const source of sources) source.start(nframe, fold);
    // threaded modules: the workers made from now on trace too (threads.ts), and what goes to them
    // is watched from now on (a port handed to one is one of theirs: plain-for-workers.ts)
    if (shareArenaWithWorkers(nframe)) watchPosts();
  }
  // registerSource() starts domain 0 at once with the tracer's limit (idempotent when registered)
  hook?.register();
}

export function stop(): void {
  if (!tracing) return;
  tracing = false;
  holdInstanceMemories(false);
  for (const source of sources) source.stop();
  wasmTotals.reset();
  processFrameNames.reset(); // the next run names colliding frames afresh (frame-names.ts)
}

export function isTracing(): boolean {
  return tracing;
}

export function clearTraces(): void {
  if (!tracing) return;
  for (const source of sources) source.clear();
  wasmTotals.reset();
}

export function getTracebackLimit(): number {
  return tracebackLimit;
}

/** [current, peak] traced bytes over all domains; (0, 0) when not tracing. */
export function getTracedMemory(): [current: number, peak: number] {
  if (!tracing) return [0, 0];
  let current = wasmTotals.current;
  let peak = wasmTotals.peak;
  for (const source of sources) {
    // a threaded module's group keeps its own totals (docs/hook-abi.md, "Threaded modules")
    if (source instanceof WasmDomain && source.group === undefined) continue;
    // Other sources keep their own peak; the peak of a sum is bounded by the sum of peaks.
    const [c, p] = source.tracedMemory();
    current += c;
    peak += p;
  }
  return [current, Math.max(peak, current)];
}

export function resetPeak(): void {
  if (!tracing) return;
  for (const source of sources) source.resetPeak();
  wasmTotals.resetPeak();
}

/** Bytes the tracer itself holds: every source's tables (typed arrays, shadow stacks). */
export function getTracemallocMemory(): number {
  let bytes = 0;
  for (const source of sources) bytes += source.tracerMemory();
  return bytes;
}

/**
 * The traceback where the block at `ptr` was allocated, or null when it is not traced.
 * Without `domain`, the wasm domains are searched in order, then the native one.
 */
export function getObjectTraceback(ptr: number, domain?: number): Traceback | null {
  // wasm32 pointers are 32-bit; the native domain's are 64-bit addresses (up to 2**53 - 1 here)
  const max = domain === undefined || domain === 0 ? Number.MAX_SAFE_INTEGER : 0xffffffff;
  if (typeof ptr !== 'number' || !Number.isInteger(ptr) || ptr < 0 || ptr > max) {
    throw new TracemallocError(
      `pointer ${quote(ptr)}: expected ${max === 0xffffffff ? 'an unsigned 32-bit integer' : `an integer in [0; ${max}]`}`,
    );
  }
  if (domain !== undefined && (!Number.isInteger(domain) || domain < 0 || domain > 0xffffffff)) {
    throw new TracemallocError(`domain ${quote(domain)}: expected an integer in [0; 4294967295]`);
  }
  if (!tracing) return null;
  const ordered = domain === undefined ? [...sources.filter((s) => s.domain !== 0), ...sources.filter((s) => s.domain === 0)] : sources.filter((s) => s.domain === domain);
  for (const source of ordered) {
    // a wasm domain's keys are 32-bit: a bigger pointer cannot be one of its blocks
    if (source.domain !== 0 && ptr > 0xffffffff) continue;
    const frames = source.objectTraceback(ptr);
    if (frames) return new (snapshotModel().Traceback)(frames);
  }
  return null;
}

export function takeSnapshot(): Snapshot {
  if (!tracing) {
    throw new TracemallocError('the tracemalloc module must be tracing memory allocations to take a snapshot');
  }
  const builder = new (snapshotModel().SnapshotBuilder)();
  // wasm domains add their totals and peak set; with none, both are there and empty
  builder.keepTotals();
  builder.keepPeak();
  const modules = modulesMetadata(); // which modules were traced and which not (modules.ts)
  if (modules !== null) builder.setMetadata(MODULES_METADATA, modules);
  for (const source of sources) source.collect(builder);
  if (reachability) {
    // which live blocks nothing points to any more (reachability.ts), domain by domain
    const domains = sources.flatMap((s) => (s instanceof WasmDomain ? (s.reachability() ?? []) : []));
    builder.setMetadata(REACHABILITY_METADATA, reachabilityMetadata(domains));
  }
  const initial = sources.reduce((n, s) => n + (s instanceof WasmDomain ? s.initialMemoryFrees() : 0), 0);
  const unmatched = unmatchedMetadata(getInvalidFrees(), initial); // frees the table could not match (unmatched.ts)
  if (unmatched !== null) builder.setMetadata(UNMATCHED_METADATA, unmatched);
  // The peak is not in the traces (a snapshot only holds what is live): `run` draws it from here.
  const [current, peak] = getTracedMemory();
  builder.setMetadata('current', String(current));
  builder.setMetadata('peak', String(peak));
  return builder.build(tracebackLimit);
}

/**
 * The live set at the high-water mark of traced memory since start() or the last resetPeak()
 * (all wasm domains at one moment): one trace per traceback, its size the bytes live there then,
 * statistics counting the blocks. The cores copy their per-traceback totals when the traced memory
 * passes the last copy by 1/128, so this set's total (metadata `current`) is within 0.8 % of the
 * true peak (metadata `peak`). The native domain keeps no peak set.
 */
export function takePeakSnapshot(): Snapshot {
  if (!tracing) {
    throw new TracemallocError('the tracemalloc module must be tracing memory allocations to take a snapshot');
  }
  return takeSnapshot().peak!;
}

/** Frees of unknown pointers, double frees, reallocs of unknown pointers… with their sites. */
export function getInvalidFrees(): InvalidFree[] {
  const out: InvalidFree[] = [];
  for (const source of sources) if (source instanceof WasmDomain) out.push(...source.invalidFrees());
  return out;
}
