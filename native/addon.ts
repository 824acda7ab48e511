// Finding and loading the compiled addon (native/build/Release/wasm_tracemalloc_native.node),
// from the sources (tests) or from dist/ (the package), and saying in one sentence why not when
// it cannot be loaded. native/build.mjs leaves the reason the build failed in build/REASON.
// Built-ins as their own objects (process.getBuiltinModule, Node ≥ 20.16; require before), not
// through their ESM facades: a traced start loads this module to map a big cache entry
// (node/instrument-cache.ts), and fs's facade alone loads the streams stack (node/builtins.ts).
import { createRequire } from 'node:module';

const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule ?? createRequire(process.execPath);
const { existsSync, readFileSync } = builtin('node:fs') as typeof import('node:fs');
const { dirname, join, resolve } = builtin('node:path') as typeof import('node:path');
const { fileURLToPath } = builtin('node:url') as typeof import('node:url');

/** The raw binding (see src/addon.cc). Addresses are doubles: user-space addresses fit in 53 bits. */
export interface NativeBinding {
  start(nframe: number): number;
  stop(): number;
  isTracing(): boolean;
  tracedMemory(): [number, number];
  traceCount(): number;
  tracerMemory(): number;
  clearTraces(): void;
  resetPeak(): void;
  collect(): { sizes: Float64Array; tracebacks: Int32Array; frameStarts: Uint32Array; frames: Float64Array };
  objectTraceback(ptr: number): Float64Array | null;
  symbolize(pcs: Float64Array): [object: string, objectAddress: number, functionName: string, offset: number][];
  patchedObjects(): string[];
  patchedSlots(): number;
  hookedFunctions(): string[];
  unwindCounters(): { unwinds: number; uncacheable: number; untracedFrees: number; ringWrites: number };
  /** The file's bytes over a private mapping of it (src/map-file.cc), or null when it cannot be mapped. */
  mapFile(path: string): ArrayBuffer | null;
}

export const ADDON_FILE = 'wasm_tracemalloc_native.node';

/**
 * The folder of this module's file. Not import.meta.url: the CJS build keeps that syntax as it
 * is and fails to parse; not __dirname: absent in ESM, and `node -e` defines a global one. The
 * file name of our own stack frame is right in both (a path in CJS, a file: URL in ESM).
 */
function here(): string {
  const saved = Error.prepareStackTrace;
  let file: string | undefined;
  try {
    Error.prepareStackTrace = (_e, calls) => calls;
    const calls = new Error().stack as unknown as NodeJS.CallSite[];
    file = calls[0]?.getFileName() ?? undefined;
  } finally {
    Error.prepareStackTrace = saved;
  }
  if (!file) return process.cwd();
  return dirname(file.startsWith('file:') ? fileURLToPath(file) : file);
}

/** native/ of the package: this file is in native/ (sources) or dist/native/ (built). */
function nativeDir(): string {
  const dir = here();
  for (const candidate of [dir, resolve(dir, '../../native'), resolve(dir, '../native')]) {
    if (existsSync(join(candidate, 'binding.gyp'))) return candidate;
  }
  return dir;
}

export interface LoadResult {
  binding: NativeBinding | null;
  reason: string;
}

export function loadBinding(): LoadResult {
  if (process.platform !== 'linux') {
    return { binding: null, reason: `the native hook patches ELF relocations and runs on Linux only, not on ${process.platform}` };
  }
  if (process.arch !== 'x64' && process.arch !== 'arm64') {
    return { binding: null, reason: `the native hook supports x64 and arm64, not ${process.arch}` };
  }
  const dir = nativeDir();
  const file = process.env.WASM_TRACEMALLOC_NATIVE_ADDON ?? join(dir, 'build', 'Release', ADDON_FILE);
  if (!existsSync(file)) {
    const reasonFile = join(dir, 'build', 'REASON');
    const why = existsSync(reasonFile) ? readFileSync(reasonFile, 'utf8').trim() : '';
    return {
      binding: null,
      reason: why || `the native addon was not built (no ${file}; run \`node native/build.mjs\`)`,
    };
  }
  try {
    const require = createRequire(join(dir, 'index.js'));
    return { binding: require(file) as NativeBinding, reason: '' };
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { binding: null, reason: `the native addon could not be loaded: ${message}` };
  }
}
