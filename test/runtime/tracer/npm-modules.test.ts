// The real npm modules, through their UNMODIFIED glue: patchWebAssembly + on-the-fly
// instrumentation (what `--import wasm-tracemalloc/register` sets up), then the public API.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '../../instrument/validate';
import * as tracemalloc from '../../../runtime/tracer/index';
import { DomainFilter } from '../../../runtime/model/filter';
import { formatSize } from '../../../runtime/model/format-size';
import { getSources } from '../../../runtime/tracer/tracer';

const require = createRequire(import.meta.url);
const instrumented: string[] = [];

beforeAll(() => {
  tracemalloc.setInstrumenter((bytes, name) => {
    instrumented.push(name);
    return instrument(bytes).bytes as Uint8Array<ArrayBuffer>;
  });
  tracemalloc.patchWebAssembly();
});
afterAll(() => {
  tracemalloc.stop();
  tracemalloc.unpatchWebAssembly();
  tracemalloc.setInstrumenter(null);
});

describe('sql.js (Emscripten glue)', () => {
  it('traces SQLite allocations with their call paths, and frees them when the database closes', async () => {
    // the debug build keeps export names (malloc, free); the minified one needs { alloc: [...] } names
    const initSqlJs = require('sql.js/dist/sql-wasm-debug.js') as (config?: object) => Promise<{ Database: new () => SqlDatabase }>;
    interface SqlDatabase { run(sql: string, params?: unknown[]): void; exec(sql: string): unknown[]; close(): void }
    const SQL = await initSqlJs();
    expect(instrumented.length).toBe(1);
    const domain = getSources().at(-1)!.domain;
    tracemalloc.start(8);
    const db = new SQL.Database();
    db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
    for (let i = 0; i < 300; i++) db.run('INSERT INTO t (body) VALUES (?)', ['x'.repeat(100 + i)]);
    expect(db.exec('SELECT count(*) FROM t')).toEqual([{ columns: ['count(*)'], values: [[300]] }]);
    const open = tracemalloc.takeSnapshot().filterTraces([new DomainFilter(true, domain)]);
    const [current] = tracemalloc.getTracedMemory();
    expect(open.traces.length).toBeGreaterThan(10);
    expect(current).toBeGreaterThan(100_000); // the page cache, at least
    // sql.js ships no DWARF, no source map and no name section: frames read `wasm-function[N]+0x<offset>`
    // (the instrumenter's fallback), and every allocation goes through sqlite3MemMalloc, so the
    // call paths are told apart by the deeper frames
    const lines = open.statistics('lineno');
    expect(lines[0]!.traceback[0]!.filename).toMatch(/^wasm-function\[\d+\]\+0x[0-9a-f]+$/);
    expect(open.statistics('traceback').length).toBeGreaterThan(lines.length + 5);
    db.close();
    const closed = tracemalloc.takeSnapshot().filterTraces([new DomainFilter(true, domain)]);
    const diff = closed.compareTo(open, 'filename');
    expect(diff.reduce((n, d) => n + d.sizeDiff, 0)).toBeLessThan(-100_000);
    expect(tracemalloc.getInvalidFrees().filter((f) => f.domain === domain && f.kind !== 'free')).toEqual([]);
  });
});

describe('brotli-wasm (wasm-bindgen glue, synchronous Module/Instance)', () => {
  it('traces the Rust allocator and returns correct results', () => {
    tracemalloc.stop();
    tracemalloc.start(4);
    const brotli = require('brotli-wasm') as { compress(b: Uint8Array): Uint8Array; decompress(b: Uint8Array): Uint8Array };
    const domain = getSources().at(-1)!.domain;
    expect(getSources().at(-1)!.name).toMatch(/^wasm#\d+$/);
    const input = new TextEncoder().encode('hello brotli '.repeat(5000));
    const compressed = brotli.compress(input);
    expect(compressed.length).toBeLessThan(input.length / 10);
    expect(brotli.decompress(compressed)).toEqual(input);
    const [, peak] = tracemalloc.getTracedMemory();
    expect(peak).toBeGreaterThanOrEqual(input.length); // the input was copied into linear memory
    const snapshot = tracemalloc.takeSnapshot().filterTraces([new DomainFilter(true, domain)]);
    // everything the calls allocated and freed is gone again (wasm-bindgen frees its buffers)
    expect(snapshot.traces.length).toBeLessThan(10);
  });
});

describe('Emscripten glue (emcc 3.1.6) with the typed instantiateWasm helper', () => {
  it('Module.instantiateWasm = tracemalloc.instantiateWasm(...) traces the program exactly', async () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'emscripten-g');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const bytes = instrument(new Uint8Array(readFileSync(join(dir, manifest.wasm)))).bytes;
    const factory = require(join(dir, 'program.cjs')) as (module: Record<string, unknown>) => Promise<unknown>;
    const out: string[] = [];
    const lines = new Map<number, string[]>();
    tracemalloc.stop();
    tracemalloc.start(1);
    const instantiateWasm: tracemalloc.EmscriptenInstantiateWasm = tracemalloc.instantiateWasm(bytes, { name: 'program.wasm' });
    await factory({
      instantiateWasm,
      print: (line: string) => out.push(line + '\n'),
      checkpoint: (n: number) => lines.set(n, tracemalloc.takeSnapshot().statistics('lineno').map(String)),
    });
    expect(out.join('')).toBe(manifest.stdout);
    const last = manifest.checkpoints.at(-1);
    const leak = last.live[0];
    expect(lines.get(last.checkpoint)).toContain(
      `${leak.file}:${leak.line}: size=${formatSize(leak.bytes)}, count=1, average=${formatSize(leak.bytes)}`,
    );
    expect(getSources().at(-1)!.name).toBe(`program.wasm#${getSources().at(-1)!.domain}`);
  });
});
