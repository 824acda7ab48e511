// overhead.bench.mjs's workloads, original against instrumented-not-tracing, outside the bench: for
// callgrind (one process per variant, the work repeated `reps` times, so two runs' difference is
// the work alone) and for paired CPU timings of two instrumenters' outputs in one process
// (bench/README.md, "Instrumented, not tracing"). A dev tool.
//   node bench/notrace-ab.mjs build DIR                 the originals: DIR/<w>.wasm (w: c cpp rs as sql trees)
//   ROOT=/work/zoo24 node bench/notrace-ab.mjs instr DIR TAG   DIR/<w>.TAG.wasm, by ROOT's dist (default: this tree)
//   node bench/notrace-ab.mjs run DIR w base|TAG reps   one process: compile, instantiate, the work `reps` times
//   node bench/notrace-ab.mjs time DIR w rounds TAG...   base and each TAG in turn, rotated each round; CPU medians
// The instrumented module runs with hooks that do nothing and `tracing` 0: not tracing, no hook is
// called, so the hooks' bodies do not matter (the runtime's own would not be called either).
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { WASI } from 'node:wasi';

// Node 20's WASI fast calls can run a GC under a wasm frame (bench/README.md, "A rare crash")
v8.setFlagsFromString('--no-turbo-fast-api-calls');
const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SQL_GLUE = require.resolve('sql.js/dist/sql-wasm-debug.js');
const [mode, dir, ...rest] = process.argv.slice(2);
const ARGS = { c: ['400000'], trees: ['14', '1000000'], cpp: ['100000'], rs: ['100000'], as: ['100000'] };
const WORKLOADS = ['c', 'trees', 'cpp', 'rs', 'as', 'sql'];

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function hooks() {
  const i32 = (v) => new WebAssembly.Global({ value: 'i32', mutable: true }, v);
  const nop = () => {};
  return { tracing: i32(0), depth: i32(0), alloc: nop, free: nop, realloc: nop, enter: () => 1, leave: nop };
}

/** A runner for workload w and module: `await prepare()` instantiates, then `work()` runs once. */
async function prepare(w, module, instrumented) {
  const extra = instrumented ? { 'wasm-tracemalloc': hooks() } : {};
  if (w === 'sql') {
    delete require.cache[SQL_GLUE];
    const initSqlJs = require(SQL_GLUE);
    const SQL = await initSqlJs({ instantiateWasm: (imports, done) => void WebAssembly.instantiate(module, { ...imports, ...extra }).then((i) => done(i, module)) });
    const { sqlWorkload } = await import('./overhead.bench.mjs');
    return () => sqlWorkload(SQL).stdout;
  }
  if (w === 'rs' || w === 'as') {
    const imports = { env: { abort: () => { throw new Error('abort'); }, seed: () => 1 }, ...extra };
    // a fresh instance per run, as overhead.bench.mjs does
    return () => String(new WebAssembly.Instance(module, imports).exports.run(Number(ARGS[w][0])));
  }
  return () => {
    const fd = openSync('/dev/null', 'w');
    const wasi = new WASI({ version: 'preview1', args: ['prog', ...ARGS[w]], env: {}, stdout: fd, returnOnExit: true });
    const instance = new WebAssembly.Instance(module, { ...wasi.getImportObject(), ...extra });
    const code = wasi.start(instance);
    closeSync(fd);
    if (code !== 0) throw new Error(`exit ${code}`);
    return String(code);
  };
}

const file = (w, tag) => join(dir, tag === 'base' ? `${w}.wasm` : `${w}.${tag}.wasm`);

if (mode === 'build') {
  const src = await import('./overhead.bench.mjs');
  const c = (compiler, name, source) => {
    writeFileSync(join(dir, name), source);
    execFileSync(compiler, ['--target=wasm32-wasi', '-g', '-O2', '-fno-exceptions', '-c', join(dir, name), '-o', join(dir, `${name}.o`)]);
  };
  c('clang', 'churn.c', src.CHURN_C);
  execFileSync('clang', ['--target=wasm32-wasi', '-g', join(dir, 'churn.c.o'), '-o', join(dir, 'c.wasm')]);
  c('clang', 'trees.c', src.TREES_C);
  execFileSync('clang', ['--target=wasm32-wasi', '-g', join(dir, 'trees.c.o'), '-o', join(dir, 'trees.wasm')]);
  c('clang++', 'churn.cpp', src.CHURN_CPP);
  execFileSync('clang++', ['--target=wasm32-wasi', '-g', join(dir, 'churn.cpp.o'), '-o', join(dir, 'cpp.wasm')]);
  writeFileSync(join(dir, 'churn.rs'), src.CHURN_RS);
  execFileSync('/usr/bin/rustc', ['--target', 'wasm32-unknown-unknown', '--crate-type', 'cdylib', '-O', '-g', join(dir, 'churn.rs'), '-o', join(dir, 'rs.wasm')]);
  writeFileSync(join(dir, 'churn.ts'), src.CHURN_AS);
  const asc = (await import('assemblyscript/asc')).default;
  const { error } = await asc.main([join(dir, 'churn.ts'), '-O2', '--debug', '--sourceMap', '--outFile', join(dir, 'as.wasm')], { stdout: { write() {} }, stderr: { write() {} } });
  if (error) throw error;
  copyFileSync(SQL_GLUE.replace(/\.js$/, '.wasm'), join(dir, 'sql.wasm'));
} else if (mode === 'instr') {
  const root = resolve(process.env.ROOT ?? here);
  const { instrument } = await import(join(root, 'dist/instrument/index.js'));
  for (const w of WORKLOADS) {
    const { bytes, stats } = instrument(new Uint8Array(readFileSync(file(w, 'base'))));
    writeFileSync(file(w, rest[0]), bytes);
    console.log(`${w}: ${stats.allocSites} sites, ${readFileSync(file(w, 'base')).length} -> ${bytes.length} bytes`);
  }
} else if (mode === 'run') {
  const [w, tag, reps] = rest;
  const module = new WebAssembly.Module(readFileSync(file(w, tag)));
  const work = await prepare(w, module, tag !== 'base');
  const out = new Set();
  const t0 = cpuNow();
  for (let i = 0; i < Number(reps); i++) out.add(work());
  console.log(`${w} ${tag} x${reps}: ${[...out].join('|').slice(0, 60)} ${(cpuNow() - t0).toFixed(1)} ms`);
} else if (mode === 'time') {
  const [w, rounds, ...tags] = rest;
  const variants = [];
  for (const tag of ['base', ...tags]) {
    const module = new WebAssembly.Module(readFileSync(file(w, tag)));
    variants.push([tag, await prepare(w, module, tag !== 'base')]);
  }
  const times = Object.fromEntries(variants.map(([t]) => [t, []]));
  const out = new Set();
  for (const [, work] of variants) out.add(work()); // warm-up
  for (let i = 0; i < Number(rounds); i++) {
    for (let k = 0; k < variants.length; k++) {
      const [tag, work] = variants[(k + i) % variants.length];
      const t0 = cpuNow();
      out.add(work());
      times[tag].push(cpuNow() - t0);
    }
  }
  if (out.size !== 1) throw new Error(`different results: ${[...out]}`);
  const b = median(times.base);
  // per round, each tag against the same round's base: the paired ratio's median and quartiles
  const q = (xs) => {
    const s = [...xs].sort((a, c) => a - c);
    return `${s[Math.floor(s.length / 4)].toFixed(3)} .. ${s[Math.floor((3 * s.length) / 4)].toFixed(3)}`;
  };
  const line = [`${w} base ${b.toFixed(1)} ms`];
  for (const tag of tags) {
    const paired = times[tag].map((t, i) => t / times.base[i]);
    line.push(`${tag} ${median(times[tag]).toFixed(1)} ms ${(median(times[tag]) / b).toFixed(3)}x paired ${median(paired).toFixed(3)}x (${q(paired)})`);
  }
  console.log(line.join('; '));
} else {
  console.error('usage: see the header');
  process.exit(2);
}
