import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeLayout } from '../../../instrument/code-reader';
import { readSections } from '../../../instrument/wasm/module';
import { normalizePath } from '../../../instrument/source-paths';
import { type SourceLocation, createResolver } from '../../../instrument/resolve';
import { DATA, SRC, callsTo, editCustomSections, symbolizerFrames, wasm } from './helpers';

const DWARF_MODULES = ['sites-O0', 'sites-O1', 'sites-O1-dwarf5', 'inlined-O1', 'inlined-O1-dwarf5', 'vector-O1', 'rust-alloc',
  'rust-v0-dwarf5', 'em-sites-g'];

/** `file:line:column` of a location and of each frame it was inlined into, innermost first. */
function chain(loc: SourceLocation): string[] {
  return [loc, ...(loc.inlined ?? [])].map((f) => `${f.file}:${f.line}:${f.column}`);
}

function at(name: string, caller: string, callee: string, nth = 0): SourceLocation {
  const bytes = wasm(name);
  return createResolver(bytes).resolve(callsTo(bytes, caller, callee)[nth]!.offset);
}

describe('DWARF resolver', () => {
  // Every call site of every module, frame by frame, against llvm-symbolizer --inlining. The
  // symbolizer prints paths unnormalised (`././dlmalloc/…`): normalise them for the comparison.
  for (const name of DWARF_MODULES) {
    it(`agrees with llvm-symbolizer on every call site of ${name}.wasm`, () => {
      const bytes = wasm(name);
      const layout = readCodeLayout(bytes);
      const resolver = createResolver(bytes, { layout });
      expect(resolver.kind).toBe('dwarf');
      const calls = layout.funcs.flatMap((f) => f.calls);
      const expected = symbolizerFrames(name);
      expect(expected.length).toBe(calls.length);
      let inlinedSites = 0;
      calls.forEach((c, i) => {
        const loc = resolver.resolve(c.offset);
        const want = expected[i]!.map(([, pos]) => {
          if (pos === '??:0:0') return '??';
          const m = /^(.*):(\d+):(\d+)$/.exec(pos)!;
          return `${normalizePath(m[1]!)}:${m[2]}:${m[3]}`;
        });
        const got = loc.file === null ? ['??'] : chain(loc);
        expect({ offset: c.offset, frames: got }).toEqual({ offset: c.offset, frames: want });
        if (loc.inlined) inlinedSites++;
      });
      if (name !== 'sites-O0') expect(inlinedSites).toBeGreaterThan(0); // libc or the test itself inlines
    });
  }

  describe('C, line table v4 and v5', () => {
    for (const name of ['sites-O1', 'sites-O1-dwarf5']) {
      it(`names each allocation's exact line and column in ${name}`, () => {
        expect(at(name, 'make_node', 'malloc')).toMatchObject({ file: 'src/sites.c', line: 7, column: 20, functionName: 'make_node' });
        expect(at(name, 'copy_text', 'strlen')).toMatchObject({ file: 'src/sites.c', line: 14, column: 16 });
        expect(at(name, 'copy_text', 'malloc')).toMatchObject({ file: 'src/sites.c', line: 15, column: 13 });
        expect(at(name, 'grow', 'realloc')).toMatchObject({ file: 'src/sites.c', line: 20, column: 10, functionName: 'grow' });
        expect(at(name, 'run', 'calloc')).toMatchObject({ file: 'src/sites.c', line: 31, column: 14, functionName: 'run' });
        expect(at(name, 'run', 'make_node')).toMatchObject({ line: 26, column: 22 });
        const bytes = wasm(name);
        const r = createResolver(bytes);
        expect(callsTo(bytes, 'run', 'free').map((c) => r.resolve(c.offset).line)).toEqual([34, 35, 36]);
      });
    }

    it('gives the same lines at -O0', () => {
      expect(at('sites-O0', 'make_node', 'malloc')).toMatchObject({ file: 'src/sites.c', line: 7 });
      expect(at('sites-O0', 'grow', 'realloc')).toMatchObject({ file: 'src/sites.c', line: 20 });
      expect(at('sites-O0', 'run', 'calloc')).toMatchObject({ file: 'src/sites.c', line: 31 });
    });

    it('joins relative include directories with a relative comp dir without inventing a root', () => {
      // wasi-libc was built with comp dir "." and include dir "./dlmalloc/src".
      const loc = at('sites-O1', 'malloc', 'dlmalloc');
      expect(loc.file).toBe('dlmalloc/src/dlmalloc.c');
    });
  });

  describe('inlined subroutines', () => {
    for (const name of ['inlined-O1', 'inlined-O1-dwarf5']) {
      it(`walks out of two levels of always_inline helpers to the user's line in ${name}`, () => {
        const [viaMakeInts, direct] = [at(name, 'run', 'malloc', 0), at(name, 'run', 'malloc', 1)];
        expect(chain(viaMakeInts)).toEqual(['src/inlined.c:6:13', 'src/inlined.c:12:12', 'src/inlined.c:18:12']);
        expect([viaMakeInts, ...viaMakeInts.inlined!].map((f) => f.functionName)).toEqual(['checked_alloc', 'make_ints', 'run']);
        expect(chain(direct)).toEqual(['src/inlined.c:6:13', 'src/inlined.c:19:13']);
        expect(direct.inlined!.at(-1)!.functionName).toBe('run');
      });
    }

    it("finds the user's line under nine frames of inlined std::vector::push_back", () => {
      expect(at('vector-O1', 'make_points(int)', 'operator new(unsigned long)', 0)).toMatchObject({ file: 'src/vector.cpp', line: 8 });
      const loc = at('vector-O1', 'make_points(int)', 'operator new(unsigned long)', 1);
      const frames = [loc, ...loc.inlined!];
      expect(frames.length).toBeGreaterThan(3);
      expect(frames[0]!.file).toMatch(/c\+\+\/v1\/new$/);
      expect(frames.some((f) => f.functionName === 'std::__2::vector<Point, std::__2::allocator<Point> >::push_back')).toBe(true);
      expect(frames.at(-1)).toMatchObject({ file: 'src/vector.cpp', line: 10, functionName: 'make_points' });
    });

    it('names the make_unique line in the function that called it', () => {
      const loc = at('vector-O1', 'make_buffer(int)', 'operator new[](unsigned long)');
      expect(loc.functionName).toBe('std::__2::make_unique<int[]>');
      expect(loc.inlined!.at(-1)).toMatchObject({ file: 'src/vector.cpp', line: 16, column: 10, functionName: 'make_buffer' });
    });
  });

  describe('Rust (rustc 1.63, DWARF 4)', () => {
    const bytes = wasm('rust-alloc');
    const layout = readCodeLayout(bytes);
    const r = createResolver(bytes, { layout });
    const userFrames = layout.funcs.flatMap((f) => f.calls).map((c) => r.resolve(c.offset))
      .map((l) => [l, ...(l.inlined ?? [])].find((f) => f.file === 'src/alloc.rs'))
      .filter((f): f is SourceLocation => f !== undefined);

    it("reaches the user's Box::new and Vec::push lines through inlined alloc code", () => {
      const lines = userFrames.map((f) => `${f.functionName} ${f.line}:${f.column}`);
      expect(lines).toContain('alloc::make_list 12:21'); // Box::new(Node { … })
      expect(lines).toContain('alloc::run 22:9'); // v.push(i)
      expect(lines).toContain('alloc::run 19:16'); // make_list(n)
    });

    it('prefers the demangled Rust symbol to DWARF impl-block scopes', () => {
      const names = layout.funcs.flatMap((f) => f.calls).map((c) => r.resolve(c.offset).functionName);
      expect(names).toContain('std::collections::hash::map::RandomState::new');
      expect(names.some((n) => n?.includes('{impl#'))).toBe(false);
    });
  });

  it('reads a modern rustc\'s DWARF 5 (file register starting at 1, strx/addrx/rnglists forms)', () => {
    const bytes = wasm('rust-v0-dwarf5');
    const malloc = createResolver(bytes).resolve(callsTo(bytes, '_RNvCs9phS9HZDOFK_6nocore6helper', 'malloc')[0]!.offset);
    expect(chain(malloc)).toEqual(['src/nocore.rs:23:14', 'src/nocore.rs:28:5']);
    expect([malloc, ...malloc.inlined!].map((f) => f.functionName)).toEqual(['nocore::checked', 'nocore::helper']);
    expect(at('rust-v0-dwarf5', 'run', '_RNvCs9phS9HZDOFK_6nocore6helper')).toMatchObject({ file: 'src/nocore.rs', line: 33, column: 13, functionName: 'nocore::run' });
  });

  it('serves the source embedded by clang -gdwarf-5 -gembed-source', () => {
    const r = createResolver(wasm('inlined-O1-dwarf5'));
    expect(r.sourceContent('src/inlined.c')).toBe(readFileSync(join(SRC, 'inlined.c'), 'utf8'));
    expect(r.sourcesWithContent().map((s) => s.file)).toContain('src/inlined.c');
    expect(createResolver(wasm('inlined-O1')).sourceContent('src/inlined.c')).toBeNull();
  });

  it('resolves Emscripten DWARF rewritten by wasm-opt, keeping ../ of a relative comp dir', () => {
    expect(at('em-sites-g', 'make_node', 'dlmalloc')).toMatchObject({ file: '../src/sites.c', line: 7, column: 20 });
  });

  it('says nothing it does not know: an offset outside every body', () => {
    const r = createResolver(wasm('sites-O1'));
    expect(r.resolve(0)).toMatchObject({ file: null, line: 0, funcIndex: -1 });
  });

  describe("Emscripten -gseparate-dwarf (external_debug_info)", () => {
    const bytes = wasm('em-sep');
    const readBinaryFile = (p: string) => (p === 'data/em-sep.debug.wasm' ? new Uint8Array(readFileSync(join(DATA, 'em-sep.debug.wasm'))) : undefined);

    it('reads DWARF from the separate file, relative to sourceMapBaseDir, and agrees with llvm-symbolizer on it', () => {
      const r = createResolver(bytes, { readBinaryFile, sourceMapBaseDir: 'data' });
      expect(r.kind).toBe('dwarf');
      expect(r.warnings).toEqual([]);
      const calls = readCodeLayout(bytes).funcs.flatMap((f) => f.calls);
      const expected = symbolizerFrames('em-sep.debug');
      expect(expected.length).toBe(calls.length);
      calls.forEach((c, i) => {
        const want = expected[i]!.map(([, pos]) => pos.replace(/^(.*):(\d+):(\d+)$/, (_, f, l, col) => `${normalizePath(f)}:${l}:${col}`));
        expect(chain(r.resolve(c.offset))).toEqual(want);
      });
      expect(r.resolve(callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset)).toMatchObject({ file: '../src/sites.c', line: 7, column: 20 });
    });

    it('falls back to names, saying why, when the file cannot be read', () => {
      expect(createResolver(bytes, { sourceMapBaseDir: 'data' }).warnings).toEqual([
        'external_debug_info names "data/em-sep.debug.wasm", but no readBinaryFile option was given to read it']);
      const missing = createResolver(bytes, { readBinaryFile, sourceMapBaseDir: 'elsewhere' });
      expect(missing.kind).toBe('names');
      expect(missing.warnings).toEqual(['separate DWARF file "elsewhere/em-sep.debug.wasm" (from external_debug_info) could not be read']);
    });
  });

  it('does not choose DWARF whose line programs wasm-opt emptied', () => {
    const bytes = wasm('sites-O1-wasmopt');
    const r = createResolver(bytes);
    expect(r.kind).toBe('names');
    expect(r.warnings).toEqual(['DWARF has no line rows (stripped by wasm-opt?); not using it']);
    expect(symbolizerFrames('sites-O1-wasmopt').flat().every(([, pos]) => pos === '??:0:0')).toBe(true);
    const call = readCodeLayout(bytes).funcs.flatMap((f) => f.calls)[0]!;
    expect(r.resolve(call.offset)).toMatchObject({ file: null, line: 0 });
  });

  describe('damaged DWARF', () => {
    const original = wasm('sites-O1');
    const section = (bytes: Uint8Array, name: string) => readSections(bytes).find((x) => x.name === name)!;
    const u32 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);
    const makeNodeMalloc = callsTo(original, 'make_node', 'malloc')[0]!.offset;

    it('skips a unit whose DIEs cannot be read, with a warning, and keeps its line rows', () => {
      const bytes = original.slice();
      const info = section(bytes, '.debug_info');
      const second = info.contentStart + 4 + u32(bytes, info.contentStart); // crt1's unit, then sites.c's
      bytes[second + 11] = 0x7f; // the unit DIE's abbreviation code (v4 header: 11 bytes)
      const r = createResolver(bytes);
      expect(r.kind).toBe('dwarf');
      expect(r.warnings).toEqual([expect.stringMatching(/^\.debug_info unit at 0x[0-9a-f]+: DIE at 0x[0-9a-f]+ uses abbreviation 127, which its unit's table does not define/)]);
      expect(r.resolve(makeNodeMalloc)).toMatchObject({ file: 'src/sites.c', line: 7, column: 20, functionName: 'make_node' });
    });

    it('keeps the units before a truncated unit header, and every line row', () => {
      const info = section(original, '.debug_info');
      const firstUnitEnd = info.contentStart + 4 + u32(original, info.contentStart);
      const cut = original.slice(info.contentStart, firstUnitEnd + 3); // the next header's length, cut short
      const bytes = editCustomSections(original, (n) => n === '.debug_info', [['.debug_info', cut]]);
      const r = createResolver(bytes);
      expect(r.warnings).toEqual([`.debug_info unit at 0x${(firstUnitEnd - info.contentStart).toString(16)}: truncated u32: 4 bytes needed, 3 left at byte 0x${(firstUnitEnd - info.contentStart).toString(16)}`]);
      expect(r.resolve(makeNodeMalloc)).toMatchObject({ file: 'src/sites.c', line: 7, column: 20, functionName: 'make_node' });
    });

    it('skips a line program that cannot be read, with a warning, and keeps the others', () => {
      const bytes = original.slice();
      const line = section(bytes, '.debug_line');
      const second = line.contentStart + 4 + u32(bytes, line.contentStart); // sites.c's program
      bytes[second + 4] = 5; bytes[second + 5] = 0; // claims version 5: the v4 header then misreads
      bytes[second + 10] = 0xff; // ... and its header_length overruns the unit
      const r = createResolver(bytes);
      expect(r.warnings.some((w) => /^\.debug_line program at 0x[0-9a-f]+: /.test(w))).toBe(true);
      const loc = r.resolve(makeNodeMalloc);
      expect(loc.file).not.toBe('src/sites.c');
      expect(loc.functionName).toBe('make_node'); // from .debug_info, still intact
      expect(r.resolve(callsTo(bytes, 'malloc', 'dlmalloc')[0]!.offset).file).toBe('dlmalloc/src/dlmalloc.c');
    });
  });
});

describe('DWARF fuzz', () => {
  it('never throws or hangs on flipped bytes in debug sections; falls back with warnings', () => {
    const original = wasm('inlined-O1-dwarf5');
    const layout = readCodeLayout(original);
    const debug = readSections(original).filter((s) => s.name?.startsWith('.debug_'));
    const offsets = layout.funcs.flatMap((f) => f.calls).map((c) => c.offset);
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 12 }), (flips) => {
      const bytes = original.slice();
      for (const [where, value] of flips) {
        const s = debug[where % debug.length]!;
        bytes[s.contentStart + (Math.floor(where / debug.length) % (s.end - s.contentStart))] = value;
      }
      const r = createResolver(bytes, { layout });
      for (const o of offsets) {
        const loc = r.resolve(o);
        expect(typeof loc.line).toBe('number');
      }
    }), { numRuns: 300 });
  });
});
