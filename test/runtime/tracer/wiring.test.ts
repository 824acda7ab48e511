import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../root';
import * as tracemalloc from '../../../runtime/tracer/index';
import { getSources } from '../../../runtime/tracer/tracer';
import { instrument } from '../../../instrument/index';
import { compileWat, PLAIN_WAT, programBytes, type Program } from './helpers';
import { coverageOf, snapshotNotes } from '../../../runtime/tracer/coverage';
import { watToWasm } from '../../instrument/wat';

const bytes = programBytes();
const plain = compileWat(PLAIN_WAT);

afterEach(() => {
  tracemalloc.stop();
  tracemalloc.unpatchWebAssembly();
  tracemalloc.setInstrumenter(null);
  vi.restoreAllMocks();
});

const lastDomain = (): number => getSources().at(-1)!.domain;

describe('patchWebAssembly', () => {
  it('traces instrumented modules through every WebAssembly entry point, then unpatches', async () => {
    const originals = [WebAssembly.instantiate, WebAssembly.Module, WebAssembly.Instance, WebAssembly.compile];
    tracemalloc.patchWebAssembly();
    expect(tracemalloc.isWebAssemblyPatched()).toBe(true);
    tracemalloc.start();
    const domains: number[] = [];

    const { instance, module } = await WebAssembly.instantiate(bytes, {});
    domains.push(lastDomain());
    expect(instance).toBeInstanceOf(WebAssembly.Instance);
    expect(module).toBeInstanceOf(WebAssembly.Module);
    (instance.exports as unknown as Program).alloc_here(1001);

    const fromModule = await WebAssembly.instantiate(module, {});
    domains.push(lastDomain());
    (fromModule.exports as unknown as Program).alloc_here(1002);

    const compiled = await WebAssembly.compile(bytes);
    const sync = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    domains.push(lastDomain());
    expect(sync).toBeInstanceOf(WebAssembly.Instance);
    expect(compiled).toBeInstanceOf(WebAssembly.Module);
    (sync.exports as unknown as Program).alloc_here(1003);

    const streamed = await WebAssembly.instantiateStreaming(
      new Response(bytes, { headers: { 'content-type': 'application/wasm' } }),
      {},
    );
    domains.push(lastDomain());
    (streamed.instance.exports as unknown as Program).alloc_here(1004);

    expect(new Set(domains).size).toBe(4);
    const sizes = new Map([...tracemalloc.takeSnapshot().traces].map((t) => [t.domain, t.size]));
    expect(domains.map((d) => sizes.get(d))).toEqual([1001, 1002, 1003, 1004]);

    tracemalloc.unpatchWebAssembly();
    expect([WebAssembly.instantiate, WebAssembly.Module, WebAssembly.Instance, WebAssembly.compile]).toEqual(originals);
  });

  it('lets uninstrumented modules run untouched: one line for a module with memory, none for one without', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    tracemalloc.patchWebAssembly();
    const before = getSources().length;
    const { instance } = await WebAssembly.instantiate(plain);
    const again = new WebAssembly.Instance(new WebAssembly.Module(plain));
    expect((instance.exports.add as (a: number, b: number) => number)(2, 3)).toBe(5);
    expect((again.exports.add as (a: number, b: number) => number)(2, 3)).toBe(5);
    expect(getSources().length).toBe(before);
    expect(warn).not.toHaveBeenCalled(); // no memory: nothing to trace, nothing to say
    const withMemory = compileWat('(module (memory 1) (func (export "f") (result i32) (i32.load (i32.const 0))))');
    await WebAssembly.instantiate(withMemory);
    await WebAssembly.instantiate(withMemory); // the same module again: still one line
    expect(warn).toHaveBeenCalledTimes(1);
    // the JS file that compiled the bytes is named (this test file), with its line and column
    expect(String(warn.mock.calls[0]![0])).toMatch(/^wasm-tracemalloc: bytes compiled by \S*wiring\.test\.ts:\d+:\d+: not traced: not instrumented \(.*or run Node with --import wasm-tracemalloc\/register\)$/);
  });

  // Emscripten side modules (a dylink.0 section first, the main module's memory imported): a
  // Postgres extension (PGlite's pg_trgm) allocates through the main module's palloc/pfree, a
  // tree-sitter grammar calls nothing. Neither is instrumented (no allocator of its own).
  it('says a side module allocates through the main module when it calls its functions; a grammar that calls none stays quiet', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((l) => lines.push(String(l)));
    vi.spyOn(console, 'debug').mockImplementation((l) => lines.push(String(l)));
    tracemalloc.setInstrumenter((b) => instrument(b, { allowNoAllocator: true }));
    tracemalloc.patchWebAssembly();
    const side = (wat: string): Uint8Array<ArrayBuffer> => {
      const body = compileWat(wat);
      const dylink = [0, 9, 8, ...new TextEncoder().encode('dylink.0')]; // custom section, no subsections
      return new Uint8Array([...body.subarray(0, 8), ...dylink, ...body.subarray(8)]);
    };
    new WebAssembly.Module(side(`(module (import "env" "memory" (memory 1)) (import "env" "palloc" (func $palloc (param i32) (result i32)))
      (import "env" "pfree" (func $pfree (param i32)))
      (func (export "similarity") (param i32) (call $pfree (call $palloc (local.get 0)))))`));
    new WebAssembly.Module(side('(module (import "env" "memory" (memory 1)) (func (export "lang") (result i32) (i32.load (i32.const 0))))'));
    expect(lines).toEqual([
      expect.stringMatching(/: traced \(a side module: it allocates through the main module's functions \(palloc, pfree…\), traced there \(its own frames read <unknown>\)\)$/),
    ]);
  });

  // Emscripten's addFunction compiles a thunk per JS function it adds (an import re-exported, no
  // code), while the program runs: pyodide ~260, libxml2-wasm 4. register's instrumenter reads the
  // glue and keys its cache for each module it is handed (a 1.25 MB glue for pyodide's: ~5 s of
  // CPU); nothing in a module without code can be hooked, so it is not handed over.
  it('hands a module without code to no instrumenter, and compiles it as it is', () => {
    const seen: number[] = [];
    tracemalloc.setInstrumenter((input) => (seen.push(input.length), instrument(input, { allowNoAllocator: true })));
    tracemalloc.patchWebAssembly();
    tracemalloc.start();
    const thunk = watToWasm('(module (import "e" "f" (func $f (param i32) (result i32))) (export "f" (func $f)))') as Uint8Array<ArrayBuffer>;
    const f = (x: number): number => x + 1;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(thunk), { e: { f } });
    expect((instance.exports.f as (x: number) => number)(41)).toBe(42);
    expect(seen).toEqual([]);
    // a module with code is still handed over (the oracle that the spy sees compiles at all)
    new WebAssembly.Module(plain);
    expect(seen).toEqual([plain.length]);
  });

  it('instruments on the fly when an instrumenter is installed (as register.ts does)', async () => {
    const seen: string[] = [];
    tracemalloc.setInstrumenter((input, name) => {
      seen.push(name);
      expect(input).toEqual(programBytes(null));
      return bytes as Uint8Array<ArrayBuffer>;
    });
    tracemalloc.patchWebAssembly();
    tracemalloc.start();
    const { instance } = await WebAssembly.instantiate(programBytes(null), {});
    (instance.exports as unknown as Program).alloc_here(4321);
    expect(seen).toEqual(['wasm']);
    expect(String(tracemalloc.takeSnapshot().statistics('lineno')[0])).toBe('src/app.c:10: size=4321 B, count=1, average=4321 B');
  });

  // The README's API path: setInstrumenter hands back instrument()'s result. Its line says which
  // allocator was hooked and how it was found (or why nothing was), as register's does.
  it("says which allocator and how when the instrumenter hands back instrument()'s result", async () => {
    const lines: string[] = []; // traced: a debug line; not traced: a warning (modules.ts)
    vi.spyOn(console, 'warn').mockImplementation((line) => lines.push(`warn ${line}`));
    vi.spyOn(console, 'debug').mockImplementation((line) => lines.push(`debug ${line}`));
    const heap = compileWat(`(module (memory (export "memory") 1) (global $top (mut i32) (i32.const 1024))
      (func $malloc (export "malloc") (param i32) (result i32) (local i32)
        (local.set 1 (global.get $top)) (global.set $top (i32.add (global.get $top) (local.get 0))) (local.get 1))
      (func (export "free") (param i32))
      (func (export "keep") (param i32) (result i32) (call $malloc (local.get 0))))`);
    const statics = compileWat('(module (memory (export "memory") 1) (func (export "f") (result i32) (i32.load (i32.const 8))))');
    tracemalloc.setInstrumenter((input) => instrument(input, { allowNoAllocator: true }));
    tracemalloc.patchWebAssembly();
    tracemalloc.start();
    const { instance } = await WebAssembly.instantiate(heap, {});
    (instance.exports.keep as (n: number) => number)(77);
    expect([...tracemalloc.takeSnapshot().traces].map((t) => t.size)).toEqual([77]);
    await WebAssembly.instantiate(statics, {});
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^debug wasm-tracemalloc: bytes compiled by \S*wiring\.test\.ts:\d+:\d+: traced \(libc, found by exports: malloc, free\)$/);
    expect(lines[1]).toMatch(/^warn wasm-tracemalloc: .*: not traced: static buffers only: it has no allocator and never grows its memory/);
    // the bytes alone (instrument(b).bytes) still say only that they were instrumented
    tracemalloc.setInstrumenter((input) => instrument(input).bytes);
    await WebAssembly.instantiate(compileWat(`(module (memory 1) (func (export "malloc") (param i32) (result i32) (local.get 0)) (func (export "free") (param i32)))`), {});
    expect(lines.slice(2)).toEqual([expect.stringMatching(/^debug wasm-tracemalloc: .*: traced \(instrumented on load\)$/)]);
  });

  // A module whose free is hooked by nothing (inlined into its caller): instrument()'s caveat
  // travels with the module's line into the snapshot (its `modules` entry), printed under numbers.
  it("keeps instrument()'s caveats with the module: frees not traced", async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const heap = watToWasm(`(module (memory (export "memory") 1) (global $top (mut i32) (i32.const 1024))
      (func $malloc (param i32) (result i32) (local i32)
        (local.set 1 (global.get $top)) (global.set $top (i32.add (global.get $top) (local.get 0))) (local.get 1))
      (func (export "churn") (param i32) (i32.store (call $malloc (local.get 0)) (i32.const 0))))`) as Uint8Array<ArrayBuffer>;
    tracemalloc.setInstrumenter((input) => instrument(input));
    tracemalloc.patchWebAssembly();
    tracemalloc.start();
    const { instance } = await WebAssembly.instantiate(heap, {});
    (instance.exports.churn as (n: number) => void)(40);
    const snapshot = tracemalloc.takeSnapshot();
    const module = coverageOf(snapshot).traced.at(-1); // this one, loaded last
    expect(module!.caveats).toEqual([expect.stringMatching(/^frees not traced\? libc allocates through malloc, but no function that frees its blocks was found/)]);
    expect(snapshotNotes(snapshot)).toContain('Traced with a caveat: 1 module (some of its numbers may not be exact):');
  });

  // The same module instrumented ahead of time (CLI `instrument`, a bundler): the caveat travels in
  // the bytes (the wasm-tracemalloc.caveats section), so the module's line and snapshot keep it.
  it('keeps the caveats of a module instrumented ahead of time', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'debug').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    const heap = watToWasm(`(module (memory (export "memory") 1) (global $top (mut i32) (i32.const 1024))
      (func $malloc (param i32) (result i32) (local i32)
        (local.set 1 (global.get $top)) (global.set $top (i32.add (global.get $top) (local.get 0))) (local.get 1))
      (func (export "churn") (param i32) (i32.store (call $malloc (local.get 0)) (i32.const 0))))`);
    const ahead = instrument(heap);
    const caveat = ahead.stats.warnings.find((w) => w.startsWith('frees not traced?'));
    expect(caveat).toBeDefined();
    tracemalloc.patchWebAssembly(); // no instrumenter: the bytes are already instrumented
    tracemalloc.start();
    const { instance } = await WebAssembly.instantiate(ahead.bytes as Uint8Array<ArrayBuffer>, {});
    (instance.exports.churn as (n: number) => void)(40);
    const snapshot = tracemalloc.takeSnapshot();
    expect(coverageOf(snapshot).traced.at(-1)!.caveats).toEqual([caveat]);
    // (the module of the test above is in this snapshot too)
    expect(snapshotNotes(snapshot)).toContainEqual(expect.stringMatching(/^Traced with a caveat: \d+ modules? \(some of its numbers may not be exact\):$/));
    // its line, then the caveat's
    const at = lines.findIndex((l) => /: traced \(instrumented ahead of time\)$/.test(l));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^wasm-tracemalloc: .*: frees not traced\? /);
    // and a module with nothing to say carries no such section
    const freed = instrument(compileWat(`(module (memory 1) (func (export "malloc") (param i32) (result i32) (local.get 0)) (func (export "free") (param i32)))`));
    expect(freed.stats.warnings).toEqual([]);
    expect(new TextDecoder('latin1').decode(freed.bytes).includes('wasm-tracemalloc.caveats')).toBe(false);
    expect(new TextDecoder('latin1').decode(ahead.bytes).includes('wasm-tracemalloc.caveats')).toBe(true);
  });

  // jco's transpiled components: each main module comes with a shim/adapter module that imports
  // the main module's memory and has no allocator. "static buffers only" was not true of it.
  it('says a module with no allocator that imports its memory works in another module\'s heap', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((l) => lines.push(String(l)));
    tracemalloc.setInstrumenter((b) => instrument(b, { allowNoAllocator: true }));
    tracemalloc.patchWebAssembly();
    const memory = new WebAssembly.Memory({ initial: 1 });
    await WebAssembly.instantiate(compileWat(`(module (import "env" "memory" (memory 0)) (import "env" "f" (func $f (param i32)))
      (func (export "g") (param i32) (call $f (i32.load (local.get 0)))))`), { env: { memory, f: () => {} } });
    await WebAssembly.instantiate(compileWat('(module (memory 1) (data (i32.const 8) "x") (func (export "h") (result i32) (i32.load (i32.const 8))))'));
    expect(lines).toEqual([
      expect.stringMatching(/: not traced: no allocator of its own: it works in a memory it imports \(another module's heap, traced where that module allocates\), which it never grows, so it allocates nothing itself$/),
      expect.stringMatching(/: not traced: static buffers only: it has no allocator and never grows its memory, so it allocates nothing at run time$/),
    ]);
  });

  // .NET on wasm (the zoo's @mlvscan/wasm-core): its jiterpreter compiles hundreds of tiny modules
  // as the program runs, each in the runtime's imported memory, from two lines of its JS. Each
  // printed its own line (336 identical lines on stderr), and `top` listed each under "Not traced".
  it('says once, then counts, other modules untraced from the same place for the same reason', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((l) => lines.push(String(l)));
    tracemalloc.setInstrumenter((b) => instrument(b, { allowNoAllocator: true }));
    tracemalloc.patchWebAssembly();
    tracemalloc.start();
    const memory = new WebAssembly.Memory({ initial: 1 });
    const trace = (n: number) => compileWat(`(module (import "env" "memory" (memory 0)) (func (export "t") (param i32) (i32.store (local.get 0) (i32.const ${n}))))`);
    for (let n = 0; n < 40; n++) new WebAssembly.Instance(new WebAssembly.Module(trace(n)), { env: { memory } }).exports.t;
    expect(lines).toEqual([
      expect.stringMatching(/^wasm-tracemalloc: bytes compiled by \S*wiring\.test\.ts:\d+:\d+: not traced: no allocator of its own: /),
      expect.stringMatching(/^wasm-tracemalloc: bytes compiled by \S*wiring\.test\.ts:\d+:\d+: more modules compiled there, not traced for the same reason \(not listed again\)$/),
    ]);
    const source = /^wasm-tracemalloc: (.*): not traced/.exec(lines[0]!)![1]!;
    // the snapshot still lists every module; what is read groups them
    const coverage = coverageOf(tracemalloc.takeSnapshot());
    expect(coverage.untraced.filter((m) => m.source === source)).toHaveLength(40);
    const notes = snapshotNotes(tracemalloc.takeSnapshot()).filter((l) => l.includes(source));
    expect(notes).toEqual([expect.stringMatching(/^ {2}.+ \(40 modules\): no allocator of its own: /)]);
  });

  // A wasm GC module (Kotlin/Wasm, dart2wasm, Hoot) keeps its objects in the engine's heap: the
  // refusal ("cannot instrument: GC types") said what the tool lacks, not where the heap is.
  it('says a wasm GC module keeps its objects in the engine\'s heap', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((l) => lines.push(String(l)));
    tracemalloc.setInstrumenter((b) => instrument(b, { allowNoAllocator: true }));
    tracemalloc.patchWebAssembly();
    const gc = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
      1, 8, 2, 0x5f, 1, 0x7f, 1, 0x60, 0, 0, // types: (struct (field (mut i32))), (func)
      3, 2, 1, 1, 5, 3, 1, 0, 1, 10, 4, 1, 2, 0, 0x0b]); // one function of type 1, a memory, its body
    // Node 20 compiles GC types only with --experimental-wasm-gc; later versions do: either way the line
    await WebAssembly.instantiate(gc).catch((e) => expect(e).toBeInstanceOf(WebAssembly.CompileError));
    // and without any linear memory, as dart2wasm builds (the zoo's @wasm-fmt/dart_fmt): a module
    // with no memory was passed over in silence, as a thunk with nothing to trace is
    const noMemory = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 8, 2, 0x5f, 1, 0x7f, 1, 0x60, 0, 0, 3, 2, 1, 1, 10, 4, 1, 2, 0, 0x0b]);
    await WebAssembly.instantiate(noMemory).catch((e) => expect(e).toBeInstanceOf(WebAssembly.CompileError));
    expect(lines).toEqual([1, 2].map(() => expect.stringMatching(/: not traced: its objects live in the engine's garbage-collected heap \(wasm GC types\), not in linear memory: no malloc\/free to hook$/)));
  });

  // TinyGo (the zoo's @wasm-fmt/gofmt, a wasm-unknown build: no imports at all) writes no
  // go:buildid and imports nothing from "gojs": its line said "no allocator found (stripped or
  // minified? name it…)" of a module whose name section names runtime.alloc, the GC's own. Its
  // producers section says who built it, as TinyGo 0.40.1 writes it (bytes of that build's section).
  it('says a TinyGo module manages its own heap, by its producers section', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((l) => lines.push(String(l)));
    tracemalloc.setInstrumenter((b) => instrument(b, { allowNoAllocator: true }));
    tracemalloc.patchWebAssembly();
    // a heap that grows by memory.grow, carved by a function that is not malloc (runtime.alloc)
    const gc = compileWat(`(module (memory (export "memory") 1) (global $top (mut i32) (i32.const 1024))
      (func $runtime.alloc (param i32) (result i32) (local i32)
        (if (i32.gt_u (i32.add (global.get $top) (local.get 0)) (i32.mul (memory.size) (i32.const 65536)))
          (then (drop (memory.grow (i32.const 1)))))
        (local.set 1 (global.get $top)) (global.set $top (i32.add (global.get $top) (local.get 0))) (local.get 1))
      (func (export "format") (param i32) (result i32) (call $runtime.alloc (local.get 0))))`);
    const str = (t: string) => [t.length, ...new TextEncoder().encode(t)];
    const payload = [...str('producers'), 2, ...str('language'), 2, ...str('C11'), 0, ...str('C99'), 0, ...str('processed-by'), 2,
      ...str('clang'), ...str('20.1.1 (https://github.com/tinygo-org/llvm-project 670759811adc85df52f410d7306788fabfc6242d)'), ...str('TinyGo'), ...str('0.40.1')];
    const tinygo = new Uint8Array([...gc, 0, ...uleb(payload.length), ...payload]);
    const { instance } = await WebAssembly.instantiate(tinygo);
    (instance.exports.format as (n: number) => number)(100_000);
    // the same module without the section: no claim about who owns its heap
    await WebAssembly.instantiate(gc);
    expect(lines).toEqual([
      expect.stringMatching(/: not traced: TinyGo manages its own heap \(its garbage collector carves linear memory itself, with no malloc\/free to hook\)$/),
      expect.stringMatching(/: not traced: no allocator found \(stripped or minified\?/),
    ]);
  });

  // TinyGo's wasi builds export malloc/free/calloc/realloc (C interop, over its GC heap: the zoo's
  // sh-syntax). Found by those names, the module read "traced (libc, …)" while the Go code's
  // allocations (runtime.alloc) are its GC's and untraced: 0 B of a 50 MB memory.
  it('says a TinyGo module that exports malloc is traced only through it', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((l) => lines.push(String(l)));
    vi.spyOn(console, 'debug').mockImplementation((l) => lines.push(String(l))); // a traced module's line
    tracemalloc.setInstrumenter((b) => instrument(b, { allowNoAllocator: true }));
    tracemalloc.patchWebAssembly();
    const bytes = compileWat(`(module (memory (export "memory") 1) (global $top (mut i32) (i32.const 1024))
      (func $runtime.alloc (param i32) (result i32) (local i32)
        (local.set 1 (global.get $top)) (global.set $top (i32.add (global.get $top) (local.get 0))) (local.get 1))
      (func $malloc (export "malloc") (param i32) (result i32) (call $runtime.alloc (local.get 0)))
      (func $free (export "free") (param i32))
      (func (export "parse") (param i32) (result i32) (call $runtime.alloc (local.get 0))))`);
    const str = (t: string) => [t.length, ...new TextEncoder().encode(t)];
    const payload = [...str('producers'), 1, ...str('processed-by'), 1, ...str('TinyGo'), ...str('0.40.1')];
    await WebAssembly.instantiate(new Uint8Array([...bytes, 0, ...uleb(payload.length), ...payload]));
    expect(lines).toEqual([expect.stringMatching(/: traced \(libc, found by exports[^;]*: malloc, free[^;]*; only what those hand out: TinyGo manages its own heap, its garbage collector's allocations are not traced\)$/)]);
  });

  // pyodide compiles a module the engine may reject (a trampoline using wasm GC's ref.test) and
  // falls back when it throws. instrument() asks the engine why an invalid input is invalid by
  // compiling it: through the patched WebAssembly.Module, that compile came back into the
  // instrumenter, ~700 deep until the stack ran out, and the line blamed the stack.
  it('compiles an invalid module once, through the instrumenter once: the engine\'s own error, the engine\'s reason, not a failure of the tool', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((l) => lines.push(String(l)));
    const valid = compileWat('(module (memory 1) (func (export "f") (result i32) (i32.add (i32.const 1) (i32.const 2))))');
    const at = valid.findIndex((b, i) => b === 0x41 && valid[i + 1] === 1 && valid[i + 2] === 0x41 && valid[i + 3] === 2);
    const invalid = valid.slice();
    invalid[at + 2] = 0x42; // i64.const: i32.add of an i32 and an i64, which the engine rejects
    let plain = '';
    try { new WebAssembly.Module(invalid); } catch (e) { plain = `${(e as Error).name}: ${(e as Error).message}`; }
    expect(plain).toMatch(/^CompileError: /);
    let calls = 0;
    tracemalloc.setInstrumenter((b) => { calls++; return instrument(b, { allowNoAllocator: true }); });
    tracemalloc.patchWebAssembly();
    let traced = '';
    try { new WebAssembly.Module(invalid); } catch (e) { traced = `${(e as Error).name}: ${(e as Error).message}`; }
    expect(traced).toBe(plain);
    expect(calls).toBe(1);
    expect(lines).toEqual([expect.stringContaining(`not traced: the engine rejects it (${plain.replace(/^CompileError: /, '')}), as it does untraced`)]);
  });

  // A threaded module as built (a page's: the bundler plugins leave them so): its line says how it
  // gets traced, not the plain module's advice (build the page with a plugin, which is what happened).
  it('a threaded module as built, compiled without an instrumenter: its line says it is threaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    tracemalloc.patchWebAssembly();
    await WebAssembly.compile(new Uint8Array(readFileSync(join(root, 'test/threads/built/tally-O2.wasm')))); // emcc -pthread
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/: not traced: a threaded module \(shared memory\), not instrumented: instrument it ahead of time with `wasm-tracemalloc instrument --threads`/)]);
  });

  it('keeps traps and link errors as they were', async () => {
    tracemalloc.patchWebAssembly();
    await expect(WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 9, 0, 0, 0]))).rejects.toBeInstanceOf(WebAssembly.CompileError);
    const needsImport = compileWat('(module (import "env" "f" (func)))');
    const sources = getSources().length;
    expect(() => new WebAssembly.Instance(new WebAssembly.Module(needsImport), {})).toThrow(TypeError);
    expect(getSources().length).toBe(sources);
  });
});

describe('explicit wiring', () => {
  it('instantiate() refuses an uninstrumented module with a clear error', async () => {
    await expect(tracemalloc.instantiate(plain, {}, { name: 'plain.wasm' })).rejects.toThrow(
      /'plain.wasm' is not instrumented \(no "wasm-tracemalloc.sites" custom section\)/,
    );
  });

  it('attach() adds the hooks to glue-made imports and bind() gives the site table', async () => {
    const imports: WebAssembly.Imports = { env: {} };
    const attachment = tracemalloc.attach(imports, { name: 'glue.wasm' });
    expect(attachment.imports).toBe(imports);
    const { instance, module } = await WebAssembly.instantiate(bytes, imports);
    const bound = attachment.bind(instance, module);
    tracemalloc.start(4);
    (bound.exports as unknown as Program).outer(55);
    const [trace] = tracemalloc.takeSnapshot().traces;
    expect(trace!.domain).toBe(attachment.domain);
    expect([...trace!.traceback].map(String)).toEqual(['src/app.c:50', 'src/lib.c:40', 'src/lib.c:30']);
    expect(() => tracemalloc.attach(imports)).toThrow(/already hold "wasm-tracemalloc"/);
  });

  it('instantiateWasm() plugs into an Emscripten-style Module object', async () => {
    const hook: tracemalloc.EmscriptenInstantiateWasm = tracemalloc.instantiateWasm(bytes, { name: 'em.wasm' });
    const received = await new Promise<[WebAssembly.Instance, WebAssembly.Module | undefined]>((resolve) => {
      const result = hook({ env: {} }, (instance, module) => resolve([instance, module]));
      expect(result).toEqual({}); // asynchronous, as Emscripten expects
    });
    tracemalloc.start();
    (received[0].exports as unknown as Program).alloc_here(9);
    expect(received[1]).toBeInstanceOf(WebAssembly.Module);
    expect(getSources().at(-1)!.name).toBe(`em.wasm#${lastDomain()}`);
    expect([...tracemalloc.takeSnapshot().traces].map((t) => t.size)).toEqual([9]);
  });

  it('exports stay the module\'s own functions: the glue can put them in a Table and compare them', async () => {
    const { instance } = await tracemalloc.instantiate(bytes, {});
    const exports = instance.exports as Record<string, unknown>;
    expect(exports).toBe(instance.exports); // the same object every time, as untraced
    const grow = exports.grow as Function;
    const table = new WebAssembly.Table({ element: 'anyfunc', initial: 1 });
    table.set(0, grow as never); // a JS wrapper would throw a TypeError here (Emscripten's addFunction)
    expect(table.get(0)).toBe(grow);
    expect(grow.length).toBe(2);
    expect(exports.memory).toBeInstanceOf(WebAssembly.Memory);
    tracemalloc.start();
    (instance.exports as unknown as Program).alloc_here(5);
    expect(tracemalloc.getTracedMemory()[0]).toBe(5);
  });
});

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  return out;
}
