// Names a module spells mangled (C++'s `_Z…`, Rust v0's `_R…`) are kept so in its site table and
// demangled by the runtime only for the frames a snapshot shows, once each (abi/site-codec.ts
// `Strings`, format version 5): instrumenting demangles none of them, a traced start none, and a
// snapshot those of its own frames. Before, instrument() demangled every function's name (~40 k
// for DuckDB, ~15 % of its work) for the few hundred a snapshot shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SITES_SECTION, decodeSiteTable } from '../../../abi';
import { loadFixture } from '../../../fixtures/index.mjs';
import type { Snapshot } from '../../../runtime/model/snapshot';
import * as tracemalloc from '../../../runtime/tracer/index';
import { instrument } from '../../instrument/validate';
import { editCustomSections } from '../../instrument/resolve/helpers';

// every call of the demangler, wherever it is made from (the codec's Strings, the instrumenter)
const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../../abi/demangle', async (original) => {
  const m = await original<typeof import('../../../abi/demangle')>();
  return { ...m, demangle: (name: string) => { calls.push(name); return m.demangle(name); } };
});

afterEach(() => tracemalloc.stop());

const here = import.meta.dirname;

describe('mangled names are demangled when shown', () => {
  it('C++ without DWARF, names mangled (the cpp fixture linked --no-demangle): kept mangled, a snapshot demangles its own frames once each', async () => {
    const fx = await loadFixture('cpp');
    const bytes = new Uint8Array(readFileSync(join(here, 'shown-names', 'cpp-mangled.wasm')));
    calls.length = 0;
    const out = instrument(bytes);
    // the allocator found (`how`, stats.discovery) is said demangled: those few names only
    expect(calls.length).toBeLessThanOrEqual(out.stats.allocators.length);
    const table = sitesOf(out.bytes);
    const marked = Array.from({ length: table.functions.length }, (_, i) => i).filter((i) => table.functions.isMangled(i));
    expect(marked.map((i) => table.functions.raw(i))).toEqual(expect.arrayContaining(['_Z4leafj', '_Z6middlej', '_Z5outerj', '_Z4leakv']));
    expect(marked.every((i) => table.functions.raw(i)!.startsWith('_Z'))).toBe(true);

    calls.length = 0;
    const snapshots: Snapshot[] = [];
    let beforeFirstSnapshot = -1;
    tracemalloc.start(16);
    const { stdout } = await fx.run(out.bytes, {
      instantiate: async (b, imports) => (await tracemalloc.instantiate(b as Uint8Array<ArrayBuffer>, imports, { name: 'cpp.wasm' })).instance,
      onCheckpoint: () => {
        if (beforeFirstSnapshot < 0) beforeFirstSnapshot = calls.length;
        snapshots.push(tracemalloc.takeSnapshot());
      },
    });
    tracemalloc.stop();
    expect(stdout).toBe(fx.manifest.stdout);
    // compiling, instantiating and running the traced module demangled nothing
    expect(beforeFirstSnapshot).toBe(0);
    // each name demangled once, and only names of frames the snapshots hold
    expect(new Set(calls).size).toBe(calls.length);
    const shown = shownFunctions(snapshots);
    const { demangle } = await vi.importActual<typeof import('../../../abi/demangle')>('../../../abi/demangle');
    for (const name of calls) expect(shown).toContain(demangle(name));
    // what they show is demangled, as llvm-cxxfilt prints it (the fixture's own manifest names these frames so)
    expect(shown).toEqual(expect.arrayContaining(['leaf(unsigned int)', 'middle(unsigned int)', 'outer(unsigned int)']));
    expect(shown.filter((f) => /^_Z/.test(f))).toEqual([]);
    expect(calls.length).toBeLessThan(marked.length);
  });

  it("Rust's legacy names (`_ZN…17h<hash>E`) are demangled by the instrumenter: the hash would keep apart names that read the same", async () => {
    const fx = await loadFixture('rust');
    const stripped = editCustomSections(fx.wasmBytes, (n) => n.startsWith('.debug_'));
    const out = instrument(stripped);
    const table = sitesOf(out.bytes);
    const names = table.functions.toArray();
    expect(names).toEqual(expect.arrayContaining(['lib::leaf', 'lib::make_box', 'alloc::raw_vec::finish_grow', 'core::ops::function::FnOnce::call_once']));
    // none kept with its hash (nor a clone's `.llvm.` suffix): each kept as shown, unmarked
    for (let i = 0; i < table.functions.length; i++) {
      expect(table.functions.raw(i)).not.toMatch(/17h[0-9a-f]{16}E/);
      expect(table.functions.isMangled(i)).toBe(false);
    }
    // one entry per name shown, as before: the instances of a generic read the same
    expect(new Set(names).size).toBe(names.length);
  });
});

function sitesOf(bytes: Uint8Array) {
  return decodeSiteTable(new Uint8Array(WebAssembly.Module.customSections(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>), SITES_SECTION)[0]!));
}

/** The function names of the snapshots' frames without a line (`name+0x1a`). */
function shownFunctions(snapshots: Snapshot[]): string[] {
  const files = new Set(snapshots.flatMap((s) => [...s.traces].flatMap((t) => [...t.traceback].map((f) => f.filename))));
  return [...files].filter((f) => /\+0x[0-9a-f]+$/.test(f)).map((f) => f.slice(0, f.lastIndexOf('+0x')));
}
