// WAT in → WAT out for each rewrite (test/instrument/wat/NAME.wat → NAME.expected.wat, the
// printed output plus its site table), then the module is run with recording hooks to check
// what the rewrite MEANS: which events arrive, with which sizes and sites.
// A missing expected file fails. Regenerate them after a deliberate change with UPDATE_GOLDEN=1
// (e.g. `UPDATE_GOLDEN=1 npx vitest run test/instrument/rewrite.test.ts`) and review the diff.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument, InstrumentError, type InstrumentOptions, type InstrumentResult } from './validate';
import { recordingHooks, siteLine, type RecordingHooks } from './hooks';
import { watToWasm, wasmToWat } from './wat';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'wat');

function rewrite(name: string, options: InstrumentOptions = {}, names = true): { input: Uint8Array; out: InstrumentResult } {
  const input = watToWasm(readFileSync(join(DIR, `${name}.wat`), 'utf8'), names);
  const out = instrument(input, options);
  const printed = `;; sites: ${JSON.stringify(out.sites)}\n${wasmToWat(out.bytes)}`;
  const expectedPath = join(DIR, `${name}.expected.wat`);
  if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, printed);
  else if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run with UPDATE_GOLDEN=1 to write it, then review it`);
  expect(printed).toBe(readFileSync(expectedPath, 'utf8'));
  return { input, out };
}

function run(bytes: Uint8Array, hooks: RecordingHooks, env: Record<string, unknown> = {}) {
  const mod = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  return new WebAssembly.Instance(mod, { 'wasm-tracemalloc': hooks.imports, env } as WebAssembly.Imports).exports as Record<string, any>;
}

const summary = (out: InstrumentResult, h: RecordingHooks) =>
  h.events.map((e) => `${e.type} ${e.size} @${e.sites.map((s) => (s ? siteLine(out.sites, s) : '?')).join('<')}`);

describe('libc profile: wrappers, direct sites, frames, table calls, strdup', () => {
  const { out } = rewrite('libc');

  it('finds the allocator functions by name', () => {
    expect(out.profile).toBe('libc');
    expect(out.stats.allocators.map((a) => `${a.name}:${a.role}`)).toEqual(['malloc:alloc', 'free:free', 'realloc:realloc', 'strdup:wrapper']);
  });

  it('reports each allocation once, at its own site, with deeper frames', () => {
    const h = recordingHooks(4);
    const main = run(out.bytes, h).main;
    const ret = main();
    // Same result as the original module.
    const plain = new WebAssembly.Instance(new WebAssembly.Module(watToWasm(readFileSync(join(DIR, 'libc.wat'), 'utf8')) as Uint8Array<ArrayBuffer>)).exports as any;
    expect(ret).toBe(plain.main());
    // Line numbers are 0 (no DWARF): sites read `function+0xOFFSET`, distinct per call.
    const fn = (e: string) => e.replace(/\+0x[0-9a-f]+:0/g, '');
    expect(summary(out, h).map(fn)).toEqual([
      'alloc 100 @main',
      'alloc 7 @main',
      'alloc 2153 @make<main',           // through $make: a frame pushed at main's call
      'realloc 300 @main',               // realloc's inner malloc/free record nothing
      'alloc 51 @make<main',             // the table's $make: the call_indirect is the frame
      'alloc 60 @main',                  // the table's $malloc: the call_indirect's own site, once
      'alloc 16 @main',                  // strdup's inner malloc reports strdup's call site
      'free 0 @main',                    // the failed malloc(70000) recorded nothing; free(NULL) neither
    ]);
    expect(h.stackDepth()).toBe(0);
    expect(h.depth.value).toBe(0);
  });

  it('records nothing, and pushes no frame, when tracing is 0', () => {
    const h = recordingHooks(0);
    run(out.bytes, h).main();
    expect(h.events).toEqual([]);
  });

  it('reports calls from JS through the export as site 0', () => {
    const h = recordingHooks(1);
    const ex = run(out.bytes, h);
    const p = ex.malloc(32);
    ex.free(p);
    expect(h.events).toEqual([{ type: 'alloc', ptr: p, size: 32, sites: [0] }, { type: 'free', ptr: p, size: 0, sites: [0] }]);
  });

  it('with frames: false, only allocator calls (and pointer calls that can land in one) change', () => {
    const r = instrument(watToWasm(readFileSync(join(DIR, 'libc.wat'), 'utf8')), { frames: false });
    // the two call_indirects of the allocator's signature stay sites (docs/hook-abi.md), frame-less
    expect(r.stats.frameSites).toBe(2);
    expect(r.sites.sites.filter((s) => s[4] === 1).length).toBe(2);
    expect(r.stats.hookImports).not.toContain('enter');
    expect(r.stats.allocSites).toBe(out.stats.allocSites);
  });
});

describe('C++ operator new over malloc', () => {
  const { out } = rewrite('cxx-nested');
  it('records new once (not its inner malloc) and delete once', () => {
    expect(out.profile).toBe('libc+c++');
    expect(out.stats.nestedCalls).toBe(2);
    const h = recordingHooks(1);
    run(out.bytes, h).run();
    expect(h.events.map((e) => `${e.type} ${e.size}`)).toEqual(['alloc 24', 'free 0']);
  });
});

describe('Rust v0-mangled shims', () => {
  const { out } = rewrite('rust');
  it('maps __rust_realloc(ptr, old, align, new) to a realloc of the new size', () => {
    expect(out.profile).toBe('rust');
    const h = recordingHooks(1);
    const v = run(out.bytes, h).run();
    expect(h.events.map((e) => [e.type, e.size, e.ptr])).toEqual([['alloc', 16, 1024], ['realloc', 64, 1040], ['free', 0, v]]);
    expect(h.events[1]!.old).toBe(1024);
  });
});

describe('user-named allocator in a module without names', () => {
  it('is found by export name and by index, with the size in argument 1', () => {
    const { out } = rewrite('custom', { alloc: [{ function: 'arena_alloc', size: 1 }], free: [{ function: 1, ptr: 1 }] }, false);
    expect(out.profile).toBe('user');
    const h = recordingHooks(1);
    const p = run(out.bytes, h).run();
    expect(h.events.map((e) => [e.type, e.ptr, e.size])).toEqual([['alloc', p, 48], ['free', p, 0]]);
  });

  it('quotes a wrong name or argument position', () => {
    const input = watToWasm(readFileSync(join(DIR, 'custom.wat'), 'utf8'), false);
    expect(() => instrument(input, { alloc: ['nope'] })).toThrow(new InstrumentError(
      'options.alloc: no function "nope" in the module (expected a name from the name section, an export name, or an index below 3)',
      { code: 'bad-option', option: 'alloc', value: 'nope' }));
    expect(() => instrument(input, { alloc: [{ function: 'arena_alloc', size: 5 }] })).toThrow(new InstrumentError(
      'options.alloc "arena_alloc": function 0 has signature (i32, i32) -> (i32), expected an i32 argument at position 5 for a alloc function',
      { code: 'bad-option', option: 'alloc', value: 'arena_alloc' }));
  });
});

describe('control: a module without an allocator', () => {
  const input = watToWasm(readFileSync(join(DIR, 'control.wat'), 'utf8'));
  it('is refused with what was looked for and how to name functions', () => {
    expect(() => instrument(input)).toThrow(/^no allocator found: looked for malloc\/calloc\/realloc\/free.* in the name section and the exports; name your allocator with options \{ alloc: \['my_alloc'\], free: \['my_free'\] \}/);
  });
  it('is returned byte for byte unchanged with allowNoAllocator', () => {
    const r = instrument(input, { allowNoAllocator: true });
    expect(r.profile).toBe('none');
    expect(Buffer.from(r.bytes).equals(Buffer.from(input))).toBe(true);
  });
});

describe('SIMD, bulk memory and atomics', () => {
  it('pass through unchanged around an allocation', () => {
    const input = watToWasm(readFileSync(join(DIR, 'simd.wat'), 'utf8'));
    const out = instrument(input, {});
    const h = recordingHooks(2);
    const plain = (new WebAssembly.Instance(new WebAssembly.Module(input as Uint8Array<ArrayBuffer>)).exports as any).run();
    expect(plain).toBe(12);
    expect(run(out.bytes, h).run()).toBe(plain);
    expect(h.events.map((e) => e.size)).toEqual([48]);
  });
});

describe('renumbering: data offsets, globals, start, element segments, ref.func, table.init', () => {
  const { input, out } = rewrite('remap');
  it('runs exactly as the original, with every index pointing where it did', () => {
    const go = (bytes: Uint8Array, hooks: RecordingHooks | null) => {
      const logged: number[] = [];
      const env = { base: 1000, log: (x: number) => logged.push(x) };
      const imports = { env, ...(hooks ? { 'wasm-tracemalloc': hooks.imports } : {}) } as WebAssembly.Imports;
      const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>), imports).exports as any;
      const first = ex.counter.value;
      return { first, ret: ex.run(), logged, counter: ex.counter.value };
    };
    const h = recordingHooks(2);
    const plain = go(input, null);
    expect(plain).toEqual({ first: 100, ret: 1101 + 104, logged: [8, 1000], counter: 1101 });
    expect(go(out.bytes, h)).toEqual(plain);
    // the table's $alloc_one → malloc(1): a frame at run's call_indirect; run's own malloc(16): direct
    expect(h.events.map((e) => [e.type, e.size, e.sites.length])).toEqual([['alloc', 1, 2], ['alloc', 16, 1]]);
  });
});