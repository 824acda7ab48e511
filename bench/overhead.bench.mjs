// Overhead of tracing, on allocation-heavy workloads: original vs instrumented-not-tracing vs
// hooks that do nothing (the wrappers' and the wasm→wasm call's share, so nframe=1 minus it is the
// tracer core's) vs nframe=1 vs nframe=16, plus the naive design (a JS stack capture per allocation, what
// wasm-tracing-allocator does) as the baseline. Medians of 5 timed runs after one warm-up, in
// CPU milliseconds.
// Also: tracer memory per live allocation at nframe=1 and 16.
//
// Workloads (compiled here from the sources below when the toolchain is installed, else skipped):
//   C       wasi-libc dlmalloc churn over a live window of 4096 blocks, a third through a
//           2-deep call chain (clang --target=wasm32-wasi)
//   C++     std::string / std::vector / std::map churn (clang++, libc++ for wasm32-wasi)
//   Rust    Box / Vec / String / HashMap churn (Debian's /usr/bin/rustc, wasm32-unknown-unknown)
//   AS      AssemblyScript objects, arrays and strings under the incremental GC (asc, npm)
//   sql.js  SQLite through sql.js's own Emscripten glue (its debug build, which keeps export
//           names), 20 k inserts + queries, instantiated through Module.instantiateWasm.
// Imports dist/ (run `npx tsup` first; `npm run bench` does).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The Node entry (runtime/index.js and Node's parts): on Node < 24 it turns V8's fast API calls
// off (node/wasi-fast-calls.ts), or the many WASI runs in this process die of SIGSEGV now and then
// (bench/README.md, "A rare crash on Node 20"); every variant below runs with the same setting.
const tracemalloc = await import(join(root, 'dist/node/index.js'));
const { instrument } = await import(join(root, 'dist/instrument/index.js'));

const RUNS = 5;
// CPU time of this process (user + system), not wall time: the machine is shared, and a run that
// waits for a core is not slower code.
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (t) => `${t.toFixed(1)} ms CPU`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const geomean = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

/** Drops the domains a run created (their traces and shadow stacks), so runs stay independent. */
function dropDomains() {
  for (const s of [...tracemalloc.getSources()]) if (s.domain > 0) tracemalloc.unregisterSource(s);
}

/**
 * Hooks that do nothing, in wasm (so calls stay wasm→wasm like the real core's): what the
 * instrumented wrappers and the cross-instance call cost by themselves. The traced time minus this
 * is the tracer core's own share (table, counters, tracebacks).
 */
const { default: binaryen } = await import('binaryen');
const NOOP_CORE = new WebAssembly.Module(
  binaryen
    .parseText(
      `(module (func (export "alloc") (param i32 i32 i32)) (func (export "free") (param i32 i32))
        (func (export "realloc") (param i32 i32 i32 i32)) (func (export "enter") (param i32) (result i32) (i32.const 1))
        (func (export "leave") (param i32)))`,
    )
    .emitBinary(),
);
function noopHooks() {
  return {
    tracing: new WebAssembly.Global({ value: 'i32', mutable: true }, 1),
    depth: new WebAssembly.Global({ value: 'i32', mutable: true }, 0),
    ...new WebAssembly.Instance(NOOP_CORE).exports,
  };
}

/** The naive hook set: every event captures a JS stack (16 frames) and keeps it in a Map. */
function naiveHooks() {
  const live = new Map();
  const stacks = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 16;
    const s = new Error().stack;
    Error.stackTraceLimit = limit;
    return s;
  };
  return {
    tracing: new WebAssembly.Global({ value: 'i32', mutable: true }, 1),
    depth: new WebAssembly.Global({ value: 'i32', mutable: true }, 0),
    alloc: (p, size) => void live.set(p, [size, stacks()]),
    free: (p) => void live.delete(p),
    realloc: (o, n, size) => {
      live.delete(o);
      live.set(n, [size, stacks()]);
    },
    enter: () => 1,
    leave: () => {},
  };
}

// ---------------------------------------------------------------- churn (C)

export const CHURN_C = String.raw`
#include <stdio.h>
#include <stdlib.h>
#define WINDOW 4096
static void *slots[WINDOW];
static unsigned rng = 12345;
static unsigned next(void) { rng = rng * 1103515245u + 12345u; return rng >> 8; }
__attribute__((noinline)) static void *leaf(size_t n) { return malloc(n); }
__attribute__((noinline)) static void *mid(size_t n) { return leaf(n); }
__attribute__((noinline)) static void *pick(size_t n) { return (n % 3 == 0) ? mid(n) : malloc(n); }
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  int keep = argc > 2;               /* "live" mode: keep every block (tracer memory) */
  unsigned long sum = 0;
  for (long i = 0; i < n; i++) {
    unsigned r = next();
    size_t size = 8 + (r >> 12) % 256;
    char *p = pick(size);
    p[0] = (char)i;
    sum += (unsigned char)p[0];
    if (keep) continue;
    unsigned k = r % WINDOW;
    free(slots[k]);
    slots[k] = p;
    if ((i & 15) == 0) { char *q = realloc(p, size * 2); if (q) slots[k] = q; }
  }
  printf("%lu\n", sum);
  return 0;
}
`;

// The anchors' program (bench/anchors.bench.mjs runs the same source natively under heaptrack, and
// bench/anchors_trees.py is it in Python under -X tracemalloc): binary trees, then a churn of
// mixed-size buffers. argv: tree depth, churn count.
export const TREES_C = String.raw`
#include <stdio.h>
#include <stdlib.h>
typedef struct Node { struct Node *left, *right; } Node;
__attribute__((noinline)) static Node *make(int depth) {
  Node *n = malloc(sizeof(Node));
  if (depth > 0) { n->left = make(depth - 1); n->right = make(depth - 1); }
  else n->left = n->right = 0;
  return n;
}
static long check(Node *n) { return 1 + (n->left ? check(n->left) + check(n->right) : 0); }
static void drop(Node *n) { if (n->left) { drop(n->left); drop(n->right); } free(n); }
static char *slots[4096];
int main(int argc, char **argv) {
  int depth = argc > 1 ? atoi(argv[1]) : 12;
  long churn = argc > 2 ? atol(argv[2]) : 500000;
  long sum = 0;
  for (int d = 4; d <= depth; d += 2) {
    int iterations = 1 << (depth - d + 4);
    for (int i = 0; i < iterations; i++) { Node *t = make(d); sum += check(t); drop(t); }
  }
  unsigned r = 12345;
  for (long i = 0; i < churn; i++) {
    r = r * 1103515245u + 12345u;
    unsigned k = (r >> 8) % 4096;
    free(slots[k]);
    slots[k] = malloc(16 + (r >> 16) % 1024);
    slots[k][0] = (char)(i & 127);
    sum += slots[k][0];
  }
  printf("%ld\n", sum);
  return 0;
}
`;
export const TREES_ARGS = [process.env.BENCH_TREES_DEPTH ?? '14', process.env.BENCH_TREES_CHURN ?? '1000000'];

export const CHURN_CPP = String.raw`
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000;
  std::map<int, std::string> names;
  std::vector<std::vector<int>> rows(512);
  unsigned long sum = 0;
  unsigned r = 7;
  for (long i = 0; i < n; i++) {
    r = r * 1103515245u + 12345u;
    std::string s = "item-" + std::to_string(r % 100000);
    names[(int)(r % 2048)] = s + s;
    std::vector<int> &row = rows[r % rows.size()];
    row.push_back((int)i);
    if (row.size() > 64) std::vector<int>().swap(row);
    sum += names.size() + s.size();
  }
  printf("%lu\n", sum);
  return 0;
}
`;

export const CHURN_RS = String.raw`
use std::collections::HashMap;
#[no_mangle]
pub extern "C" fn run(n: u32) -> u32 {
    let mut map: HashMap<u32, String> = HashMap::new();
    let mut boxes: Vec<Option<Box<[u8]>>> = (0..1024).map(|_| None).collect();
    let mut r: u32 = 7;
    let mut sum: u32 = 0;
    for i in 0..n {
        r = r.wrapping_mul(1103515245).wrapping_add(12345);
        let k = (r >> 8) as usize % boxes.len();
        boxes[k] = Some(vec![i as u8; 16 + (r >> 20) as usize % 200].into_boxed_slice());
        let s = format!("key-{}", r % 50000);
        sum = sum.wrapping_add(s.len() as u32);
        map.insert(r % 4096, s);
        let mut v: Vec<u32> = Vec::new();
        for j in 0..(r % 24) { v.push(j); }
        sum = sum.wrapping_add(v.len() as u32 + map.len() as u32);
    }
    sum
}
`;

export const CHURN_AS = String.raw`
class Node { constructor(public value: i32, public next: Node | null) {} }
export function run(n: i32): i32 {
  let keep = new Array<Node | null>(1024);
  let sum = 0;
  let r: u32 = 7;
  for (let i = 0; i < n; i++) {
    r = r * 1103515245 + 12345;
    const k = <i32>((r >>> 8) % 1024);
    keep[k] = new Node(i, keep[k]);
    if ((r & 7) == 0) keep[k] = null;
    const s = "v" + (r % 10000).toString();
    const a = new Array<i32>(<i32>(r % 32));
    sum += s.length + a.length;
  }
  return sum;
}
`;

function have(tool) {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Compiles a C/C++ WASI command (two steps: a one-step -O link runs wasm-opt and strips DWARF). */
function buildWasi(dir, compiler, file, source) {
  if (!have(compiler)) return null;
  writeFileSync(join(dir, file), source);
  const object = join(dir, `${file}.o`);
  const wasm = join(dir, `${file}.wasm`);
  try {
    execFileSync(compiler, ['--target=wasm32-wasi', '-g', '-O2', '-fno-exceptions', '-c', join(dir, file), '-o', object], { stdio: 'pipe' });
    execFileSync(compiler, ['--target=wasm32-wasi', '-g', object, '-o', wasm], { stdio: 'pipe' });
  } catch {
    return null; // e.g. no libc++ for wasm32-wasi
  }
  return new Uint8Array(readFileSync(wasm));
}

function buildRust(dir) {
  const rustc = '/usr/bin/rustc'; // Debian's, which has the wasm32 target (the rustup one may not)
  if (!have(rustc)) return null;
  writeFileSync(join(dir, 'churn.rs'), CHURN_RS);
  try {
    execFileSync(rustc, ['--target', 'wasm32-unknown-unknown', '--crate-type', 'cdylib', '-O', '-g', join(dir, 'churn.rs'), '-o', join(dir, 'churn_rs.wasm')], { stdio: 'pipe' });
  } catch {
    return null;
  }
  return new Uint8Array(readFileSync(join(dir, 'churn_rs.wasm')));
}

async function buildAs(dir) {
  let asc;
  try {
    asc = (await import('assemblyscript/asc')).default;
  } catch {
    return null;
  }
  writeFileSync(join(dir, 'churn.ts'), CHURN_AS);
  const { error } = await asc.main([join(dir, 'churn.ts'), '-O2', '--debug', '--sourceMap', '--outFile', join(dir, 'churn_as.wasm')], { stdout: { write() {} }, stderr: { write() {} } });
  if (error) return null;
  return new Uint8Array(readFileSync(join(dir, 'churn_as.wasm')));
}

/** Runs an exported `run(n)` (Rust, AssemblyScript); its result is the "output". */
async function runExported(module, hooks, args) {
  const imports = { env: { abort: () => { throw new Error('abort'); }, seed: () => 1 } };
  let instance;
  if (hooks === 'traced') instance = await tracemalloc.instantiate(module, imports, { name: 'churn.wasm' });
  else if (hooks) instance = await WebAssembly.instantiate(module, { ...imports, 'wasm-tracemalloc': hooks });
  else instance = await WebAssembly.instantiate(module, imports);
  const t0 = cpuNow();
  const result = instance.exports.run(Number(args[0]));
  const t = cpuNow() - t0;
  return { t, stdout: String(result) };
}

async function runChurn(dir, module, hooks, args) {
  const out = join(dir, 'stdout.txt');
  const fd = openSync(out, 'w');
  const wasi = new WASI({ version: 'preview1', args: ['churn', ...args], env: {}, stdout: fd, returnOnExit: true });
  const imports = wasi.getImportObject();
  let instance;
  if (hooks === 'traced') instance = await tracemalloc.instantiate(module, imports, { name: 'churn.wasm' });
  else if (hooks) instance = await WebAssembly.instantiate(module, { ...imports, 'wasm-tracemalloc': hooks });
  else instance = await WebAssembly.instantiate(module, imports);
  const t0 = cpuNow();
  const code = wasi.start(instance);
  const t = cpuNow() - t0;
  closeSync(fd);
  if (code !== 0) throw new Error(`churn exited with ${code}`);
  return { t, stdout: readFileSync(out, 'utf8') };
}

/**
 * Times every variant RUNS times, interleaved (A B C, B C A, …) after one warm-up each, so drift
 * in the machine's load and JIT warm-up order hit all variants alike. Returns the median CPU ms
 * per variant and checks every run printed the same thing.
 */
async function timeVariants(variants) {
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const outputs = new Set();
  for (const run of Object.values(variants)) outputs.add((await run()).stdout);
  const entries = Object.entries(variants);
  for (let i = 0; i < RUNS; i++) {
    // rotated each round, so no variant always runs first after another's garbage. (sql.js also
    // differs by up to ~10% between two glue instances with identical hooks, in either order:
    // compare its rows across several processes.)
    for (const [name, run] of entries.map((_, k) => entries[(k + i) % entries.length])) {
      const r = await run();
      times[name].push(r.t);
      outputs.add(r.stdout);
    }
  }
  if (outputs.size !== 1) throw new Error(`the variants printed different results: ${[...outputs].join(' | ').slice(0, 200)}`);
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * One compiled workload: original vs instrumented-not-tracing vs nframe=1 vs nframe=16, the
 * naive hook on 1/100 of the work, and (with `liveArgs`) tracer bytes per live block.
 */
async function workloadRows(dir, label, original, runner, N, liveArgs, smallArgs) {
  const argv = Array.isArray(N) ? N : [N];
  if (!original) return { rows: [{ benchmark: label, measured: 'skipped: toolchain not installed', anchor: '', ratio: '', target: '' }], ratios: null };
  const { bytes, stats } = instrument(original);
  const origModule = new WebAssembly.Module(original);
  const instrModule = new WebAssembly.Module(bytes);
  const variant = (module, hooks, nframe, args = argv) => async () => {
    if (nframe) tracemalloc.start(nframe);
    try {
      return await runner(module, hooks, args);
    } finally {
      tracemalloc.stop();
      dropDomains();
    }
  };
  const t = await timeVariants({
    base: variant(origModule, null, 0),
    off: variant(instrModule, 'traced', 0),
    f1: variant(instrModule, 'traced', 1),
    f16: variant(instrModule, 'traced', 16),
    noop: variant(instrModule, noopHooks(), 0),
  });
  // the naive hook is ~100× slower: time it on 1/100 of the work against the original on the same
  const small = smallArgs ?? [String(Number(N) / 100)];
  const n = await timeVariants({ base: variant(origModule, null, 0, small), naive: variant(instrModule, naiveHooks(), 0, small) });
  const [base, off, f1, f16, noop, baseSmall, naive] = [t.base, t.off, t.f1, t.f16, t.noop, n.base, n.naive].map((x) => ({ t: x }));

  // events per run, counted by a hook that only counts
  let events = 0;
  const counting = naiveHooks();
  counting.alloc = counting.free = counting.realloc = () => void events++;
  await runner(instrModule, counting, argv);
  const name = `${label} (${events >= 1e6 ? `${(events / 1e6).toFixed(1)} M` : `${Math.round(events / 1e3)} k`} events, ${stats.allocSites} sites)`;

  const memoryRow = [];
  if (liveArgs) {
    // tracer memory per live allocation at nframe=1 and 16: every block kept alive
    for (const [nframe, target] of [[1, '≤ 24 B'], [16, '≤ 48 B']]) {
      tracemalloc.start(nframe);
      await runner(instrModule, 'traced', liveArgs);
      const source = tracemalloc.getSources().at(-1);
      const live = source.traceCount();
      const idle = 3 * 65536; // the core's memory before its first block (shadow stack + empty tables)
      const perLive = (source.tracerMemory() - idle) / live;
      tracemalloc.stop();
      dropDomains();
      memoryRow.push({ benchmark: `tracer memory per live allocation, nframe=${nframe} (${label}, ${Math.round(live / 1000)} k live)`, measured: `${perLive.toFixed(1)} B`, anchor: '', ratio: '', target });
    }
  }

  const ratios = { off: off.t / base.t, f1: f1.t / base.t, f16: f16.t / base.t };
  return {
    ratios,
    rows: [
      { benchmark: `${name}: original`, measured: ms(base.t), anchor: '', ratio: '1.00×', target: '' },
      { benchmark: `${name}: instrumented, not tracing`, measured: ms(off.t), anchor: ms(base.t), ratio: ratio(off.t, base.t), target: '≤ 1.05×' },
      { benchmark: `${name}: hooks that do nothing (wrappers + wasm→wasm call)`, measured: ms(noop.t), anchor: ms(base.t), ratio: ratio(noop.t, base.t), target: 'floor for nframe=1' },
      { benchmark: `${name}: nframe=1`, measured: ms(f1.t), anchor: ms(base.t), ratio: ratio(f1.t, base.t), target: '≤ 1.25× (geomean)' },
      { benchmark: `${name}: nframe=16`, measured: ms(f16.t), anchor: ms(base.t), ratio: ratio(f16.t, base.t), target: '≤ 1.6×' },
      { benchmark: `${name}: naive JS stack per alloc (1/100 of the work)`, measured: ms(naive.t), anchor: ms(baseSmall.t), ratio: ratio(naive.t, baseSmall.t), target: 'baseline' },
      ...memoryRow,
    ],
  };
}

// ---------------------------------------------------------------- sql.js

const SQL_GLUE = require.resolve('sql.js/dist/sql-wasm-debug.js');

async function loadSql(instantiateWasm) {
  delete require.cache[SQL_GLUE]; // the glue caches its init promise: a fresh copy per variant
  const initSqlJs = require(SQL_GLUE);
  return initSqlJs({ instantiateWasm });
}

export function sqlWorkload(SQL) {
  const t0 = cpuNow();
  const db = new SQL.Database();
  db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)');
  db.run('CREATE INDEX t_name ON t(name)');
  db.run('BEGIN');
  const insert = db.prepare('INSERT INTO t (name, score) VALUES (?, ?)');
  for (let i = 0; i < 20000; i++) insert.run([`name-${(i * 7919) % 5000}-${'x'.repeat(i % 50)}`, i * 0.5]);
  insert.free();
  db.run('COMMIT');
  const rows = db.exec('SELECT name, count(*), avg(score) FROM t GROUP BY name ORDER BY 2 DESC, 1 LIMIT 5');
  db.exec("SELECT * FROM t WHERE name LIKE 'name-1%' ORDER BY score DESC");
  db.close();
  return { t: cpuNow() - t0, stdout: JSON.stringify(rows) };
}

async function sqlRows() {
  const originalBytes = new Uint8Array(readFileSync(SQL_GLUE.replace(/\.js$/, '.wasm')));
  const { bytes } = instrument(originalBytes);
  const origModule = new WebAssembly.Module(originalBytes);
  const instrModule = new WebAssembly.Module(bytes);
  const variant = async (kind, nframe) => {
    let instantiateWasm;
    if (kind === 'original') {
      instantiateWasm = (imports, done) => void WebAssembly.instantiate(origModule, imports).then((i) => done(i, origModule));
    } else if (kind === 'naive') {
      instantiateWasm = (imports, done) =>
        void WebAssembly.instantiate(instrModule, { ...imports, 'wasm-tracemalloc': naiveHooks() }).then((i) => done(i, instrModule));
    } else {
      instantiateWasm = tracemalloc.instantiateWasm(instrModule, { name: 'sql-wasm.wasm' });
    }
    const SQL = await loadSql(instantiateWasm);
    // each variant has its own glue and instance (domain); tracing is switched per run
    return async () => {
      if (nframe) tracemalloc.start(nframe);
      try {
        return sqlWorkload(SQL);
      } finally {
        tracemalloc.stop();
      }
    };
  };
  const t = await timeVariants({
    base: await variant('original', 0),
    off: await variant('traced', 0),
    f1: await variant('traced', 1),
    f16: await variant('traced', 16),
    naive: await variant('naive', 0),
  });
  dropDomains();
  const [base, off, f1, f16, naive] = [t.base, t.off, t.f1, t.f16, t.naive].map((x) => ({ t: x }));
  const name = 'sql.js (20 k inserts + queries)';
  return {
    ratios: { off: off.t / base.t, f1: f1.t / base.t, f16: f16.t / base.t },
    rows: [
      { benchmark: `${name}: original`, measured: ms(base.t), anchor: '', ratio: '1.00×', target: '' },
      { benchmark: `${name}: instrumented, not tracing`, measured: ms(off.t), anchor: ms(base.t), ratio: ratio(off.t, base.t), target: '≤ 1.05×' },
      { benchmark: `${name}: nframe=1`, measured: ms(f1.t), anchor: ms(base.t), ratio: ratio(f1.t, base.t), target: '≤ 1.25× (geomean)' },
      { benchmark: `${name}: nframe=16`, measured: ms(f16.t), anchor: ms(base.t), ratio: ratio(f16.t, base.t), target: '≤ 1.6×' },
      { benchmark: `${name}: naive JS stack per alloc`, measured: ms(naive.t), anchor: ms(base.t), ratio: ratio(naive.t, base.t), target: 'baseline' },
    ],
  };
}

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'wtm-overhead-'));
  try {
    const wasi = (module, hooks, args) => runChurn(dir, module, hooks, args);
    // BENCH_OVERHEAD_ONLY=<substring of a workload's name>: that workload alone (A/B runs)
    const only = process.env.BENCH_OVERHEAD_ONLY;
    const workloads = [
      ['C churn', async (name) => workloadRows(dir, name, buildWasi(dir, 'clang', 'churn.c', CHURN_C), wasi, '400000', ['200000', 'live'])],
      ['C binary trees + churn (the anchors\' program)', async (name) => workloadRows(dir, name, buildWasi(dir, 'clang', 'trees.c', TREES_C), wasi, TREES_ARGS, undefined, ['6', String(Number(TREES_ARGS[1]) / 100)])],
      ['C++ churn', async (name) => workloadRows(dir, name, buildWasi(dir, 'clang++', 'churn.cpp', CHURN_CPP), wasi, '100000')],
      ['Rust churn', async (name) => workloadRows(dir, name, buildRust(dir), runExported, '100000')],
      ['AssemblyScript churn', async (name) => workloadRows(dir, name, await buildAs(dir), runExported, '100000')],
      ['sql.js', async () => sqlRows()],
    ];
    const results = [];
    for (const [name, rows] of workloads) if (!only || name.includes(only)) results.push(await rows(name));
    const rows = results.flatMap((r) => r.rows);
    const measured = results.filter((r) => r.ratios);
    if (measured.length > 0) {
      const g = (k) => geomean(measured.map((r) => r.ratios[k]));
      rows.push(
        { benchmark: 'geomean: instrumented, not tracing', measured: '', anchor: '', ratio: `${g('off').toFixed(2)}×`, target: '≤ 1.05×' },
        { benchmark: 'geomean: nframe=1', measured: '', anchor: '', ratio: `${g('f1').toFixed(2)}×`, target: '≤ 1.25×' },
        { benchmark: 'geomean: nframe=16', measured: '', anchor: '', ratio: `${g('f16').toFixed(2)}×`, target: '≤ 1.6×' },
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.table(await run());
}
