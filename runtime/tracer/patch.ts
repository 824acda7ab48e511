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
import { HOOK_MODULE } from './site-table';

/**
 * Compile options (`{ builtins: ['js-string'], importedStringConstants }`: the JS String Builtins
 * that dart2wasm, Kotlin/Wasm and Node's own `import … from './x.wasm'` ask for). Passed on as
 * given: without them a module importing `wasm:js-string` fails to link.
 */
type CompileOptions = unknown;
const compileWith = Original.compile as (bytes: BufferSource, options?: CompileOptions) => Promise<WebAssembly.Module>;
const ModuleWith = Original.Module as unknown as new (bytes: BufferSource, options?: CompileOptions) => WebAssembly.Module;
const instantiateWith = Original.instantiate as unknown as (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports, options?: CompileOptions) => Promise<WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource>;

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

/**
 * `WebAssembly.Module.imports(module)` as the program would see it without the tool: an
 * instrumented module's hook imports (module `wasm-tracemalloc`, appended after its own) are the
 * tool's, added at instantiation. A loader that links what this lists sees only the module's own
 * imports: Node's WebAssembly ES module integration (`import { f } from './x.wasm'`, Node 24; 22
 * with --experimental-wasm-modules) `import`s every module it lists, and `wasm-tracemalloc` is
 * no module of the program's (it crashed at load with a LinkError, or resolved to the package).
 */
function programImports(module: WebAssembly.Module): WebAssembly.ModuleImportDescriptor[] {
  return Original.Module.imports(module).filter((i) => i.module !== HOOK_MODULE);
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
  options?: CompileOptions,
): Promise<WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource> {
  if (source instanceof Original.Module) return instantiateModule(source, imports, undefined);
  if (hasHooks(imports)) return instantiateWith(source, imports, options);
  const prepared = prepareBytes(source, name, false);
  const module = await compileWith(prepared, options);
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

const TracedModule = makeConstructor('Module', Original.Module, (bytes: BufferSource, options?: CompileOptions) => {
  if (fromRuntimeInternals()) return new ModuleWith(bytes, options);
  const prepared = prepareBytes(bytes, 'wasm', false);
  const module = new ModuleWith(prepared, options);
  compiledFrom(module, prepared);
  const file = fileNameOf(prepared);
  if (file) nameModule(module, file);
  return module;
});
Object.defineProperty(TracedModule, 'imports', { value: function imports(module: WebAssembly.Module) { return programImports(module); }, writable: true, configurable: true });

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

  wa.instantiate = (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports, options?: CompileOptions) => {
    beforeInstantiate?.();
    return fromRuntimeInternals() ? instantiateWith(source, imports, options) : instantiateTraced(source, imports, 'wasm', options);
  };
  wa.compile = async (bytes: BufferSource, options?: CompileOptions) => {
    if (fromRuntimeInternals()) return compileWith(bytes, options);
    const prepared = prepareBytes(bytes, 'wasm', false);
    const module = await compileWith(prepared, options);
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
    wa.instantiateStreaming = async (source: Response | PromiseLike<Response>, imports?: WebAssembly.Imports, options?: CompileOptions) => {
      const { bytes, name } = await responseBytes(source);
      beforeInstantiate?.();
      return instantiateTraced(bytes, imports, name, options);
    };
  }
  if (Original.compileStreaming) {
    wa.compileStreaming = async (source: Response | PromiseLike<Response>, options?: CompileOptions) => {
      const { bytes, name } = await responseBytes(source);
      const prepared = prepareBytes(bytes, name, false);
      const module = await compileWith(prepared, options);
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
