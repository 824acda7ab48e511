// z3-solver: the Z3 theorem prover (C++) built with Emscripten with pthreads (a shared memory,
// worker threads for long checks); the Node build reads z3-built.wasm beside its JS.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { init, killThreads } = require('z3-solver');
const api = await init();
const { Solver, Int, And, Distinct } = new api.Context('main');
// A 4x4 magic square over 1..16: a real search, with one deterministic answer checked below.
const cells = Array.from({ length: 16 }, (_, i) => Int.const(`c${i}`));
const s = new Solver();
for (const c of cells) s.add(And(c.ge(1), c.le(16)));
s.add(Distinct(...cells));
const sum = (xs) => xs.reduce((a, b) => a.add(b));
for (let r = 0; r < 4; r++) s.add(sum(cells.slice(r * 4, r * 4 + 4)).eq(34));
for (let c = 0; c < 4; c++) s.add(sum([0, 1, 2, 3].map((r) => cells[r * 4 + c])).eq(34));
s.add(sum([0, 5, 10, 15].map((i) => cells[i])).eq(34));
s.add(sum([3, 6, 9, 12].map((i) => cells[i])).eq(34));
s.add(cells[0].eq(16), cells[1].eq(3), cells[4].eq(5));
const res = await s.check();
const m = s.model();
const vals = cells.map((c) => Number(m.eval(c).toString()));
const ok = [0, 1, 2, 3].every((r) => vals.slice(r * 4, r * 4 + 4).reduce((a, b) => a + b) === 34);
console.log('z3', res, ok, new Set(vals).size);
// The independent figure (ZOO_Z3_MEM=1): Z3's own count of the bytes its memory manager holds.
if (process.env.ZOO_Z3_MEM) console.error('z3 estimated alloc size', String(api.Z3.get_estimated_alloc_size()));
await killThreads(api.em);
