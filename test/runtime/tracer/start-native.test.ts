// start(nframe, { native: true }) asks the NativeHook provider the Node entry installs
// (setNativeHook), and refuses in one sentence when there is none or the hook is unusable.
// A stand-in hook plays domain 0 here (the real one: test/native/start-option.test.ts); it keeps
// 64-bit addresses, like the addon does, to check that getObjectTraceback() accepts them.
import { afterEach, describe, expect, it } from 'vitest';
import * as tracemalloc from '../../../runtime/tracer/index';
import { TracemallocError } from '../../../runtime/model/errors';
import type { SnapshotBuilder } from '../../../runtime/model/snapshot-builder';
import type { RawFrame, TraceSource } from '../../../runtime/tracer/trace-source';
import { programBytes, type Program } from './helpers';

import { setNativeHook } from '../../../runtime/tracer/tracer';

/** Domain 0 as the addon's NativeSource behaves: blocks at real (above 4 GiB) addresses. */
class FakeNativeSource implements TraceSource {
  readonly domain = 0;
  readonly name = 'native';
  readonly blocks = new Map<number, number>();
  started: number | null = null;
  private peak = 0;
  tracedMemory(): [number, number] {
    const current = [...this.blocks.values()].reduce((a, b) => a + b, 0);
    return [current, Math.max(this.peak, current)];
  }
  malloc(ptr: number, size: number): void {
    if (this.started === null) return;
    this.blocks.set(ptr, size);
    this.peak = Math.max(this.peak, this.tracedMemory()[0]);
  }
  traceCount(): number {
    return this.blocks.size;
  }
  tracerMemory(): number {
    return 0;
  }
  clear(): void {
    this.blocks.clear();
    this.peak = 0;
  }
  resetPeak(): void {
    this.peak = this.tracedMemory()[0];
  }
  collect(builder: SnapshotBuilder): void {
    const frame = builder.internFrame(builder.internString('native.c'), 7);
    const tb = builder.internTraceback([frame]);
    for (const size of this.blocks.values()) builder.addTrace(0, size, tb);
  }
  objectTraceback(ptr: number): RawFrame[] | null {
    return this.blocks.has(ptr) ? [['native.c', 7]] : null;
  }
  start(nframe: number): void {
    this.started = nframe;
  }
  stop(): void {
    this.started = null;
    this.clear();
  }
}

function publish(available: boolean, reason = ''): { source: FakeNativeSource; registers: number } {
  const state = { source: new FakeNativeSource(), registers: 0 };
  const hook = {
    available,
    reason,
    register() {
      state.registers++;
      if (!tracemalloc.getSources().includes(state.source)) tracemalloc.registerSource(state.source);
    },
  };
  setNativeHook(() => hook);
  return state;
}

let registered: TraceSource | null = null;
afterEach(() => {
  tracemalloc.stop();
  if (registered) tracemalloc.unregisterSource(registered);
  registered = null;
  setNativeHook(null);
});

describe('start(nframe, { native: true })', () => {
  it('without the Node entry (a browser): says it is Node-only, and does not start', () => {
    expect(() => tracemalloc.start(4, { native: true })).toThrow(TracemallocError);
    expect(() => tracemalloc.start(4, { native: true })).toThrow(
      /the native hook is Node-only: import 'wasm-tracemalloc' in Node \(or .*WASM_TRACEMALLOC_NATIVE=1\)/,
    );
    expect(tracemalloc.isTracing()).toBe(false);
  });

  it('when the hook is loaded but unavailable: throws its one-sentence reason, and does not start', () => {
    const state = publish(false, 'the native hook supports Linux x64 and arm64 only, not darwin.');
    expect(() => tracemalloc.start(2, { native: true })).toThrow(
      'start(nframe, { native: true }): the native hook is not available: the native hook supports Linux x64 and arm64 only, not darwin.',
    );
    expect(tracemalloc.isTracing()).toBe(false);
    expect(state.registers).toBe(0);
  });

  it('registers domain 0 after starting: it starts with the tracer\'s limit and shares its snapshots', async () => {
    const state = publish(true);
    registered = state.source;
    const { instance } = await tracemalloc.instantiate(programBytes(), {}, { name: 'app.wasm' });
    const program = instance.exports as unknown as Program;
    tracemalloc.start(3, { native: true });
    expect(state.registers).toBe(1);
    expect(tracemalloc.isTracing()).toBe(true);
    expect(state.source.started).toBe(3);
    expect(tracemalloc.getSources().map((s) => s.domain)[0]).toBe(0);

    const big = 2 ** 47 + 16; // a typical x64 heap address
    state.source.malloc(big, 300);
    state.source.malloc(Number.MAX_SAFE_INTEGER, 1);
    const p = program.alloc_here(1000);
    expect(String(tracemalloc.getObjectTraceback(big, 0))).toBe('native.c:7');
    expect(String(tracemalloc.getObjectTraceback(big))).toBe('native.c:7');
    expect(String(tracemalloc.getObjectTraceback(Number.MAX_SAFE_INTEGER, 0))).toBe('native.c:7');
    expect(String(tracemalloc.getObjectTraceback(p))).toBe('src/app.c:10');
    expect(tracemalloc.getObjectTraceback(p, 0)).toBeNull();
    // a wasm domain's pointers are 32-bit: a bigger one is refused when that domain is asked
    expect(() => tracemalloc.getObjectTraceback(2 ** 32, 1)).toThrow(/pointer 4294967296: expected an unsigned 32-bit integer/);
    expect(() => tracemalloc.getObjectTraceback(2 ** 53, 0)).toThrow(/pointer 9007199254740992: expected an integer in \[0; 9007199254740991\]/);
    expect(() => tracemalloc.getObjectTraceback(-1)).toThrow(TracemallocError);

    const snapshot = tracemalloc.takeSnapshot();
    expect(new Set([...snapshot.traces].map((t) => t.domain))).toEqual(new Set([0, 1]));
    expect(snapshot.metadata.get('current')).toBe(String(1301));
    expect(snapshot.metadata.get('peak')).toBe(String(tracemalloc.getTracedMemory()[1]));

    // a second start() while tracing keeps the limit (CPython) and registers nothing twice
    tracemalloc.start(9, { native: true });
    expect(tracemalloc.getTracebackLimit()).toBe(3);
    expect(tracemalloc.getSources().filter((s) => s.domain === 0)).toHaveLength(1);
  });

  it('refuses options that are not { native: boolean }', () => {
    expect(() => tracemalloc.start(1, 'native' as never)).toThrow(/start\(\) options: expected an object like \{ native: true \}, got 'native'/);
    expect(() => tracemalloc.start(1, { native: 'yes' } as never)).toThrow(/start\(\) option native: expected true or false, got 'yes'/);
    expect(tracemalloc.isTracing()).toBe(false);
    tracemalloc.start(1, { native: false }); // no hook needed
    expect(tracemalloc.isTracing()).toBe(true);
  });
});

describe('takeSnapshot() metadata', () => {
  it('records the traced current and peak, the peak of a block freed before the snapshot included', async () => {
    const { instance } = await tracemalloc.instantiate(programBytes(), {}, { name: 'peak.wasm' });
    const program = instance.exports as unknown as Program;
    tracemalloc.start();
    const a = program.alloc_here(5000);
    program.alloc_here(200);
    program.free_here(a);
    const snapshot = tracemalloc.takeSnapshot();
    expect(snapshot.metadata.get('current')).toBe('200');
    expect(snapshot.metadata.get('peak')).toBe('5200');
    // and they survive the file format
    const back = (snapshot.constructor as typeof import('../../../runtime/model/snapshot').Snapshot).deserialize(snapshot.serialize());
    expect(back.metadata.get('peak')).toBe('5200');
  });
});
