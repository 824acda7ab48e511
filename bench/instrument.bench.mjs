// Instrumentation speed: read / rewrite / emit times for every fixture, the npm modules (sql.js
// ~0.7 MB, brotli-wasm ~1 MB), and a ~5 MB module (target: ≤ 2 s). (The retired Binaryen backend took
// 13.7–16.8 s on the 5 MB module: DESIGN.md.) Times are medians of several runs, after one warm-up.
//   node bench/run.mjs instrument
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(instrument, bytes, options, runs) {
  instrument(bytes, options); // warm-up (JIT)
  const total = [], read = [], rewrite = [], emit = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = instrument(bytes, options);
    total.push(performance.now() - t);
    read.push(last.stats.readMs); rewrite.push(last.stats.rewriteMs); emit.push(last.stats.emitMs);
  }
  return { total: median(total), read: median(read), rewrite: median(rewrite), emit: median(emit), result: last };
}

const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;

/** A ~5 MB module: sql.js's functions copied six more times (realistic code, through Binaryen once, cached). */
async function largeModule() {
  const dir = join(tmpdir(), 'wasm-tracemalloc-bench');
  const file = join(dir, 'sqljs-x7.wasm');
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const { default: binaryen } = await import('binaryen');
  const src = readFileSync(join(ROOT, 'node_modules/sql.js/dist/sql-wasm-debug.wasm'));
  const m = binaryen.readBinary(src);
  const defs = [];
  for (let i = 0; i < m.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(m.getFunctionByIndex(i));
    if (!info.module) defs.push(info);
  }
  for (let k = 1; k <= 6; k++) {
    for (const f of defs) m.addFunction(`${f.name}$copy${k}`, f.params, f.results, f.vars, binaryen._BinaryenExpressionCopy(f.body, m));
  }
  const F = binaryen.Features;
  m.setFeatures(F.MVP | F.MutableGlobals | F.SignExt | F.BulkMemory | F.NontrappingFPToInt);
  const out = m.emitBinary();
  m.dispose();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, out);
  return out;
}

export default async function run() {
  const { instrument } = await import(join(ROOT, 'dist/instrument/index.js'));
  // Against the target: 2 s per 5 MB, scaled to the module's size.
  const anchor = (bytes) => ({ label: `${ms(2000 * bytes.length / 5e6)} (target)`, total: 2000 * bytes.length / 5e6 });
  const { listFixtures, loadFixture } = await import(join(ROOT, 'fixtures/index.mjs'));
  const rows = [];
  const readFile = (p) => (existsSync(join(ROOT, p)) ? readFileSync(join(ROOT, p), 'utf8') : undefined);

  for (const name of listFixtures()) {
    const fx = await loadFixture(name);
    const opts = { sourceMapBaseDir: relative(ROOT, fx.dir), readFile };
    const b = time(instrument, fx.wasmBytes, opts, 5);
    const n = anchor(fx.wasmBytes);
    rows.push({
      benchmark: `instrument fixture ${name} (${(fx.wasmBytes.length / 1024).toFixed(0)} KB): read/rewrite/emit`,
      measured: `${ms(b.total)} (${ms(b.read)}/${ms(b.rewrite)}/${ms(b.emit)})`,
      anchor: n.label, ratio: n.total ? (b.total / n.total).toFixed(3) : '', target: '≤ 2 s per 5 MB',
    });
  }

  const npm = [
    ['sql.js sql-wasm.wasm', 'node_modules/sql.js/dist/sql-wasm.wasm', { alloc: ['Ia'], free: ['Ja'] }],
    ['brotli-wasm', 'node_modules/brotli-wasm/pkg.node/brotli_wasm_bg.wasm', {}],
  ];
  for (const [label, path, opts] of npm) {
    const bytes = new Uint8Array(readFileSync(join(ROOT, path)));
    const b = time(instrument, bytes, opts, 5);
    const n = anchor(bytes);
    rows.push({
      benchmark: `instrument ${label} (${mb(bytes.length)}): read/rewrite/emit`,
      measured: `${ms(b.total)} (${ms(b.read)}/${ms(b.rewrite)}/${ms(b.emit)}), ${b.result.stats.allocSites} alloc + ${b.result.stats.frameSites} frame sites`,
      anchor: n.label, ratio: n.total ? (b.total / n.total).toFixed(3) : '', target: '≤ 2 s per 5 MB',
    });
  }

  const large = await largeModule();
  const b = time(instrument, large, {}, 5);
  rows.push({
    benchmark: `instrument a ${mb(large.length)} module (sql.js code ×7): read/rewrite/emit`,
    measured: `${ms(b.total)} (${ms(b.read)}/${ms(b.rewrite)}/${ms(b.emit)}), output ${mb(b.result.bytes.length)}`,
    anchor: '2 s (target)', ratio: (b.total / 2000).toFixed(3), target: '≤ 2 s',
  });
  return rows;
}
