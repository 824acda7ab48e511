import { afterEach, describe, expect, it } from 'vitest';
import * as tracemalloc from '../../../runtime/tracer/index';
import { getSources } from '../../../runtime/tracer/tracer';
import { programBytes, type Program } from './helpers';
import type { WasmDomain } from '../../../runtime/tracer/wasm-domain';

const bytes = programBytes();

async function load(name = 'app.wasm'): Promise<{ program: Program; domain: number }> {
  const { instance } = await tracemalloc.instantiate(bytes, {}, { name });
  const domain = getSources()[getSources().length - 1]!.domain;
  return { program: instance.exports as unknown as Program, domain };
}

function lines(snapshot: ReturnType<typeof tracemalloc.takeSnapshot>): string[] {
  return snapshot.statistics('lineno').map((s) => String(s));
}

afterEach(() => tracemalloc.stop());

describe('tracer API (CPython semantics)', () => {
  it('records nothing while not tracing, then exactly what happens while tracing', async () => {
    const { program } = await load();
    const before = program.alloc_here(100);
    expect(tracemalloc.isTracing()).toBe(false);
    expect(tracemalloc.getTracedMemory()).toEqual([0, 0]);
    tracemalloc.start();
    expect(tracemalloc.isTracing()).toBe(true);
    const a = program.alloc_here(1234);
    const b = program.alloc_here(1000);
    expect(tracemalloc.getTracedMemory()).toEqual([2234, 2234]);
    program.free_here(b);
    expect(tracemalloc.getTracedMemory()).toEqual([1234, 2234]);
    program.free_here(before); // allocated before start(): unknown to the table, counted
    expect(tracemalloc.getTracedMemory()).toEqual([1234, 2234]);
    expect(lines(tracemalloc.takeSnapshot())).toEqual(['src/app.c:10: size=1234 B, count=1, average=1234 B']);
    expect(String(tracemalloc.getObjectTraceback(a))).toBe('src/app.c:10');
    expect(tracemalloc.getObjectTraceback(b)).toBeNull();
    const invalid = tracemalloc.getInvalidFrees();
    expect(invalid).toEqual([expect.objectContaining({ kind: 'free', site: 2, filename: 'src/app.c', lineno: 20, count: 1 })]);
  });

  it('validates nframe like CPython, quoting the bad value', () => {
    for (const bad of [0, 65, 1.5, -1, NaN]) {
      expect(() => tracemalloc.start(bad)).toThrow(`the number of frames must be in range [1; 64], got ${String(bad)}`);
    }
    expect(() => tracemalloc.start('2' as unknown as number)).toThrow(/got '2'/);
    expect(tracemalloc.isTracing()).toBe(false);
  });

  it('start() while tracing keeps the limit (CPython: hook already installed, do nothing)', () => {
    tracemalloc.start(3);
    tracemalloc.start(10);
    expect(tracemalloc.getTracebackLimit()).toBe(3);
    tracemalloc.stop();
    expect(tracemalloc.getTracebackLimit()).toBe(3); // stop keeps it too
    tracemalloc.start(10);
    expect(tracemalloc.getTracebackLimit()).toBe(10);
  });

  it('peak is the high-water mark; resetPeak, clearTraces and stop behave as in CPython', async () => {
    const { program } = await load();
    tracemalloc.start();
    const ptrs = [300, 200, 100].map((n) => program.alloc_here(n));
    program.free_here(ptrs[0]!);
    expect(tracemalloc.getTracedMemory()).toEqual([300, 600]);
    tracemalloc.resetPeak();
    expect(tracemalloc.getTracedMemory()).toEqual([300, 300]);
    program.alloc_here(50);
    expect(tracemalloc.getTracedMemory()).toEqual([350, 350]);
    tracemalloc.clearTraces();
    expect(tracemalloc.getTracedMemory()).toEqual([0, 0]);
    expect(tracemalloc.takeSnapshot().traces.length).toBe(0);
    program.free_here(ptrs[1]!); // cleared: now unknown
    expect(tracemalloc.getTracedMemory()).toEqual([0, 0]);
    program.alloc_here(70);
    expect(tracemalloc.getTracedMemory()).toEqual([70, 70]);
    tracemalloc.stop();
    expect(tracemalloc.getTracedMemory()).toEqual([0, 0]);
    expect(() => tracemalloc.takeSnapshot()).toThrow('the tracemalloc module must be tracing memory allocations to take a snapshot');
    expect(tracemalloc.getObjectTraceback(ptrs[2]!)).toBeNull();
    tracemalloc.start();
    expect(tracemalloc.takeSnapshot().traces.length).toBe(0); // stop() cleared
  });

  it('a realloc chain keeps one trace, at the realloc site, with the last size', async () => {
    const { program } = await load();
    tracemalloc.start();
    let p = program.alloc_here(16);
    for (const size of [32, 64, 128]) p = program.grow(p, size);
    program.realloc_same(p, 200); // resized in place
    const snapshot = tracemalloc.takeSnapshot();
    expect(snapshot.traces.length).toBe(1);
    expect(lines(snapshot)).toEqual(['src/app.c:60: size=200 B, count=1, average=200 B']);
    expect(tracemalloc.getTracedMemory()).toEqual([200, 200]);
    expect(tracemalloc.getInvalidFrees()).toEqual([]);
  });

  it('bad frees and reallocs never corrupt the table: counted per site', async () => {
    const { program } = await load();
    tracemalloc.start();
    const a = program.alloc_here(10);
    program.free_here(a);
    program.free_here(a); // double free
    program.free_here(a);
    const moved = program.grow(12345 * 16, 40); // realloc of a pointer never seen
    program.realloc_same(777 * 16, 8); // in-place realloc of a pointer never seen
    expect(tracemalloc.getTracedMemory()[0]).toBe(48);
    expect(String(tracemalloc.getObjectTraceback(moved))).toBe('src/app.c:60');
    const byKind = Object.fromEntries(tracemalloc.getInvalidFrees().map((f) => [f.kind, [f.count, `${f.filename}:${f.lineno}`]]));
    expect(byKind).toEqual({ free: [2, 'src/app.c:20'], realloc: [2, 'src/app.c:60'] });
    // a snapshot keeps them (its `unmatched` metadata), so `top`/`leaks` can qualify the numbers
    const kept = tracemalloc.recordedUnmatched(tracemalloc.takeSnapshot().metadata);
    expect(kept).toEqual({
      totals: { free: 2, realloc: 2, alloc: 0 },
      sites: [{ kind: 'free', filename: 'src/app.c', lineno: 20, count: 2 }, { kind: 'realloc', filename: 'src/app.c', lineno: 60, count: 2 }],
      initialMemoryFrees: 0,
    });
    tracemalloc.clearTraces();
    expect(tracemalloc.takeSnapshot().metadata.has('unmatched')).toBe(false);
  });

  it('an allocation entered from JS through an export is at the unknown site', async () => {
    const { program } = await load();
    tracemalloc.start();
    program.malloc(99);
    expect(lines(tracemalloc.takeSnapshot())).toEqual(['<unknown>:0: size=99 B, count=1, average=99 B']);
  });
});

describe('deeper frames (shadow stack)', () => {
  it('nframe=16 gives the exact chain, most recent first; nframe=1 only the allocation line', async () => {
    const { program } = await load();
    tracemalloc.start(16);
    const p = program.outer(2345);
    const tb = tracemalloc.getObjectTraceback(p)!;
    expect([...tb].map((f) => `${f.filename}:${f.lineno}`)).toEqual(['src/app.c:50', 'src/lib.c:40', 'src/lib.c:30']);
    // CPython's statistics() makes Tracebacks without total_nframe; the traces keep it
    expect(tracemalloc.takeSnapshot().traces[0]!.traceback.totalNframe).toBe(3);
    tracemalloc.stop();
    tracemalloc.start(1);
    const q = program.outer(2345);
    expect([...tracemalloc.getObjectTraceback(q)!].map(String)).toEqual(['src/lib.c:30']);
  });

  it('a traceback longer than the limit keeps the most recent frames and the real depth', async () => {
    const { program } = await load();
    tracemalloc.start(16);
    program.recurse(100, 64);
    const [trace] = tracemalloc.takeSnapshot().traces;
    const frames = [...trace!.traceback].reverse().map(String); // most recent first
    expect(frames).toEqual(['src/lib.c:30', 'src/lib.c:40', ...Array(14).fill('src/app.c:50')]);
    expect(trace!.traceback.totalNframe).toBe(102);
  });

  it('a trap leaves the shadow stack and the allocator guard high until the next microtask puts them back', async () => {
    const { program, domain } = await load();
    tracemalloc.start(8);
    expect(() => program.trap(1)).toThrow(WebAssembly.RuntimeError);
    const source = getSources().find((s) => s.domain === domain) as WasmDomain;
    expect(source.shadowDepth()).toBe(1); // exports are not wrapped: nothing ran after the trap
    await Promise.resolve(); // a microtask checkpoint: no wasm can be running there
    expect(source.shadowDepth()).toBe(0);
    expect(source.recoveries).toBe(1);
    const p = program.outer(77);
    expect([...tracemalloc.getObjectTraceback(p)!].map(String)).toEqual(['src/app.c:50', 'src/lib.c:40', 'src/lib.c:30']);
    expect(tracemalloc.getTracedMemory()[0]).toBe(77); // the guard did not stay at 1
  });
});

describe('domains', () => {
  it('each instance is a domain, named, and traced at once with others', async () => {
    const one = await load('one.wasm');
    const two = await load('two.wasm');
    expect(two.domain).toBe(one.domain + 1);
    tracemalloc.start();
    one.program.alloc_here(111);
    two.program.alloc_here(222);
    two.program.alloc_here(222);
    const snapshot = tracemalloc.takeSnapshot();
    const byDomain = new Map<number, number>();
    for (const t of snapshot.traces) byDomain.set(t.domain, (byDomain.get(t.domain) ?? 0) + t.size);
    expect(byDomain).toEqual(new Map([[one.domain, 111], [two.domain, 444]]));
    expect(tracemalloc.getTracedMemory()).toEqual([555, 555]);
    const sources = getSources().filter((s) => s.domain === one.domain || s.domain === two.domain);
    expect(sources.map((s) => s.name)).toEqual([`one.wasm#${one.domain}`, `two.wasm#${two.domain}`]);
    // the same address in two domains: look-ups by domain
    expect(tracemalloc.getObjectTraceback(1024, two.domain)).not.toBeNull();
  });

  it('getTracemallocMemory counts the core memories, grows with live blocks, and is reused after stop()', async () => {
    const { program } = await load();
    tracemalloc.start();
    const base = tracemalloc.getTracemallocMemory();
    expect(base).toBeGreaterThan(0);
    for (let i = 0; i < 20_000; i++) program.alloc_here(8);
    const grown = tracemalloc.getTracemallocMemory();
    expect(grown).toBeGreaterThan(base);
    expect((grown - base) / 20_000).toBeLessThanOrEqual(32);
    // wasm memory never shrinks: stop() empties it, and the next run reuses it
    tracemalloc.stop();
    tracemalloc.start();
    for (let i = 0; i < 20_000; i++) program.alloc_here(8);
    expect(tracemalloc.getTracemallocMemory()).toBe(grown);
    expect(tracemalloc.getTracedMemory()[0]).toBe(8 * 20_000);
  });
});
