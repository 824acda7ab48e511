// The body of `wasm-tracemalloc/register` when WASM_TRACEMALLOC asks for tracing (register.ts
// runs it then, and only then: a start with tracing off loads none of this). What the
// variables mean: register.ts. Built only into the tool's one script (node/script.ts: CommonJS,
// so `require` below is the bundle's, and no top-level await), which the program's own
// `import 'wasm-tracemalloc'` gets its API from too: one tracer.
//
// Node-only. The instrumenter is loaded synchronously, on a cache miss only (instrument-cache.ts):
// `new WebAssembly.Module(bytes)` is synchronous, so instrumenting must be too.
// Snapshot files are written whole, then renamed over the path, so a reader never sees half.
//
// Source maps: a module's `sourceMappingURL` is relative to the .wasm file, but WebAssembly only
// ever sees bytes. So the .wasm files the program reads through `fs` are remembered (path and
// size), and a module is instrumented with the folder of the last one read with its size.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { fs, path as paths, url, workerThreads } from './builtins';
import { captureStderr } from './diagnostics-fd';
import { writeAside } from './write-aside';
import { cacheDir, cachedInstrument } from './instrument-cache';
import { isMainThread, shareWithWorkers, withWorkerThreads, workerTracing } from './threads';
import { describeAllocators, noAllocatorReason } from './allocator-line';
import { namesAny, optionsFor, withoutMissing } from './per-module-options';
// the tracer's files, not runtime/tracer/index (which loads the snapshot model: see below)
import { isTracing, start, takeSnapshot } from '../runtime/tracer/tracer';
import { patchWebAssembly } from '../runtime/tracer/patch';
import { setInstrumenter, setModuleLocator, type InstrumentedModule } from '../runtime/tracer/instantiate';
import { MAX_NFRAME } from '../runtime/tracer/wasm-domain';
import { setSnapshotModel, type SnapshotModel } from '../runtime/tracer/snapshot-model';
import { newSharedArena } from '../runtime/tracer/tracer-core';
import { setSharedArena } from '../runtime/tracer/threads';
import { diagnostic } from '../runtime/tracer/modules';
import { defaultWeights } from '../runtime/tracer/site-table';
import { installJsSourceMaps } from './js-source-maps';
import { avoidGcInWasiFastCallsOnceWasiLoaded } from './wasi-fast-calls';
import { CLI_WORDING, LOSSY_MAP, isCaveat } from '../abi/errors';
import { readFileOptions, scriptFromStack } from '../instrument/glue';
import { findCompanions } from '../instrument/companions';

const { statSync } = fs;
const { dirname, relative, resolve } = paths;
const { fileURLToPath } = url;

captureStderr(); // before the program can patch fs or process.stderr
// The snapshot model (~75 KB of JS) is run when the first snapshot or traceback is made, not at
// every start: takeSnapshot() is synchronous, so it is `require`d then (this file is built into the
// tool's one script, CommonJS: node/script.ts; the model is in it, initialized at that require).
setSnapshotModel(() => require('../runtime/model/snapshot-model') as SnapshotModel);
installJsSourceMaps(); // JS frames through the JS files' source maps, as node/index.ts
avoidGcInWasiFastCallsOnceWasiLoaded(); // before the program's first instantiation once it has loaded node:wasi (wasi-fast-calls.ts)

function fail(message: string): never {
  diagnostic(message);
  process.exit(2);
}

const spec = (process.env.WASM_TRACEMALLOC ?? '').trim(); // not '' nor '0': register.ts checked
const nframe = Number(spec);
if (!/^\d+$/.test(spec) || nframe < 1 || nframe > MAX_NFRAME) {
  fail(`WASM_TRACEMALLOC=${JSON.stringify(spec)}: expected a number of frames from 1 to ${MAX_NFRAME} (or 0 for off)`);
}

let extra: Record<string, unknown> = {};
const json = process.env.WASM_TRACEMALLOC_INSTRUMENT;
if (json) {
  try {
    extra = JSON.parse(json) as Record<string, unknown>;
  } catch {
    extra = [] as unknown as Record<string, unknown>;
  }
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
    fail(`WASM_TRACEMALLOC_INSTRUMENT=${JSON.stringify(json)}: expected a JSON object of instrument() options, e.g. {"alloc":["my_alloc"],"free":["my_free"]}`);
  }
}
const wasmFiles = rememberWasmReads();
const readFileSync = fs.readFileSync; // the wrapper: a .wasm file read here is remembered as the program's are
// Threaded modules (docs/hook-abi.md, "Threaded modules"): one arena for the process, made by the
// main thread before the program starts any worker, and handed to every worker thread (which
// loads this file too) through the environment data, which needs no message delivered in time
// (set when the program loads worker_threads: threads.ts shareWithWorkers).
const ARENA_KEY = 'wasm-tracemalloc:arena';
const mainThread = isMainThread();
const arena = mainThread ? madeArena() : (workerThreads().getEnvironmentData(ARENA_KEY) as WebAssembly.Memory | undefined);
if (arena instanceof WebAssembly.Memory) {
  if (mainThread) shareWithWorkers(ARENA_KEY, arena);
  setSharedArena(arena);
  extra = { ...extra, threads: true };
}
/** Called when this thread traces its first module (a worker thread then marks itself: threads.ts). */
let tracingHere: (() => void) | undefined;
// The instrumenter is loaded only on a cache miss (node/instrument-cache.ts): importing it costs
// every start 30–50 ms. dist/<folder>/register.js sits beside dist/instrument/index.cjs.
let instrumenter: typeof import('../instrument/index') | undefined;
const loadInstrumenter = () => (instrumenter ??= createRequire(import.meta.url)('../instrument/index.cjs') as typeof import('../instrument/index'));
try {
  extra = readFileOptions(extra, (p) => readFileSync(p, 'utf8'), (p) => new Uint8Array(readFileSync(p)));
} catch (error) {
  fail(`cannot read a file named by the options: ${(error as Error).message}`);
}
const ownDir = resolve(dirname(fileURLToPath(import.meta.url)), '..'); // dist/: this file and its chunks
const cli = Boolean(process.env.WASM_TRACEMALLOC_CLI_DIR);
const pathOf = (bytes: Uint8Array) => [...wasmFiles].reverse().find(([, size]) => size === bytes.length)?.[0];
setModuleLocator((bytes) => {
  const path = pathOf(bytes);
  return path && shown(path);
});
setInstrumenter((bytes) => {
  try {
    const result = instrumentOne(bytes, pathOf(bytes));
    if (result.traced) tracingHere?.();
    return result;
  } catch (error) {
    // Under `run`/`leaks` the error speaks of the flags the user typed (abi/errors.ts: CLI_WORDING).
    if (cli && instrumenter && error instanceof instrumenter.InstrumentError) error.message = error.describe(CLI_WORDING);
    throw error;
  }
});
function instrumentOne(bytes: Uint8Array, path: string | undefined): InstrumentedModule {
  // The script compiling these bytes is their glue (or embeds them): it names minified
  // exports; a symbol map sits next to it or to the .wasm (instrument/glue.ts).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 64;
  const script = scriptFromStack(new Error().stack, (f) => f.startsWith(ownDir + '/'));
  Error.stackTraceLimit = limit;
  const text = (file: string | null | undefined): string | undefined => {
    if (!file) return undefined;
    try { return readFileSync(file, 'utf8'); } catch { return undefined; }
  };
  const isFile = (file: string): boolean => {
    try { return statSync(file).isFile(); } catch { return false; }
  };
  const found: Record<string, unknown> = {};
  if (extra.glue === undefined && script) found.glue = text(script);
  // a symbol map beside the module or its glue, a source map the module does not name (companions.ts)
  // (the map: only its existence here; instrument() reads it on a miss, the cache hashes it on a hit)
  const { symbols, sourceMap } = findCompanions(bytes, path, script, { readText: text, isFile }, { symbols: extra.symbols === undefined, sourceMap: extra.sourceMap === undefined });
  if (symbols !== undefined) found.symbols = symbols;
  if (sourceMap !== undefined) found.sourceMap = sourceMap;
  const base = {
    allowNoAllocator: true,
    readBinaryFile: (file: string) => { try { return new Uint8Array(readFileSync(file)); } catch { return undefined; } },
    ...found,
    // relative to the working directory, so frames read like the paths users type
    sourceMapBaseDir: path ? relative(process.cwd(), dirname(path)) || '.' : '.',
    readFile: (file: string) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  // Names apply to their module, or where they exist (per-module-options.ts).
  let { options, pinnedHere } = optionsFor(extra, path);
  const absent: string[] = [];
  let result;
  for (;;) {
    try {
      const { readFile, readBinaryFile, ...keyed } = { ...options, ...base };
      result = cachedInstrument(bytes, keyed, readFile, (read, readBinary) => {
        announce(bytes, path, script, (keyed as { threads?: unknown }).threads === true);
        const r = loadInstrumenter().instrument(bytes, { ...keyed, readFile: read, readBinaryFile: readBinary });
        const { warnings, allocators, discovery, growsMemory } = r.stats;
        // kept in the cache entry: a cached start reads them instead of decoding the site table
        const weights = r.profile === 'none' ? undefined : defaultWeights(r.bytes);
        return { bytes: r.bytes as Uint8Array<ArrayBuffer>, profile: r.profile, stats: { warnings, allocators, discovery, growsMemory }, ...(weights ? { weights } : {}) };
      }, undefined, readBinaryFile, path, true); // its readers are the file system's: a read file's stat can stand for it
      break;
    } catch (error) {
      const fewer = error instanceof Error ? withoutMissing(options, error.message) : null;
      if (fewer === null || fewer.missing.some((name) => pinnedHere.has(name))) throw error;
      options = fewer.options;
      absent.push(...fewer.missing);
    }
  }
  // Said once per module: under `run`/`leaks`, that its lines cannot be trusted (a lossy source
  // map). Its caveats (an allocator's code inlined where it cannot be hooked, allocations whose
  // frees are not: the numbers near them are not exact) follow the module's line, on every path
  // (runtime/tracer/modules.ts reportModule).
  const where = moduleName(path, script);
  for (const w of result.stats.warnings) if (cli && w.startsWith(LOSSY_MAP)) diagnostic(`${where}: ${w}`);
  const caveats = result.stats.warnings.filter(isCaveat);
  const named = namesAny(options);
  const notHere = absent.length ? `; ${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} not in it` : '';
  if (result.profile === 'none') {
    const how = (missing: 'alloc' | 'free' | null): string => cli
      ? `name it: ${missing ? `--${missing} NAME` : '--alloc NAME --free NAME'}`
      : `name it in WASM_TRACEMALLOC_INSTRUMENT='${missing ? `{"${missing}":["NAME"]}` : '{"alloc":["NAME"],"free":["NAME"]}'}'`;
    const why = absent.length && !named
      ? `none of the functions named (${absent.join(', ')}) is in it, and no allocator was found`
      : noAllocatorReason(result.stats, how);
    return { bytes: result.bytes, traced: false, detail: why, id: result.key };
  }
  return { bytes: result.bytes, traced: true, detail: describeAllocators(result.profile, result.stats, named) + notHere, caveats, weights: result.weights, id: result.key };
}
patchWebAssembly();

if (process.env.WASM_TRACEMALLOC_NATIVE === '1') {
  const native = require('../native/index') as typeof import('../native/index');
  if (native.available) native.register();
  else diagnostic(`native tracing unavailable: ${native.reason}`);
}

start(nframe, {
  libraryFrames: process.env.WASM_TRACEMALLOC_LIBRARY_FRAMES === '1',
  libraryPaths: pathList('WASM_TRACEMALLOC_LIBRARY_PATHS'),
  userPaths: pathList('WASM_TRACEMALLOC_USER_PATHS'),
  jsFrames: jsFramesFromEnv(process.env.WASM_TRACEMALLOC_JS_FRAMES),
  reachability: process.env.WASM_TRACEMALLOC_REACHABILITY === '1',
});

const path = process.env.WASM_TRACEMALLOC_SNAPSHOT;
if (path && !mainThread) {
  // A worker thread has a tracer of its own: its snapshot goes to the main thread's (threads.ts).
  tracingHere = workerTracing(takeSnapshot, isTracing);
} else if (path) {
  // A snapshot that cannot be written is one line, never an exception: the program's own exit
  // code and output stay what they would have been without tracing.
  let failed = false;
  const write = (final: boolean): void => {
    if (!isTracing() || failed) return; // the program stopped tracing itself: nothing to write
    try {
      writeAside(path, [withWorkerThreads(takeSnapshot(), final).serialize()]);
    } catch (error) {
      failed = true;
      diagnostic(`cannot write the snapshot to WASM_TRACEMALLOC_SNAPSHOT=${JSON.stringify(path)}: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  process.on('exit', () => write(true));
  process.on('SIGUSR2', () => write(false));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = (): void => {
      write(process.listenerCount(signal) === 1); // final when it is ours alone: we then die of it
      process.off(signal, onSignal);
      // Keep the signal's meaning: if nobody else handles it, die of it as Node would have.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}


/** The arena, or undefined where a shared memory cannot be made (threaded modules then say so). */
function madeArena(): WebAssembly.Memory | undefined {
  try {
    return newSharedArena();
  } catch {
    return undefined;
  }
}

/** A module's file as its lines name it: relative to the working directory when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * How register's own lines name a module: its file, else the script that compiled its bytes (a
 * module embedded in its glue, as the runtime's traced line names it), never its size alone.
 */
function moduleName(path: string | undefined, script: string | null | undefined): string {
  return path ? shown(path) : `a module compiled by ${script ? shown(script) : 'a script'}`;
}

/**
 * Instrumenting a big module takes seconds before the program goes on (~0.1 s per MB): said
 * before it starts, with whether the next start will be spared it, so that a slow first start is
 * not a silent one. Small modules (most of them) say nothing until their traced line. A module
 * instrument() refuses before any rewrite (memory64…) is not announced: nothing long happens, and
 * no cache spares the next start (its refusal, thrown here, is its one line).
 */
const ANNOUNCE_BYTES = 8 << 20;
function announce(bytes: Uint8Array, path: string | undefined, script: string | null | undefined, threads: boolean): void {
  if (bytes.length < ANNOUNCE_BYTES) return;
  loadInstrumenter().checkModule(bytes, { threads });
  const mb = (bytes.length / 1e6).toFixed(1);
  const name = moduleName(path, script);
  const dir = cacheDir();
  diagnostic(`${name}: instrumenting ${mb} MB of wasm… ${dir ? `(once: later starts read it from ${dir})` : '(the cache is off: every start instruments it again)'}`, false);
}

/** WASM_TRACEMALLOC_JS_FRAMES: JS frames are on unless it is 0 (1 or unset: the hot-call-site
 * cache; exact: a capture per event). */
function jsFramesFromEnv(value: string | undefined): boolean | 'exact' {
  const v = (value ?? '').trim();
  if (v === '' || v === '1') return true;
  if (v === '0') return false;
  if (v === 'exact') return 'exact';
  fail(`WASM_TRACEMALLOC_JS_FRAMES=${JSON.stringify(value)}: expected 0, 1 or exact`);
}

/** A JSON array of path fragments from the environment (docs/library-frames.md), or undefined. */
function pathList(name: string): string[] | undefined {
  const json = process.env[name];
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string' && p !== '')) {
    fail(`${name}=${JSON.stringify(json)}: expected a JSON array of path fragments, e.g. ["vendor/sdk/"]`);
  }
  return value as string[];
}

/** Wraps fs's file readers to note every .wasm file read: path → size (insertion ordered). */
function rememberWasmReads(): Map<string, number> {
  const seen = new Map<string, number>();
  const note = (file: unknown, data: unknown): void => {
    let path: string | null = null;
    if (typeof file === 'string') path = file;
    else if (file instanceof URL && file.protocol === 'file:') path = fileURLToPath(file);
    if (path === null || !path.endsWith('.wasm')) return;
    const size = (data as { byteLength?: number } | null)?.byteLength ?? (typeof data === 'string' ? data.length : -1);
    const absolute = resolve(path);
    seen.delete(absolute);
    seen.set(absolute, size);
    if (seen.size > 64) seen.delete(seen.keys().next().value!);
  };
  const sync = fs.readFileSync;
  fs.readFileSync = function (this: unknown, ...args: Parameters<typeof sync>) {
    const data = sync.apply(this, args);
    note(args[0], data);
    return data;
  } as typeof sync;
  const promised = fs.promises.readFile;
  fs.promises.readFile = async function (this: unknown, ...args: Parameters<typeof promised>) {
    const data = await promised.apply(this, args);
    note(args[0], data);
    return data;
  } as typeof promised;
  const callback = fs.readFile;
  fs.readFile = function (this: unknown, ...args: unknown[]) {
    const done = args[args.length - 1];
    if (typeof done === 'function') {
      args[args.length - 1] = (error: unknown, data: unknown) => {
        if (!error) note(args[0], data);
        (done as (e: unknown, d: unknown) => void)(error, data);
      };
    }
    return (callback as (...a: unknown[]) => void).apply(this, args);
  } as typeof callback;
  syncBuiltinESMExports(); // `import { readFileSync } from 'node:fs'` sees the wrappers too
  return seen;
}
