#!/usr/bin/env node
// Frees of blocks another thread allocated, alone (a dev tool; run.mjs skips it): one thread
// allocates batches of 512 blocks (48-79 B), a second thread frees them, the two pinned to CPUs 0
// and 1 so that every block's lines cross between cores, as V8's sweeper thread freeing what the
// main thread allocated (crypto.createHash). Prints the median, over 7 runs of 1 M blocks, of
// each thread's CPU time inside its loop of allocations / of frees (not while it waits for the
// other), untraced and traced at nframe=1, for each tree given (A/B of two builds: a tree is a
// folder holding dist/native/index.js and native/build/Release/; default this repository).
//   node bench/native-remote.mjs [tree ...]
// Both threads run at once, so this needs two idle CPUs: read it with `uptime` in mind. Two
// threads sharing one core never miss on each other's lines and run 3-4x faster: a run far
// below the others is that, not a faster build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const source = String.raw`
#include <node_api.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>
#include <atomic>
static double cpuMs() { timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static void pin(int cpu) { cpu_set_t c; CPU_ZERO(&c); CPU_SET(cpu, &c); pthread_setaffinity_np(pthread_self(), sizeof c, &c); }
constexpr int kBatch = 512;
struct Shared { std::atomic<int> full{0}; std::atomic<bool> stop{false}; void* slots[2][kBatch]; double freeMs = 0; };
static void* freer(void* arg) {
  auto* s = static_cast<Shared*>(arg);
  pin(1);
  free(malloc(16));
  for (int k = 0;; k ^= 1) {
    while (s->full.load(std::memory_order_acquire) <= 0) { if (s->stop.load()) return nullptr; sched_yield(); }
    double t0 = cpuMs();
    for (int i = 0; i < kBatch; ++i) free(s->slots[k][i]);
    s->freeMs += cpuMs() - t0;
    s->full.fetch_sub(1, std::memory_order_release);
  }
}
// remote(batches) -> [ms allocating, ms freeing]
static napi_value Remote(napi_env env, napi_callback_info info) {
  size_t argc = 1; napi_value argv[1]; napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t batches; napi_get_value_uint32(env, argv[0], &batches);
  cpu_set_t old; pthread_getaffinity_np(pthread_self(), sizeof old, &old);
  pin(0);
  Shared s; pthread_t th; pthread_create(&th, nullptr, freer, &s);
  double allocMs = 0;
  for (uint32_t r = 0, k = 0; r < batches; ++r, k ^= 1) {
    while (s.full.load(std::memory_order_acquire) >= 2) sched_yield();
    double t0 = cpuMs();
    for (int i = 0; i < kBatch; ++i) s.slots[k][i] = malloc(48 + (i & 31));
    allocMs += cpuMs() - t0;
    s.full.fetch_add(1, std::memory_order_release);
  }
  while (s.full.load() > 0) sched_yield();
  s.stop.store(true); pthread_join(th, nullptr);
  pthread_setaffinity_np(pthread_self(), sizeof old, &old);
  napi_value out, a, b; napi_create_array(env, &out); napi_create_double(env, allocMs, &a); napi_create_double(env, s.freeMs, &b);
  napi_set_element(env, out, 0, a); napi_set_element(env, out, 1, b); return out;
}
NAPI_MODULE_INIT() { napi_value fn; napi_create_function(env, "remote", NAPI_AUTO_LENGTH, Remote, NULL, &fn); return fn; }
`;

const child = String.raw`
const [, addonPath, entry, nframeText] = process.argv;
const { createRequire } = await import('node:module');
const remote = createRequire(import.meta.url)(addonPath);
const native = await import(entry);
const nframe = Number(nframeText);
if (nframe > 0) native.start(nframe);
remote(500);
const a = [], b = [];
for (let r = 0; r < 7; r++) { const [x, y] = remote(2048); a.push(x); b.push(y); }
if (nframe > 0) native.stop();
a.sort((p, q) => p - q); b.sort((p, q) => p - q);
console.log(JSON.stringify([a[3], b[3]]));
`;

if (availableParallelism() < 2) {
  console.log('needs two CPUs');
  process.exit(0);
}
const trees = (process.argv.length > 2 ? process.argv.slice(2) : [root]).map((t) => resolve(t));
const tmp = mkdtempSync(join(tmpdir(), 'wtm-native-remote-'));
try {
  const include = resolve(dirname(process.execPath), '..', 'include', 'node');
  writeFileSync(join(tmp, 'remote.cc'), source);
  const addon = join(tmp, 'remote.node');
  execFileSync('g++', ['-shared', '-fPIC', '-O2', '-std=c++17', `-I${include}`, '-o', addon, join(tmp, 'remote.cc'), '-lpthread'], { stdio: 'pipe' });
  const run = (tree, nframe) => {
    const entry = join(tree, 'dist', 'native', 'index.js');
    if (!existsSync(entry)) throw new Error(`${entry} missing: npm run build there first`);
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', child, '--', addon, pathToFileURL(entry).href, String(nframe)], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop());
  };
  const load = loadavg()[0];
  const [a0, f0] = run(trees[0], 0);
  console.log(`untraced: allocating ${a0.toFixed(1)} ms, freeing ${f0.toFixed(1)} ms (1 M blocks; load ${load.toFixed(1)})`);
  for (const tree of trees) {
    const [a, f] = run(tree, 1);
    console.log(`${tree}, nframe=1: allocating ${a.toFixed(1)} ms (+${((a - a0) / 1.048576).toFixed(0)} ns a block), freeing ${f.toFixed(1)} ms (+${((f - f0) / 1.048576).toFixed(0)} ns a block)`);
  }
  console.log(`load ${loadavg()[0].toFixed(1)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
