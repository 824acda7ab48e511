// The on-disk cache of instrumented modules (node/instrument-cache.ts): the cache logic on the real
// instrumenter, then register.js end to end (a second start reads the entry; concurrent starts
// each write whole entries; WASM_TRACEMALLOC_CACHE=0 writes none).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '../../instrument/index';
import { cachedInstrument, type CachedResult } from '../../node/instrument-cache';
import { Snapshot } from '../../runtime/model/snapshot';
import { ensureDist, root } from '../browser/ensure-dist';

const dir = mkdtempSync(join(tmpdir(), 'wtm-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entries = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.wtmc'));

describe('cachedInstrument', () => {
  const wasm = new Uint8Array(readFileSync(join(root, 'fixtures', 'as-minimal', 'index.wasm')));
  const files = new Map<string, string>([['fixtures/as-minimal/index.wasm.map', readFileSync(join(root, 'fixtures', 'as-minimal', 'index.wasm.map'), 'utf8')]]);
  const readFile = (path: string) => files.get(path);
  let runs = 0;
  const run = (read: (p: string) => string | undefined): CachedResult => {
    runs++;
    const r = instrument(wasm, { sourceMapBaseDir: 'fixtures/as-minimal', readFile: read });
    return { bytes: r.bytes as Uint8Array<ArrayBuffer>, profile: r.profile, warnings: r.stats.warnings };
  };

  it('returns the same bytes and messages from the entry, and misses when a file it read changed', () => {
    const cache = join(dir, 'unit');
    const first = cachedInstrument(wasm, { a: 1 }, readFile, run, cache);
    expect(runs).toBe(1);
    expect(entries(cache)).toHaveLength(1);
    const second = cachedInstrument(wasm, { a: 1 }, readFile, run, cache);
    expect(runs).toBe(1);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect([second.profile, second.warnings]).toEqual([first.profile, first.warnings]);
    // other options: another key
    cachedInstrument(wasm, { a: 2 }, readFile, run, cache);
    expect(runs).toBe(2);
    // the source map was rebuilt beside an unchanged module: instrument again
    files.set('fixtures/as-minimal/index.wasm.map', files.get('fixtures/as-minimal/index.wasm.map')!.replace('"version":3', '"version": 3'));
    cachedInstrument(wasm, { a: 1 }, readFile, run, cache);
    expect(runs).toBe(3);
    cachedInstrument(wasm, { a: 1 }, readFile, run, cache);
    expect(runs).toBe(3);
  });

  it('treats a truncated entry as a miss, and keeps the folder under its bound (least recently used first)', () => {
    const cache = join(dir, 'bound');
    const before = runs;
    cachedInstrument(wasm, { k: 0 }, readFile, run, cache);
    const [entry] = entries(cache);
    const size = statSync(join(cache, entry!)).size;
    truncateSync(join(cache, entry!), size - 1);
    cachedInstrument(wasm, { k: 0 }, readFile, run, cache);
    expect(runs).toBe(before + 2);
    expect(statSync(join(cache, entry!)).size).toBe(size);

    process.env.WASM_TRACEMALLOC_CACHE_MB = String((2.5 * size) / 1e6);
    try {
      utimesSync(join(cache, entry!), new Date(1e12), new Date(1e12));
      cachedInstrument(wasm, { k: 1 }, readFile, run, cache);
      cachedInstrument(wasm, { k: 0 }, readFile, run, cache); // a hit makes k:0 the most recent
      expect(runs).toBe(before + 3);
      cachedInstrument(wasm, { k: 2 }, readFile, run, cache); // k:1 is now the oldest: it goes
      expect(entries(cache)).toHaveLength(2);
      cachedInstrument(wasm, { k: 0 }, readFile, run, cache);
      expect(runs).toBe(before + 4);
      cachedInstrument(wasm, { k: 1 }, readFile, run, cache);
      expect(runs).toBe(before + 5);
    } finally {
      delete process.env.WASM_TRACEMALLOC_CACHE_MB;
    }
  });
});

describe('register with the cache', () => {
  beforeAll(ensureDist, 180_000);
  const register = pathToFileURL(join(root, 'dist', 'runtime', 'register.js')).href;
  const app = join(dir, 'app.mjs');
  writeFileSync(
    app,
    `import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture('c');
process.stdout.write((await fx.run(fx.wasmBytes)).stdout);
`,
  );
  const env = (cache: string, snapshot: string, extra: Record<string, string> = {}) => ({
    ...process.env, WASM_TRACEMALLOC: '4', WASM_TRACEMALLOC_CACHE_DIR: cache, WASM_TRACEMALLOC_SNAPSHOT: snapshot, ...extra,
  });
  const lines = (path: string) => Snapshot.deserialize(new Uint8Array(readFileSync(path))).statistics('traceback').map((s) => s.traceback.format().join('|') + String(s));

  it('a second start reads the entry and traces the same', () => {
    const cache = join(dir, 'register');
    const runOnce = (snap: string) => spawnSync(process.execPath, ['--no-warnings', '--import', register, app], { cwd: root, env: env(cache, snap), encoding: 'utf8', timeout: 60_000 });
    const first = runOnce(join(dir, 'first.snap'));
    expect(first.stderr).toBe('');
    const [entry] = entries(cache);
    expect(entries(cache)).toHaveLength(1);
    utimesSync(join(cache, entry!), new Date(1e12), new Date(1e12));
    const second = runOnce(join(dir, 'second.snap'));
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(cache, entry!)).mtimeMs).toBeGreaterThan(1e12); // the hit touched it
    expect(lines(join(dir, 'second.snap'))).toEqual(lines(join(dir, 'first.snap')));
  });

  it('concurrent first starts each write a whole entry; WASM_TRACEMALLOC_CACHE=0 writes none', async () => {
    const cache = join(dir, 'concurrent');
    const starts = [0, 1, 2, 3].map(
      (i) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, ['--no-warnings', '--import', register, app], { cwd: root, env: env(cache, join(dir, `c${i}.snap`)), stdio: 'ignore' });
          child.on('exit', done);
        }),
    );
    expect(await Promise.all(starts)).toEqual([0, 0, 0, 0]);
    expect(readdirSync(cache)).toHaveLength(1); // one entry, no temporary left
    for (const i of [1, 2, 3]) expect(lines(join(dir, `c${i}.snap`))).toEqual(lines(join(dir, 'c0.snap')));
    const off = join(dir, 'off');
    const r = spawnSync(process.execPath, ['--no-warnings', '--import', register, app], { cwd: root, env: env(off, join(dir, 'off.snap'), { WASM_TRACEMALLOC_CACHE: '0' }), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(() => readdirSync(off)).toThrow(/ENOENT/);
  }, 120_000);
});
