// One run of the anchors' program with a given tracer core, for callgrind and A/B timings of core
// builds (bench/README.md, "Deep stacks"). A dev tool: no Binaryen loaded, nothing built here.
//   KEEP=dir node bench/core-placement.mjs        (once: builds dir/orig.wasm, today.wasm, noop.wasm)
//   node bench/core-trees.mjs dir base|off|noop|f1|f16 core.wasm [program args, e.g. 14 1000000]
// (off: instrumented, `tracing` 0: the wrappers' untraced path)
// core.wasm: a compiled tracer-core.wat (build-wasm.mjs's compileWat; another tree's for A/B).
// The core is compiled before the program, so V8's --log-code lists its functions first (then
// bench/callgrind-wasm.py attributes callgrind's costs to them). Prints CPU ms of `_start` and
// the minor page faults in it (a first touch of a fresh page: bench/README.md, "deep7", "deep11").
import v8 from 'node:v8';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

// Node 20's WASI fast calls can run a GC under a wasm frame (bench/README.md, "A rare crash")
v8.setFlagsFromString('--no-turbo-fast-api-calls');
const [dir, variant, corePath, ...args] = process.argv.slice(2);
const g = () => new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
const host = { host: { total_current: g(), total_peak: g(), total_copied: g(), peak_moment() {}, invalid() {}, arm() {}, js_frames: () => 0 } };
const fd = openSync('/dev/null', 'w');
const wasi = new WASI({ version: 'preview1', args: ['prog', ...args], env: {}, stdout: fd, returnOnExit: true });
const imports = { ...wasi.getImportObject() };
let core;
let module;
if (variant === 'base') module = new WebAssembly.Module(readFileSync(`${dir}/orig.wasm`));
else {
  const nframe = variant === 'f16' ? 16 : variant === 'off' ? 0 : 1;
  const coreModule = new WebAssembly.Module(readFileSync(variant === 'noop' ? `${dir}/noop.wasm` : corePath));
  module = new WebAssembly.Module(readFileSync(`${dir}/today.wasm`));
  core = new WebAssembly.Instance(coreModule, host).exports;
  if (variant !== 'noop' && nframe) core.set_nframe(nframe);
  // one core alone, as TracedTotals runs it (tracer-core.wat, "One core alone"; older cores have no `solo`)
  if (core.solo) core.solo.value = 1;
  const i32 = (v) => new WebAssembly.Global({ value: 'i32', mutable: true }, v);
  imports['wasm-tracemalloc'] = { ...core, tracing: i32(nframe), depth: i32(0) };
}
const instance = new WebAssembly.Instance(module, imports);
const f0 = process.resourceUsage().minorPageFault;
const u0 = process.cpuUsage();
const code = wasi.start(instance);
const u = process.cpuUsage(u0);
const faults = process.resourceUsage().minorPageFault - f0;
closeSync(fd);
const traced = core?.current ? ` current ${core.current.value} peak ${core.peak.value} tracebacks ${core.tb_count.value}` : '';
console.log(`${variant} exit ${code}${traced} ${((u.user + u.system) / 1000).toFixed(0)} ms, ${faults} page faults`);
