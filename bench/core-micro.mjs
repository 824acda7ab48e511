// Micro-benchmark of the tracer core's hooks alone (issue 13): a wasm driver calls the core's
// alloc/free exports wasm->wasm in a tight loop, as an instrumented program does, over a
// realistic mix (blocks freed and reused at the same address, temporaries, a few sites), against
// hooks that do nothing. Prints ns per event (an alloc or a free) for each, medians of runs.
// Run: node bench/core-micro.mjs [events=4e6] [runs=7] [the build-wasm.mjs whose tracer-core.wat to
// compile, default this worktree's]
import { readFileSync, writeFileSync } from 'node:fs';

// WTM_MICRO_DIR: read driver.wasm, empty.wasm, core.wasm from there (no Binaryen loaded: for
// callgrind, where loading Binaryen costs billions of instructions); WTM_MICRO_SAVE: write them.
const DIR = process.env.WTM_MICRO_DIR;
const binaryen = DIR ? null : (await import('binaryen')).default;
const wat = (text) => { const m = binaryen.parseText(text); m.optimize(); const b = m.emitBinary(); m.dispose(); return b; };

const EVENTS = Number(process.argv[2] ?? 4e6);
const RUNS = Number(process.argv[3] ?? 7);
const ONLY = process.env.ONLY; // 'empty' | 'core1' | 'core16'

// The driver: a ring of K live blocks; each step frees the block at a pseudo-random slot and
// allocates one at the same address (an allocator's free list), of a pseudo-random size and site;
// one step in 4 also allocates and frees a temporary.
const DRIVER = `(module
  (import "h" "alloc" (func $alloc (param i32 i32 i32)))
  (import "h" "free" (func $free (param i32 i32)))
  (memory 1)
  (func (export "fill") (param $k i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.add (i32.const 0x100000) (i32.shl (local.get $i) (i32.const 6))))
      (call $alloc (i32.add (i32.const 0x100000) (i32.shl (local.get $i) (i32.const 6))) (i32.const 32) (i32.const 3))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $k)))))
  (func (export "run") (param $n i32) (param $mask i32)
    (local $x i32) (local $j i32) (local $p i32)
    (local.set $x (i32.const 0x12345678))
    (loop $l
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 13))))
      (local.set $x (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 17))))
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 5))))
      (local.set $j (i32.and (local.get $x) (local.get $mask)))
      (local.set $p (i32.load (i32.shl (local.get $j) (i32.const 2))))
      (call $free (local.get $p) (i32.const 5))
      (call $alloc (local.get $p) (i32.and (i32.shr_u (local.get $x) (i32.const 8)) (i32.const 255)) (i32.and (i32.shr_u (local.get $x) (i32.const 20)) (i32.const 15)))
      (if (i32.eqz (i32.and (local.get $x) (i32.const 0x3000000)))
        (then
          (call $alloc (i32.const 0x80000) (i32.const 64) (i32.const 7))
          (call $free (i32.const 0x80000) (i32.const 7))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))))`;

const load = (name, make) => {
  if (DIR) return readFileSync(`${DIR}/${name}`);
  const bytes = make();
  if (process.env.WTM_MICRO_SAVE) writeFileSync(`${process.env.WTM_MICRO_SAVE}/${name}`, bytes);
  return bytes;
};

const EMPTY = `(module (func (export "alloc") (param i32 i32 i32)) (func (export "free") (param i32 i32)))`;

async function coreBytes() {
  const { compileWat } = await import(process.argv[4] ? new URL(process.argv[4], `file://${process.cwd()}/`).href : '../runtime/tracer/build-wasm.mjs');
  return compileWat('tracer-core.wat');
}

function core(bytes, nframe) {
  const g = () => new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
  let inst;
  const host = {
    total_current: g(), total_peak: g(), total_copied: g(),
    peak_moment() {}, invalid(kind, site) { throw new Error(`invalid ${kind} ${site}`); }, arm() {}, js_frames() { return 0; },
  };
  inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { host });
  inst.exports.set_nframe(nframe);
  inst.exports.js.value = 1; // start()'s default (jsFrames)
  if (inst.exports.solo) inst.exports.solo.value = 1; // one core alone, as TracedTotals runs it (older cores: none)
  return inst.exports;
}

const K = 1 << 14;
const driver = new WebAssembly.Module(load('driver.wasm', () => wat(DRIVER)));
const emptyBytes = load('empty.wasm', () => wat(EMPTY));
// events per step: free + alloc, + 2 for the temporary in 1/4 of the steps (x & 0x3000000 == 0)
const STEPS = Math.round(EVENTS / 2.5);

function measure(hooks) {
  const d = new WebAssembly.Instance(driver, { h: hooks }).exports;
  d.fill(K);
  d.run(200000, K - 1); // warm-up (tier-up)
  const t0 = process.hrtime.bigint();
  d.run(STEPS, K - 1);
  return Number(process.hrtime.bigint() - t0) / (STEPS * 2.5);
}

let bytes;
if (DIR) bytes = readFileSync(`${DIR}/core.wasm`);
else { bytes = await coreBytes(); if (process.env.WTM_MICRO_SAVE) writeFileSync(`${process.env.WTM_MICRO_SAVE}/core.wasm`, bytes); }
const kinds = {
  empty: () => new WebAssembly.Instance(new WebAssembly.Module(emptyBytes), {}).exports,
  core1: () => core(bytes, 1),
  core16: () => core(bytes, 16),
};
const results = {};
for (let r = 0; r < RUNS; r++)
  for (const [k, make] of Object.entries(kinds)) if (!ONLY || ONLY === k) (results[k] ??= []).push(measure(make()));
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
for (const [k, v] of Object.entries(results)) console.log(`${k}: ${med(v).toFixed(2)} ns/event (runs ${v.map((x) => x.toFixed(2)).join(' ')})`);
