// What a snapshot did NOT see: the modules that loaded untraced (the snapshot's `modules`
// metadata entry, runtime/tracer/modules.ts). `top`, `report`, `run` and `leaks` print these
// lines so a small or empty table is never mistaken for a small or empty heap.

import { recordedModules, type ModuleStatus, type Snapshot } from '../node/index';

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
