// Real modules from npm, through their own JS glue: sql.js (Emscripten, dlmalloc) running a SQL
// workload, and brotli-wasm (Rust + wasm-bindgen) compressing and decompressing. The instrumented
// module must give exactly the uninstrumented results while its hooks see the allocations.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrument, type InstrumentOptions } from './validate';
import { recordingHooks, type RecordingHooks } from './hooks';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '../..');
const sqlDir = join(root, 'node_modules/sql.js/dist');

// A workload with growth, updates, deletes, an index, joins and aggregates.
const SQL = `
  CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, v REAL);
  WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000)
    INSERT INTO t SELECT x, printf('name-%05d-%s', x, hex(x * x)), x * 1.5 FROM c;
  CREATE INDEX t_name ON t(name);
  UPDATE t SET v = v * 2 WHERE id % 3 = 0;
  DELETE FROM t WHERE id % 7 = 0;
  CREATE TABLE u AS SELECT id % 50 AS k, group_concat(name) AS names FROM t GROUP BY id % 50;`;
const QUERY = `SELECT count(*), sum(v), max(name), (SELECT sum(length(names)) FROM u),
  (SELECT count(*) FROM t JOIN u ON t.id % 50 = u.k) FROM t`;

async function runSql(glue: string, wasm: Uint8Array, hooks: RecordingHooks | null): Promise<unknown> {
  // initSqlJs caches its first instance: load the glue afresh for every run.
  delete require.cache[require.resolve(join(sqlDir, glue))];
  const initSqlJs = require(join(sqlDir, glue));
  const SQLjs = await initSqlJs({
    instantiateWasm(imports: WebAssembly.Imports, done: (i: WebAssembly.Instance) => void) {
      const all = hooks ? { ...imports, 'wasm-tracemalloc': hooks.imports } : imports;
      WebAssembly.instantiate(wasm as Uint8Array<ArrayBuffer>, all as WebAssembly.Imports).then((r) => done(r.instance));
      return {};
    },
  });
  const db = new SQLjs.Database();
  db.run(SQL);
  const out = db.exec(QUERY);
  db.close();
  return out;
}

describe.each([
  ['sql-wasm-debug.js', 'sql-wasm-debug.wasm', {}],
  // The release build has neither a name section nor readable export names: name them.
  ['sql-wasm.js', 'sql-wasm.wasm', { alloc: ['Ia'], free: ['Ja'] }],
] as [string, string, InstrumentOptions][])('sql.js %s', (glue, file, options) => {
  it('runs a SQL workload with the same results, and reports allocations', async () => {
    const bytes = new Uint8Array(readFileSync(join(sqlDir, file)));
    const r = instrument(bytes, options);
    // debug: malloc, free, emscripten_builtin_memalign by export name, and the internal_memalign it
    // hands the size to (found through the call graph, discover.ts); dlrealloc and dlcalloc, which
    // no export names, by dlmalloc's code fingerprint (instrument/fingerprint.ts)
    expect(r.stats.allocators.map((a) => a.role).sort()).toEqual(file === 'sql-wasm.wasm' ? ['alloc', 'free'] : ['alloc', 'alloc', 'alloc', 'alloc', 'free', 'realloc']);
    if (file !== 'sql-wasm.wasm') expect(r.stats.discovery.map((d) => d.how)).toEqual(['exports', 'call graph', 'code fingerprint']);
    const plain = await runSql(glue, bytes, null);
    const hooks = recordingHooks(8);
    const traced = await runSql(glue, r.bytes, hooks);
    expect(traced).toEqual(plain);
    const allocs = hooks.events.filter((e) => e.type === 'alloc');
    expect(allocs.length).toBeGreaterThan(1000);
    // sqlite's own malloc calls are direct: their site ids are known, with deeper frames.
    expect(allocs.filter((e) => e.sites[0] !== 0).length).toBeGreaterThan(allocs.length / 2);
    expect(allocs.some((e) => e.sites.length > 2)).toBe(true);
    expect(hooks.stackDepth()).toBe(0);
  });
});

describe('brotli-wasm', () => {
  const pkg = join(root, 'node_modules/brotli-wasm/pkg.node');
  // Loads the wasm-bindgen glue with its synchronous instantiation pointed at `wasm`.
  function load(wasm: Uint8Array, hooks: RecordingHooks | null) {
    const src = readFileSync(join(pkg, 'brotli_wasm.js'), 'utf8');
    const from = 'const wasmModule = new WebAssembly.Module(bytes);\nconst wasmInstance = new WebAssembly.Instance(wasmModule, imports);';
    expect(src).toContain(from);
    const patched = src.replace(from, 'const wasmInstance = __instantiate(imports);');
    const mod = { exports: {} as Record<string, any> };
    const instantiate = (imports: WebAssembly.Imports) =>
      new WebAssembly.Instance(new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>), hooks ? { ...imports, 'wasm-tracemalloc': hooks.imports } as WebAssembly.Imports : imports);
    new Function('module', 'exports', 'require', '__dirname', '__instantiate', patched)(mod, mod.exports, require, pkg, instantiate);
    return mod.exports;
  }

  it('compresses and decompresses with the same bytes, and reports allocations', () => {
    const bytes = new Uint8Array(readFileSync(join(pkg, 'brotli_wasm_bg.wasm')));
    const r = instrument(bytes);
    expect(r.profile).toBe('wasm-bindgen');
    expect(r.sites.sites.length).toBeGreaterThan(4000); // a stripped module: every site still has its row
    const input = new TextEncoder().encode(Array.from({ length: 4000 }, (_, i) => `line ${i} ${(i * 7919) % 1000}\n`).join(''));
    const plain = load(bytes, null);
    const hooks = recordingHooks(4);
    const traced = load(r.bytes, hooks);
    const a = plain.compress(input, { quality: 9 });
    const b = traced.compress(input, { quality: 9 });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(traced.decompress(b)).equals(Buffer.from(input))).toBe(true);
    expect(hooks.events.filter((e) => e.type !== 'free').length).toBeGreaterThan(0);
    expect(hooks.stackDepth()).toBe(0);
  });
});
