// Whole-process start of a traced program (issue 13 item 3): the same program untraced, traced on
// its first start (an empty cache: every module instrumented) and on its second start (the
// instrumented modules read from the cache, node/instrument-cache.ts). Programs: sql.js and
// brotli-wasm doing a little work, and a start that only compiles the largest module found
// (instrument.bench.mjs says which: DuckDB's 39 MB build when installed). CPU time (user + system)
// of the process and its wall-clock time, medians of BENCH_STARTUP_RUNS (default 5) interleaved
// rounds (untraced, first start, second start), and a second start's minor page faults (steady
// under load, unlike CPU time); the machine's load is printed with each program.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpuRun as cpuRunIn } from './anchors.bench.mjs';
import { largestModule } from './instrument.bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const RUNS = Number(process.env.BENCH_STARTUP_RUNS) || 5;
const cpuRun = (argv, env) => cpuRunIn(argv, root, { ...process.env, ...env });
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (t) => `${t.toFixed(0)} ms CPU`;
const both = (cpu, wall) => `${ms(cpu)} (${wall.toFixed(0)} ms wall)`;
const load = () => loadavg()[0].toFixed(1);
const x = (a, b) => `${(a / b).toFixed(2)}×`;

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'wtm-startup-'));
  try {
    const sql = join(dir, 'sql.cjs');
    writeFileSync(sql, `require(${JSON.stringify(join(root, 'node_modules', 'sql.js'))})().then((SQL) => {
  const db = new SQL.Database();
  db.run('CREATE TABLE t (x TEXT)');
  for (let i = 0; i < 200; i++) db.run('INSERT INTO t VALUES (?)', ['y'.repeat(100)]);
  console.log(db.exec('SELECT count(*) FROM t')[0].values[0][0]);
});`);
    const brotli = join(dir, 'brotli.cjs');
    writeFileSync(brotli, `const b = require(${JSON.stringify(join(root, 'node_modules', 'brotli-wasm'))});
const input = Buffer.from('hello brotli '.repeat(5000));
console.log(Buffer.from(b.decompress(b.compress(input))).equals(input));`);
    const large = await largestModule();
    const compile = join(dir, 'compile.mjs');
    writeFileSync(compile, `import { readFileSync } from 'node:fs';
const m = new WebAssembly.Module(readFileSync(${JSON.stringify(large.path)}));
console.log(WebAssembly.Module.exports(m).length);`);
    const programs = [
      ['sql.js (200 inserts)', sql, { WASM_TRACEMALLOC_INSTRUMENT: '{"alloc":["Ia"],"free":["Ja"]}' }],
      ['brotli-wasm (compress + decompress 65 KB)', brotli, {}],
      [`compile the largest module (${large.label})`, compile, large.options ? { WASM_TRACEMALLOC_INSTRUMENT: JSON.stringify(large.options) } : {}],
    ];
    const rows = [];
    for (const [label, app, extra] of programs) {
      const cache = join(dir, 'cache');
      const traced = { WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_CACHE_DIR: cache, ...extra };
      const times = { untraced: [], first: [], second: [] };
      const faults = { untraced: [], first: [], second: [] };
      const walls = { untraced: [], first: [], second: [] };
      const outputs = new Set();
      const loadBefore = load();
      for (let i = 0; i < RUNS; i++) {
        const u = cpuRun([process.execPath, app], {});
        rmSync(cache, { recursive: true, force: true });
        const f = cpuRun([process.execPath, '--import', register, app], traced);
        const s = cpuRun([process.execPath, '--import', register, app], traced);
        for (const [k, r] of [['untraced', u], ['first', f], ['second', s]]) {
          times[k].push(r.t);
          walls[k].push(r.wall);
          faults[k].push(r.faults);
          outputs.add(r.stdout); // stderr carries the tool's own line per module (traced, found how)
        }
      }
      if (outputs.size !== 1) throw new Error(`${label}: traced and untraced runs printed differently on stdout: ${[...outputs].join(' | ').slice(0, 300)}`);
      const [u, f, s] = [median(times.untraced), median(times.first), median(times.second)];
      const [uw, fw, sw] = [median(walls.untraced), median(walls.first), median(walls.second)];
      const [uf, sf] = [median(faults.untraced), median(faults.second)];
      const where = `medians of ${RUNS}, load ${loadBefore} → ${load()}`;
      rows.push({ benchmark: `start: ${label}, untraced (${where})`, measured: both(u, uw), anchor: '', ratio: '1.00×', target: '' });
      rows.push({ benchmark: `start: ${label}, traced (nframe=16), first start (instruments): CPU (wall)`, measured: both(f, fw), anchor: both(u, uw), ratio: `${x(f, u)} (${x(fw, uw)})`, target: '' });
      rows.push({ benchmark: `start: ${label}, traced (nframe=16), second start (cached): CPU (wall)`, measured: both(s, sw), anchor: both(u, uw), ratio: `${x(s, u)} (${x(sw, uw)})`, target: '≤ 1.2×' });
      // minor page faults: what fresh memory costs on a VM (~7–10 µs each here), and steady under load
      rows.push({ benchmark: `start: ${label}, traced (nframe=16), second start (cached): minor page faults`, measured: `${sf}`, anchor: `${uf}`, ratio: x(sf, uf), target: '' });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
