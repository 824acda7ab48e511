// runtime/helpers: traceCall and expectNoLeaks around a real traced module — the C fixture,
// instrumented here and run through the tracer (it leaks one 4321-byte block at basic.c:49).
import { beforeAll, describe, expect, it } from 'vitest';
import * as tracemalloc from '../../runtime/index';
import { expectNoLeaks, LeakError, traceCall } from '../../runtime/helpers/index';
import { instrument } from '../../instrument/index';
import { loadFixture } from '../../fixtures/index.mjs';

const F = 'fixtures/c/basic.c';
let runFixture: () => Promise<string>;
let runFixtureTwice: () => Promise<void>;

beforeAll(async () => {
  const fx = await loadFixture('c');
  const bytes = instrument(fx.wasmBytes).bytes;
  runFixture = async () =>
    (await fx.run(bytes, { instantiate: async (b, imports) => (await tracemalloc.instantiate(b, imports, { name: 'basic.wasm' })).instance })).stdout;
  runFixtureTwice = async () => {
    await runFixture();
    await runFixture();
  };
});

describe('traceCall', () => {
  it('returns the value, the top lines, the diff, the biggest new traceback and current/peak', async () => {
    const lines: string[] = [];
    const r = await traceCall(runFixture, { nframe: 4, limit: 3, print: (l) => lines.push(l) });
    expect(r.value).toMatch(/^phase 1: hash=990eb573 failed=1\n/);
    expect(r.top.map(String)).toEqual([`${F}:49: size=4321 B, count=1, average=4321 B`]);
    expect(r.diff.map(String)).toEqual([`${F}:49: size=4321 B (+4321 B), count=1 (+1), average=4321 B`]);
    expect(r.biggest!.traceback.at(-1)!.toString()).toBe(`${F}:49`);
    expect(r.current).toBe(4321);
    // the peak is phase 3's live set, the program's high-water mark (manifest: 42517 B at checkpoint 3)
    expect(r.peak).toBeGreaterThanOrEqual(42517);
    // traceCall started tracing, so it stopped it
    expect(tracemalloc.isTracing()).toBe(false);
    expect(lines).toEqual(r.format());
    expect(lines[0]).toBe('[ Top 1 ]');
    expect(lines).toContain(`${F}:49: size=4321 B, count=1, average=4321 B`);
    expect(lines).toContain('[ Biggest new traceback: 1 memory blocks, +4321 B ]');
    expect(lines.at(-1)).toMatch(/^Current memory: 4321 B; peak during the call: \d+\.\d KiB$/);
  });

  it('leaves tracing on when it was on, and groups by keyType', async () => {
    tracemalloc.start(1);
    try {
      const r = await traceCall(runFixtureTwice, { keyType: 'filename' });
      expect(tracemalloc.isTracing()).toBe(true);
      expect(r.top.map(String)).toEqual([`${F}:0: size=8642 B, count=2, average=4321 B`]);
      expect(r.current).toBe(8642);
    } finally {
      tracemalloc.stop();
    }
  });

  it('prints the traced function line by line (memory_profiler), what the call added on each line', async () => {
    const lines: string[] = [];
    const r = await traceCall(runFixture, { nframe: 4, lines: { file: 'basic.c', function: 'leak' }, print: (l) => lines.push(l) });
    // runtime/index reads no file (the Node entry installs the reader): only lines with memory
    expect(r.lines!.rows.map((row) => [row.lineno, row.size, row.count])).toEqual([[49, 4321, 1]]);
    expect(lines).toContain(`Filename: ${F}, function leak`);
    expect(lines.some((l) => /^\s+49\s+4321 B\s+1\b/.test(l))).toBe(true);
  });

  it('works with synchronous functions and rethrows errors after stopping', () => {
    const r = traceCall(() => 42);
    expect(r.value).toBe(42);
    expect(r.top).toEqual([]);
    expect(() => traceCall(() => { throw new Error('boom'); })).toThrow('boom');
    expect(tracemalloc.isTracing()).toBe(false);
  });
});

describe('expectNoLeaks', () => {
  it('throws a LeakError naming the leaking line and its traceback', async () => {
    const error = await expectNoLeaks(runFixture).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(LeakError);
    const leak = error as LeakError;
    expect([leak.size, leak.count]).toEqual([4321, 1]);
    const lines = leak.message.split('\n');
    expect(lines[0]).toBe('expected no leaks, but 4321 B in 1 memory block is still allocated:');
    expect(lines[1]).toBe(`  ${F}:49: size=4321 B (+4321 B), count=1 (+1), average=4321 B`);
    expect(lines[2]).toBe(`    File "${F}", line 49`);
    expect(leak.message).toContain(`  File "${F}", line 49`);
    expect(leak.message).toContain(`  File "${F}", line 108`);
    expect(tracemalloc.isTracing()).toBe(false);
  });

  it('passes what is allowed: a byte budget, a filename pattern, a predicate', async () => {
    await expect(expectNoLeaks(runFixture, { allow: 4321 })).resolves.toMatch(/^phase 1/);
    await expect(expectNoLeaks(runFixtureTwice, { allow: 4321 })).rejects.toThrow('8642 B in 2 memory blocks are still allocated (allowed: 4321 B)');
    await expect(expectNoLeaks(runFixture, { allow: '*/basic.c' })).resolves.toBeTypeOf('string');
    await expect(expectNoLeaks(runFixture, { allow: ['*.rs', '*.cpp'] })).rejects.toThrow(LeakError);
    await expect(expectNoLeaks(runFixture, { allow: (d) => d.traceback.at(-1)!.lineno === 49 })).resolves.toBeTypeOf('string');
  });

  it('passes a function that frees what it allocates, and refuses bad options', () => {
    expect(expectNoLeaks(() => 'nothing allocated')).toBe('nothing allocated');
    expect(() => expectNoLeaks(() => 0, { allow: -1 })).toThrow('allow must be >= 0 bytes, got -1');
    expect(() => expectNoLeaks(() => 0, { allow: {} as never })).toThrow(/allow must be a byte count/);
  });
});
