// growth(): objgraph's show_growth on snapshots — by allocating function, and by the type the
// toolchains' function names carry (AssemblyScript, C++ demangled, Rust Box/Vec/String).
import { describe, expect, it } from 'vitest';
import * as tracemalloc from '../../../runtime/index';
import { Snapshot, typeOfFunction, type RawTrace } from '../../../runtime/index';
import { instrument } from '../../../instrument/index';
import { loadFixture, readRepoFile } from '../../../fixtures/index.mjs';

const trace = (size: number, frames: [string, number, number, string][]): RawTrace => [1, size, frames, frames.length] as unknown as RawTrace;

describe('typeOfFunction', () => {
  it('reads the type from the names toolchains give', () => {
    const cases: [string, string | null][] = [
      ['~lib/staticarray/StaticArray<u8>#constructor', 'StaticArray<u8>'],
      ['assembly/index/Point#constructor', 'Point'],
      ['Parser::Parser(char const*)', 'Parser'],
      ['ns::Tree::insert(int)', 'ns::Tree'],
      ['std::__2::vector<Node, std::__2::allocator<Node>>::push_back(Node const&)', 'std::__2::vector<Node, std::__2::allocator<Node>>'],
      ['alloc::boxed::Box<lib::Node>::new', 'Box<lib::Node>'],
      ['alloc::vec::Vec<u8, alloc::alloc::Global>::with_capacity', 'Vec<u8>'],
      ['alloc::string::String::push_str', 'String'],
      ['lib::leak', null],
      ['ns::helper(int)', null],
      ['make_node', null],
      ['operator new(unsigned long)', null],
    ];
    for (const [fn, type] of cases) expect([fn, typeOfFunction(fn)]).toEqual([fn, type]);
  });
});

describe('Snapshot.growth', () => {
  const older = new Snapshot([trace(48, [['a.cpp', 10, 0, 'Tree::insert(int)'], ['a.cpp', 50, 0, 'main']]), trace(10, [['a.cpp', 70, 0, 'log(char const*)']])], 2);
  const newer = new Snapshot(
    [
      ...Array.from({ length: 3 }, () => trace(48, [['a.cpp', 10, 0, 'Tree::insert(int)'], ['a.cpp', 50, 0, 'main']])),
      trace(32, [['b.cpp', 5, 0, 'Parser::Parser(char const*)'], ['a.cpp', 60, 0, 'main']]),
      trace(4, [['a.cpp', 70, 0, 'log(char const*)']]),
    ],
    2,
  );

  it('by function: what grew, biggest first, with totals and differences; what shrank is left out', () => {
    expect(newer.growth(older)).toEqual([
      { name: 'Tree::insert(int)', size: 144, sizeDiff: 96, count: 3, countDiff: 2 },
      { name: 'Parser::Parser(char const*)', size: 32, sizeDiff: 32, count: 1, countDiff: 1 },
    ]);
  });

  it('by type: the class of the allocating function, or "type not known"', () => {
    expect(newer.growth(older, 'type').map((g) => [g.name, g.sizeDiff, g.countDiff])).toEqual([
      ['Tree', 96, 2],
      ['Parser', 32, 1],
    ]);
  });

  it('refuses what is not a snapshot or a key', () => {
    expect(() => newer.growth({} as Snapshot)).toThrow("growth() needs a Snapshot, not {}");
    expect(() => newer.growth(older, 'size' as 'type')).toThrow("unknown growth key 'size' (expected 'function' or 'type')");
  });
});

describe('growth by type on a real module', () => {
  it("names AssemblyScript's class of the block the program keeps (the fixture leaks one StaticArray<u8>), with library frames kept", async () => {
    const fx = await loadFixture('as-incremental');
    const bytes = instrument(fx.wasmBytes, { sourceMapBaseDir: fx.relDir, readFile: readRepoFile }).bytes;
    // ~lib's constructors are library frames: folded by default, so the type needs them kept
    tracemalloc.start(16, { libraryFrames: true });
    try {
      const before = tracemalloc.takeSnapshot();
      await fx.run(bytes, { instantiate: async (b, imports) => (await tracemalloc.instantiate(b, imports, { name: 'as.wasm' })).instance });
      const grew = tracemalloc.takeSnapshot().growth(before, 'type');
      expect(grew.find((g) => g.name === 'StaticArray<u8>')).toMatchObject({ sizeDiff: 4321, countDiff: 1 });
    } finally {
      tracemalloc.stop();
    }
  });
});
