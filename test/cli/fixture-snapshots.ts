// Snapshots of the C fixture's four checkpoints, built from its manifest (the live set at each
// checkpoint, the two call chains of checkpoint 3) and written as snapshot files for the CLI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Snapshot, type RawTrace } from '../../runtime/index';
import manifest from '../../fixtures/c/manifest.json' with { type: 'json' };

interface Live { file: string; line: number; count: number; bytes: number }
interface Chain { frames: string[]; count: number; bytes: number }

export function checkpointSnapshot(n: number): Snapshot {
  const cp = (manifest.checkpoints as { checkpoint: number; live: Live[]; tracebacks?: Chain[] }[]).find((c) => c.checkpoint === n)!;
  const raw: RawTrace[] = [];
  const chained = new Set<string>();
  for (const chain of cp.tracebacks ?? []) {
    const frames = chain.frames.map((f) => {
      const at = f.lastIndexOf(':');
      return [f.slice(0, at), Number(f.slice(at + 1))] as [string, number];
    });
    chained.add(chain.frames[0]!);
    for (let i = 0; i < chain.count; i++) raw.push([1, chain.bytes / chain.count, frames, frames.length]);
  }
  for (const live of cp.live) {
    if (chained.has(`${live.file}:${live.line}`)) continue;
    for (let i = 0; i < live.count; i++) raw.push([1, live.bytes / live.count, [[live.file, live.line]], 1]);
  }
  return new Snapshot(raw, 4);
}

/** Writes checkpoint-1..4.tmsnap in `dir` and returns their paths. */
export function writeCheckpoints(dir: string): string[] {
  return [1, 2, 3, 4].map((n) => {
    const path = join(dir, `checkpoint-${n}.tmsnap`);
    writeFileSync(path, checkpointSnapshot(n).serialize());
    return path;
  });
}
