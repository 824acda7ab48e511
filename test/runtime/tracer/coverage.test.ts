// What a snapshot's numbers do not say (runtime/tracer/coverage.ts), read back from the metadata
// a snapshot carries: untraced modules, traced ones with caveats, unmatched events, memory that
// entered from JS unnamed. Advisory entries never break a file: what does not parse is dropped.
import { describe, expect, it } from 'vitest';
import { SnapshotBuilder } from '../../../runtime/index';
import { caveatLines, coverageOf, jsEnteredLines, snapshotNotes } from '../../../runtime/tracer/coverage';
import { recordedModules } from '../../../runtime/tracer/modules';

function snapshot(modules: unknown, traces: [number, [string, number][]][] = [[100, [['a.c', 3]]]]) {
  const b = new SnapshotBuilder();
  for (const [size, frames] of traces) {
    // frames most recent first, as CPython's raw traces
    b.addTrace(1, size, b.internTraceback(frames.map(([file, line]) => b.internFrame(b.internString(file), line))));
  }
  if (modules !== undefined) b.setMetadata('modules', typeof modules === 'string' ? modules : JSON.stringify(modules));
  return b.build(16);
}

const inlined = "allocator code inlined? dlmalloc's realloc was not found as a function, and its code is in main";

describe('coverage notes', () => {
  it('a traced module with caveats gets them, under one heading; modules without get nothing', () => {
    const s = snapshot({ version: 1, modules: [
      { source: 'a.wasm', traced: true, detail: 'libc', bytes: 10, caveats: [inlined] },
      { source: 'b.wasm', traced: true, detail: 'libc', bytes: 10 },
    ] });
    expect(caveatLines(coverageOf(s))).toEqual([
      'Traced with a caveat: 1 module (some of its numbers may not be exact):',
      `  a.wasm: ${inlined}`,
    ]);
    expect(snapshotNotes(s)).toEqual(caveatLines(coverageOf(s)));
  });

  it('caveats that are not a list of strings are dropped, the module kept', () => {
    const raw = { version: 1, modules: [
      { source: 'a.wasm', traced: true, detail: 'libc', bytes: 10, caveats: 'inlined' },
      { source: 'b.wasm', traced: true, detail: 'libc', bytes: 10, caveats: [1, 2] },
      { source: 'c.wasm', traced: false, detail: 'no allocator found', bytes: 10 },
    ] };
    const modules = recordedModules(snapshot(raw).metadata)!;
    expect(modules.map((m) => [m.source, m.caveats])).toEqual([['a.wasm', undefined], ['b.wasm', undefined], ['c.wasm', undefined]]);
    expect(snapshotNotes(snapshot(raw))).toEqual(['Not traced: 1 module (their memory is not in these numbers):', '  c.wasm: no allocator found']);
    expect(recordedModules(snapshot('{not json').metadata)).toBeNull();
  });

  it('memory whose most recent frame is <unknown>:0 is counted once per trace, with its share', () => {
    const s = snapshot(undefined, [[300, [['<unknown>', 0]]], [300, [['<unknown>', 0]]], [400, [['a.c', 3], ['<unknown>', 0]]]]);
    expect(jsEnteredLines(s)).toEqual(['600 B in 2 blocks (60.0 % of 1000 B) entered wasm from JavaScript and read <unknown>:0;'
      + ' JS frames were off: without --no-js-frames (run, leaks, register) or with start(n, { jsFrames: true }) they show the JavaScript lines that allocated them.']);
    expect(jsEnteredLines(snapshot(undefined))).toEqual([]);
  });
});
