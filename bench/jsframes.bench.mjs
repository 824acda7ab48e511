// The cost of JS frames (start(n, { jsFrames: true }), runtime/tracer/js-frames.ts) on
// binding-heavy workloads, where JS enters wasm all the time:
//   sql.js     20 k prepared inserts whose string binds the glue copies in with `_malloc` from JS
//              (site 0: a JS stack per such allocation) + queries; sql.js's debug build
//   _malloc    the allocator called straight from JS in a loop (malloc + free, 50 k), the worst
//              case: every allocation is a JS→wasm entry (test/runtime/tracer/js-frames/jsf.cjs)
// Variants: the original module untraced; traced without JS frames at nframe 1 and 16; traced with
// JS frames at nframe 1 and 16 (jsFrames: true, the hot-call-site cache: run's and register's
// default), and with jsFrames: 'exact' (a capture per event). CPU time of this process, medians of 5 timed runs after a warm-up,
// variants rotated each round. Imports dist/ (run `npx tsup` first; `npm run bench` does).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tracemalloc = await import(join(root, 'dist/runtime/index.js'));
const { instrument } = await import(join(root, 'dist/instrument/index.js'));

const RUNS = 5;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (t) => `${t.toFixed(1)} ms CPU`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const VARIANTS = [
  ['original', 0, false],
  ['nframe=1', 1, false],
  ['nframe=16', 16, false],
  ['nframe=1 + JS frames', 1, true],
  ['nframe=16 + JS frames', 16, true],
  ['nframe=1 + JS frames exact', 1, 'exact'],
  ['nframe=16 + JS frames exact', 16, 'exact'],
];

/** Times every variant (each a () => cpu ms), rotated each round; medians. */
async function timeVariants(variants) {
  const times = variants.map(() => []);
  for (let round = -1; round < RUNS; round++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (k + Math.max(round, 0)) % variants.length;
      const t = await variants[i]();
      if (round >= 0) times[i].push(t);
    }
  }
  return times.map(median);
}

function withTracing(nframe, jsFrames, body) {
  if (nframe) tracemalloc.start(nframe, { jsFrames });
  try {
    return body();
  } finally {
    tracemalloc.stop();
  }
}

function rows(name, t, check) {
  return VARIANTS.map(([label], i) => ({
    benchmark: `${name}: ${label}`,
    measured: ms(t[i]),
    anchor: i === 0 ? '' : ms(t[0]),
    ratio: ratio(t[i], t[0]),
    target: i >= 3 ? `${ratio(t[i], t[i >= 5 ? i - 4 : i - 2])} of the same nframe without JS frames${check ? `; ${check}` : ''}` : '',
  }));
}

// ---------------------------------------------------------------- sql.js

const SQL_GLUE = require.resolve('sql.js/dist/sql-wasm-debug.js');

async function loadSql(instantiateWasm) {
  delete require.cache[SQL_GLUE];
  return require(SQL_GLUE)({ instantiateWasm });
}

function sqlWorkload(SQL) {
  const t0 = cpuNow();
  const db = new SQL.Database();
  db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)');
  db.run('CREATE INDEX t_name ON t(name)');
  db.run('BEGIN');
  const insert = db.prepare('INSERT INTO t (name, score) VALUES (?, ?)');
  for (let i = 0; i < 20000; i++) insert.run([`name-${(i * 7919) % 5000}-${'x'.repeat(i % 50)}`, i * 0.5]);
  insert.free();
  db.run('COMMIT');
  const out = JSON.stringify(db.exec('SELECT name, count(*), avg(score) FROM t GROUP BY name ORDER BY 2 DESC, 1 LIMIT 5'));
  db.close();
  return { t: cpuNow() - t0, out };
}

async function sqlRows() {
  const originalBytes = new Uint8Array(readFileSync(SQL_GLUE.replace(/\.js$/, '.wasm')));
  const origModule = new WebAssembly.Module(originalBytes);
  const instrModule = new WebAssembly.Module(instrument(originalBytes).bytes);
  const outputs = new Set();
  const variants = [];
  for (const [, nframe, jsFrames] of VARIANTS) {
    const instantiateWasm = nframe === 0
      ? (imports, done) => void WebAssembly.instantiate(origModule, imports).then((i) => done(i, origModule))
      : tracemalloc.instantiateWasm(instrModule, { name: 'sql-wasm.wasm' });
    const SQL = await loadSql(instantiateWasm);
    variants.push(() => withTracing(nframe, jsFrames, () => {
      const r = sqlWorkload(SQL);
      outputs.add(r.out);
      return r.t;
    }));
  }
  const t = await timeVariants(variants);
  if (outputs.size !== 1) throw new Error(`sql.js: the variants' query results differ: ${[...outputs].join(' / ')}`);
  return rows('sql.js (20 k inserts with string binds + a query)', t);
}

// ---------------------------------------------------------------- _malloc from JS

async function mallocRows() {
  const dir = join(root, 'test/runtime/tracer/js-frames');
  const factory = require(join(dir, 'jsf.cjs'));
  const original = new Uint8Array(readFileSync(join(dir, 'jsf.wasm')));
  const traced = instrument(original).bytes;
  const variants = [];
  let shown = '';
  for (const [, nframe, jsFrames] of VARIANTS) {
    if (nframe !== 0) tracemalloc.patchWebAssembly(); // the instrumented bytes are recognised by their site table
    const M = await factory({ wasmBinary: nframe === 0 ? original : traced });
    M._free(M._malloc(1)); // the glue's stub replaces itself on its first call
    variants.push(() => withTracing(nframe, jsFrames, () => {
      const t0 = cpuNow();
      let keep = 0;
      for (let i = 0; i < 50000; i++) {
        const p = M._malloc(16 + (i & 63));
        if (i % 1000 === 0) keep = p; // one live block per 1000 for the snapshot
        else M._free(p);
      }
      const t = cpuNow() - t0;
      if (jsFrames === true && nframe === 16 && !shown) {
        // String(traceback) is the OLDEST frame, as in CPython; frame 0 is the most recent, the last
        const tb = tracemalloc.getObjectTraceback(keep);
        shown = tb ? String(tb[tb.length - 1]) : '';
      }
      return t;
    }));
  }
  const t = await timeVariants(variants);
  tracemalloc.unpatchWebAssembly();
  if (!shown.includes('jsframes.bench.mjs')) throw new Error(`_malloc from JS: frame 0 is not this file's line: ${shown}`);
  return rows('_malloc from JS (50 k malloc + free)', t, `frame 0: ${shown.replace(/^.*\//, '')}`);
}

export default async function run() {
  return [...(await sqlRows()), ...(await mallocRows())];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) for (const r of await run()) console.log(Object.values(r).join(" | "));
