// What a snapshot did NOT see: the modules that loaded untraced (the snapshot's `modules`
// metadata entry, runtime/tracer/modules.ts), and the frees it could not match (`unmatched`,
// runtime/tracer/unmatched.ts). `top`, `report`, `run` and `leaks` print these
// lines so a small or empty table is never mistaken for a small or empty heap. And where memory
// entered wasm from JavaScript with no JS frames taken (`<unknown>:0`): how to see its lines.

import { formatSize } from '../model/format-size';
import type { Snapshot } from '../model/snapshot';
import { recordedModules, type ModuleStatus } from './modules';
import { recordedUnmatched } from './unmatched';
import { recordedThreads } from './merge';

export interface Coverage {
  /** Modules recorded, or null when the snapshot recorded none (older files, hand-built ones). */
  modules: ModuleStatus[] | null;
  traced: ModuleStatus[];
  untraced: ModuleStatus[];
  /** Worker threads that were tracing and handed in no snapshot (runtime/tracer/merge.ts). */
  runningThreads: readonly string[];
}

export function coverageOf(snapshot: Snapshot): Coverage {
  const modules = recordedModules(snapshot.metadata);
  return {
    modules,
    traced: modules?.filter((m) => m.traced) ?? [],
    untraced: modules?.filter((m) => !m.traced) ?? [],
    runningThreads: recordedThreads(snapshot.metadata)?.running ?? [],
  };
}

/**
 * The untraced modules as lines to read: one per source and reason, with how many modules it
 * stands for. A runtime that compiles code as it runs (.NET's jiterpreter: hundreds of tiny
 * modules in the runtime's memory, from two lines of its JS) is one line, not hundreds.
 */
export function untracedGroupLines(untraced: readonly { source: string; detail: string }[]): string[] {
  const groups = new Map<string, { source: string; detail: string; count: number }>();
  for (const m of untraced) {
    const key = `${m.source}\0${m.detail}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { source: m.source, detail: m.detail, count: 1 });
  }
  return [...groups.values()].map((g) => `  ${g.source}${g.count > 1 ? ` (${g.count} modules)` : ''}: ${g.detail}`);
}

/** The untraced modules, headed by a count; nothing when every module was traced. */
export function untracedLines(coverage: Coverage): string[] {
  const n = coverage.untraced.length;
  if (n === 0) return [];
  return [`Not traced: ${n} module${n === 1 ? '' : 's'} (their memory is not in these numbers):`, ...untracedGroupLines(coverage.untraced)];
}

/** The worker threads that traced wasm but handed in no snapshot: their memory is missing. */
export function threadLines(coverage: Coverage): string[] {
  const n = coverage.runningThreads.length;
  if (n === 0) return [];
  return [`Not in these numbers: ${n} worker thread${n === 1 ? '' : 's'} that traced wasm (${coverage.runningThreads.join(', ')}) ${n === 1 ? 'was' : 'were'} still running`
    + ' when the snapshot was taken, or stopped by worker.terminate(): a worker hands its memory in when it exits by itself.'];
}

/** The traced modules whose numbers may not be exact, and why (their `caveats`); nothing when none. */
export function caveatLines(coverage: Coverage): string[] {
  const lines = coverage.traced.flatMap((m) => (m.caveats ?? []).map((c) => `  ${m.source}: ${c}`));
  if (lines.length === 0) return [];
  const n = coverage.traced.filter((m) => m.caveats?.length).length;
  return [`Traced with a caveat: ${n} module${n === 1 ? '' : 's'} (some of its numbers may not be exact):`, ...lines];
}

/**
 * One line when blocks entered wasm straight from JavaScript (the glue's `_malloc`, wasm-bindgen's
 * `__wbindgen_malloc`) and so read `<unknown>:0` (their most recent frame): how much, and the flag
 * that names their JS lines. Nothing when there are none (or JS frames were on: they are named).
 */
export function jsEnteredLines(snapshot: Snapshot): string[] {
  // over the columns: a verdict per traceback, not a Trace object per trace (a million traces)
  const { size: sizes, traceback, tables: t } = snapshot.columns;
  const verdict = new Int8Array(t.tbStack.length); // 0 unknown yet, 1 entered from JS, 2 not
  let size = 0, count = 0, total = 0;
  for (let i = 0; i < sizes.length; i++) {
    const tb = traceback[i]!;
    let v = verdict[tb]!;
    if (v === 0) {
      const stack = t.tbStack[tb]!;
      const from = t.stackStart[stack]!;
      const recent = from < t.stackStart[stack + 1]! ? t.stackFrames[from]! : -1; // most recent first
      v = verdict[tb] = recent >= 0 && t.frameLine[recent] === 0 && t.strings[t.frameFile[recent]!] === '<unknown>' ? 1 : 2;
    }
    total += sizes[i]!;
    if (v === 1) {
      size += sizes[i]!;
      count++;
    }
  }
  if (count === 0) return [];
  const share = total > 0 ? ` (${((100 * size) / total).toFixed(1)} % of ${formatSize(total, false)})` : '';
  return [`${formatSize(size, false)} in ${count} block${count === 1 ? '' : 's'}${share} entered wasm from JavaScript and read <unknown>:0;` +
    ' JS frames were off: without --no-js-frames (run, leaks, register) or with start(n, { jsFrames: true }) they show the JavaScript lines that allocated them.'];
}

/**
 * Everything a reader of the snapshot's numbers must know that the numbers do not say: the
 * modules that loaded untraced, the events that could not be matched, the memory that entered from
 * JavaScript unnamed. What `top`, `leaks` and `run` print under their tables, and what the HTML
 * report shows at its top.
 */
export function snapshotNotes(snapshot: Snapshot): string[] {
  const coverage = coverageOf(snapshot);
  return [...untracedLines(coverage), ...threadLines(coverage), ...caveatLines(coverage), ...unmatchedLines(snapshot), ...jsEnteredLines(snapshot)];
}

const EVENTS = {
  free: (n: number) => `${n} free${n === 1 ? '' : 's'} of a pointer never seen allocated`,
  realloc: (n: number) => `${n} realloc${n === 1 ? '' : 's'} of a pointer never seen allocated`,
  alloc: (n: number) => `${n} allocation${n === 1 ? '' : 's'} at a pointer still traced as live (its free was never seen)`,
} as const;

/**
 * Two lines when the trace saw frees (or reallocs, or allocations) it could not match with its
 * live table: how many, where most of them happened, and what it means for the numbers above.
 * Nothing when every event matched.
 */
export function unmatchedLines(snapshot: Snapshot): string[] {
  const u = recordedUnmatched(snapshot.metadata);
  if (!u) return [];
  const kinds = (['free', 'realloc', 'alloc'] as const).filter((k) => u.totals[k] > 0);
  if (kinds.length === 0) return [];
  const where = u.sites.slice(0, 3).map((s) => `${s.filename}:${s.lineno} (${s.count})`).join(', ');
  return [
    `Unmatched: ${kinds.map((k) => EVENTS[k](u.totals[k])).join('; ')}${where ? `, at ${where}` : ''}.`,
    '  From blocks allocated before tracing started, double or wild frees, an allocator the instrumenter did not hook'
      + ' (inlined into its caller?), or another compile of the module on the same memory (a worker that compiled the .wasm'
      + ' itself frees blocks this one made): blocks counted as live may be gone.',
  ];
}
