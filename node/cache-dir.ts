// Where the tool keeps what spares a traced program's later starts (node/instrument-cache.ts: the
// instrumented modules; node/script-loader.ts: V8's code cache of the tool's own JS), and the
// build id both are keyed by. Small on purpose: the script loader imports it before anything else.
import { os, path } from './builtins';

declare const __WTM_INSTRUMENTER_ID__: string | undefined;
/** Changes with the instrumenter's sources (tsup's define); undefined when running from sources. */
export const INSTRUMENTER_ID: string | undefined = typeof __WTM_INSTRUMENTER_ID__ === 'string' ? __WTM_INSTRUMENTER_ID__ : undefined;

/** The cache folder from the environment, or null when caching is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.WASM_TRACEMALLOC_CACHE === '0' || INSTRUMENTER_ID === undefined) return null;
  if (env.WASM_TRACEMALLOC_CACHE_DIR) return env.WASM_TRACEMALLOC_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'wasm-tracemalloc');
}
