// Where the tracer core should live (issue 13, item 2), measured before building it: the anchors'
// program (overhead.bench.mjs's TREES_C) instrumented, in four shapes, each untraced ("off"), with
// hooks that do nothing ("noop") and at nframe 1 / 16:
//   today      the hook ABI as it is: `tracing`/`depth` imported, the core another instance
//   globals    `tracing`/`depth` defined and exported by the module (a Binaryen edit), core apart
//   merged     the core merged into the module (wasm-merge: its own, second memory; Node >= 22)
//   inlined    merged, then the hooks inlined into the wrappers by Binaryen (-O2)
// `today` runs the module after the same Binaryen round trip as the others, so only the shape
// differs. Prints CPU ms (medians and minimums of RUNS interleaved runs) and ratios to the original.
// A dev tool, not a *.bench.mjs (it needs clang and Binaryen's wasm-merge): figures in bench/README.md.
//   node bench/core-placement.mjs                       (RUNS=9, ARGS="14 1000000", PICK=today,merged)
//   KEEP=dir ONLY="merged f1" ARGS="10 1600000" valgrind --tool=callgrind --smc-check=all \
//     node --single-threaded bench/core-placement.mjs   one variant once, for instruction counts
// KEEP=dir builds the modules into dir once and reuses them (build before running under valgrind).
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';
import binaryen from 'binaryen';
import { TREES_C } from './overhead.bench.mjs';
import { compileWat } from '../runtime/tracer/build-wasm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { instrument } = await import(join(root, 'dist/instrument/index.js'));
const RUNS = Number(process.env.RUNS ?? 9);
const ARGS = (process.env.ARGS ?? '14 1000000').split(' ');
const BIN = join(root, 'node_modules/binaryen/bin');
const FEATURES = ['--enable-multimemory', '--enable-multivalue', '--enable-simd', '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-sign-ext', '--enable-nontrapping-float-to-int', '--enable-mutable-globals'];
const F = binaryen.Features;
const FEATURE_BITS = F.MVP | F.Multivalue | F.MutableGlobals | F.BulkMemory | F.BulkMemoryOpt | F.SIMD128 | F.SignExt | F.NontrappingFPToInt;

// ---- build (only what the run needs is compiled; the files are made once per process)
const dir = process.env.KEEP ?? mkdtempSync(join(tmpdir(), 'wtm-placement-'));
mkdirSync(dir, { recursive: true });
const at = (f) => join(dir, f);
if (!existsSync(at('inlined.wasm'))) {
  writeFileSync(at('trees.c'), TREES_C);
  execFileSync('clang', ['--target=wasm32-wasi', '-g', '-O2', '-fno-exceptions', '-c', at('trees.c'), '-o', at('trees.o')]);
  execFileSync('clang', ['--target=wasm32-wasi', '-g', at('trees.o'), '-o', at('orig.wasm')]);
  const { bytes } = instrument(new Uint8Array(readFileSync(at('orig.wasm'))));
  writeFileSync(at('instr.wasm'), bytes);
  const edit = (fn) => {
    const m = binaryen.readBinary(bytes);
    m.setFeatures(FEATURE_BITS);
    fn(m);
    if (!m.validate()) throw new Error('the edited module does not validate');
    const out = m.emitBinary();
    m.dispose();
    return out;
  };
  writeFileSync(at('today.wasm'), edit(() => {}));
  writeFileSync(at('globals.wasm'), edit((m) => {
    for (let i = 0; i < m.getNumGlobals(); i++) {
      const g = binaryen.getGlobalInfo(m.getGlobalByIndex(i));
      if (g.module !== 'wasm-tracemalloc') continue;
      m.removeGlobal(g.name);
      m.addGlobal(g.name, binaryen.i32, true, m.i32.const(0));
      m.addGlobalExport(g.name, g.base);
      i = -1;
    }
  }));
  // the core, with `tracing`/`depth` of its own, exported under the hook names (wasm-merge then
  // resolves every "wasm-tracemalloc" import of the module to the core's definitions)
  const wat = readFileSync(join(root, 'runtime/tracer/tracer-core.wat'), 'utf8').replace(
    '(memory (export "memory") 3 65536)',
    '(memory (export "memory") 3 65536)\n  (global (export "tracing") (mut i32) (i32.const 0))\n  (global (export "depth") (mut i32) (i32.const 0))',
  );
  writeFileSync(at('core.wat'), wat);
  writeFileSync(at('core.wasm'), compileWat(`file://${at('core.wat')}`));
  execFileSync(join(BIN, 'wasm-merge'), [at('instr.wasm'), 'main', at('core.wasm'), 'wasm-tracemalloc', ...FEATURES, '--rename-export-conflicts', '-o', at('merged.wasm')]);
  execFileSync(join(BIN, 'wasm-opt'), [at('merged.wasm'), ...FEATURES, '--no-inline=*_slow', '-O2', '--flexible-inline-max-function-size=400', '-o', at('inlined.wasm')]);
  const noop = binaryen.parseText(`(module (func (export "alloc") (param i32 i32 i32)) (func (export "free") (param i32 i32))
    (func (export "realloc") (param i32 i32 i32 i32)) (func (export "enter") (param i32) (result i32) (i32.const 1)) (func (export "leave") (param i32)))`);
  writeFileSync(at('noop.wasm'), noop.emitBinary());
  noop.dispose();
}

// ---- run
const compiled = new Map();
const mod = (name) => {
  if (!compiled.has(name)) compiled.set(name, new WebAssembly.Module(readFileSync(at(`${name}.wasm`))));
  return compiled.get(name);
};
const multiMemory = (() => {
  try {
    mod('merged');
    return true;
  } catch {
    return false;
  }
})();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const host = () => ({
  host: {
    total_current: new WebAssembly.Global({ value: 'i64', mutable: true }, 0n),
    total_peak: new WebAssembly.Global({ value: 'i64', mutable: true }, 0n),
    total_copied: new WebAssembly.Global({ value: 'i64', mutable: true }, 0n),
    peak_moment() {},
    invalid() {},
    arm() {},
    js_frames: () => 0,
  },
});

/** One run of the program: CPU ms of `_start`, and what it printed + the core's current/peak. */
function run(module, imports, before, after) {
  const out = at(`out-${process.pid}.txt`);
  const fd = openSync(out, 'w');
  const wasi = new WASI({ version: 'preview1', args: ['prog', ...ARGS], env: {}, stdout: fd, returnOnExit: true });
  const instance = new WebAssembly.Instance(module, { ...wasi.getImportObject(), ...imports });
  before?.(instance);
  const t0 = cpu();
  const code = wasi.start(instance);
  const t = cpu() - t0;
  closeSync(fd);
  return { t, out: `${readFileSync(out, 'utf8').trim()} exit ${code} ${after?.(instance) ?? ''}` };
}

const totals = (core) => `current ${core.current.value} peak ${core.peak.value}`;
/** The core in an instance of its own (today, globals); `noop`: hooks that do nothing. */
const apart = (shape, nframe, noop = false) => () => {
  const core = new WebAssembly.Instance(mod(noop ? 'noop' : 'core'), host()).exports;
  if (!noop) core.set_nframe(nframe);
  const after = () => (noop ? '' : totals(core));
  if (shape === 'today') {
    const tracing = new WebAssembly.Global({ value: 'i32', mutable: true }, nframe);
    const depth = new WebAssembly.Global({ value: 'i32', mutable: true }, 0);
    return run(mod('today'), { 'wasm-tracemalloc': { ...core, tracing, depth } }, null, after);
  }
  return run(mod('globals'), { 'wasm-tracemalloc': core }, (i) => void (i.exports.tracing.value = nframe), after);
};
/** The core merged into the module (its exports are the merged module's). */
const inside = (shape, nframe) => () =>
  run(mod(shape), host(), (i) => {
    i.exports.set_nframe(nframe);
    i.exports.tracing.value = nframe;
  }, (i) => totals(i.exports));

const all = { base: () => run(mod('orig'), {}) };
for (const shape of ['today', 'globals', 'merged', 'inlined']) {
  if ((shape === 'merged' || shape === 'inlined') && !multiMemory) continue;
  const make = shape === 'today' || shape === 'globals' ? (n) => apart(shape, n) : (n) => inside(shape, n);
  all[`${shape} off`] = make(0);
  if (shape === 'today' || shape === 'globals') all[`${shape} noop`] = apart(shape, 1, true);
  all[`${shape} f1`] = make(1);
  all[`${shape} f16`] = make(16);
}

try {
  if (process.env.ONLY) {
    if (!all[process.env.ONLY]) throw new Error(`no variant ${process.env.ONLY}; expected one of: ${Object.keys(all).join(', ')}`);
    console.log(process.env.ONLY, all[process.env.ONLY]().out);
  } else {
    const pick = (process.env.PICK ?? 'today,merged').split(',');
    const variants = Object.entries(all).filter(([k]) => k === 'base' || pick.some((p) => k.startsWith(p)));
    const times = Object.fromEntries(variants.map(([k]) => [k, []]));
    const outs = Object.fromEntries(variants.map(([k, f]) => [k, f().out])); // warm-up
    for (let r = 0; r < RUNS; r++) {
      for (const [k, f] of variants.map((_, i) => variants[(i + r) % variants.length])) times[k].push(f().t);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const b = median(times.base), bmin = Math.min(...times.base);
    console.log(`${process.version}, trees ${ARGS.join(' ')}, ${RUNS} runs${multiMemory ? '' : ' (no multi-memory: merged shapes skipped)'}`);
    for (const [k] of variants) {
      const m = median(times[k]);
      console.log(`${k.padEnd(14)} ${m.toFixed(0).padStart(6)} ms  ${(m / b).toFixed(2)}×  (min ${(Math.min(...times[k]) / bmin).toFixed(2)}×)  ${outs[k]}`);
    }
    // every shape must record the same thing: the same output, and the same current/peak when traced
    const traced = new Set(variants.filter(([k]) => /f1|f16/.test(k)).map(([k]) => outs[k]));
    if (traced.size > 1) throw new Error(`the shapes recorded different results: ${[...traced].join(' | ')}`);
  }
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}
