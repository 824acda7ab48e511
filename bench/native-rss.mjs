#!/usr/bin/env node
// The native hook's memory with many live blocks (a dev tool; run.mjs skips it): each addon given
// (or main's, under dist/native, with none) in a fresh process per (addon, mode), interleaved over
// the rounds: COUNT `Buffer.allocUnsafeSlow(SIZE)` kept live, untraced or traced at nframe=1,
// then the process's RSS (MiB), the tracer's trace count and mapped memory. Printed: the median RSS of
// each mode and what tracing added to it.
//   node bench/native-rss.mjs [--count 200000] [--size 20000] [--rounds 3] [a.node b.node ...]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let count = 200_000;
let size = 20_000;
let rounds = 3;
const addons = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--count') count = Number(args[++i]);
  else if (args[i] === '--size') size = Number(args[++i]);
  else if (args[i] === '--rounds') rounds = Number(args[++i]);
  else addons.push(resolve(args[i]));
}
if (!(count > 0) || !(size > 0) || !(rounds > 0) || addons.some((a) => !existsSync(a))) {
  console.error('usage: node bench/native-rss.mjs [--count N] [--size BYTES] [--rounds N] [a.node ...] (existing addon files)');
  process.exit(2);
}
if (addons.length === 0) addons.push('');

const child = String.raw`
const [, nframeText, countText, sizeText, entry] = process.argv;
const nframe = Number(nframeText);
const native = await import(entry);
if (nframe > 0) native.start(nframe);
const keep = [];
for (let i = 0; i < Number(countText); i++) keep.push(Buffer.allocUnsafeSlow(Number(sizeText)));
const rss = process.memoryUsage().rss / 1048576;
const traces = nframe > 0 ? native.source.traceCount() : 0;
const mapped = nframe > 0 ? native.source.tracerMemory() / 1048576 : 0;
if (nframe > 0) native.stop();
console.log(JSON.stringify({ rss, traces, mapped, kept: keep.length }));
`;

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const entry = pathToFileURL(join(root, 'dist', 'native', 'index.js')).href;
const got = new Map();
const info = new Map();
console.log(`load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${count} x ${size} B`);
for (let r = 0; r < rounds; r++) {
  for (const addon of addons) {
    for (const mode of [0, 1]) {
      const env = { ...process.env };
      if (addon) env.WASM_TRACEMALLOC_NATIVE_ADDON = addon;
      const p = spawnSync(process.execPath, ['--input-type=module', '-e', child, '--', String(mode), String(count), String(size), entry],
        { encoding: 'utf8', env, maxBuffer: 1 << 20 });
      if (p.status !== 0) throw new Error(`${basename(addon) || 'main'}/${mode}: exit ${p.status}: ${(p.stderr ?? '').slice(-400)}`);
      const key = `${addon}|${mode}`;
      if (!got.has(key)) got.set(key, []);
      const o = JSON.parse(p.stdout.trim().split('\n').pop());
      got.get(key).push(o.rss);
      if (mode) info.set(addon, o);
    }
  }
}
for (const addon of addons) {
  const u = median(got.get(`${addon}|0`)), t = median(got.get(`${addon}|1`));
  console.log(`${(basename(addon) || 'dist/native').padEnd(24)} untraced ${u.toFixed(1)} MiB  nframe=1 ${t.toFixed(1)} MiB  (+${(t - u).toFixed(1)}); ${info.get(addon).traces} traces, tracer mapped ${info.get(addon).mapped.toFixed(1)} MiB`);
}
console.log(`load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
