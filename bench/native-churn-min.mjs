#!/usr/bin/env node
// Churn's cost per pair by the fastest of many short runs (a dev tool; run.mjs skips it): on a
// shared machine a run of a few milliseconds is mostly not preempted, so the lowest times of
// many such runs are the loop's own speed, where the medians of long runs swing with the load.
// Each addon (and untraced) runs in fresh processes interleaved over the rounds; each process
// runs fixture.churn(PAIRS, 64) RUNS times after a warm-up and reports the minimum and the 10th
// percentile of the wall time (ns a pair). Printed: medians over the rounds, and the ratio of
// each traced row to the untraced runs of all the addons pooled.
//   node bench/native-churn-min.mjs [--rounds N] [--nframes 1,16] a.node [b.node ...]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let rounds = 7;
let nframes = [1, 16];
const addons = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--nframes') nframes = args[++i].split(',').map(Number);
  else addons.push(resolve(args[i]));
}
if (addons.length === 0 || addons.some((a) => !existsSync(a))) {
  console.error('usage: node bench/native-churn-min.mjs [--rounds N] [--nframes 1,16] a.node [b.node ...]');
  process.exit(2);
}
const PAIRS = 50_000;
const RUNS = 300;
const child = String.raw`
const [, nframeText, fixturePath, entry, pairsText, runsText] = process.argv;
const nframe = Number(nframeText), pairs = Number(pairsText), runs = Number(runsText);
const { createRequire } = await import('node:module');
const fixture = createRequire(import.meta.url)(fixturePath);
const native = await import(entry);
if (nframe > 0) native.start(nframe);
for (let i = 0; i < 20; i++) fixture.churn(pairs, 64);
const t = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  fixture.churn(pairs, 64);
  t.push(Number(process.hrtime.bigint() - t0) / pairs);
}
if (nframe > 0) native.stop();
t.sort((a, b) => a - b);
console.log(JSON.stringify({ min: t[0], p10: t[Math.floor(runs / 10)] }));
`;
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const include = resolve(dirname(process.execPath), '..', 'include', 'node');
const tmp = mkdtempSync(join(tmpdir(), 'wtm-churn-min-'));
try {
  const fixturePath = join(tmp, 'fixture.node');
  execFileSync('g++', ['-shared', '-fPIC', '-O2', '-std=c++17', `-I${include}`, '-DNODE_GYP_MODULE_NAME=fixture',
    '-o', fixturePath, join(root, 'test/native/addon/fixture.cc'), '-lpthread', '-ldl'], { stdio: 'pipe' });
  const entry = pathToFileURL(join(root, 'dist', 'native', 'index.js')).href;
  const got = new Map();
  const load0 = loadavg()[0];
  for (let round = 0; round < rounds; round++) {
    for (const addon of addons) {
      for (const mode of [0, ...nframes]) {
        const r = spawnSync(process.execPath, ['--input-type=module', '-e', child, '--', String(mode), fixturePath, entry, String(PAIRS), String(RUNS)],
          { encoding: 'utf8', env: { ...process.env, WASM_TRACEMALLOC_NATIVE_ADDON: addon } });
        if (r.status !== 0) throw new Error(`${basename(addon)} ${mode}: exit ${r.status}: ${(r.stderr ?? '').slice(-400)}`);
        const v = JSON.parse(r.stdout.trim().split('\n').pop());
        const key = `${addon}|${mode}`;
        if (!got.has(key)) got.set(key, { min: [], p10: [] });
        got.get(key).min.push(v.min);
        got.get(key).p10.push(v.p10);
      }
    }
  }
  console.log(`${rounds} rounds of ${RUNS} x ${PAIRS} pairs a process, load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}; ns a pair, medians over the processes of each one's fastest run (10th percentile in brackets)`);
  const pooled = { min: median(addons.flatMap((a) => got.get(`${a}|0`).min)), p10: median(addons.flatMap((a) => got.get(`${a}|0`).p10)) };
  for (const addon of addons) {
    const cells = [0, ...nframes].map((m) => {
      const g = got.get(`${addon}|${m}`);
      const mn = median(g.min), p = median(g.p10);
      return `${m ? `nframe=${m}` : 'untraced'} ${mn.toFixed(2)} (${p.toFixed(2)})${m ? ` ${(mn / pooled.min).toFixed(3)}x (${(p / pooled.p10).toFixed(3)}x)` : ''}`;
    });
    console.log(`${basename(addon)}: ${cells.join(' | ')}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
