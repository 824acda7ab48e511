// The conservative mark of runtime/tracer/reachability.ts on memories laid out by hand, and the
// API path: start(n, { reachability: true }) on the real lost.wasm (clang, wasi-libc), its
// memory found through its exports, against the program's own count of what it lost.
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WASI } from 'node:wasi';
import { afterEach, describe, expect, it } from 'vitest';
import * as tracemalloc from '../../../runtime/tracer/index';
import { markReachable, recordedReachability } from '../../../runtime/tracer/reachability';
import { instrument } from '../../../instrument/index';
import { root } from '../../root';

afterEach(() => tracemalloc.stop());

/** A memory of `bytes`, words written at byte addresses. */
function memory(bytes: number, words: Record<number, number>): ArrayBuffer {
  const buffer = new ArrayBuffer(bytes);
  const view = new DataView(buffer);
  for (const [at, v] of Object.entries(words)) view.setUint32(Number(at), v, true);
  return buffer;
}

describe('markReachable', () => {
  // blocks: A [1000, 1016), B [2000, 2032), C [3000, 3008), D [4000, 4016), E [5000, 5000) (0 bytes), F [6000, 6016)
  const ptr = Uint32Array.of(1000, 2000, 3000, 4000, 5000, 6000);
  const size = Uint32Array.of(16, 32, 8, 16, 0, 16);

  it('reaches through roots outside the blocks, chains, interior pointers; not cycles nothing points to', () => {
    const reached = markReachable(memory(8192, {
      16: 1000, // root → A
      1004: 2020, // A → inside B
      2024: 5000, // B → E (0 bytes, its start)
      3000: 4000, // C ↔ D, a cycle with no root
      4004: 3004,
      6000: 6008, // F → itself only
    }), ptr, size);
    expect([...reached]).toEqual([1, 1, 0, 0, 1, 0]);
  });

  it('an unaligned word or one just past a block does not reach it', () => {
    const buffer = memory(8192, { 20: 1016 }); // one past A's end
    new DataView(buffer).setUint32(33, 2000, true); // unaligned
    expect([...markReachable(buffer, ptr, size)]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a block pointed to only from a freed-looking gap is still reached (conservative)', () => {
    expect([...markReachable(memory(8192, { 7000: 3000 }), ptr, size)]).toEqual([0, 0, 1, 0, 0, 0]);
  });
});

describe('start(n, { reachability: true })', () => {
  it('records per traceback the blocks lost by a real program, as it counts them itself', async () => {
    const dir = join(root, 'test', 'cli', 'apps', 'lost');
    const bytes = instrument(new Uint8Array(readFileSync(join(dir, 'lost.wasm')))).bytes;
    const wasi = new WASI({ version: 'preview1', args: ['lost'], env: {}, returnOnExit: true, stdout: openSync('/dev/null', 'w') });
    tracemalloc.start(4, { reachability: true });
    const { instance } = await tracemalloc.instantiate(bytes, wasi.getImportObject() as WebAssembly.Imports, { name: 'lost.wasm' });
    expect(wasi.start(instance)).toBe(0);
    const snapshot = tracemalloc.takeSnapshot();
    const domains = recordedReachability(snapshot.metadata)!;
    expect(domains).toHaveLength(1);
    const d = domains[0]!;
    expect(d.checked).toBe(true);
    if (!d.checked) return;
    // what lost.c prints: "kept 66 blocks; lost 29 blocks, 1116 bytes" (test/cli/reachability.test.ts reads it)
    expect({ blocks: d.blocks, bytes: d.bytes }).toEqual({ blocks: 29, bytes: 1116 });
    expect(d.unreachable.reduce((a, u) => a + u.blocks, 0)).toBe(29);
    expect(d.unreachable.every((u) => u.frames[0]![0].endsWith('lost.c'))).toBe(true);
    tracemalloc.stop();
    expect(() => tracemalloc.start(1, { reachability: 'yes' as unknown as boolean })).toThrow(/option reachability: expected true or false/);
  });

  it('stop() lets go of the memories it held for the scan', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const bytes = instrument(new Uint8Array(readFileSync(join(root, 'test', 'cli', 'apps', 'lost', 'lost.wasm')))).bytes;
    // made in a function of its own: an async function's locals outlive their block across awaits
    const run = async (): Promise<WeakRef<WebAssembly.Memory>> => {
      const wasi = new WASI({ version: 'preview1', args: ['lost'], env: {}, returnOnExit: true, stdout: openSync('/dev/null', 'w') });
      const { instance } = await tracemalloc.instantiate(bytes, wasi.getImportObject() as WebAssembly.Imports, { name: 'lost.wasm' });
      wasi.start(instance);
      return new WeakRef(instance.exports.memory as WebAssembly.Memory);
    };
    const held = async (stopFirst: boolean): Promise<boolean> => {
      tracemalloc.start(1, { reachability: true });
      const memory = await run();
      if (stopFirst) tracemalloc.stop();
      for (let i = 0; i < 5 && memory.deref(); i++) {
        await new Promise((r) => setTimeout(r, 0));
        gc();
      }
      const alive = memory.deref() !== undefined;
      tracemalloc.stop();
      return alive;
    };
    // while tracing the memory is held (a program that drops its instance is still scanned) ...
    expect(await held(false)).toBe(true);
    // ... and stop() hands it back to the garbage collector
    expect(await held(true)).toBe(false);
  });
});
