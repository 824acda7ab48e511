// Overhead of the native hook (issues 7 and 13): native allocation-heavy workloads, untraced vs
// traced with nframe=1 and nframe=16, through the public entry (dist/native, which starts the
// tracer). Targets: churn <= 1.5x, crypto and zlib <= 1.3x (memray's --native costs ~1.65x).
//
// Workloads:
//   churn   the test addon's loop (test/native/addon/fixture.cc, compiled here with g++):
//           2 M malloc/free pairs of 64-95 B with 64 blocks live. Nothing but the allocator
//           (~3 ns an event untraced), so this is the worst case: it prices the hook itself.
//           Each free is followed by a malloc of the same size, which glibc serves with the
//           block just freed: the hook's reused-way path (native/src/records.h), not a set search.
//   crypto  crypto.createHash('sha256') x 20 k: OpenSSL and Node allocate and free a dozen
//           blocks per hash through malloc and operator new, freed when V8 collects the
//           Hash objects (tens of thousands live between collections).
//   zlib    zlib.deflateSync of a 16 KiB input x 300 (Node's bundled zlib: ~270 KiB of state
//           allocated and freed per call, compression work in between).
// Anchor: heaptrack (Debian's package) on the same churn loop compiled as a C program, against
// that program untraced.
// Each mode runs in its own process (the hooks patch the whole process); every process times 5
// runs after a warm-up and reports the median. The modes are interleaved over 5 rounds and the
// lowest median of each mode is kept: on a shared 2-core machine the least disturbed figure is
// the most faithful one. The machine's load average is printed with the rows; the CPU-time rows
// (the process's user + system time over the same runs) are less disturbed by other processes
// than the wall-clock ones.
//
// NATIVE_BENCH_CALLGRIND=1 adds instruction counts (valgrind --tool=callgrind, one measured
// run of a tenth of each workload, counted only inside it): a ratio the machine's load cannot
// disturb, though blind to what an instruction costs (an atomic read-modify-write or a cache
// miss counts as one).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 5;
const MODES = [0, 1, 16];

// argv: workload, nframe, fixture path, dist entry, scale (1 = the full workload),
// callgrind toggle addon ('' = time 5 runs instead)
const child = String.raw`
const [, workload, nframeText, fixturePath, entry, scaleText, togglePath] = process.argv;
const nframe = Number(nframeText);
const scale = Number(scaleText);
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const fixture = workload === 'churn' ? require(fixturePath) : null;
const input = Buffer.alloc(16 << 10);
let x = 1;
for (let i = 0; i < input.length; i++) { x = (x * 1103515245 + 12345) >>> 0; input[i] = (x >>> 24) & 0x1f; }
const work = {
  churn: () => fixture.churn(2_000_000 * scale, 64),
  crypto: () => { for (let i = 0; i < 20_000 * scale; i++) crypto.createHash('sha256').update('abc').digest(); },
  zlib: () => { for (let i = 0; i < 300 * scale; i++) zlib.deflateSync(input, { level: 6 }); },
}[workload];
const native = await import(entry);
if (nframe > 0) native.start(nframe);
work();
if (togglePath) {
  const toggle = require(togglePath);
  toggle(); work(); toggle();
  if (nframe > 0) native.stop();
} else {
  const times = [];
  const cpu = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    work();
    const c = process.cpuUsage(c0);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push((c.user + c.system) / 1e3);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const traces = nframe > 0 ? native.source.traceCount() : 0;
  if (nframe > 0) native.stop();
  console.log(JSON.stringify({ ms: times[2], cpuMs: cpu[2], traces }));
}
`;

// The churn loop as a C program, for heaptrack: prints the median of 5 timed runs.
const churnC = String.raw`
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
__attribute__((noinline)) static uint64_t churn(uint32_t iterations, uint32_t size) {
  void* live[64] = {0};
  uint64_t sum = 0;
  for (uint32_t i = 0; i < iterations; ++i) {
    uint32_t k = i & 63;
    free(live[k]);
    live[k] = malloc(size + (i & 31));
    sum += (uintptr_t)live[k] & 0xff;
  }
  for (int k = 0; k < 64; ++k) free(live[k]);
  return sum;
}
static int byValue(const void* a, const void* b) {
  double x = *(const double*)a, y = *(const double*)b;
  return (x > y) - (x < y);
}
int main(void) {
  churn(2000000, 64);
  double ms[5];
  for (int r = 0; r < 5; ++r) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    volatile uint64_t s = churn(2000000, 64);
    (void)s;
    clock_gettime(CLOCK_MONOTONIC, &b);
    ms[r] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
  }
  qsort(ms, 5, sizeof ms[0], byValue);
  printf("churn-ms %.3f\n", ms[2]);
  return 0;
}
`;

const toggleC = String.raw`
#include <node_api.h>
#include <valgrind/callgrind.h>
static napi_value toggle(napi_env env, napi_callback_info info) { CALLGRIND_TOGGLE_COLLECT; return NULL; }
NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "toggle", NAPI_AUTO_LENGTH, toggle, NULL, &fn);
  return fn;
}
`;

function nodeInclude() {
  const dir = resolve(dirname(process.execPath), '..', 'include', 'node');
  return existsSync(join(dir, 'node_api.h')) ? dir : null;
}

function compiles(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function runs(cmd) {
  const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

// The C churn loop's median ms, untraced or under heaptrack.
function churnCMs(program, heaptrackOut) {
  const [cmd, args] = heaptrackOut ? ['heaptrack', ['-o', heaptrackOut, program]] : [program, []];
  const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10 * 60_000 });
  const m = /churn-ms ([\d.]+)/.exec(out);
  if (!m) throw new Error(`no churn-ms line in the output of ${cmd}`);
  return Number(m[1]);
}

function instructionRows(tmp, include, workloads, fixturePath, entry) {
  if (!runs('valgrind')) return [{ benchmark: 'native instructions', measured: 'valgrind is not installed', anchor: '', ratio: '', target: '' }];
  const togglePath = join(tmp, 'toggle.node');
  writeFileSync(join(tmp, 'toggle.c'), toggleC);
  if (!compiles('gcc', ['-shared', '-fPIC', '-O2', `-I${include}`, '-o', togglePath, join(tmp, 'toggle.c')])) {
    return [{ benchmark: 'native instructions', measured: 'valgrind/callgrind.h not found (valgrind headers)', anchor: '', ratio: '', target: '' }];
  }
  const count = (w, mode) => {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--collect-atstart=no', `--callgrind-out-file=${join(tmp, 'cg.out')}`,
      process.execPath, '--input-type=module', '-e', child, '--', w, String(mode), fixturePath, entry, '0.1', togglePath], { encoding: 'utf8', timeout: 20 * 60_000 });
    const m = /Collected : (\d+)/.exec(r.stderr ?? '');
    if (!m) throw new Error(`callgrind counted nothing for ${w}/${mode}: ${(r.stderr ?? '').split('\n').slice(-3).join(' ')}`);
    return Number(m[1]);
  };
  const rows = [];
  for (const w of workloads) {
    const base = count(w, 0);
    for (const mode of [1, 16]) {
      const n = count(w, mode);
      rows.push({
        benchmark: `native ${w}, nframe=${mode}, instructions`,
        measured: `${(n / 1e6).toFixed(1)} M`,
        anchor: `untraced ${(base / 1e6).toFixed(1)} M`,
        ratio: `${(n / base).toFixed(2)}×`,
        target: '',
      });
    }
  }
  return rows;
}

export default async function run() {
  const entry = join(root, 'dist', 'native', 'index.js');
  const native = await import(pathToFileURL(entry).href);
  if (!native.available) {
    return [{ benchmark: 'native hook', measured: `unavailable: ${native.reason}`, anchor: '', ratio: '', target: '≤ 1.5×' }];
  }
  const tmp = mkdtempSync(join(tmpdir(), 'wtm-native-bench-'));
  const loadBefore = loadavg()[0];
  try {
    const fixturePath = join(tmp, 'fixture.node');
    const include = nodeInclude();
    const haveFixture = !!include && compiles('g++', ['-shared', '-fPIC', '-O2', '-std=c++17', `-I${include}`, '-DNODE_GYP_MODULE_NAME=fixture',
      '-o', fixturePath, join(root, 'test/native/addon/fixture.cc'), '-lpthread', '-ldl']);
    const churnProgram = join(tmp, 'churn');
    writeFileSync(join(tmp, 'churn.c'), churnC);
    const haveHeaptrack = runs('heaptrack') && compiles('gcc', ['-O2', '-o', churnProgram, join(tmp, 'churn.c')]);
    const workloads = [...(haveFixture ? ['churn'] : []), 'crypto', 'zlib'];
    const best = new Map();
    const keep = (key, ms) => best.set(key, Math.min(best.get(key) ?? Infinity, ms));
    for (let round = 0; round < ROUNDS; round++) {
      for (const w of workloads) {
        for (const mode of MODES) {
          const out = execFileSync(process.execPath, ['--input-type=module', '-e', child, '--', w, String(mode), fixturePath, pathToFileURL(entry).href, '1', ''], {
            encoding: 'utf8', timeout: 10 * 60_000,
          });
          const r = JSON.parse(out.trim().split('\n').pop());
          keep(`${w}/${mode}`, r.ms);
          keep(`${w}/${mode}/cpu`, r.cpuMs);
        }
      }
      if (haveHeaptrack) {
        keep('c/0', churnCMs(churnProgram, null));
        keep('c/heaptrack', churnCMs(churnProgram, join(tmp, `heaptrack.${round}`)));
        rmSync(join(tmp, `heaptrack.${round}.zst`), { force: true });
        rmSync(join(tmp, `heaptrack.${round}.gz`), { force: true });
      }
    }
    const load = `load ${loadBefore.toFixed(1)}→${loadavg()[0].toFixed(1)}`;
    const rows = [];
    for (const [suffix, what] of [['', ''], ['/cpu', ', CPU time']]) {
      for (const w of workloads) {
        const base = best.get(`${w}/0${suffix}`);
        for (const mode of [1, 16]) {
          const t = best.get(`${w}/${mode}${suffix}`);
          rows.push({
            benchmark: `native ${w}, nframe=${mode}${what}`,
            measured: `${t.toFixed(1)} ms`,
            anchor: `untraced ${base.toFixed(1)} ms (${load})`,
            ratio: `${(t / base).toFixed(2)}×`,
            target: w === 'churn' ? '≤ 1.5×' : '≤ 1.3×',
          });
        }
      }
    }
    if (haveHeaptrack) {
      const base = best.get('c/0');
      const t = best.get('c/heaptrack');
      rows.push({
        benchmark: 'heaptrack, the churn loop as a C program',
        measured: `${t.toFixed(1)} ms`,
        anchor: `untraced ${base.toFixed(1)} ms`,
        ratio: `${(t / base).toFixed(2)}×`,
        target: '(anchor)',
      });
    }
    if (process.env.NATIVE_BENCH_CALLGRIND === '1' && include) {
      rows.push(...instructionRows(tmp, include, workloads, fixturePath, pathToFileURL(entry).href));
    }
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
