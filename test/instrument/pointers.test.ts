// Allocators reached through function pointers (docs/hook-abi.md, "Allocations through function
// pointers"): frame 0 is the call_indirect's own site when the callee is an allocator's entry,
// never when it is a non-allocator that gets to an allocator some other way (JS, a direct call),
// and nothing is left behind for a later call from JS.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import binaryen from 'binaryen';
import { describe, expect, it } from 'vitest';
import { instrument, type InstrumentResult } from './validate';
import { recordingHooks, type RecordingHooks } from './hooks';
import { watToWasm } from './wat';

const WAT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'pointers.wat'), 'utf8');

describe('frames on', () => {
  const out = instrument(watToWasm(WAT));
  // Sites have no lines (no DWARF): name them by function and order of appearance.
  const name = (s: number) => (s === 0 ? '?' : out.sites.functions[out.sites.sites[s]![3]!]!);

  function start(nframe: number, onCallback?: (ex: Record<string, any>, n: number) => number) {
    const h = recordingHooks(nframe);
    let ex: Record<string, any> = {};
    const callback = (n: number) => (onCallback ? onCallback(ex, n) : 0);
    ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
      { 'wasm-tracemalloc': h.imports, env: { callback } } as WebAssembly.Imports).exports as Record<string, any>;
    return { h, ex };
  }
  const trace = (h: RecordingHooks) => h.events.map((e) => `${e.type} ${e.size} @${e.sites.map(name).join('<')}`);

  it('the call_indirect is a frame-only site, and the module gets the two internal globals', () => {
    const rows = out.sites.sites.slice(1).map((r) => `${out.sites.functions[r[3]!]}:${r[4]}`);
    // (the calls to the `callback` import are frame sites too: its JS may call the exported malloc)
    expect(rows).toEqual(['strdup:0', 'via_js:1', 'make:0', 'through:1', 'outer:1', 'js:1']);
    const mod = new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>);
    // Internal: no new import for them (the hook ABI is unchanged).
    expect(WebAssembly.Module.imports(mod).filter((i) => i.module === 'wasm-tracemalloc').map((i) => i.name).sort())
      .toEqual(['alloc', 'depth', 'enter', 'free', 'leave', 'tracing']);
  });

  it('frame 0 is the call_indirect when it lands in an allocator, shown once (nframe 4)', () => {
    const { h, ex } = start(4, (e, n) => e.malloc(n));
    ex.outer(0, 100);   // malloc through the pointer
    ex.outer(2, 7);     // strdup through the pointer: its inner malloc reports the pointer call
    ex.outer(3, 300);   // a helper through the pointer: its own direct call is frame 0
    ex.outer(1, 200);   // a non-allocator through the pointer, which calls JS, which calls malloc
    ex.malloc(5);       // JS, afterwards
    expect(trace(h)).toEqual([
      'alloc 100 @through<outer',
      'alloc 16 @through<outer',
      'alloc 300 @make<through<outer',
      'alloc 200 @?<via_js<through<outer', // frame 0 not the pointer call; via_js's call to JS is a frame
      'alloc 5 @?',
    ]);
    expect(h.stackDepth()).toBe(0);
    expect(h.depth.value).toBe(0);
  });

  it('at nframe 1 the site alone is the call_indirect', () => {
    const { h, ex } = start(1, (e, n) => e.malloc(n));
    ex.through(0, 64);
    ex.outer(1, 65);
    ex.js(66);
    expect(trace(h)).toEqual(['alloc 64 @through', 'alloc 65 @?', 'alloc 66 @?']);
  });

  it('a pointer call made while not tracing leaves nothing for a later call from JS', () => {
    const { h, ex } = start(0, (e, n) => e.malloc(n));
    ex.through(0, 10);
    ex.through(1, 11);
    h.tracing.value = 3;
    ex.malloc(12);
    ex.js(13);
    expect(trace(h)).toEqual(['alloc 12 @?', 'alloc 13 @?<js']); // frame 0 no pointer site; js's import call a frame
    expect(h.stackDepth()).toBe(0);
  });

  it('after a trapping pointer call, an export resets the pointer site on entry', () => {
    const { h, ex } = start(1, (e, n) => e.malloc(n));
    expect(() => ex.through(4, 1)).toThrow(WebAssembly.RuntimeError);
    ex.js(21);          // any exported function resets it: JS's malloc from there is site 0
    ex.malloc(22);
    expect(trace(h)).toEqual(['alloc 21 @?', 'alloc 22 @?']);
  });

  it('same result as the original module', () => {
    const plain = new WebAssembly.Instance(new WebAssembly.Module(watToWasm(WAT) as Uint8Array<ArrayBuffer>),
      { env: { callback: () => 0 } }).exports as Record<string, any>;
    const { ex } = start(2);
    for (const slot of [0, 1, 2, 3]) expect(ex.outer(slot, 40)).toBe(plain.outer(slot, 40));
  });
});

// Frames off: no shadow stack, but the pointer call is still a site (kind 1) for the entry.
describe('frames: false', () => {
  it('reports the pointer call as the site, and nothing from JS afterwards', () => {
    const out: InstrumentResult = instrument(watToWasm(WAT), { frames: false });
    expect(out.stats.hookImports).not.toContain('enter');
    expect(out.stats.hookImports).not.toContain('leave');
    const h = recordingHooks(1);
    let ex: Record<string, any> = {};
    ex = new WebAssembly.Instance(new WebAssembly.Module(out.bytes as Uint8Array<ArrayBuffer>),
      { 'wasm-tracemalloc': h.imports, env: { callback: (n: number) => ex.malloc(n) } } as WebAssembly.Imports).exports as Record<string, any>;
    ex.through(0, 8);
    ex.through(2, 9);
    ex.outer(3, 10);
    ex.outer(1, 11);
    ex.malloc(12);
    const name = (s: number) => (s === 0 ? '?' : out.sites.functions[out.sites.sites[s]![3]!]!);
    expect(h.events.map((e) => `${e.size} @${e.sites.map(name).join('<')}`)).toEqual(['8 @through', '16 @through', '10 @make', '11 @?', '12 @?']);
  });
});

// call_ref (typed function references): Node 20 cannot run it, so only Binaryen validates the
// output (./validate) and the pointer site is read off the printed code.
describe('call_ref', () => {
  it('sets the pointer site before a call_ref of an allocator signature', () => {
    const wat = `(module
      (type $alloc_t (func (param i32) (result i32)))
      (memory (export "memory") 1)
      (global $bump (mut i32) (i32.const 1024))
      (elem declare func $malloc)
      (func $malloc (export "malloc") (type $alloc_t) (param $n i32) (result i32)
        (local $p i32)
        (local.set $p (global.get $bump))
        (global.set $bump (i32.add (local.get $p) (local.get $n)))
        (local.get $p))
      (func $main (export "main") (param $n i32) (result i32)
        (call_ref $alloc_t (local.get $n) (ref.func $malloc))))`;
    const F = binaryen.Features as typeof binaryen.Features & { CompactImports: number };
    const debugInfo = binaryen.getDebugInfo();
    binaryen.setDebugInfo(true); // names, so sites name their functions
    const m = binaryen.parseText(wat);
    m.setFeatures(F.MVP | F.ReferenceTypes | F.GC | F.MutableGlobals);
    const input = m.emitBinary();
    m.dispose();
    binaryen.setDebugInfo(debugInfo);
    const out = instrument(input, { validate: false });
    expect(out.sites.sites.slice(1).map((r) => `${out.sites.functions[r[3]!]}:${r[4]}`)).toEqual(['main:1']);
    const o = (binaryen.readBinary as (b: Uint8Array, f: number) => binaryen.Module)(out.bytes, F.All & ~F.CompactImports);
    try {
      binaryen.setDebugInfo(true);
      o.setFeatures(F.All);
      const text = o.emitText();
      // the call_ref sets $site (the frame its callee pushes) and $indirect_site to site 1
      const main = text.slice(text.indexOf('(func $main'));
      expect(main).toMatch(/global\.set \$wasm-tracemalloc\.site\s+\(i32\.const 1\)/);
      expect(main).toMatch(/global\.set \$indirect_site\s+\(i32\.const 1\)/);
      expect(text).toMatch(/\(func \$malloc [^]*?global\.get \$indirect_site/);   // read by the entry
    } finally {
      o.dispose();
      binaryen.setDebugInfo(debugInfo);
    }
  });
});
