// The on-disk cache of instrumented modules (node/instrument-cache.ts) on the real instrumenter:
// hits, misses on other options or a changed source map, truncated entries, the size bound; and
// the index by file (its stat) that spares a start hashing its module.
// register-cache.test.ts runs it end to end through register.js.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { instrument } from '../../instrument/index';
import { loadBinding } from '../../native/addon';
import { RACY_MS, cacheCounts, cacheTuning, cachedInstrument, type CachedResult } from '../../node/instrument-cache';
import { defaultWeights } from '../../runtime/tracer/site-table';
import { root } from '../root';

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
    return { bytes: r.bytes as Uint8Array<ArrayBuffer>, profile: r.profile, stats: { warnings: r.stats.warnings, allocators: r.stats.allocators, discovery: r.stats.discovery, growsMemory: r.stats.growsMemory } };
  };
  const withWeights = (read: (p: string) => string | undefined): CachedResult => {
    const r = run(read);
    return { ...r, weights: defaultWeights(r.bytes) };
  };

  it('returns the same bytes and messages from the entry, and misses when a file it read changed', () => {
    const cache = join(dir, 'unit');
    const first = cachedInstrument(wasm, { a: 1 }, readFile, run, cache);
    expect(runs).toBe(1);
    expect(entries(cache)).toHaveLength(1);
    const second = cachedInstrument(wasm, { a: 1 }, readFile, run, cache);
    expect(runs).toBe(1);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect([second.profile, second.stats]).toEqual([first.profile, first.stats]);
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

  it('keeps the site table\'s default weights with the bytes, and an entry without them reads back without', () => {
    const cache = join(dir, 'weights');
    const first = cachedInstrument(wasm, { w: 1 }, readFile, withWeights, cache);
    expect(first.weights!.length).toBeGreaterThan(1);
    const before = runs;
    const second = cachedInstrument(wasm, { w: 1 }, readFile, withWeights, cache);
    expect(runs).toBe(before); // a hit
    expect([...second.weights!]).toEqual([...first.weights!]);
    expect([...second.weights!]).toEqual([...defaultWeights(second.bytes)!]); // the bytes are whole after them
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    cachedInstrument(wasm, { w: 2 }, readFile, run, cache);
    const none = cachedInstrument(wasm, { w: 2 }, readFile, run, cache);
    expect(runs).toBe(before + 1);
    expect(none.weights).toBeUndefined();
    expect(Buffer.from(none.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('misses when the separate DWARF file it read (external_debug_info) changed beside an unchanged module', () => {
    const cache = join(dir, 'binary');
    const app = join(root, 'test/bundler/apps/emscripten-release/dwarf');
    const module = new Uint8Array(readFileSync(join(app, 'program.wasm')));
    const debug = new Uint8Array(readFileSync(join(app, 'program.debug.wasm')));
    const binaries = new Map<string, Uint8Array>([['dwarf/program.debug.wasm', debug]]);
    let dwarfRuns = 0;
    const runDwarf = (read: (p: string) => string | undefined, readBinary: (p: string) => Uint8Array | undefined): CachedResult => {
      dwarfRuns++;
      const r = instrument(module, { sourceMapBaseDir: 'dwarf', readFile: read, readBinaryFile: readBinary });
      return { bytes: r.bytes as Uint8Array<ArrayBuffer>, profile: r.profile, stats: { warnings: r.stats.warnings, allocators: r.stats.allocators, discovery: r.stats.discovery, growsMemory: r.stats.growsMemory } };
    };
    const go = () => cachedInstrument(module, {}, () => undefined, runDwarf, cache, (p) => binaries.get(p));
    const first = go();
    expect(first.stats.warnings.filter((w) => w.includes('separate DWARF'))).toEqual([]);
    go();
    expect(dwarfRuns).toBe(1);
    // the .debug.wasm gone (or rebuilt): instrument again, and say so
    binaries.delete('dwarf/program.debug.wasm');
    const without = go();
    expect(dwarfRuns).toBe(2);
    expect(without.stats.warnings.join('\n')).toContain('separate DWARF file "dwarf/program.debug.wasm" (from external_debug_info) could not be read');
    // back: a miss (the entry was written without it), then hits, with the DWARF lines again
    binaries.set('dwarf/program.debug.wasm', debug);
    go();
    expect(dwarfRuns).toBe(3);
    const again = go();
    expect(dwarfRuns).toBe(3);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
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

  it('maps a big entry (the native addon) instead of reading it: the same bytes, weights and messages; writes stay in the process; a truncated one is a miss', () => {
    const cache = join(dir, 'mapped');
    const first = cachedInstrument(wasm, { m: 1 }, readFile, withWeights, cache);
    const [entry] = entries(cache);
    const file = join(cache, entry!);
    const onDisk = readFileSync(file);
    const before = runs;
    const small = cachedInstrument(wasm, { m: 1 }, readFile, withWeights, cache); // under the bound: read
    expect(cacheCounts.mapped).toBe(0);
    const saved = cacheTuning.mapMinBytes;
    cacheTuning.mapMinBytes = 1; // every entry is big enough
    try {
      const mapped = cachedInstrument(wasm, { m: 1 }, readFile, withWeights, cache);
      expect(runs).toBe(before); // hits
      // the addon is built wherever the native tests run; without it the entry is read, as before
      expect(cacheCounts.mapped).toBe(loadBinding().binding ? 1 : 0);
      for (const hit of [small, mapped]) {
        expect(Buffer.from(hit.bytes).equals(Buffer.from(first.bytes))).toBe(true);
        expect([...hit.weights!]).toEqual([...first.weights!]);
        expect([hit.profile, hit.stats]).toEqual([first.profile, first.stats]);
      }
      new WebAssembly.Module(mapped.bytes); // V8 compiles from the mapping
      mapped.bytes.fill(0); // a private mapping: the file keeps its bytes
      expect(readFileSync(file).equals(onDisk)).toBe(true);
      expect(Buffer.from(cachedInstrument(wasm, { m: 1 }, readFile, withWeights, cache).bytes).equals(Buffer.from(first.bytes))).toBe(true);
      expect(runs).toBe(before);
      truncateSync(file, onDisk.length - 1);
      cachedInstrument(wasm, { m: 1 }, readFile, withWeights, cache);
      expect(runs).toBe(before + 1);
    } finally {
      cacheTuning.mapMinBytes = saved;
    }
  });
});


describe('the index by file: a start finds its key without hashing the module', () => {
  // The cache stores what run() returns whatever the bytes are: a marked copy of the bytes given
  // tells which bytes an answer was made from.
  const made: Uint8Array[] = [];
  const run = (bytes: Uint8Array) => (): CachedResult => {
    made.push(bytes);
    return { bytes: new Uint8Array([...bytes, made.length]) as Uint8Array<ArrayBuffer>, profile: 'libc', stats: { warnings: [], allocators: [], discovery: [], growsMemory: false } as unknown as CachedResult['stats'] };
  };
  const none = () => undefined;
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
  const indexes = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.wtmi'));
  const counts = () => ({ hashed: cacheCounts.hashed, indexed: cacheCounts.indexed });
  const module = (fill: number) => Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7 + fill) & 0xff);

  it('hashes a file once it is older than the racy window, then finds it by its stat; never trusts bytes that are not the file\'s', async () => {
    const folder = join(dir, 'index-files');
    mkdirSync(folder, { recursive: true });
    const cache = join(dir, 'index');
    const file = join(folder, 'app.wasm');
    const a = module(1);
    writeFileSync(file, a);
    // written just now: racy, so hashed and not indexed
    const was = counts();
    const first = cachedInstrument(a, { o: 1 }, none, run(a), cache, none, file);
    expect(made).toHaveLength(1);
    expect(indexes(cache)).toEqual([]);
    await sleep(RACY_MS + 200);
    // old enough: hashed once more (a hit), now indexed
    cachedInstrument(a, { o: 1 }, none, run(a), cache, none, file);
    expect(indexes(cache)).toHaveLength(1);
    expect(counts()).toEqual({ hashed: was.hashed + 2, indexed: was.indexed });
    // found through the index: not hashed, the same answer
    const third = cachedInstrument(a, { o: 1 }, none, run(a), cache, none, file);
    expect(counts()).toEqual({ hashed: was.hashed + 2, indexed: was.indexed + 1 });
    expect(Buffer.from(third.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(made).toHaveLength(1);
    // other options: another index key and another entry
    cachedInstrument(a, { o: 2 }, none, run(a), cache, none, file);
    expect(made).toHaveLength(2);
    // bytes of the same size that are not the file's (changed by the program after reading, or
    // another file of that size): hashed, and their own answer
    const b = module(2);
    const other = cachedInstrument(b, { o: 1 }, none, run(b), cache, none, file);
    expect(made).toHaveLength(3);
    expect(Buffer.from(other.bytes.subarray(0, b.length)).equals(Buffer.from(b))).toBe(true);
    expect(counts().hashed).toBe(was.hashed + 4);
  });

  it('misses when the file was rewritten with the same size and its mtime put back', async () => {
    const folder = join(dir, 'index-rewrite');
    mkdirSync(folder, { recursive: true });
    const cache = join(dir, 'index-rewrite-cache');
    const file = join(folder, 'app.wasm');
    const a = module(3);
    writeFileSync(file, a);
    const hourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3600_000); // whole seconds: utimes() puts it back exactly
    utimesSync(file, hourAgo, hourAgo);
    await sleep(RACY_MS + 200);
    cachedInstrument(a, { o: 1 }, none, run(a), cache, none, file);
    expect(indexes(cache)).toHaveLength(1);
    const before = made.length;
    const { mtimeNs } = statSync(file, { bigint: true });
    const b = module(4);
    writeFileSync(file, b);
    utimesSync(file, hourAgo, hourAgo); // size and mtime as they were, to the nanosecond; only the ctime tells
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(mtimeNs);
    const now = cachedInstrument(b, { o: 1 }, none, run(b), cache, none, file);
    expect(made).toHaveLength(before + 1);
    expect(made.at(-1)).toBe(b);
    expect(Buffer.from(now.bytes.subarray(0, b.length)).equals(Buffer.from(b))).toBe(true);
    // and the old bytes (a program that kept them) still get their own answer, not the file's
    const old = cachedInstrument(a, { o: 1 }, none, run(a), cache, none, file);
    expect(Buffer.from(old.bytes.subarray(0, a.length)).equals(Buffer.from(a))).toBe(true);
    expect(made).toHaveLength(before + 1);
  });

  it('a hit reads no file instrument() read while its stat is the one recorded; rewritten with the size and mtime put back, it is read, hashed and a miss', async () => {
    // the AssemblyScript fixture with its source map in a folder of its own, read from the file
    // system (register's readers: fileReads)
    const folder = join(dir, 'reads-files');
    mkdirSync(folder, { recursive: true });
    const cache = join(dir, 'reads-cache');
    const wasm = new Uint8Array(readFileSync(join(root, 'fixtures', 'as-minimal', 'index.wasm')));
    const mapFile = join(folder, 'index.wasm.map');
    const map = readFileSync(join(root, 'fixtures', 'as-minimal', 'index.wasm.map'), 'utf8');
    writeFileSync(mapFile, map);
    const hourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3600_000);
    utimesSync(mapFile, hourAgo, hourAgo);
    await sleep(RACY_MS + 200); // the ctime too is out of the racy window
    const read: string[] = [];
    const readFile = (p: string) => {
      read.push(p);
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    };
    let runs = 0;
    const runMap = (r: (p: string) => string | undefined): CachedResult => {
      runs++;
      const out = instrument(wasm, { sourceMapBaseDir: folder, readFile: r });
      return { bytes: out.bytes as Uint8Array<ArrayBuffer>, profile: out.profile, stats: { warnings: out.stats.warnings, allocators: out.stats.allocators, discovery: out.stats.discovery, growsMemory: out.stats.growsMemory } };
    };
    const go = (fileReads: boolean) => cachedInstrument(wasm, {}, readFile, runMap, cache, none, undefined, fileReads);
    const first = go(true);
    expect([runs, read]).toEqual([1, [mapFile]]);
    expect(indexes(cache)).toHaveLength(1); // the entry's reads index
    // a hit: the map's stat is as recorded, so it is neither read nor hashed
    read.length = 0;
    const second = go(true);
    expect([runs, read]).toEqual([1, []]);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect([second.profile, second.stats]).toEqual([first.profile, first.stats]);
    // readers that are not said to be the file system's are read and hashed, as before
    go(false);
    expect([runs, read]).toEqual([1, [mapFile]]);
    // the map rebuilt: same size, mtime put back (only the ctime tells): read, hashed, a miss
    const rebuilt = map.replace('fixtures/as-common/program.ts', 'fixtures/as-common/Program.ts');
    expect([rebuilt !== map, rebuilt.length]).toEqual([true, map.length]);
    writeFileSync(mapFile, rebuilt);
    utimesSync(mapFile, hourAgo, hourAgo);
    read.length = 0;
    const third = go(true);
    expect([runs, read]).toEqual([2, [mapFile, mapFile]]); // the old entry's check, then instrument()'s read
    expect(Buffer.from(third.bytes).equals(Buffer.from(first.bytes))).toBe(false); // its frames name the rebuilt map's source
    // the map gone: a miss again
    rmSync(mapFile);
    go(true);
    expect(runs).toBe(3);
  });
});
