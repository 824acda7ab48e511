// A dev tool (not a *.bench.mjs): does a change to instrument/ keep its output byte for byte?
//
//   node bench/instrument-same.mjs record DIST OUT.json [--big]   # with the build in DIST (a copy of dist/)
//   node bench/instrument-same.mjs diff BEFORE.json AFTER.json
//   node bench/instrument-same.mjs ratios BEFORE.json[+BIG.json] AFTER.json[+BIG.json]   # output / input, frames on, worst first
//
// `record` instruments every distinct module (by content) of the zoo's packages (zoo/node_modules,
// under 20 MB; `--big`: the ones of 20 MB and more, and DuckDB's builds when installed), of
// fixtures/ and of test/, with frames and without (and `threads: true` where a shared memory is
// refused otherwise; `ZOO_MODULES=DIR`: the zoo installed elsewhere, e.g. in the main checkout of a
// worktree), and writes per module the sha256 of the output, its size, the site counts
// and three translated offsets, or the error. Copy dist/ aside before the change (with a
// node_modules link beside it, for its imports), rebuild after, record both, then diff.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const [command, a, b, flag] = process.argv.slice(2);
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function wasmFiles(dir, out = [], seen = new Set()) {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'wasm-tracemalloc') wasmFiles(path, out, seen); // (the zoo links the repository itself)
    else if (e.isFile() && e.name.endsWith('.wasm')) out.push(path);
  }
  return out;
}

function modules(big) {
  const seen = new Set();
  const keep = (path) => { const h = sha(readFileSync(path)); if (seen.has(h)) return false; seen.add(h); return true; };
  const size = (p) => statSync(p).size;
  const zoo = wasmFiles(process.env.ZOO_MODULES ?? join(root, 'zoo', 'node_modules')).sort().filter((p) => size(p) > 1024 && (big ? size(p) >= 20e6 : size(p) < 20e6));
  const duckdb = ['duckdb-mvp.wasm', 'duckdb-eh.wasm'].map((f) => join(root, 'node_modules', '@duckdb', 'duckdb-wasm', 'dist', f)).filter(existsSync);
  const own = [...wasmFiles(join(root, 'fixtures')), ...wasmFiles(join(root, 'test'))].sort();
  return (big ? [...zoo, ...duckdb] : [...zoo, ...own]).filter(keep);
}

if (command === 'record' && a && b) {
  const { instrument } = await import(pathToFileURL(join(resolve(a), 'instrument', 'index.js')).href);
  const describe = (o) => `${sha(o.bytes)} ${o.bytes.length} ${o.stats.allocSites}/${o.stats.frameSites}`;
  const results = {};
  for (const path of modules(flag === '--big')) {
    const bytes = readFileSync(path);
    for (const frames of [true, false]) {
      let r;
      try {
        const o = instrument(bytes, { frames });
        r = describe(o) + (frames ? ` t${[0, 100, 1000].map((x) => o.translateOffset(x)).join(',')}` : '');
      } catch (e) {
        r = `ERR ${String(e.message).slice(0, 200)}`;
        if (/shared memory/.test(e.message)) {
          try { r = `threads ${describe(instrument(bytes, { frames, threads: true }))}`; } catch (e2) { r += ` / ERR ${String(e2.message).slice(0, 200)}`; }
        }
      }
      results[`${path.slice(root.length + 1)}${frames ? '' : ' (no frames)'}`] = r;
    }
  }
  writeFileSync(b, JSON.stringify(results, null, 1));
  console.log(`${Object.keys(results).length} results, ${Object.values(results).filter((r) => r.startsWith('ERR')).length} refused`);
} else if (command === 'diff' && a && b) {
  const before = JSON.parse(readFileSync(a, 'utf8')), after = JSON.parse(readFileSync(b, 'utf8'));
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const differ = keys.filter((k) => before[k] !== after[k]);
  for (const k of differ) console.log(`${k}\n  before: ${before[k]}\n  after:  ${after[k]}`);
  console.log(`${keys.length} results, ${differ.length} differ`);
  process.exitCode = differ.length ? 1 : 0;
} else if (command === 'ratios' && a && b) {
  // output / input of each module instrumented with frames (the zoo's under ZOO_MODULES as in record)
  const load = (spec) => Object.assign({}, ...spec.split('+').map((f) => JSON.parse(readFileSync(f, 'utf8'))));
  const before = load(a), after = load(b);
  const zoo = process.env.ZOO_MODULES ? resolve(process.env.ZOO_MODULES) : null;
  const input = (key) => {
    for (const p of [join(root, key), zoo && join(zoo, key.replace(/^.*?node_modules\//, ''))]) if (p && existsSync(p)) return statSync(p).size;
    return NaN;
  };
  const size = (r) => (r === undefined || r.startsWith('ERR') ? NaN : Number(r.replace(/^threads /, '').split(' ')[1]));
  const rows = Object.keys(after).filter((k) => !k.endsWith('(no frames)')).map((k) => { const n = input(k); return [k, n, size(before[k]) / n, size(after[k]) / n]; })
    .filter((r) => !Number.isNaN(r[3])).sort((x, y) => y[3] - x[3]);
  for (const [k, n, x, y] of rows) console.log(`${x.toFixed(4)} ${y.toFixed(4)} ${String(n).padStart(9)} ${k}`);
  console.log(`${rows.length} modules; over 1.3x: before ${rows.filter((r) => r[2] > 1.3).length}, after ${rows.filter((r) => r[3] > 1.3).length}`);
} else {
  console.error('usage: node bench/instrument-same.mjs record DIST OUT.json [--big] | diff BEFORE.json AFTER.json | ratios BEFORE.json AFTER.json');
  process.exitCode = 2;
}
