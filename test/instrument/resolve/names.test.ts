import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryReadError, ByteReader } from '../../../instrument/byte-reader';
import { readCodeLayout } from '../../../instrument/code-reader';
import { readSections } from '../../../instrument/wasm/module';
import { demangle } from '../../../abi/demangle';
import { readFunctionNames } from '../../../instrument/names';
import { createResolver, displayFilename, shownName } from '../../../instrument/resolve';
import { isAbsolutePath, joinPath, normalizePath } from '../../../instrument/source-paths';
import { callsTo, concat, editCustomSections, uleb, wasm, wasmName } from './helpers';
import { instrument } from '../../../instrument';
import { readSiteSection } from '../hooks';

const isDebug = (name: string) => name.startsWith('.debug_');

describe('name-section resolver', () => {
  it('is chosen when there is neither DWARF nor a source map, and says function+0xOFFSET', () => {
    const original = wasm('sites-O1');
    const bytes = editCustomSections(original, isDebug);
    const r = createResolver(bytes);
    expect(r.kind).toBe('names');
    const call = callsTo(bytes, 'make_node', 'malloc')[0]!;
    const body = readCodeLayout(bytes).funcs.find((f) => f.index === call.funcIndex)!;
    const loc = r.resolve(call.offset);
    expect(loc).toMatchObject({ file: null, line: 0, column: 0, functionName: 'make_node', funcIndex: body.index });
    expect(loc.functionOffset).toBe(call.offset - body.bodyStart);
    expect(displayFilename(loc)).toBe(`make_node+0x${(call.offset - body.bodyStart).toString(16)}`);
  });

  it('falls back to wasm-function[N] without a name section', () => {
    const bytes = editCustomSections(wasm('sites-O1'), (n) => isDebug(n) || n === 'name');
    const layout = readCodeLayout(bytes);
    const f = layout.funcs.find((x) => x.calls.length > 0)!;
    const loc = createResolver(bytes).resolve(f.calls[0]!.offset);
    expect(loc.functionName).toBeNull();
    expect(displayFilename(loc)).toBe(`wasm-function[${f.index}]+0x${(f.calls[0]!.offset - f.bodyStart).toString(16)}`);
  });

  it('names a function the name section leaves out wasm-function[N], never its bare index', () => {
    // A name section that names only the allocator (as wasm-bindgen's release builds keep a
    // couple of names): the other functions' frames fall back as if there were no names at all.
    const original = wasm('sites-O1');
    const all = readFunctionNames(original, readSections(original));
    const kept = [...all].filter(([, n]) => n === 'malloc' || n === 'free').sort((a, b) => a[0] - b[0]);
    expect(kept).toHaveLength(2);
    const sub = concat([uleb(kept.length), ...kept.flatMap(([i, n]) => [uleb(i), wasmName(n)])]);
    const bytes = editCustomSections(original, (n) => isDebug(n) || n === 'name', [['name', concat([new Uint8Array([1]), uleb(sub.length), sub])]]);
    const table = readSiteSection(instrument(bytes).bytes);
    const files = table.sites.slice(1).map((row) => table.files[row[0]]!);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => /^\d+\+0x/.test(f))).toEqual([]);
    const make = callsTo(original, 'make_node', 'malloc')[0]!;
    expect(files).toContain(`wasm-function[${make.funcIndex}]+0x${(make.offset - readCodeLayout(original).funcs.find((f) => f.index === make.funcIndex)!.bodyStart).toString(16)}`);
  });

  it('reads every function name and survives a damaged name section', () => {
    const bytes = wasm('sites-O1');
    const names = readFunctionNames(bytes, readSections(bytes));
    expect([...names.values()]).toEqual(expect.arrayContaining(['make_node', 'copy_text', 'grow', 'run', 'malloc', 'free']));
    // A name subsection whose count promises more entries than it holds: keep what was read.
    const broken = concat([new Uint8Array([1]), uleb(5), uleb(3), uleb(0), uleb(1), new Uint8Array([0x61]), uleb(1)]);
    const damaged = editCustomSections(bytes, (n) => n === 'name', [['name', broken]]);
    expect(readFunctionNames(damaged, readSections(damaged))).toEqual(new Map([[0, 'a']]));
  });

  it('keeps name-section names as the module spells them, marked to be shown demangled', () => {
    const bytes = editCustomSections(wasm('rust-alloc'), isDebug);
    const r = createResolver(bytes);
    const locs = readCodeLayout(bytes).funcs.flatMap((f) => f.calls).map((c) => r.resolve(c.offset));
    const mangled = locs.find((l) => l.functionName !== null && /^_ZN5alloc9make_list17h[0-9a-f]{16}E$/.test(l.functionName))!;
    expect(mangled.mangled).toBe(true);
    expect(shownName(mangled)).toBe('alloc::make_list');
    expect(locs.map(shownName).every((n) => n === null || !/^_ZN.*17h[0-9a-f]{16}E$/.test(n))).toBe(true);
    expect(displayFilename(mangled)).toBe(`alloc::make_list+0x${mangled.functionOffset!.toString(16)}`);
    const v0 = editCustomSections(wasm('rust-v0-dwarf5'), isDebug);
    const r0 = createResolver(v0);
    const loc = r0.resolve(callsTo(v0, '_RNvCs9phS9HZDOFK_6nocore6helper', 'malloc')[0]!.offset);
    expect([loc.functionName, loc.mangled, shownName(loc)]).toEqual(['_RNvCs9phS9HZDOFK_6nocore6helper', true, 'nocore::helper']);
  });
});

describe('demangle', () => {
  it.each([
    ['_ZN4core3fmt5write17h0123456789abcdefE', 'core::fmt::write'],
    ['_ZN5alloc9make_list17h1234567890abcdefE', 'alloc::make_list'],
    ['_ZN3std6thread5local6statik12Key$LT$T$GT$3get17hd33c5b6fd9854e25E', 'std::thread::local::statik::Key<T>::get'],
    ['_ZN4core3ptr32drop_in_place$LT$alloc..Node$GT$17hc06c55b6bd7531ecE', 'core::ptr::drop_in_place<alloc::Node>'],
    ['_ZN56_$LT$alloc..Global$u20$as$u20$core..alloc..Allocator$GT$8allocate17h0000000000000000E', '<alloc::Global as core::alloc::Allocator>::allocate'],
    // Itanium in full, as llvm-cxxfilt prints them (and wasm-ld writes them in name sections)
    ['_Znwm', 'operator new(unsigned long)'],
    ['_ZdlPv', 'operator delete(void*)'],
    ['_Z9make_nodei', 'make_node(int)'],
    ['_ZN3foo3barEv', 'foo::bar()'],
    ['_ZNK3foo3Bar3getEv', 'foo::Bar::get() const'],
    ['_ZN3foo3BarC2Ev', 'foo::Bar::Bar()'],
    ['_ZN3foo3BarD1Ev', 'foo::Bar::~Bar()'],
    ['_ZNSt3__16vectorIiNS_9allocatorIiEEE9push_backEOi', 'std::__1::vector<int, std::__1::allocator<int> >::push_back(int&&)'],
    ['malloc', 'malloc'],
    ['_Z', '_Z'],
    ['_ZN3fooE', 'foo'],
    // Rust v0, checked against llvm-cxxfilt
    ['_RNvCs9phS9HZDOFK_6nocore7checked', 'nocore::checked'],
    ['_RNvNtNtCsbmNqQUJIY6D_4core3ptr8non_null4cast', 'core::ptr::non_null::cast'],
    ['_RNCNvCs1234_5alloc3run0B3_', 'alloc::run::{closure#0}'],
    ['_RNvNCNvCsd_5alloc3run0s_4call', 'alloc::run::{closure#0}::call'],
    ['_RNvCs1234_5alloc5run_u.llvm.123', 'alloc::run_u'],
    ['_RNvMNtCs1234_5alloc3vecINtB2_3VecpE4push', '<alloc::vec::Vec<_>>::push'], // impl path (llvm-cxxfilt agrees)
  ])('%s → %s', (mangled, plain) => {
    expect(demangle(mangled)).toBe(plain);
  });
});

describe('source paths', () => {
  it.each([
    [['/work/src', 'a.c'], '/work/src/a.c'],
    [['.', './dlmalloc/src', 'malloc.c'], 'dlmalloc/src/malloc.c'],
    [['./build', './libc/crt', 'crt1.c'], 'build/libc/crt/crt1.c'],
    [['/comp', '/usr/include', 'stdio.h'], '/usr/include/stdio.h'],
    [['.', '../src/x.c'], '../src/x.c'],
    [['a/b', '../../../c.c'], '../c.c'],
    [['/a', '../../c.c'], '/c.c'],
    [[null, '', 'x//y/./z.c'], 'x/y/z.c'],
    [['C:\\proj', 'src\\main.rs'], 'C:\\proj\\src\\main.rs'],
    [['out', 'webpack:///src/a.ts'], 'webpack:///src/a.ts'],
  ] as [(string | null)[], string][])('join %j → %s', (parts, want) => {
    expect(joinPath(...parts)).toBe(want);
  });

  it('never makes a relative path absolute', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', '.', '..', ''), { maxLength: 8 }), (segs) => {
      const p = segs.join('/');
      expect(isAbsolutePath(normalizePath(p))).toBe(p.startsWith('/'));
    }));
  });
});

describe('ByteReader', () => {
  const encodeU = (n: bigint): number[] => {
    const out: number[] = [];
    do { let b = Number(n & 0x7fn); n >>= 7n; if (n) b |= 0x80; out.push(b); } while (n);
    return out;
  };
  const encodeS = (n: bigint): number[] => {
    const out: number[] = [];
    for (;;) {
      const b = Number(n & 0x7fn);
      n >>= 7n;
      if ((n === 0n && !(b & 0x40)) || (n === -1n && b & 0x40)) { out.push(b); return out; }
      out.push(b | 0x80);
    }
  };

  it('reads unsigned and signed LEB128 exactly up to 2^53', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }), fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }), (u, s) => {
      const r = new ByteReader(new Uint8Array([...encodeU(u), ...encodeS(s)]));
      expect(r.uleb()).toBe(Number(u));
      expect(r.sleb()).toBe(Number(s));
      expect(r.done).toBe(true);
    }));
  });

  it('skips LEB128 of either sign to the same place', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (s) => {
      const bytes = new Uint8Array([...encodeS(s), 0x42]);
      const r = new ByteReader(bytes);
      r.skipLeb();
      expect(r.u8()).toBe(0x42);
    }));
  });

  it('reads fixed-width little-endian integers and strings', () => {
    const r = new ByteReader(new Uint8Array([1, 2, 3, 4, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x1f, 0, 0x68, 0x69, 0, 2, 0x6f, 0x6b]));
    expect(r.u16()).toBe(0x0201);
    expect(r.u16()).toBe(0x0403);
    expect(r.u64()).toBe(2 ** 53 - 1);
    expect(r.cstring()).toBe('hi');
    expect(r.name()).toBe('ok');
  });

  it('stops at its end with a message that says where', () => {
    const r = new ByteReader(new Uint8Array([0x80, 0x80, 0x01, 0x80]), 0, 2);
    expect(() => r.uleb()).toThrow(new BinaryReadError('truncated LEB128 at byte 0x0', 0));
    expect(() => new ByteReader(new Uint8Array([0x61])).cstring()).toThrow(/without a terminating NUL/);
    expect(() => new ByteReader(new Uint8Array(3)).u32()).toThrow(/truncated u32: 4 bytes needed, 3 left at byte 0x0/);
  });
});
