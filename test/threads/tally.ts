// tally.c's own accounting (what it prints) and the same figures read from a snapshot: the oracle
// of the API-alone and browser tests of threaded modules (test/node/api-threaded.test.ts,
// test/browser/threaded.browser.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../../runtime/model/snapshot';
import { root } from '../root';

const FILE = 'test/threads/src/tally.c';
const source = readFileSync(join(root, FILE), 'utf8').split('\n');
const lineOf = (text: string) => source.findIndex((l) => l.includes(text)) + 1;
/** The line of each thread's entry (thread0…thread3), then main's own allocations. */
const THREAD_LINES = [0, 1, 2, 3].map((t) => lineOf(`static void *thread${t}(`));
const MAIN_LINES = source.flatMap((l, i) => (l.includes('make(&tallies[THREADS]') ? [i + 1] : []));

export interface Tally { blocks: number; bytes: number }

/** Per thread (0…3, then main) what the program says it allocated, and its expected live sizes. */
export function programTally(stdout: string): { threads: Tally[]; live: number[] } {
  const threads = [0, 1, 2, 3, 'main'].map((who) => {
    const m = new RegExp(`${who === 'main' ? 'main' : `thread ${who}`}: (\\d+) blocks, (\\d+) bytes`).exec(stdout);
    if (!m) throw new Error(`no tally of ${who} in ${JSON.stringify(stdout)}`);
    return { blocks: Number(m[1]), bytes: Number(m[2]) };
  });
  const live = /expected live: ([\d ]+)/.exec(stdout)![1]!.trim().split(' ').map(Number).sort((a, b) => a - b);
  return { threads, live };
}

/** Which of the program's threads (0…3, 4: main) a traceback's allocation was made on, by its frames. */
function threadOf(frames: readonly { filename: string; lineno: number }[]): number {
  const own = frames.filter((f) => f.filename === FILE);
  const t = THREAD_LINES.findIndex((line) => own.some((f) => f.lineno === line));
  if (t >= 0) return t;
  return own.some((f) => MAIN_LINES.includes(f.lineno)) ? 4 : -1;
}

/** The same figures from a snapshot: every allocation since tracing began, by the thread its
 * traceback names, and the sizes of the live blocks the program's own calls made. */
export function snapshotTally(s: Snapshot): { threads: Tally[]; live: number[] } {
  const threads = [0, 1, 2, 3, 4].map(() => ({ blocks: 0, bytes: 0 }));
  for (const st of s.by('allocated').statistics('traceback')) {
    const t = threadOf([...st.traceback]);
    if (t < 0) continue;
    threads[t]!.blocks += st.count;
    threads[t]!.bytes += st.size;
  }
  const live = [...s.traces].filter((t) => threadOf([...t.traceback]) >= 0).map((t) => t.size).sort((a, b) => a - b);
  return { threads, live };
}

/** The program's own tracebacks, as text with their live and allocated figures (two snapshots of
 * the same run compared whole). */
export function ownTracebacks(s: Snapshot): string[] {
  const own = (st: { traceback: Iterable<{ filename: string }> }) => [...st.traceback].some((f) => f.filename === FILE);
  const rows = (measure: string, stats: { traceback: Iterable<{ filename: string; lineno: number }>; size: number; count: number }[]) =>
    stats.filter(own).map((st) => `${measure} ${[...st.traceback].map((f) => `${f.filename}:${f.lineno}`).join(' < ')}: ${st.size} B in ${st.count}`);
  return [...rows('live', s.statistics('traceback')), ...rows('allocated', s.by('allocated').statistics('traceback'))].sort();
}
