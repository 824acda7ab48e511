#!/usr/bin/env node
// A/B of builds of the native addon (a dev tool; run.mjs skips it): the workloads of
// native.bench.mjs (churn: the test addon's 2 M malloc/free pairs; crypto: 11 x 20 k
// crypto.createHash, the steady state; zlib: 5 x 300 deflates of 16 KiB), untraced and traced at
// nframe=1 and 16, each addon given loaded through WASM_TRACEMALLOC_NATIVE_ADDON under this
// repository's dist/native. Every (addon, mode) runs in a fresh process, interleaved over the
// rounds; each process times a warm-up, then the median of its runs. Printed: the median over
// the processes of the process's CPU time (user + system, over the timed runs) and wall time,
// and the ratio of each to the untraced runs of the same round set (and, with several addons, to
// their untraced runs pooled: the same code in each).
//   node bench/native-ab.mjs [--rounds N] [--workloads churn,crypto] [--callgrind|--cache-sim [--keep DIR]] a.node b.node ...
// --callgrind counts instructions instead (valgrind, one counted run of 200 k churn pairs /
// 2 k hashes / 30 deflates after a warm-up, inside the run only): stable under load. --keep DIR
// keeps each run's callgrind output there (cg-WORKLOAD-ADDON-NFRAME.out), for callgrind_annotate.
// --cache-sim is --callgrind with its cache simulation (D1 32 KiB, LL 512 KiB standing for L2):
// also the LL data misses of the counted run, the process's and the addon's own functions'.
// (It does not simulate prefetches: a miss a prefetch overlaps still counts.)
// --d1 SIZE,WAYS,LINE: the simulated L1 data cache (32768,8,64 unless given; 49152,12,64 is a
// Zen 5's).
// --branch-sim adds callgrind's branch simulation (conditional and indirect branches, and the
// mispredictions of its simple predictors: a hint, not this CPU's predictor).
// --dump-instr is --callgrind with callgrind's --dump-instr=yes: with --keep, the outputs then
// give each instruction's count (callgrind_annotate --auto=yes, or objdump beside the addresses).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let rounds = 7;
let workloads = ['churn', 'crypto', 'zlib'];
let callgrind = false;
let cacheSim = false;
let keep = null;
let dumpInstr = false;
let branchSim = false;
let d1 = '32768,8,64';
const addons = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--workloads') workloads = args[++i].split(',');
  else if (args[i] === '--callgrind') callgrind = true;
  else if (args[i] === '--cache-sim') cacheSim = callgrind = true;
  else if (args[i] === '--keep') keep = resolve(args[++i] ?? '');
  else if (args[i] === '--dump-instr') dumpInstr = callgrind = true;
  else if (args[i] === '--branch-sim') branchSim = callgrind = true;
  else if (args[i] === '--d1') d1 = args[++i];
  else addons.push(resolve(args[i]));
}
if (addons.length === 0 || !(rounds > 0) || addons.some((a) => !existsSync(a)) || (keep && !existsSync(keep))) {
  console.error('usage: node bench/native-ab.mjs [--rounds N] [--workloads churn,crypto,zlib] [--callgrind [--keep DIR]] a.node [b.node ...] (existing addon files, an existing DIR)');
  process.exit(2);
}

const child = String.raw`
const [, workload, nframeText, fixturePath, entry, countedText, togglePath] = process.argv;
const nframe = Number(nframeText);
const counted = countedText === '1';
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const fixture = workload === 'churn' ? require(fixturePath) : null;
const input = Buffer.alloc(16 << 10);
let x = 1;
for (let i = 0; i < input.length; i++) { x = (x * 1103515245 + 12345) >>> 0; input[i] = (x >>> 24) & 0x1f; }
const scale = counted ? 0.1 : 1;
const work = {
  churn: () => fixture.churn(2_000_000 * scale, 64),
  crypto: () => { for (let i = 0; i < 20_000 * scale; i++) crypto.createHash('sha256').update('abc').digest(); },
  zlib: () => { for (let i = 0; i < 300 * scale; i++) zlib.deflateSync(input, { level: 6 }); },
}[workload];
const runs = { churn: 9, crypto: 11, zlib: 5 }[workload];
const native = await import(entry);
if (nframe > 0) native.start(nframe);
work();
if (counted) {
  const toggle = require(togglePath);
  toggle(); work(); toggle();
  if (nframe > 0) native.stop();
} else {
  const times = [];
  const cpu = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    work();
    const c = process.cpuUsage(c0);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push((c.user + c.system) / 1e3);
  }
  const sum = (a) => a.reduce((s, v) => s + v, 0);
  if (nframe > 0) native.stop();
  console.log(JSON.stringify({ ms: sum(times), cpuMs: sum(cpu) }));
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

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const include = resolve(dirname(process.execPath), '..', 'include', 'node');
const tmp = mkdtempSync(join(tmpdir(), 'wtm-native-ab-'));
try {
  const fixturePath = join(tmp, 'fixture.node');
  execFileSync('g++', ['-shared', '-fPIC', '-O2', '-std=c++17', `-I${include}`, '-DNODE_GYP_MODULE_NAME=fixture',
    '-o', fixturePath, join(root, 'test/native/addon/fixture.cc'), '-lpthread', '-ldl'], { stdio: 'pipe' });
  const entry = pathToFileURL(join(root, 'dist', 'native', 'index.js')).href;
  const spawnChild = (addon, w, mode, prefix, extra) => {
    const r = spawnSync(prefix[0] ?? process.execPath, [...prefix.slice(1), ...(prefix.length ? [process.execPath] : []),
      '--input-type=module', '-e', child, '--', w, String(mode), fixturePath, entry, ...extra],
    { encoding: 'utf8', env: { ...process.env, WASM_TRACEMALLOC_NATIVE_ADDON: addon }, timeout: 20 * 60_000 });
    if (r.status !== 0) throw new Error(`${basename(addon)} ${w}/${mode}: exit ${r.status}: ${(r.stderr ?? '').slice(-400)}`);
    return r;
  };
  const label = (a) => basename(a);
  if (callgrind) {
    const togglePath = join(tmp, 'toggle.node');
    writeFileSync(join(tmp, 'toggle.c'), toggleC);
    execFileSync('gcc', ['-shared', '-fPIC', '-O2', `-I${include}`, '-o', togglePath, join(tmp, 'toggle.c')], { stdio: 'pipe' });
    for (const w of workloads) {
      for (const addon of addons) {
        const n = {};
        const miss = {};
        for (const mode of [0, 1, 16]) {
          const out = join(keep ?? tmp, keep ? `cg-${w}-${basename(addon, '.node')}-${mode}.out` : 'cg.out');
          const sim = cacheSim ? ['--cache-sim=yes', `--D1=${d1}`, '--LL=524288,8,64'] : [];
          const instr = dumpInstr ? ['--dump-instr=yes'] : [];
          const branch = branchSim ? ['--branch-sim=yes'] : [];
          const r = spawnChild(addon, w, mode, ['valgrind', '--tool=callgrind', '--collect-atstart=no', ...sim, ...instr, ...branch, `--callgrind-out-file=${out}`], ['1', togglePath]);
          const m = /Collected : ([\d ]+)/.exec(r.stderr);
          if (!m) throw new Error(`callgrind counted nothing for ${w}/${mode}`);
          const c = m[1].trim().split(/\s+/).map(Number);
          n[mode] = c[0];
          if (branchSim) {
            // events (after the cache simulation's, when on): Bc Bcm Bi Bim
            const b = c.slice(cacheSim ? 9 : 1);
            console.log(`${w} ${label(addon)} nframe=${mode}: conditional branches ${(b[0] / (w === 'churn' ? 200_000 : 1e6)).toFixed(1)}, mispredicted ${b[1]}; indirect ${b[2]}, mispredicted ${b[3]} (callgrind's simulated predictors)`);
          }
          if (cacheSim) {
            // events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw; the addon's own: its functions (wtm::)
            const a = execFileSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
            let own = 0;
            for (const line of a.split('\n')) {
              if (!/wtm::/.test(line)) continue;
              const f = line.replace(/\(\s*[\d.]+%\)/g, ' ').trim().split(/\s+/).slice(0, 9).map((x) => Number(x.replace(/,/g, '')));
              if (f.length === 9 && f.every(Number.isFinite)) own += f[7] + f[8];
            }
            miss[mode] = { all: c[7] + c[8], own };
          }
        }
        if (cacheSim) console.log(`${w} ${label(addon)} LL data misses (process / the addon's functions): untraced ${miss[0].all}, nframe=1 ${miss[1].all} / ${miss[1].own}, nframe=16 ${miss[16].all} / ${miss[16].own}`);
        const per = w === 'churn' ? 200_000 : 1e6;
        const unit = w === 'churn' ? 'a pair' : 'M';
        console.log(`${w} ${label(addon)}: untraced ${(n[0] / per).toFixed(1)} ${unit}, nframe=1 ${(n[1] / per).toFixed(1)} (${(n[1] / n[0]).toFixed(3)}x), nframe=16 ${(n[16] / per).toFixed(1)} (${(n[16] / n[0]).toFixed(3)}x)`);
      }
    }
  } else {
    const load0 = loadavg()[0];
    const got = new Map();
    for (let round = 0; round < rounds; round++) {
      for (const w of workloads) {
        for (const addon of addons) {
          for (const mode of [0, 1, 16]) {
            const r = JSON.parse(spawnChild(addon, w, mode, [], ['0', '']).stdout.trim().split('\n').pop());
            const key = `${w}|${addon}|${mode}`;
            if (!got.has(key)) got.set(key, { cpu: [], wall: [] });
            got.get(key).cpu.push(r.cpuMs);
            got.get(key).wall.push(r.ms);
          }
        }
      }
    }
    console.log(`${rounds} rounds, load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}; CPU ms (wall ms), median over processes; ratio to untraced`);
    for (const w of workloads) {
      for (const addon of addons) {
        const g = (mode) => got.get(`${w}|${addon}|${mode}`);
        const base = { cpu: median(g(0).cpu), wall: median(g(0).wall) };
        const cell = (mode) => {
          const c = median(g(mode).cpu), t = median(g(mode).wall);
          return `${c.toFixed(0)} (${t.toFixed(0)}) ${(c / base.cpu).toFixed(2)}x (${(t / base.wall).toFixed(2)}x)`;
        };
        console.log(`${w} ${label(addon)}: untraced ${base.cpu.toFixed(0)} (${base.wall.toFixed(0)}) | nframe=1 ${cell(1)} | nframe=16 ${cell(16)}`);
      }
      if (addons.length > 1) {
        // Untraced, every addon runs the same code (loaded, nothing hooked): their runs pooled
        // are the steadier base for comparing the traced runs of the builds.
        const pooled = median(addons.flatMap((a) => got.get(`${w}|${a}|0`).cpu));
        const cells = addons.map((a) => `${label(a)} ${[1, 16].map((m) => (median(got.get(`${w}|${a}|${m}`).cpu) / pooled).toFixed(2) + 'x').join(' / ')}`);
        console.log(`${w} against the untraced runs pooled (${pooled.toFixed(0)} ms CPU), nframe=1 / 16: ${cells.join(', ')}`);
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
