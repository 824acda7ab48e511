// Every fixture, instrumented by instrument/, traced through the public API: at each checkpoint
// the traced live set equals the manifest's (lines, counts, bytes), compareTo names what grew,
// and with nframe=16 the known chains come out exactly.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { instrument, type InstrumentOptions } from '../../instrument/validate';
import * as tracemalloc from '../../../runtime/tracer/index';
import type { Snapshot } from '../../../runtime/model/snapshot';
import { listFixtures, loadFixture, type Fixture, type LiveLine } from '../../../fixtures/index.mjs';

afterEach(() => tracemalloc.stop());

interface Traced {
  stdout: string;
  snapshots: Map<number, Snapshot>;
  memory: Map<number, [number, number]>;
}

async function traceFixture(fx: Fixture, bytes: Uint8Array, nframe: number, libraryFrames = false): Promise<Traced> {
  const snapshots = new Map<number, Snapshot>();
  const memory = new Map<number, [number, number]>();
  tracemalloc.start(nframe, { libraryFrames });
  const { stdout } = await fx.run(bytes, {
    instantiate: async (b, imports) =>
      (await tracemalloc.instantiate(b as Uint8Array<ArrayBuffer>, imports, { name: fx.name })).instance,
    onCheckpoint: (n) => {
      snapshots.set(n, tracemalloc.takeSnapshot());
      memory.set(n, tracemalloc.getTracedMemory());
    },
  });
  tracemalloc.stop();
  return { stdout, snapshots, memory };
}

const key = (file: string, line: number): string => `${file}:${line}`;

const byKey = (a: LiveLine, b: LiveLine): number => key(a.file, a.line).localeCompare(key(b.file, b.line));

/** statistics('lineno') as manifest live lines, restricted to `lines` when given. */
function liveLines(snapshot: Snapshot, lines: Set<string> | null): LiveLine[] {
  return snapshot
    .statistics('lineno')
    .map((s) => ({ file: s.traceback[0]!.filename, line: s.traceback[0]!.lineno, count: s.count, bytes: s.size }))
    .filter((l) => lines === null || lines.has(key(l.file, l.line)))
    .sort(byKey);
}

/**
 * Live lines with each trace attributed to its most recent frame in the program's own sources
 * (what a user reads off a deep traceback when the allocation happens inside library code).
 */
function userLines(snapshot: Snapshot, sources: string[]): LiveLine[] {
  const lines = new Map<string, LiveLine>();
  for (const trace of snapshot.traces) {
    const frames = [...trace.traceback].reverse();
    const frame = frames.find((f) => sources.includes(f.filename)) ?? frames[0]!;
    const k = key(frame.filename, frame.lineno);
    const line = lines.get(k) ?? { file: frame.filename, line: frame.lineno, count: 0, bytes: 0 };
    line.count++;
    line.bytes += trace.size;
    lines.set(k, line);
  }
  return [...lines.values()].sort(byKey);
}

/** Lines whose every site is reached directly (or inlined): nframe=1 must name them. */
function directLines(fx: Fixture): Set<string> {
  const via = new Set(fx.manifest.sites.filter((s) => s.callSite === 'via').map((s) => key(s.file, s.line)));
  return new Set(fx.manifest.sites.map((s) => key(s.file, s.line)).filter((k) => !via.has(k)));
}

const names = listFixtures();
const root = join(import.meta.dirname, '..', '..', '..');

describe.each(names)('fixture %s', (name) => {
  let fx: Fixture;
  let instrumented: Uint8Array;

  it('runs instrumented exactly as the original and matches every checkpoint at nframe=1', async () => {
    fx = await loadFixture(name);
    // source maps are found through the module's sourceMappingURL, relative to its folder
    const dir = relative(root, fx.dir);
    instrumented = instrument(fx.wasmBytes, {
      ...(fx.manifest as { instrument?: InstrumentOptions }).instrument, // the user's allocator names (c-indirect)
      sourceMapBaseDir: dir,
      readFile: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined),
    }).bytes;
    const m = fx.manifest;
    const traced = await traceFixture(fx, instrumented, 1);
    expect(traced.stdout).toBe(m.stdout);
    expect([...traced.snapshots.keys()]).toEqual(m.checkpointOrder);
    // 'via' lines need deeper frames (checked at nframe=16 below); every other line must be exact
    const direct = directLines(fx);
    for (const checkpoint of m.checkpoints) {
      const snapshot = traced.snapshots.get(checkpoint.checkpoint)!;
      const expected = checkpoint.live.filter((l) => direct.has(key(l.file, l.line))).sort(byKey);
      expect(liveLines(snapshot, direct), `checkpoint ${checkpoint.checkpoint}`).toEqual(expected);
      if (m.complete) {
        expect(snapshot.traces.length).toBe(checkpoint.count);
        expect(traced.memory.get(checkpoint.checkpoint)![0]).toBe(checkpoint.bytes);
      }
    }
  });

  it('compareTo between consecutive checkpoints gives the manifest differences, line by line', async () => {
    const m = fx.manifest;
    const traced = await traceFixture(fx, instrumented, 1);
    const lines = directLines(fx);
    for (let i = 1; i < m.checkpoints.length; i++) {
      const [before, after] = [m.checkpoints[i - 1]!, m.checkpoints[i]!];
      const expected = new Map<string, number>();
      for (const l of after.live) if (lines.has(key(l.file, l.line))) expected.set(key(l.file, l.line), l.bytes);
      for (const l of before.live) {
        if (lines.has(key(l.file, l.line))) expected.set(key(l.file, l.line), (expected.get(key(l.file, l.line)) ?? 0) - l.bytes);
      }
      const diff = traced.snapshots.get(after.checkpoint)!.compareTo(traced.snapshots.get(before.checkpoint)!, 'lineno');
      const got = new Map<string, number>();
      for (const d of diff) {
        const k = key(d.traceback[0]!.filename, d.traceback[0]!.lineno);
        if (lines.has(k) && d.sizeDiff !== 0) got.set(k, d.sizeDiff);
      }
      for (const [k, v] of [...expected]) if (v === 0) expected.delete(k);
      expect(got, `checkpoint ${before.checkpoint} → ${after.checkpoint}`).toEqual(expected);
      // the biggest growth is the first line compareTo reports (what a user reads first)
      const growth = [...expected].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
      const first = diff.find((d) => lines.has(key(d.traceback[0]!.filename, d.traceback[0]!.lineno)) && d.sizeDiff > 0);
      if (growth.length > 0) expect(key(first!.traceback[0]!.filename, first!.traceback[0]!.lineno)).toBe(growth[0]![0]);
    }
  });

  it.each([false, true])('nframe=16 gives the manifest chains exactly (most recent first), libraryFrames: %s', async (libraryFrames) => {
    const m = fx.manifest;
    const traced = await traceFixture(fx, instrumented, 16, libraryFrames);
    // By default the toolchain's frames the manifest lists before a chain's user frames
    // (chains[].library: AS's ~lib constructors) are folded away.
    const library = new Map(m.chains.map((c) => [c.id, new Set((c.library ?? []).map((f) => key(f.file, f.line)))]));
    let checked = 0;
    for (const checkpoint of m.checkpoints) {
      const snapshot = traced.snapshots.get(checkpoint.checkpoint)!;
      for (const chain of checkpoint.tracebacks ?? []) {
        const folded = library.get(chain.chain);
        const want = libraryFrames || !folded ? chain.frames : chain.frames.filter((f) => !folded.has(f));
        let count = 0;
        let bytes = 0;
        const sources = new Set(m.sources);
        for (const trace of snapshot.traces) {
          let frames = [...trace.traceback].reverse().map((f) => key(f.filename, f.lineno));
          // Kept library frames also include those inlined into the user's calls (Rust's
          // Vec::push), which manifests do not list: compare the frames they do list.
          if (libraryFrames) frames = frames.filter((f) => sources.has(f.slice(0, f.lastIndexOf(':'))) || folded?.has(f));
          if (want.every((f, i) => frames[i] === f)) {
            count++;
            bytes += trace.size;
          }
        }
        expect({ chain: chain.chain, count, bytes }).toEqual({ chain: chain.chain, count: chain.count, bytes: chain.bytes });
        checked++;
      }
      // every line, 'via' ones included, read off the deep tracebacks
      const expected = [...checkpoint.live].sort(byKey);
      const got = userLines(snapshot, [...m.sources, ...m.sites.map((site) => site.file)]);
      const wanted = new Set(expected.map((l) => key(l.file, l.line)));
      expect(m.complete ? got : got.filter((l) => wanted.has(key(l.file, l.line))), `checkpoint ${checkpoint.checkpoint}`).toEqual(expected);
    }
    expect(checked).toBe(m.checkpoints.reduce((n, c) => n + (c.tracebacks?.length ?? 0), 0));
  });
});
