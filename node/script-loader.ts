// Runs the tool's one script (dist/node/script.cjs, node/script.ts) once per process, with V8's
// code cache of it, and hands out what it exports: the Node entries are facades over this
// (tsup.config.ts writes them), so register and the program share one tracer.
//
// The code cache: <cache folder>/script-<script id>-<path hash>-<Node version>-<arch>.wtmv8 (the
// folder of the instrumented modules, node/cache-dir.ts; none when that cache is off or from
// sources). The script's id is a hash of its text, written by the build in its first line: V8
// itself checks only the text's length, its own version and its flags. The path's hash (FNV-1a of
// the script's file name) keeps two copies of one build apart (two checkouts, two projects): V8's
// cache holds the script's name, and a copy that used another's cache saw that copy's path in its
// stack frames, so the native hook loaded the other copy's addon (native/addon.ts finds its folder
// from its own frame). Read when there; written at exit only
// when absent or rejected by V8 (other V8 flags), to a file of its own renamed over the name, so a
// reader sees a whole file or none. Any error, a truncated or foreign file: the script is compiled
// without it (V8 rejects a cache whose header is not its own; a file that is not one of ours is
// not read: its first bytes are checked, and the two copies of V8's bytes it holds compared). Made at exit, the cache
// holds the functions the run compiled, not only the script's top level.
import { createRequire } from 'node:module';
import { fs, path, url } from './builtins';
import { cacheDir } from './cache-dir';
import { writeAside } from './write-aside';

/** What the script exports (node/script.ts). */
export type ToolScript = typeof import('./script');

/** The tool's one script, run at the first call. Kept on a global symbol named by the script's
 * path: this file's ES and CommonJS builds (`import` and `require` of the package) share it, and
 * another copy of the package has its own. */
export function toolScript(): ToolScript {
  // dist/node/script.cjs, from this file's code: in dist/node/ (an entry) or in a shared chunk at dist/'s top
  const here = import.meta.url;
  const file = url.fileURLToPath(new URL(/\/chunk-[^/]*\.c?js$/.test(here) ? 'node/script.cjs' : '../node/script.cjs', here));
  const key = Symbol.for(`wasm-tracemalloc ${file}`);
  const global = globalThis as unknown as Record<symbol, ToolScript | undefined>;
  return (global[key] ??= load(file));
}

// "WTMV8 2\n", u32 (LE) length, then V8's bytes twice: V8's release builds do not check their
// payload (only its length, its header and the flags), so a file changed in place could crash it;
// comparing the two copies (memcmp) costs ~nothing, where a checksum in JS cost ~9 M instructions
// a start (bench/README.md). A file whose copies differ is not used.
const HEAD = 'WTMV8 2\n';

function load(file: string): ToolScript {
  const source = fs.readFileSync(file, 'latin1'); // ASCII (the build's charset): a one-byte string
  const id = /^\/\*wasm-tracemalloc ([0-9a-f]{16})\*\//.exec(source)?.[1];
  const dir = id ? cacheDir() : null;
  const cacheFile = dir ? path.join(dir, `script-${id}-${pathHash(file)}-${process.version}-${process.arch}.wtmv8`) : null;
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const vm = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:vm') as typeof import('node:vm') ?? createRequire(import.meta.url)('node:vm') as typeof import('node:vm');
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} as ToolScript };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string, scriptUrl: string) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file), url.pathToFileURL(file).href);
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // made at exit (it then holds the functions the run compiled), or before the tool changes a V8
    // flag, since the next start will check it against the flags it begins with
    let data: Buffer | undefined;
    module.exports.beforeV8FlagsChange(() => (data = script.createCachedData()));
    process.once('exit', () => writeCache(data ?? script.createCachedData(), cacheFile));
  }
  if (process.env.WASM_TRACEMALLOC_DEBUG_CODE_CACHE === '1') {
    process.stderr.write(`wasm-tracemalloc: code cache ${cacheFile ?? 'off'}: ${!cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  }
  return module.exports;
}

/** FNV-1a (32 bits) of a path, 8 hex digits. */
function pathHash(file: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The cache's bytes for V8, or undefined when absent, unreadable or not a whole file of ours. */
function readCache(file: string): Buffer | undefined {
  try {
    const data = fs.readFileSync(file);
    const start = HEAD.length + 4;
    if (data.length <= start || data.toString('latin1', 0, HEAD.length) !== HEAD) return undefined;
    const length = data.readUInt32LE(HEAD.length);
    if (length === 0 || data.length !== start + 2 * length) return undefined;
    const payload = data.subarray(start, start + length);
    return payload.equals(data.subarray(start + length)) ? payload : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(payload: Buffer, file: string): void {
  try {
    const head = Buffer.alloc(HEAD.length + 4);
    head.write(HEAD, 0, 'latin1');
    head.writeUInt32LE(payload.length, HEAD.length);
    writeAside(file, [head, payload, payload], true);
  } catch {
    /* no cache: the next start compiles the script */
  }
}
