// Runs the tool's one script (dist/node/script.cjs, node/script.ts) once per process, with V8's
// code cache of it, and hands out what it exports: the Node entries are facades over this
// (tsup.config.ts writes them), so register and the program share one tracer.
//
// The code cache: <cache folder>/script-<script id>-<Node version>-<arch>.wtmv8 (the folder of the
// instrumented modules, node/cache-dir.ts; none when that cache is off or from sources). The
// script's id is a hash of its text, written by the build in its first line: V8 itself checks
// only the text's length, its own version and its flags. Read when there; written at exit only
// when absent or rejected by V8 (other V8 flags), to a file of its own renamed over the name, so a
// reader sees a whole file or none. Any error, a truncated or foreign file: the script is compiled
// without it (V8 rejects a cache whose header is not its own; a file that is not one of ours is
// not read: its first bytes are checked, and a checksum over the rest). Made at exit, the cache
// holds the functions the run compiled, not only the script's top level.
import { createRequire } from 'node:module';
import { fs, path, url } from './builtins';
import { cacheDir } from './cache-dir';

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

const HEAD = 'WTMV8 1\n'; // then a u32 (LE) checksum of the rest (V8's release builds do not check the payload), then V8's bytes

function load(file: string): ToolScript {
  const source = fs.readFileSync(file, 'latin1'); // ASCII (the build's charset): a one-byte string
  const id = /^\/\*wasm-tracemalloc ([0-9a-f]{16})\*\//.exec(source)?.[1];
  const dir = id ? cacheDir() : null;
  const cacheFile = dir ? path.join(dir, `script-${id}-${process.version}-${process.arch}.wtmv8`) : null;
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

/** The cache's bytes for V8, or undefined when absent, unreadable or not a whole file of ours. */
function readCache(file: string): Buffer | undefined {
  try {
    const data = fs.readFileSync(file);
    const start = HEAD.length + 4;
    if (data.length <= start || data.toString('latin1', 0, HEAD.length) !== HEAD) return undefined;
    let payload = data.subarray(start);
    if (payload.byteOffset & 3) payload = Buffer.from(payload); // whole words for the checksum
    return data.readUInt32LE(HEAD.length) === checksum(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(payload: Buffer, file: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const head = Buffer.alloc(HEAD.length + 4);
    head.write(HEAD, 0, 'latin1');
    head.writeUInt32LE(checksum(payload), HEAD.length);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, Buffer.concat([head, payload]));
    fs.renameSync(temporary, file);
  } catch {
    try { fs.rmSync(temporary, { force: true }); } catch { /* nothing written */ }
  }
}

/** Adler-32-like sums over 32-bit words: cheap (one pass), and any flipped or moved word changes it. */
function checksum(bytes: Uint8Array): number {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  let a = 1;
  let b = 0;
  for (let i = 0; i < words.length; i++) {
    a = (a + words[i]!) | 0;
    b = (b + a) | 0;
  }
  for (let i = words.length << 2; i < bytes.length; i++) {
    a = (a + bytes[i]!) | 0;
    b = (b + a) | 0;
  }
  return (b ^ Math.imul(a, 0x9e3779b1)) >>> 0;
}
