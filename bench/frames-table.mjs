// Call-free frames, measured before building them (issue 13, item 1): a frame push/pop as the
// instrumented code does it today (a call to the core's `enter`, then `leave`: another
// instance's functions, the stack in its memory) against the same push/pop without a call into
// the core: the stack in a table of i31ref shared with the core (GC proposal, Node >= 22) and its
// height in an imported mutable global, written by the module's own code. A binary recursion of
// depth 20 (2^21 - 2 frame sites run), each variant's time minus the recursion without frames.
// A dev tool, not a *.bench.mjs (it needs wasm GC): figures in bench/README.md.
//   node bench/frames-table.mjs            (Node >= 22; Node 20 has no wasm GC by default)
import binaryen from 'binaryen';

const CORE = `(module
  (memory (export "memory") 2)
  (global $sp (export "sp") (mut i32) (i32.const 1))
  (table $ss (export "ss") 16384 (ref null i31))
  (global $armed (mut i32) (i32.const 1))
  ;; as tracer-core.wat's enter/leave: the stack pointer at address 8, [site, node] per frame
  (func (export "enter") (param $site i32) (result i32)
    (local $sp i32)
    (if (i32.eqz (global.get $armed)) (then (unreachable)))
    (local.set $sp (i32.load (i32.const 8)))
    (if (i32.lt_u (local.get $sp) (i32.const 131000))
      (then (i64.store (local.get $sp) (i64.extend_i32_u (local.get $site)))
            (i32.store (i32.const 8) (i32.add (local.get $sp) (i32.const 8)))))
    (local.get $sp))
  (func (export "leave") (param $t i32) (i32.store (i32.const 8) (local.get $t)))
  (func (export "init") (i32.store (i32.const 8) (i32.const 64))))`;

const frame = (site, call, how) => how === 'calls'
  ? `(local.set $tok (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1)) (then (call $enter (i32.const ${site}))) (else (i32.const 0))))
     ${call}
     (if (local.get $tok) (then (call $leave (local.get $tok))))`
  : `(local.set $tok (if (result i32) (i32.gt_u (global.get $tracing) (i32.const 1))
       (then (local.set $s (global.get $sp))
             (if (i32.lt_u (local.get $s) (i32.const 16384))
               (then (table.set $ss (local.get $s) (ref.i31 (i32.const ${site})))
                     (global.set $sp (i32.add (local.get $s) (i32.const 1)))))
             (local.get $s))
       (else (i32.const 0))))
     ${call}
     (if (local.get $tok) (then (global.set $sp (local.get $tok))))`;
const rec = (name, how) => `(func $${name} (param $d i32) (result i32) (local $tok i32) (local $r i32) (local $s i32)
    (if (result i32) (i32.eqz (local.get $d)) (then (call $work (i32.const 1)))
      (else
        ${how ? frame(7, `(local.set $r (call $${name} (i32.sub (local.get $d) (i32.const 1))))`, how) : `(local.set $r (call $${name} (i32.sub (local.get $d) (i32.const 1))))`}
        ${how ? frame(8, `(local.set $r (i32.add (local.get $r) (call $${name} (i32.sub (local.get $d) (i32.const 1)))))`, how) : `(local.set $r (i32.add (local.get $r) (call $${name} (i32.sub (local.get $d) (i32.const 1)))))`}
        (local.get $r))))
  (func (export "${name}") (param i32) (result i32) (call $${name} (local.get 0)))`;
const PROG = `(module
  (import "c" "enter" (func $enter (param i32) (result i32)))
  (import "c" "leave" (func $leave (param i32)))
  (import "c" "sp" (global $sp (mut i32)))
  (import "c" "ss" (table $ss 16384 (ref null i31)))
  (global $tracing (mut i32) (i32.const 2))
  (global $acc (mut i32) (i32.const 0))
  (func $work (param $x i32) (result i32) (global.set $acc (i32.add (global.get $acc) (local.get $x))) (global.get $acc))
  ${rec('none', null)}
  ${rec('calls', 'calls')}
  ${rec('table', 'table')})`;

const build = (text) => {
  const m = binaryen.parseText(text);
  m.setFeatures(binaryen.Features.All & ~binaryen.Features.CompactImports);
  if (!m.validate()) throw new Error('invalid module');
  const b = m.emitBinary();
  m.dispose();
  return b;
};
const core = new WebAssembly.Instance(new WebAssembly.Module(build(CORE)), {});
core.exports.init();
const prog = new WebAssembly.Instance(new WebAssembly.Module(build(PROG)), { c: core.exports });
const D = 20;
const times = { none: [], calls: [], table: [] };
for (let round = 0; round < 9; round++) {
  for (const k of Object.keys(times)) {
    const t = performance.now();
    prog.exports[k](D);
    times[k].push(performance.now() - t);
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const pairs = 2 ** (D + 1) - 2;
console.log(`Node ${process.versions.node}, ${pairs} frame sites run, medians of 9`);
for (const k of Object.keys(times)) console.log(`${k.padEnd(6)} ${med(times[k]).toFixed(1)} ms  ${((med(times[k]) - med(times.none)) * 1e6 / pairs).toFixed(2)} ns per push/pop pair`);
