// What a snapshot did NOT see: the modules that loaded untraced (the snapshot's `modules`
// metadata entry, runtime/tracer/modules.ts), and the frees it could not match (`unmatched`,
// runtime/tracer/unmatched.ts). `top`, `report`, `run` and `leaks` print these
// lines so a small or empty table is never mistaken for a small or empty heap. And where memory
// entered wasm from JavaScript with no JS frames taken (`<unknown>:0`): how to see its lines.

import { formatSize, recordedModules, recordedUnmatched, type ModuleStatus, type Snapshot } from '../node/index';

export interface Coverage {
  /** Modules recorded, or null when the snapshot recorded none (older files, hand-built ones). */
  modules: ModuleStatus[] | null;
  traced: ModuleStatus[];
  untraced: ModuleStatus[];
}

export function coverageOf(snapshot: Snapshot): Coverage {
  const modules = recordedModules(snapshot.metadata);
  return {
    modules,
    traced: modules?.filter((m) => m.traced) ?? [],
    untraced: modules?.filter((m) => !m.traced) ?? [],
  };
}

/** One line per untraced module, headed by a count; nothing when every module was traced. */
export function untracedLines(coverage: Coverage): string[] {
  const n = coverage.untraced.length;
  if (n === 0) return [];
  return [
    `Not traced: ${n} module${n === 1 ? '' : 's'} (their memory is not in these numbers):`,
    ...coverage.untraced.map((m) => `  ${m.source}: ${m.detail}`),
  ];
}

/**
 * One line when blocks entered wasm straight from JavaScript (the glue's `_malloc`, wasm-bindgen's
 * `__wbindgen_malloc`) and so read `<unknown>:0` (their most recent frame): how much, and the flag
 * that names their JS lines. Nothing when there are none (or JS frames were on: they are named).
 */
export function jsEnteredLines(snapshot: Snapshot): string[] {
  let size = 0, count = 0, total = 0;
  for (const trace of snapshot.traces) {
    total += trace.size;
    const frames = [...trace.traceback];
    const recent = frames[frames.length - 1];
    if (recent && recent.filename === '<unknown>' && recent.lineno === 0) {
      size += trace.size;
      count++;
    }
  }
  if (count === 0) return [];
  const share = total > 0 ? ` (${((100 * size) / total).toFixed(1)} % of ${formatSize(total, false)})` : '';
  return [`${formatSize(size, false)} in ${count} block${count === 1 ? '' : 's'}${share} entered wasm from JavaScript and read <unknown>:0;` +
    ' run with --js-frames to see the JavaScript lines that allocated them.'];
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
    '  From blocks allocated before tracing started, double or wild frees, or an allocator the instrumenter did not hook'
      + ' (inlined into its caller?): blocks counted as live above may be gone.',
  ];
}
