/**
 * Wiring a module to the tracer: each instance of an instrumented module gets its own domain
 * (1, 2, … in instantiation order), whose hooks are added to the imports under
 * "wasm-tracemalloc". Exports are never wrapped: glue stores them, compares them and puts them
 * in tables (Emscripten dynamic linking), so they stay the module's own functions; traps and
 * throws are recovered without them (wasm-domain.ts, docs/hook-abi.md).
 * Explicit API: `instantiate`, `attach` (glue that instantiates itself), `instantiateWasm`
 * (Emscripten's Module hook). `patch.ts` routes the global WebAssembly API through here.
 */
import { TracemallocError, quote } from '../model/errors';
import { isCaveat } from '../../abi/errors';
import { describeAllocators, noAllocatorReason, IMPORTED_MEMORY, STATIC_BUFFERS, type AllocatorVerdict } from './allocator-line';
import { compilingScript, moduleShape, reportModule, type ModuleShape, type ModuleStatus } from './modules';
import { Original, toBytes } from './original';
import { HOOK_MODULE, caveatsOf, customSectionOf, hasSitesSection, originOf } from './site-table';
import { CODE_SECTION, THREADS_SECTION, parseCodeIdentity } from '../../abi';
import type { GroupMembership } from './threads';
import { allocateDomain, registerSource, unregisterSource, wasmTotals } from './tracer';
import { WasmDomain } from './wasm-domain';
import { isThreaded, joinGroup, postTargets, sharedArena, withGroupNonce } from './threads';
import { threadedBytes, threadedDomain, threadedModule } from './plain-for-workers';

/**
 * Rewrites uninstrumented bytes (Node: `wasm-tracemalloc/register` installs instrument/). It may
 * return the bytes alone, or with its verdict: `traced: false` and why (no allocator found: the
 * bytes are then run as they are), or the allocator it hooked and how it found it; or
 * instrument()'s result as it is, whose profile and stats say the same.
 */
export type Instrumenter = (bytes: Uint8Array, name: string) => Uint8Array | InstrumentedModule | (AllocatorVerdict & { bytes: Uint8Array });

export interface InstrumentedModule {
  bytes: Uint8Array;
  traced: boolean;
  /** Traced: the allocator and how it was found. Not traced: why. */
  detail: string;
  /** Traced, but some of its numbers may not be exact, and why (allocator code inlined where it
   * cannot be hooked): kept with the module's status in snapshots (modules.ts). */
  caveats?: readonly string[];
  /** Each site's count of shown frames under start()'s default folding, as `defaultWeights(bytes)`
   * (site-table.ts) gives them, when the instrumenter has them at hand (Node's cache keeps them):
   * a start with that folding then reads them instead of decoding the site table. */
  weights?: Uint8Array;
  /** The original bytes' identity when the instrumenter knows one (Node's cache: its entry's key,
   * a sha256 of the bytes and options): the module's line is said once per id, without sampling
   * the bytes for it (modules.ts reportModule: ~64 k reads in JS, a few ms of a start). */
  id?: string;
}

/** Names the file a module's bytes came from (Node: register's record of .wasm files read). */
export type ModuleLocator = (bytes: Uint8Array) => string | undefined;

export interface InstantiateOptions {
  /** Names the domain in snapshots as `${name}#${domain}`; default "wasm". */
  name?: string;
  /**
   * Ignored (kept so older callers type-check): exports are never wrapped any more, so glue
   * that puts them in a `WebAssembly.Table` works whatever this says.
   * @deprecated
   */
  wrapExports?: boolean;
}

let instrumenter: Instrumenter | null = null;
let locator: ModuleLocator | null = null;
/** True while the instrumenter runs (prepareBytes: what it compiles passes through untouched). */
let instrumenting = false;
const moduleNames = new WeakMap<WebAssembly.Module, string>();
/** Prepared bytes → the basename of the file they were read from (names the domain). */
const fileNames = new WeakMap<Uint8Array, string>();
/** Prepared bytes → their InstrumentedModule.weights; then the module compiled from them → the same. */
const preparedWeights = new WeakMap<Uint8Array, Uint8Array>();
const moduleWeights = new WeakMap<WebAssembly.Module, Uint8Array>();

/** Hands `module` what came with the `prepared` bytes it was compiled from (their weights). */
export function compiledFrom(module: WebAssembly.Module, prepared: Uint8Array): void {
  const weights = preparedWeights.get(prepared);
  if (weights) moduleWeights.set(module, weights);
  threadedModule(module, prepared);
}

/** Installs (or removes, with null) the on-the-fly instrumenter used for uninstrumented bytes. */
export function setInstrumenter(fn: Instrumenter | null): void {
  instrumenter = fn;
}

/** Installs (or removes) what names the file a module's bytes were read from. */
export function setModuleLocator(fn: ModuleLocator | null): void {
  locator = fn;
}

/** Whether `module` imports the hooks of docs/hook-abi.md. */
export function isInstrumented(module: WebAssembly.Module): boolean {
  // (V8's own: the patched `WebAssembly.Module.imports` hides the hook imports from the program)
  return Original.Module.imports(module).some((i) => i.module === HOOK_MODULE);
}

/** Remembers a name for a compiled module (a streaming URL), used when it is instantiated. */
export function nameModule(module: WebAssembly.Module, name: string): void {
  moduleNames.set(module, name);
}

/**
 * Bytes ready to compile: as given when already instrumented, else instrumented on the fly
 * when an instrumenter is installed. `strict` (the explicit API) throws where the patched
 * global API lets the module run untraced. Either way the module's status is reported once
 * (modules.ts), with where its bytes came from.
 */
export function prepareBytes(source: BufferSource, name: string, strict: boolean): Uint8Array<ArrayBuffer> {
  const bytes = toBytes(source);
  // A compile made by the instrumenter itself (instrument() asks the engine why an invalid input
  // is invalid) reaches the patched global API too: it gets the bytes as they are, unreported,
  // else it would come back here, and again, until the stack ran out.
  if (instrumenting) return bytes;
  const located = locator?.(bytes);
  const prepared = prepare(bytes, located, name, strict);
  if (located) fileNames.set(prepared, basename(located));
  return prepared;
}

/** The basename of the file `prepared` (what prepareBytes returned) was read from, if known. */
export function fileNameOf(prepared: Uint8Array): string | undefined {
  return fileNames.get(prepared);
}

function prepare(bytes: Uint8Array<ArrayBuffer>, located: string | undefined, name: string, strict: boolean): Uint8Array<ArrayBuffer> {
  // where the bytes came from: their file, the URL they were fetched from, the origin a bundler
  // wrote into them (the page's scripts may be one bundle), the script compiling them
  const origin = (): string => located ?? (name !== 'wasm' ? name : undefined) ?? originOf(bytes) ?? compiledBy();
  const shape = moduleShape(bytes);
  // Nothing to trace, nothing to say: no linear memory (Emscripten's addFunction thunks), no code.
  // A side module that calls nothing of the main module's (a tree-sitter grammar: tables and
  // code) cannot allocate either: nothing to say about it. (sideModule last: reading it walks the exports)
  // A module with code and wasm GC types allocates all the same, in the engine's heap (dart2wasm,
  // Kotlin/Wasm: no linear memory at all): its line says so.
  const quiet = shape !== null && (!shape.code || (!shape.memory && !shape.gcTypes) || (shape.importedFunctions === 0 && !shape.importsAllocator && shape.sideModule));
  let id: string | undefined; // the instrumenter's identity of the bytes, when it gives one
  let reported: ModuleStatus | null = null; // the module's status, as reported
  const report = (traced: boolean, detail: string, caveats?: readonly string[], instrumented?: Uint8Array): void => {
    // A side module's allocations are the main module's malloc calls, or calls of the main
    // module's functions that allocate (a Postgres extension's palloc): traced there.
    if (!traced && shape?.sideModule) {
      const through = shape.importsAllocator ? 'malloc/free'
        : `functions${shape.allocatingImports.length ? ` (${shape.allocatingImports.join(', ')}…)` : ''}`;
      [traced, detail] = [true, `a side module: it allocates through the main module's ${through}, traced there (its own frames read <unknown>)`];
    }
    // the original code's identity (CODE_SECTION), for `symbolize` to match a debug build to it
    const code = traced && instrumented ? parseCodeIdentity(customSectionOf(instrumented, CODE_SECTION)) : null;
    if (!quiet) reportModule((reported = { source: origin(), traced, detail, bytes: bytes.length, ...(traced && caveats?.length ? { caveats } : {}), ...(code ? { code } : {}) }), bytes, id);
  };
  if (hasSitesSection(bytes)) {
    if (threaded(bytes) && !sharedArena()) {
      report(false, THREADED_HERE);
      if (!postTargets()) return bytes; // its domain will never record (createDomain)
      const ours = bytes.slice(); // a worker not set up gets it unhooked (plain-for-workers.ts)
      threadedBytes(ours, null, () => reported);
      return ours;
    }
    report(true, 'instrumented ahead of time', caveatsOf(bytes), bytes);
    if (!threaded(bytes)) return bytes;
    const ready = withGroupNonce(bytes);
    if (postTargets()) threadedBytes(ready, null, () => reported);
    return ready;
  }
  // No code: nothing to hook and no frame to push, so instrument() would hand the bytes back as
  // they are (`none`), after the host had found its glue and keyed its cache. Emscripten's
  // addFunction compiles one such thunk (an import re-exported) per function it adds, while the
  // program runs: libxml2-wasm's glue (963 KB) was read, keyed and hashed for each of them.
  if (instrumenter && shape !== null && !shape.code) return bytes;
  if (instrumenter) {
    let out: Uint8Array;
    let weights: Uint8Array | undefined;
    try {
      let result: ReturnType<Instrumenter>;
      instrumenting = true;
      try {
        result = instrumenter(bytes, name);
      } finally {
        instrumenting = false;
      }
      out = result instanceof Uint8Array ? result : result.bytes;
      // instrumented for threads where no arena was made (no start() yet): it could not be traced,
      // and a worker would need the tool to link it, so it runs as it is
      if (threaded(out) && !sharedArena()) {
        report(false, THREADED_HERE);
        return bytes;
      }
      if (!(result instanceof Uint8Array) && 'traced' in result) {
        if (result.traced && result.weights) weights = result.weights;
        if (typeof result.id === 'string') id = result.id;
      }
      // instrument()'s result as it is: its profile and stats are the verdict (the API path's
      // line says which allocator and how, as register's does), with its caveats
      const verdict = result instanceof Uint8Array ? null : 'traced' in result ? result : typeof result.profile === 'string' && result.stats
        ? result.profile === 'none'
          ? { traced: false, detail: noAllocatorReason(result.stats, (missing) => `name it: instrument(bytes, { ${missing ? `${missing}: [NAME]` : 'alloc: [NAME], free: [NAME]'} })`) }
          : { traced: true, detail: describeAllocators(result.profile, result.stats, false), caveats: result.stats.warnings?.filter(isCaveat) }
        : null;
      if (verdict) report(verdict.traced, verdict.traced ? tracedDetail(shape, verdict.detail) : untracedReason(shape, verdict.detail), verdict.caveats, out);
      else if (hasSitesSection(out)) report(true, 'instrumented on load', undefined, out);
      else report(false, untracedReason(shape, 'the instrumenter found no allocator to hook'));
    } catch (e) {
      if (strict) throw new TracemallocError(`cannot instrument ${quote(name)}: ${(e as Error).message}`);
      // Bytes the engine rejects too (a program's feature probe: pyodide's wasm-GC trampoline on
      // Node 20) are not the tool's failure: the program gets the engine's error, as untraced.
      const message = String((e as Error).message);
      const rejected = (e as { code?: string }).code === 'invalid-module' && !WebAssembly.validate(bytes);
      report(false, rejected
        ? `the engine rejects it (${message.replace(/^invalid wasm module: /, '')}), as it does untraced`
        : untracedReason(shape, `instrumenting it failed (${message})`));
      return bytes;
    }
    // each compile of a threaded module is a group of its own (threads.ts)
    // WebAssembly compiles from a plain ArrayBuffer view; copy anything else (a shared buffer).
    const prepared = threaded(out) ? withGroupNonce(out) : out.buffer instanceof ArrayBuffer ? (out as Uint8Array<ArrayBuffer>) : new Uint8Array(out);
    if (weights) preparedWeights.set(prepared, weights);
    // a worker the tool did not set up gets the original instead (plain-for-workers.ts)
    if (threaded(out) && postTargets()) threadedBytes(prepared, bytes, () => reported);
    return prepared;
  }
  if (strict) {
    throw new TracemallocError(
      `${quote(name)} is not instrumented (no "wasm-tracemalloc.sites" custom section); expected the output of \`wasm-tracemalloc instrument\`, or ${onLoadHint()}`,
    );
  }
  report(false, shape?.sharedMemory ? THREADED_NOT_INSTRUMENTED : `not instrumented (instrument it with \`wasm-tracemalloc instrument\`, or ${onLoadHint()})`);
  return bytes;
}

/** How modules get instrumented as they load where this runs: Node's register hook, or a page's bundler plugin. */
function onLoadHint(): string {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return proc?.versions?.node
    ? 'run Node with --import wasm-tracemalloc/register'
    : 'build the page with a bundler plugin: wasm-tracemalloc/vite, /webpack, /rollup or /esbuild';
}

/**
 * A traced module's line. A language that manages its own heap may still export a malloc for C
 * or JS (TinyGo's wasi builds export malloc/free/calloc/realloc over its GC heap): those blocks
 * are traced, the language's own allocations are not, and the line says so.
 */
function tracedDetail(shape: ModuleShape | null, detail: string): string {
  return shape?.ownHeap ? `${detail}; only what those hand out: ${shape.ownHeap} manages its own heap, its garbage collector's allocations are not traced` : detail;
}

/** Why a module is not traced, when its shape says more than the instrumenter's reason. */
function untracedReason(shape: ModuleShape | null, fallback: string): string {
  if (shape?.ownHeap) return `${shape.ownHeap} manages its own heap (its garbage collector carves linear memory itself, with no malloc/free to hook)`;
  if (shape?.gcTypes) return 'its objects live in the engine\'s garbage-collected heap (wasm GC types), not in linear memory: no malloc/free to hook';
  if (shape?.memoryImported && fallback === STATIC_BUFFERS) return IMPORTED_MEMORY;
  return fallback;
}

function compiledBy(): string {
  const script = compilingScript();
  return script ? `bytes compiled by ${script}` : 'bytes compiled by JS';
}

/** Why a threaded module is not traced where no arena was set up (threads.ts). */
const THREADED_HERE = 'a threaded module (shared memory), and no shared memory for its threads\' core here: traced after start() on the thread that makes the workers, before it makes them (a page must be cross-origin isolated: COOP/COEP), or in Node under --import wasm-tracemalloc/register';

/** Why a threaded module that arrives as built is not traced (a page's: the bundler plugins leave them as built). */
const THREADED_NOT_INSTRUMENTED = 'a threaded module (shared memory), not instrumented: instrument it ahead of time with `wasm-tracemalloc instrument --threads` and call start() before the program makes its workers (a page must be cross-origin isolated; the bundler plugins leave threaded modules as built), or in Node run it under --import wasm-tracemalloc/register';

function threaded(bytes: Uint8Array): boolean {
  return customSectionOf(bytes, THREADS_SECTION) !== null;
}

function createDomain(module: WebAssembly.Module | null, name: string): WasmDomain {
  const domain = allocateDomain();
  const weights = module ? moduleWeights.get(module) : undefined;
  const make = (group?: GroupMembership | 'untraced') => new WasmDomain(domain, `${name}#${domain}`, wasmTotals, module, 0, group, weights);
  // A threaded module's instances share their group's core (docs/hook-abi.md, "Threaded modules").
  const d = module && isThreaded(module) ? (joinGroup(module, make) ?? make('untraced')) : make();
  if (module && d.group !== undefined) threadedDomain(module, d);
  registerSource(d); // starts it when tracing
  return d;
}

function withHooks(imports: WebAssembly.Imports | undefined, domain: WasmDomain): WebAssembly.Imports {
  return { ...(imports ?? {}), [HOOK_MODULE]: domain.hooks };
}

/** Whether the caller already supplied hooks (attach() was used): then stay out of the way. */
export function hasHooks(imports: WebAssembly.Imports | undefined): boolean {
  return imports !== undefined && imports !== null && HOOK_MODULE in imports;
}

/** Instantiates a compiled module, traced when it is instrumented. */
export async function instantiateModule(
  module: WebAssembly.Module,
  imports: WebAssembly.Imports | undefined,
  name: string | undefined,
): Promise<WebAssembly.Instance> {
  if (hasHooks(imports) || !isInstrumented(module)) return Original.instantiate(module, imports);
  const domain = createDomain(module, name ?? moduleNames.get(module) ?? 'wasm');
  try {
    const instance = await Original.instantiate(module, withHooks(imports, domain));
    domain.bindInstance(instance, imports);
    return instance;
  } catch (e) {
    unregisterSource(domain);
    throw e;
  }
}

/** Synchronous twin of instantiateModule, for `new WebAssembly.Instance`. */
export function instantiateModuleSync(
  module: WebAssembly.Module,
  imports: WebAssembly.Imports | undefined,
  construct: (imports: WebAssembly.Imports | undefined) => WebAssembly.Instance,
): WebAssembly.Instance {
  if (hasHooks(imports) || !isInstrumented(module)) return construct(imports);
  const domain = createDomain(module, moduleNames.get(module) ?? 'wasm');
  try {
    const instance = construct(withHooks(imports, domain));
    domain.bindInstance(instance, imports);
    return instance;
  } catch (e) {
    unregisterSource(domain);
    throw e;
  }
}

/**
 * `WebAssembly.instantiate`, traced: bytes give `{ module, instance }`, a Module gives an
 * Instance. The module must be instrumented (or an instrumenter installed, as register does).
 */
export function instantiate(
  source: ArrayBufferView | ArrayBuffer,
  imports?: WebAssembly.Imports,
  options?: InstantiateOptions,
): Promise<WebAssembly.WebAssemblyInstantiatedSource>;
export function instantiate(
  source: WebAssembly.Module,
  imports?: WebAssembly.Imports,
  options?: InstantiateOptions,
): Promise<WebAssembly.Instance>;
export async function instantiate(
  source: ArrayBufferView | ArrayBuffer | WebAssembly.Module,
  imports?: WebAssembly.Imports,
  options: InstantiateOptions = {},
): Promise<WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource> {
  const name = options.name ?? 'wasm';
  if (source instanceof Original.Module) {
    if (!isInstrumented(source)) {
      throw new TracemallocError(`module ${quote(name)} does not import "${HOOK_MODULE}"; expected an instrumented module`);
    }
    return instantiateModule(source, imports, name);
  }
  const prepared = prepareBytes(source as BufferSource, name, true);
  const module = await Original.compile(prepared);
  compiledFrom(module, prepared);
  nameModule(module, name);
  const instance = await instantiateModule(module, imports, name);
  return { module, instance };
}

/** What `attach()` gives glue code that instantiates the module itself. */
export interface Attachment {
  /** The domain number of the instance to come. */
  readonly domain: number;
  /** The caller's imports object, with the hooks added under "wasm-tracemalloc". */
  readonly imports: WebAssembly.Imports;
  /** Tells the tracer which module it was (the module gives the site table); returns the instance. */
  bind(instance: WebAssembly.Instance, module?: WebAssembly.Module): WebAssembly.Instance;
}

/** For glue that calls WebAssembly itself: add the hooks to its imports, bind the result. */
export function attach(imports: WebAssembly.Imports = {}, options: InstantiateOptions & { module?: WebAssembly.Module } = {}): Attachment {
  if (hasHooks(imports)) {
    throw new TracemallocError(`imports already hold "${HOOK_MODULE}"; expected one attach() per instance`);
  }
  const domain = createDomain(options.module ?? null, options.name ?? 'wasm');
  (imports as Record<string, unknown>)[HOOK_MODULE] = domain.hooks;
  return {
    domain: domain.domain,
    imports,
    bind(instance, module) {
      if (module) domain.setModule(module);
      domain.bindInstance(instance, imports);
      return instance;
    },
  };
}

/**
 * Emscripten's `Module.instantiateWasm(imports, successCallback)`, assignable to
 * `EmscriptenModule['instantiateWasm']` of @types/emscripten (the callback also gets the module,
 * as Emscripten's receiveInstance expects).
 */
export type EmscriptenInstantiateWasm = (
  imports: WebAssembly.Imports,
  successCallback: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
) => WebAssembly.Exports | undefined;

export type WasmSource =
  | BufferSource
  | WebAssembly.Module
  | Response
  | PromiseLike<Response | BufferSource | WebAssembly.Module>
  | string
  | URL;

/**
 * `Module.instantiateWasm` for Emscripten glue: loads `source` (bytes, a Module, a Response, a
 * URL to fetch), instantiates it traced with Emscripten's imports, and hands the instance back.
 * Returns `{}` at once, which tells Emscripten the instantiation is asynchronous.
 */
export function instantiateWasm(
  source: WasmSource,
  options: InstantiateOptions & { onError?: (error: unknown) => void } = {},
): EmscriptenInstantiateWasm {
  return (imports, successCallback) => {
    (async () => {
      const loaded = await load(source);
      const name = options.name ?? loaded.name;
      const value = loaded.value;
      if (value instanceof Original.Module) {
        successCallback(await instantiate(value, imports, { name }), value);
      } else {
        const { instance, module } = await instantiate(value as BufferSource, imports, { name });
        successCallback(instance, module);
      }
    })().catch((error: unknown) => {
      if (options.onError) options.onError(error);
      else console.error(error);
    });
    return {} as WebAssembly.Exports;
  };
}

async function load(source: WasmSource): Promise<{ value: BufferSource | WebAssembly.Module; name: string }> {
  let value: unknown = await source;
  let name = 'wasm';
  if (typeof value === 'string' || value instanceof URL) {
    name = basename(String(value));
    value = await fetch(value);
  }
  if (typeof Response !== 'undefined' && value instanceof Response) {
    if (!value.ok) throw new TracemallocError(`fetching ${quote(value.url)} gave HTTP ${value.status}; expected 200`);
    if (value.url) name = basename(value.url);
    value = await value.arrayBuffer();
  }
  return { value: value as BufferSource | WebAssembly.Module, name };
}

/** "https://x/y/app.wasm?v=1" → "app.wasm" (domain names stay short). */
export function basename(url: string): string {
  const path = url.split(/[?#]/)[0];
  return path.slice(path.lastIndexOf('/') + 1) || 'wasm';
}
