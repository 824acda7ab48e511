// Where a JS frames capture's time goes (docs/hook-abi.md "JavaScript frames", Cost): V8's
// Error.captureStackTrace from a JS function called by wasm, beneath `depth` JS frames, as the
// tracer core's host import is, per capture in µs of CPU (best of 5 rounds of 20 k):
//   walk      the capture alone (no call site read), Error.stackTraceLimit = limit
//   callsites the capture and its call sites read back (prepareStackTrace), each asked getPosition
//   string    the capture formatted by V8 as the `stack` string
// at limits 1, 4 (the wasm frames above the JS caller: 3 here, then 1 JS frame), 8 and 20.
// Not a timing bench of the tool (bench/run.mjs skips it): `node bench/jscapture.mjs [depth]`.
import binaryen from 'binaryen';

const WAT = `(module
  (import "js" "f" (func $f (result i32)))
  (func $h2 (result i32) (call $f))
  (func $h1 (result i32) (i32.add (call $h2) (i32.const 1)))
  (func (export "g") (result i32) (i32.add (call $h1) (i32.const 1))))`;
const parsed = binaryen.parseText(WAT);
const bytes = parsed.emitBinary();
parsed.dispose();

const E = Error;
const structured = (_e, s) => s;
const VARIANTS = {
  walk: (limit) => () => {
    E.stackTraceLimit = limit;
    E.captureStackTrace({}, f);
    return 0;
  },
  callsites: (limit) => () => {
    E.prepareStackTrace = structured;
    E.stackTraceLimit = limit;
    const h = {};
    E.captureStackTrace(h, f);
    const sites = h.stack;
    E.prepareStackTrace = undefined;
    let n = 0;
    for (const s of sites) n += s.getPosition();
    return n;
  },
  string: (limit) => () => {
    E.stackTraceLimit = limit;
    const h = {};
    E.captureStackTrace(h, f);
    return h.stack.length;
  },
};
let body = () => 0;
function f() {
  return body();
}
const { g } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { js: { f } }).exports;
const below = (n) => (n === 0 ? g() : below(n - 1));
const depth = Number(process.argv[2] ?? 20);
const N = 20000;
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const best = new Map();
for (let round = 0; round < 5; round++) {
  for (const [name, make] of Object.entries(VARIANTS)) {
    for (const limit of [1, 4, 8, 20]) {
      body = make(limit);
      for (let i = 0; i < 500; i++) below(depth);
      const t0 = cpu();
      for (let i = 0; i < N; i++) below(depth);
      const us = (cpu() - t0) / N;
      E.prepareStackTrace = undefined;
      E.stackTraceLimit = 10;
      const key = `${name} limit ${limit}`;
      best.set(key, Math.min(best.get(key) ?? Infinity, us));
    }
  }
}
console.log(`Node ${process.version}, ${depth} JS frames beneath the wasm frames`);
for (const [key, us] of best) console.log(`${key}: ${us.toFixed(2)} µs`);
