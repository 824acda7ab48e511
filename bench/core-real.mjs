// One run of the anchors' program through the real tool's API, as overhead.bench.mjs traces it
// (`tracemalloc.start(nframe)` with its defaults: JS frames on, library frames folded, so the
// core's `weights` set; then `tracemalloc.instantiate`), for callgrind A/B of two trees' dist
// (bench/README.md, "core25"). core-trees.mjs runs the bare core instead (no weights, no JS frames).
// A dev tool: no Binaryen loaded, nothing built here.
//   KEEP=dir node bench/core-placement.mjs        (once: builds dir/instr.wasm)
//   node bench/core-real.mjs <tree> dir base|off|f1|f16 [program args, e.g. 14 1000000]
// <tree>: the root of a built checkout (its dist/ is what runs). Prints CPU ms of `_start`, the
// traced current/peak and the traces' count (the same on both sides when the results are).
import v8 from 'node:v8';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WASI } from 'node:wasi';

// Node 20's WASI fast calls can run a GC under a wasm frame (bench/README.md, "A rare crash")
v8.setFlagsFromString('--no-turbo-fast-api-calls');
const [tree, dir, variant, ...args] = process.argv.slice(2);
const tracemalloc = await import(join(resolve(tree), 'dist/node/index.js'));
const fd = openSync('/dev/null', 'w');
const wasi = new WASI({ version: 'preview1', args: ['prog', ...args], env: {}, stdout: fd, returnOnExit: true });
const imports = wasi.getImportObject();
const nframe = variant === 'f16' ? 16 : variant === 'f1' ? 1 : 0;
let instance;
if (variant === 'base') instance = await WebAssembly.instantiate(new WebAssembly.Module(readFileSync(`${dir}/orig.wasm`)), imports);
else {
  if (nframe) tracemalloc.start(nframe);
  instance = await tracemalloc.instantiate(new WebAssembly.Module(readFileSync(`${dir}/instr.wasm`)), imports, { name: 'trees.wasm' });
  // NO_CALLERS=1 (an experiment, results differ): `tracing` = nframe, so no frame is pushed at
  // nframe 1 although a library allocation site (wasi-libc's __main_void) would need its callers
  if (process.env.NO_CALLERS && nframe) tracemalloc.getSources().at(-1).tracing.value = nframe;
}
const u0 = process.cpuUsage();
const code = wasi.start(instance);
const u = process.cpuUsage(u0);
closeSync(fd);
let traced = '';
if (nframe) {
  const [current, peak] = tracemalloc.getTracedMemory();
  const source = tracemalloc.getSources().at(-1);
  traced = ` current ${current} peak ${peak} traces ${source.traceCount()}`;
  tracemalloc.stop();
}
console.log(`${variant} exit ${code}${traced} ${((u.user + u.system) / 1000).toFixed(0)} ms`);
