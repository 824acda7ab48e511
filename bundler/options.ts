// The plugin's options, one place: `{ enabled?, nframe?, overlay?, jsFrames?, symbols?, debugFile? }`, and the environment variable
// `WASM_TRACEMALLOC=<nframe>` read at build/dev time (the same variable and meaning as
// `node --import wasm-tracemalloc/register`). Unset, empty or 0 with no `enabled: true`: the plugin
// does nothing, so it can stay in the config.
import { MAX_NFRAME } from '../runtime/tracer/wasm-domain';

/** What a config passes to `wasmTracemalloc(…)`. */
export interface PluginOptions {
  /** Trace (default: whether WASM_TRACEMALLOC names a frame count). */
  enabled?: boolean;
  /** Frames kept per traceback, as tracemalloc.start(nframe) (default: WASM_TRACEMALLOC, else 1). */
  nframe?: number;
  /** Show the in-page panel at load (default false; `wasmTracemalloc.showOverlay()` opens it later). */
  overlay?: boolean;
  /**
   * The JS callers' frames above the wasm frames, source-mapped (the page fetches each script's map):
   * true (default, as `run` and register: a capture per JS call site while its stack repeats,
   * docs/hook-abi.md), 'exact' (a capture per allocation) or false.
   */
  jsFrames?: boolean | 'exact';
  /**
   * Symbol maps (emcc --emit-symbol-map) by module: `{ 'app.wasm': 'build/app.js.symbols' }`, the key
   * the module's file or its last components, the path relative to the project root. Needed only
   * where the map does not sit beside the module (`app.js.symbols`, `app.wasm.symbols`).
   */
  symbols?: Record<string, string>;
  /**
   * Separate DWARF files (emcc -gseparate-dwarf) by module, as `symbols`: needed only where the
   * module's `external_debug_info` section does not lead to the file.
   */
  debugFile?: Record<string, string>;
}

export interface ResolvedOptions {
  enabled: boolean;
  nframe: number;
  overlay: boolean;
  jsFrames: boolean | 'exact';
  symbols: Record<string, string>;
  debugFile: Record<string, string>;
}


export class PluginOptionsError extends Error {
  override name = 'PluginOptionsError';
}

function frames(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_NFRAME) {
    throw new PluginOptionsError(`wasm-tracemalloc: ${what} = ${JSON.stringify(value)}: expected a number of frames from 1 to ${MAX_NFRAME}`);
  }
  return value;
}

/** `{ 'app.wasm': 'path' }`: module → file, both non-empty strings, the key ending in .wasm. */
function filesByModule(value: unknown, key: 'symbols' | 'debugFile', example: string): Record<string, string> {
  if (value === undefined) return {};
  const expected = `expected an object naming a file for each module, e.g. { 'app.wasm': '${example}' }`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PluginOptionsError(`wasm-tracemalloc: options.${key} = ${JSON.stringify(value)}: ${expected}`);
  }
  for (const [module, file] of Object.entries(value)) {
    if (!module.endsWith('.wasm')) throw new PluginOptionsError(`wasm-tracemalloc: options.${key}: ${JSON.stringify(module)} is not a module: ${expected} (the key ends in .wasm)`);
    if (typeof file !== 'string' || file === '') throw new PluginOptionsError(`wasm-tracemalloc: options.${key}[${JSON.stringify(module)}] = ${JSON.stringify(file)}: ${expected}`);
  }
  return { ...(value as Record<string, string>) };
}

export function resolveOptions(options: PluginOptions | undefined = {}, env: string | undefined = process.env.WASM_TRACEMALLOC): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new PluginOptionsError(`wasm-tracemalloc: options = ${JSON.stringify(options)}: expected { enabled?, nframe?, overlay?, jsFrames?, symbols?, debugFile? }`);
  }
  const spec = (env ?? '').trim();
  let envFrames: number | null = null;
  if (spec !== '' && spec !== '0') {
    if (!/^\d+$/.test(spec)) frames(spec, 'WASM_TRACEMALLOC');
    envFrames = frames(Number(spec), 'WASM_TRACEMALLOC');
  }
  for (const key of ['enabled', 'overlay'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') {
      throw new PluginOptionsError(`wasm-tracemalloc: options.${key} = ${JSON.stringify(options[key])}: expected true or false`);
    }
  }
  if (options.jsFrames !== undefined && typeof options.jsFrames !== 'boolean' && options.jsFrames !== 'exact') {
    throw new PluginOptionsError(`wasm-tracemalloc: options.jsFrames = ${JSON.stringify(options.jsFrames)}: expected true, false or 'exact'`);
  }
  return {
    enabled: options.enabled ?? envFrames !== null,
    nframe: options.nframe !== undefined ? frames(options.nframe, 'options.nframe') : (envFrames ?? 1),
    overlay: options.overlay ?? false,
    jsFrames: options.jsFrames ?? true,
    symbols: filesByModule(options.symbols, 'symbols', 'build/app.js.symbols'),
    debugFile: filesByModule(options.debugFile, 'debugFile', 'build/app.debug.wasm'),
  };
}
