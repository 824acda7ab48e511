/**
 * `patchWebAssembly()`: routes the global WebAssembly API through the tracer, so loaders that
 * instantiate modules themselves (Emscripten, wasm-bindgen, AssemblyScript) work unchanged.
 * Instrumented modules get a domain each; uninstrumented ones are instrumented on the fly when
 * an instrumenter is installed (Node, via node/register.ts), otherwise they run untraced after one
 * warning. `unpatchWebAssembly()` puts the originals back.
 */
import { Original } from './original';
import {
  basename,
  hasHooks,
  instantiateModule,
  instantiateModuleSync,
  nameModule,
  prepareBytes,
  fileNameOf,
  compiledFrom,
  isInstrumented,
} from './instantiate';
import { isThreaded } from './threads';

type Patched = Pick<
  typeof WebAssembly,
  'instantiate' | 'compile' | 'Module' | 'Instance' | 'instantiateStreaming' | 'compileStreaming'
>;
const KEYS = ['instantiate', 'compile', 'Module', 'Instance', 'instantiateStreaming', 'compileStreaming'] as const;

let saved: Partial<Patched> | null = null;

/** Called before each instantiation through the patched API (the Node side's, where a setting
 * must be in place before V8 instantiates: node/wasi-fast-calls.ts). */
let beforeInstantiate: (() => void) | null = null;

/** Sets (or, with null, clears) the function called before each instantiation through the patched API. */
export function setBeforeInstantiate(fn: (() => void) | null): void {
  beforeInstantiate = fn;
}

/**
 * Node compiles wasm of its own (undici's llhttp, behind fetch/Response): those calls come from
 * `node:internal/` frames and must pass straight through — not traced, not instrumented, no
 * warning. Read once per compile, never per allocation.
 */
function fromRuntimeInternals(): boolean {
  const stack = new Error().stack ?? '';
  return stack.includes('node:internal/deps/');
}

export function isWebAssemblyPatched(): boolean {
  return saved !== null;
}

async function responseBytes(source: Response | PromiseLike<Response>): Promise<{ bytes: ArrayBuffer; name: string }> {
  const response = await source;
  return { bytes: await response.arrayBuffer(), name: basename(response.url ?? '') };
}

async function instantiateTraced(
  source: BufferSource | WebAssembly.Module,
  imports: WebAssembly.Imports | undefined,
  name: string,
): Promise<WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource> {
  if (source instanceof Original.Module) return instantiateModule(source, imports, undefined);
  if (hasHooks(imports)) return Original.instantiate(source, imports);
  const prepared = prepareBytes(source, name, false);
  const module = await Original.compile(prepared);
  compiledFrom(module, prepared);
  nameModule(module, fileNameOf(prepared) ?? name);
  if (!isInstrumented(module)) return { module, instance: await Original.instantiate(module, imports) };
  return { module, instance: await instantiateModule(module, imports, fileNameOf(prepared) ?? name) };
}

/**
 * Constructor stand-ins. Their `prototype` IS the original one, so `instanceof
 * WebAssembly.Module/Instance` keeps holding for objects made anywhere (loaders check it), and
 * `new` yields a real Module/Instance returned from the constructor.
 */
function makeConstructor<T extends object>(name: string, original: object, make: (...args: never[]) => T): unknown {
  const ctor = function (this: unknown, ...args: never[]): T {
    if (new.target === undefined) throw new TypeError(`WebAssembly.${name} must be invoked with 'new'`);
    return make(...args);
  };
  Object.defineProperty(ctor, 'name', { value: name });
  ctor.prototype = (original as { prototype: object }).prototype;
  // Statics (Module.customSections/imports/exports) stay reachable.
  Object.setPrototypeOf(ctor, original);
  return ctor;
}

const TracedModule = makeConstructor('Module', Original.Module, (bytes: BufferSource) => {
  if (fromRuntimeInternals()) return new Original.Module(bytes);
  const prepared = prepareBytes(bytes, 'wasm', false);
  const module = new Original.Module(prepared);
  compiledFrom(module, prepared);
  const file = fileNameOf(prepared);
  if (file) nameModule(module, file);
  return module;
});

const TracedInstance = makeConstructor(
  'Instance',
  Original.Instance,
  (module: WebAssembly.Module, imports?: WebAssembly.Imports) => {
    beforeInstantiate?.();
    return fromRuntimeInternals()
      ? new Original.Instance(module, imports)
      : instantiateModuleSync(module, imports, (withHooks) => new Original.Instance(module, withHooks));
  },
);

export interface PatchOptions {
  /** Ignored: see InstantiateOptions.wrapExports. @deprecated */
  wrapExports?: boolean;
}

export function patchWebAssembly(_options: PatchOptions = {}): void {
  if (saved) return;
  const wa = WebAssembly as unknown as Record<string, unknown>;
  saved = {};
  for (const key of KEYS) (saved as Record<string, unknown>)[key] = wa[key];

  wa.instantiate = (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => {
    beforeInstantiate?.();
    return fromRuntimeInternals() ? Original.instantiate(source, imports) : instantiateTraced(source, imports, 'wasm');
  };
  wa.compile = async (bytes: BufferSource) => {
    if (fromRuntimeInternals()) return Original.compile(bytes);
    const prepared = prepareBytes(bytes, 'wasm', false);
    const module = await Original.compile(prepared);
    compiledFrom(module, prepared);
    const file = fileNameOf(prepared);
    if (file) nameModule(module, file);
    return module;
  };
  wa.Module = TracedModule;
  wa.Instance = TracedInstance;
  if (Original.instantiateStreaming) {
    // Bytes are needed before compiling (to check or instrument them): read the body, then
    // instantiate. Content-Type is not checked, as the bytes are validated by compiling.
    wa.instantiateStreaming = async (source: Response | PromiseLike<Response>, imports?: WebAssembly.Imports) => {
      const { bytes, name } = await responseBytes(source);
      beforeInstantiate?.();
      return instantiateTraced(bytes, imports, name);
    };
  }
  if (Original.compileStreaming) {
    wa.compileStreaming = async (source: Response | PromiseLike<Response>) => {
      const { bytes, name } = await responseBytes(source);
      const prepared = prepareBytes(bytes, name, false);
      const module = await Original.compile(prepared);
      compiledFrom(module, prepared);
      nameModule(module, name);
      return module;
    };
  }
}

/**
 * A worker's patch (workers.ts `startWorker`): `WebAssembly.Instance` and `instantiate` trace the
 * instances of threaded modules, which the worker gets compiled and instrumented (their group's
 * owner collects them); every other module passes through untouched. patchWebAssembly() after it
 * takes over (it saves these, so unpatching it puts them back).
 */
export function patchThreadedInstances(): void {
  if (saved || threadedPatched) return;
  threadedPatched = true;
  const wa = WebAssembly as unknown as Record<string, unknown>;
  const ours = (module: unknown): module is WebAssembly.Module => module instanceof Original.Module && isThreaded(module) && isInstrumented(module);
  wa.Instance = makeConstructor('Instance', Original.Instance, (module: WebAssembly.Module, imports?: WebAssembly.Imports) =>
    ours(module) ? instantiateModuleSync(module, imports, (withHooks) => new Original.Instance(module, withHooks)) : new Original.Instance(module, imports));
  wa.instantiate = (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) =>
    ours(source) ? instantiateModule(source, imports, undefined) : Original.instantiate(source as BufferSource, imports);
}
let threadedPatched = false;

export function unpatchWebAssembly(): void {
  if (!saved) return;
  const wa = WebAssembly as unknown as Record<string, unknown>;
  for (const key of KEYS) {
    if (saved[key] !== undefined) wa[key] = saved[key];
  }
  saved = null;
}
