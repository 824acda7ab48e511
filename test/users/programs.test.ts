// Programs the project was not built around (test/users/data, sources beside their .wasm; the
// build commands are in test/users/README.md). Every expected figure below was worked out by
// hand from the source: struct sizes, libc++/Rust/AssemblyScript capacities, what is freed.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { afterEach, describe, expect, it } from 'vitest';
import { instrument } from '../instrument/validate';
import * as tracemalloc from '../../runtime/index';

type Exports = Record<string, (...args: number[]) => number>;

const data = (name: string) => new URL(`./data/${name}`, import.meta.url);

async function load(name: string): Promise<Exports> {
  const raw = readFileSync(data(name));
  if (name === 'shapes.wasm') {
    // Its sourceMappingURL is relative to its folder: hand the map over, as a bundler would.
    const { bytes } = instrument(raw, { sourceMap: readFileSync(data(`${name}.map`), 'utf8') });
    const abort = () => { throw new Error(`${name} aborted`); };
    const { instance } = await tracemalloc.instantiate(bytes, { env: { abort } }, { name });
    return instance.exports as unknown as Exports;
  }
  const { bytes } = instrument(raw);
  if (name.startsWith('words')) {
    const { instance } = await tracemalloc.instantiate(bytes, {}, { name });
    return instance.exports as unknown as Exports;
  }
  const wasi = new WASI({ version: 'preview1' });
  const { instance } = await tracemalloc.instantiate(bytes, wasi.getImportObject() as WebAssembly.Imports, { name });
  wasi.initialize(instance);
  return instance.exports as unknown as Exports;
}

function lines(limit = 20): string[] {
  return tracemalloc.takeSnapshot().statistics('lineno').slice(0, limit).map(String);
}

function chains(): string[][] {
  return tracemalloc
    .takeSnapshot()
    .statistics('traceback')
    .map((s) => [...s.traceback].map((f) => `${f.filename.split('/').pop()}:${f.lineno}`));
}

afterEach(() => tracemalloc.stop());

describe('C: hash table of linked items (wasi-libc, DWARF 4, -O1)', () => {
  const file = 'test/users/data/inventory.c';

  it('counts every live block at its malloc/calloc/realloc line, frees and leaks included', async () => {
    const e = await load('inventory.wasm');
    tracemalloc.start(8);
    const t1 = e.fill!(10); // 10 items (12 B) + names "i0".."i9" (3 B) + table (8 B) + buckets
    e.drop!(t1, 1); // frees items, buckets and table; leaks the 10 names
    e.fill!(5); // kept
    e.scratch!(10); // malloc(10) then realloc to 20 B
    expect(lines()).toEqual([
      `${file}:46: size=64 B, count=1, average=64 B`, // grown buckets: calloc(16, 4)
      `${file}:36: size=60 B, count=5, average=12 B`,
      `${file}:23: size=45 B, count=15, average=3 B`,
      `${file}:97: size=20 B, count=1, average=20 B`,
      `${file}:29: size=8 B, count=1, average=8 B`,
    ]);
    // line 30's first buckets (calloc(8, 4)) are freed by table_grow; line 96's block by realloc.
    expect(tracemalloc.getTracedMemory()[0]).toBe(197);
  });

  it('chains each block through its noinline callers, oldest first', async () => {
    const e = await load('inventory.wasm');
    tracemalloc.start(8);
    e.fill!(2);
    expect(chains()).toEqual([
      ['inventory.c:87', 'inventory.c:46'],
      ['inventory.c:85', 'inventory.c:36'],
      ['inventory.c:79', 'inventory.c:29'],
      ['inventory.c:85', 'inventory.c:37', 'inventory.c:23'],
    ]);
  });
});

describe('C++: vector<string>, unordered_map of shared_ptr (libc++, -O1)', () => {
  const file = 'test/users/data/shop.cpp';

  it('sizes libc++ blocks exactly and attributes make_shared, strings and vectors', async () => {
    const e = await load('shop.wasm');
    tracemalloc.start(8);
    e.setup!();
    for (let i = 0; i < 3; i++) e.add_name!(i);
    for (let i = 0; i < 6; i++) e.add_order!(i);
    e.keep_order!(1);
    e.keep_order!(4);
    e.clear_orders!();
    const got = lines();
    const mine = got.filter((l) => l.startsWith(file));
    expect(mine).toEqual([
      `${file}:23: size=144 B, count=3, average=48 B`, // 3 long strings of 40 chars: capacity 48
      `${file}:28: size=96 B, count=2, average=48 B`, // customers of the 2 kept orders (33 chars)
      `${file}:27: size=72 B, count=2, average=36 B`, // make_shared: 12 B control block + 24 B Order
      // lines.resize(8) of the 2 kept orders (2 x 32 B), allocated inside libc++'s vector: the
      // library frames fold away, so the line is the user's call
      `${file}:29: size=64 B, count=2, average=32 B`,
      `${file}:19: size=48 B, count=1, average=48 B`, // reserve(4) strings of 12 B
      `${file}:34: size=44 B, count=1, average=44 B`, // the map's bucket array after clear(), grown at insertion
      `${file}:17: size=20 B, count=1, average=20 B`,
      `${file}:38: size=16 B, count=1, average=16 B`, // kept's buffer of 2 shared_ptr (push_back)
      `${file}:18: size=12 B, count=1, average=12 B`,
      `${file}:16: size=12 B, count=1, average=12 B`,
    ]);
    // Nothing is left on libc++'s own lines.
    expect(got.filter((l) => !l.startsWith(file))).toEqual([]);
    expect(tracemalloc.getTracedMemory()[0]).toBe(528);
    const resize = chains().find((c) => c.includes('shop.cpp:29'));
    expect(resize?.slice(0, 2)).toEqual(['shop.cpp:34', 'shop.cpp:29']);
  });
});

describe('Rust: Vec<String> and BTreeMap (std, fat LTO at -O1, line tables only)', () => {
  const file = 'test/users/data/words.rs';

  it('sees Box, Vec, String and BTreeMap nodes, the frees of drop and the forgotten Vec', async () => {
    const e = await load('words.wasm');
    tracemalloc.start(8);
    const a = e.index_new!();
    for (let i = 0; i < 10; i++) e.index_add!(a, i);
    e.index_leak_words!(a); // mem::forget of the Vec: its 192 B buffer and 10 strings stay
    e.index_free!(a); // the map (keys are clones) and the Box are freed
    const b = e.index_new!();
    for (let i = 0; i < 3; i++) e.index_add!(b, i);
    expect(tracemalloc.getTracedMemory()[0]).toBe(910);
    // By traceback: std's frames fold away, so each chain is the user's frames only: 2 Vec
    // buffers of 16 x 12 B and b's Box of 24 B (line 10), 13 String::with_capacity(24), one
    // BTreeMap leaf (11 String keys + 11 u32 + parent + 2 u16 = 184 B) and b's 3 key clones
    // ("w", "ww", "www") at line 27.
    const stats = tracemalloc.takeSnapshot().statistics('traceback');
    const mine = stats.map((st) => [
      [...st.traceback].filter((f) => f.filename === file).map((f) => f.lineno).join('>'),
      st.size,
      st.count,
    ]);
    expect(mine).toEqual([
      ['10', 408, 3],
      ['26>16', 312, 13],
      ['27', 190, 4],
    ]);
    expect(stats.every((st) => [...st.traceback].every((f) => f.filename === file))).toBe(true);
  });

  it('keeps std\'s frames with libraryFrames: true (the key clones come through string.rs)', async () => {
    const e = await load('words.wasm');
    // nframe counts every frame then, std's inlined ones too: 16 reach the user's line
    tracemalloc.start(16, { libraryFrames: true });
    const b = e.index_new!();
    for (let i = 0; i < 3; i++) e.index_add!(b, i);
    const clone = chains().find((c) => c.includes('words.rs:27') && c.some((f) => f.startsWith('string.rs')));
    expect(clone?.[clone.length - 1]).toBe('alloc.rs:89'); // most recent: std's __rust_alloc call
  });
});

describe('Rust: the same program with fat LTO at -O2 (__rust_alloc/__rust_dealloc inlined away)', () => {
  const file = 'test/users/data/words.rs';

  it('traces through the dlmalloc methods LTO leaves: the same bytes at the same lines as at -O1', async () => {
    const e = await load('words-lto-o2.wasm');
    tracemalloc.start(8);
    const a = e.index_new!();
    for (let i = 0; i < 10; i++) e.index_add!(a, i);
    e.index_leak_words!(a);
    e.index_free!(a);
    const b = e.index_new!();
    for (let i = 0; i < 3; i++) e.index_add!(b, i);
    expect(tracemalloc.getTracedMemory()[0]).toBe(910);
    const byLine = tracemalloc.takeSnapshot().statistics('traceback').map((st) => [
      [...st.traceback].filter((f) => f.filename === file).map((f) => f.lineno).pop() ?? 0,
      st.size,
      st.count,
    ]);
    // The -O1 answers, by the most recent line of words.rs: 2 Vec buffers + the Box (line 10),
    // 13 String::with_capacity(24) in word() (line 16), the BTreeMap leaf + 3 key clones (line 27).
    expect(byLine).toEqual([[10, 408, 3], [16, 312, 13], [27, 190, 4]]);
  });
});

describe('AssemblyScript: classes in arrays (incremental GC, --debug --sourceMap)', () => {
  it('counts objects and array buffers, and the collector frees what is dropped', async () => {
    const e = await load('shapes.wasm');
    tracemalloc.start(8);
    e.makeShape!(3);
    e.makeShape!(5);
    e.collect!();
    // 8 Points of 16 B, 2 Polygons of 8 B, 2 Array<Point> of 16 B and their buffers of 32 B
    // (capacity 8). `shapes` and its buffer were allocated by the start function, before start().
    expect(tracemalloc.getTracedMemory()[0]).toBe(128 + 16 + 32 + 64);
    const snapshot = tracemalloc.takeSnapshot();
    const byCount = snapshot.statistics('traceback').map((s) => [s.size, s.count]);
    expect(byCount).toContainEqual([128, 8]);
    e.dropShapes!();
    e.makeShape!(1);
    e.collect!();
    expect(tracemalloc.getTracedMemory()[0]).toBe(16 + 8 + 16 + 32);
    // Every Point chain runs through Polygon.add (line 13) called from makeShape (line 21).
    const point = chains().find((c) => c.includes('shapes.ts:13'));
    expect(point?.slice(0, 2)).toEqual(['shapes.ts:21', 'shapes.ts:13']);
  });

  it('names the line of `new Point()` at nframe=1, not the constructor with no line', async () => {
    const e = await load('shapes.wasm');
    tracemalloc.start(1);
    e.makeShape!(3);
    const stats = tracemalloc.takeSnapshot().statistics('lineno').map(String);
    expect(stats.filter((l) => l.includes('+0x'))).toEqual([]);
    expect(stats).toContain('test/users/data/shapes.ts:13: size=48 B, count=3, average=16 B');
  });
});

describe('C: realloc/calloc/aligned edge cases (wasi-libc dlmalloc)', () => {
  const file = 'test/users/data/edge.c';

  it('realloc(NULL, n), realloc(p, 0), calloc overflow, posix_memalign, aligned_alloc, realloc chains', async () => {
    const e = await load('edge.wasm');
    tracemalloc.start(2);
    expect(e.go!()).toBe(0); // posix_memalign succeeded, the overflowing calloc returned NULL
    expect(lines()).toEqual([
      `${file}:18: size=4000 B, count=1, average=4000 B`, // 10 -> 5000 (moved) -> 4000: the last realloc's line
      `${file}:15: size=256 B, count=1, average=256 B`,
      `${file}:13: size=200 B, count=1, average=200 B`,
      `${file}:7: size=40 B, count=1, average=40 B`,
      `${file}:9: size=0 B, count=1, average=0 B`, // p (line 8) is gone: realloc replaced it
    ]);
    expect(tracemalloc.getTracedMemory()[0]).toBe(4496);
  });
});
