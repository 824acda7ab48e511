/**
 * One snapshot of a process whose wasm ran on several threads: each worker thread has its own
 * tracer (its own isolate), so a program that runs its module in a `worker_threads` Worker leaves
 * its memory in a snapshot the main thread never sees. The Node entry (node/register-traced.ts)
 * hands the main thread's snapshot and the workers' to `mergeSnapshots`: the main thread's traces
 * as they are, each worker's under domain ids of their own (its domain names and module sources
 * say which thread), the `modules` and `unmatched` entries joined, and a `threads` entry saying
 * which threads are in it and which were still tracing when it was taken (their memory is not).
 *
 * Frames without a line that read the same in two different modules (frame-names.ts): the base's
 * names kept, each part's named by the same rule after them (a part's `m!text` read as `text` of
 * module m first), so a module's frame reads alike in every part.
 *
 * Peak: each part's peak set is its own thread's high-water mark, so the merged peak set is the
 * sum of the threads' peaks, an upper bound of the process's (they need not have peaked at once).
 */
import type { Snapshot } from '../model/snapshot';
import type { SnapshotBuilder } from '../model/snapshot-builder';
import { snapshotModel } from './snapshot-model';
import { MODULES_METADATA, recordedModules, type ModuleStatus } from './modules';
import { recordedUnmatched, UNMATCHED_METADATA, type UnmatchedSite } from './unmatched';
import { recordedReachability, reachabilityMetadata, REACHABILITY_METADATA } from './reachability';
import { domainModule, isLinelessText, labelled, LinelessNames } from './frame-names';

export interface SnapshotPart {
  readonly snapshot: Snapshot;
  /** Which thread it is, as its modules and domains will be named: e.g. `worker thread 2`. */
  readonly label: string;
}

/** The snapshot's metadata key listing the threads (and processes) merged into it (docs/snapshot-format.md). */
export const THREADS_METADATA = 'threads';

export interface ThreadsRecord {
  /** The threads whose snapshots were merged in, by label. */
  readonly merged: readonly string[];
  /** Threads that were tracing and had not handed in a snapshot: their memory is not in it. */
  readonly running: readonly string[];
}

/** `base` with `parts` merged in (see the header); `running`: labels of threads left out. */
export function mergeSnapshots(base: Snapshot, parts: readonly SnapshotPart[], running: readonly string[] = []): Snapshot {
  if (parts.length === 0 && running.length === 0) return base;
  const b = new (snapshotModel().SnapshotBuilder)();
  let nextDomain = 1 + Math.max(0, ...domainsOf(base));
  const names = new LinelessNames();
  copy(b, base, (d) => d, '', names, true);
  const maps: Map<number, number>[] = [];
  for (const part of parts) {
    const map = new Map<number, number>();
    maps.push(map);
    // domain 0 is the process's own malloc (the native hook): one per process, whatever thread
    copy(b, part.snapshot, (d) => {
      let to = map.get(d);
      if (to === undefined) map.set(d, (to = d === 0 ? 0 : nextDomain++));
      return to;
    }, ` (${part.label})`, names, false);
  }
  for (const [k, v] of base.metadata) b.setMetadata(k, v);
  // the tracer's current and peak: the threads' summed (the peak, an upper bound as above)
  for (const key of ['current', 'peak']) {
    const values = [base, ...parts.map((p) => p.snapshot)].map((s) => Number(s.metadata.get(key)));
    if (base.metadata.has(key) && values.every(Number.isFinite)) b.setMetadata(key, String(values.reduce((x, y) => x + y, 0)));
  }
  const modules = [
    ...(recordedModules(base.metadata) ?? []),
    ...parts.flatMap((p) => (recordedModules(p.snapshot.metadata) ?? []).map((m): ModuleStatus => ({ ...m, source: `${m.source} (${p.label})` }))),
  ];
  if (modules.length) b.setMetadata(MODULES_METADATA, JSON.stringify({ version: 1, modules }));
  const unmatched = [base, ...parts.map((p) => p.snapshot)].map((s) => recordedUnmatched(s.metadata)).filter((u) => u !== null);
  if (unmatched.length) {
    const totals = { free: 0, realloc: 0, alloc: 0 };
    const sites: UnmatchedSite[] = [];
    let initialMemoryFrees = 0;
    for (const u of unmatched) {
      for (const k of ['free', 'realloc', 'alloc'] as const) totals[k] += u.totals[k] ?? 0;
      sites.push(...u.sites);
      initialMemoryFrees += u.initialMemoryFrees;
    }
    sites.sort((x, y) => y.count - x.count);
    b.setMetadata(UNMATCHED_METADATA, JSON.stringify({ version: 1, totals, sites: sites.slice(0, 20), ...(initialMemoryFrees ? { initialMemoryFrees } : {}) }));
  }
  const reachability = recordedReachability(base.metadata);
  if (reachability || parts.some((p) => p.snapshot.metadata.has(REACHABILITY_METADATA))) {
    const domains = [
      ...(reachability ?? []),
      ...parts.flatMap((p, i) => (recordedReachability(p.snapshot.metadata) ?? []).map((d) => ({ ...d, domain: maps[i]!.get(d.domain) ?? d.domain, name: `${d.name} (${p.label})` }))),
    ];
    b.setMetadata(REACHABILITY_METADATA, reachabilityMetadata(domains));
  }
  // what the parts had merged themselves (a process's worker threads) is named through the part
  const own = recordedThreads(base.metadata);
  const nested = (p: SnapshotPart, key: keyof ThreadsRecord) => (recordedThreads(p.snapshot.metadata)?.[key] ?? []).map((l) => `${l} of ${p.label}`);
  const record: ThreadsRecord = {
    merged: [...(own?.merged ?? []), ...parts.flatMap((p) => [p.label, ...nested(p, 'merged')])],
    running: [...(own?.running ?? []), ...running, ...parts.flatMap((p) => nested(p, 'running'))],
  };
  b.setMetadata(THREADS_METADATA, JSON.stringify({ version: 1, ...record }));
  b.setTimestamp(base.timestamp);
  return b.build(Math.max(base.tracebackLimit, ...parts.map((p) => p.snapshot.tracebackLimit)));
}

/** What a snapshot's `threads` entry says; null when it has none (one thread, or an older file). */
export function recordedThreads(metadata: ReadonlyMap<string, string> | undefined): ThreadsRecord | null {
  const raw = metadata?.get(THREADS_METADATA);
  if (raw === undefined) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; merged?: unknown; running?: unknown };
    const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
    if (parsed.version !== 1) return null;
    return { merged: strings(parsed.merged), running: strings(parsed.running) };
  } catch {
    return null;
  }
}

function domainsOf(s: Snapshot): number[] {
  const c = s.columns;
  return [...new Set([...c.domain, ...(c.totals?.domain ?? []), ...(c.peak?.domain ?? []), ...s.domainNames.keys()])];
}

/** Every trace, total and peak row of `s` into `b`, domains through `domain`, re-interned; the
 * frames without a line named by `names` (the base's labels kept). */
function copy(b: SnapshotBuilder, s: Snapshot, domain: (d: number) => number, suffix: string, names: LinelessNames, isBase: boolean): void {
  const c = s.columns;
  const t = c.tables;
  const strings = new Map<number, number>();
  const str = (id: number) => {
    let to = strings.get(id);
    if (to === undefined) strings.set(id, (to = b.internString(t.strings[id]!)));
    return to;
  };
  // per module (the rows' domain's): a frame without a line is named by the module showing it
  const perModule = new Map<string, { frames: Map<number, number>; tbs: Map<number, number> }>();
  const moduleOf = new Map<number, { module: string; frames: Map<number, number>; tbs: Map<number, number> }>();
  const of = (d: number) => {
    let m = moduleOf.get(d);
    if (m === undefined) {
      const module = domainModule(s.domainNames.get(d) ?? '');
      let maps = perModule.get(module);
      if (maps === undefined) perModule.set(module, (maps = { frames: new Map(), tbs: new Map() }));
      moduleOf.set(d, (m = { module, ...maps }));
    }
    return m;
  };
  const fileOf = (id: number, module: string): number => {
    const text = t.strings[t.frameFile[id]!]!;
    if (module === '' || !isLinelessText(text, t.frameLine[id]!)) return str(t.frameFile[id]!);
    const own = labelled(module, '');
    if (!text.startsWith(own)) return b.internString(names.name(text, module, module));
    if (isBase) names.bar(text.slice(own.length), module); // the base's label stays
    return b.internString(isBase ? text : names.name(text.slice(own.length), module, module));
  };
  const tb = (d: number, id: number) => {
    const m = of(d);
    let to = m.tbs.get(id);
    if (to === undefined) {
      const frame = (f: number) => {
        let fid = m.frames.get(f);
        if (fid === undefined) {
          const fn = t.frameFunction[f]!;
          fid = b.internFrame(fileOf(f, m.module), t.frameLine[f]!, { column: t.frameColumn[f]!, ...(fn >= 0 ? { functionName: str(fn) } : {}) });
          m.frames.set(f, fid);
        }
        return fid;
      };
      const stack = t.tbStack[id]!;
      const ids = Array.from(t.stackFrames.subarray(t.stackStart[stack]!, t.stackStart[stack + 1]!), frame);
      const total = t.tbTotal[id]!;
      m.tbs.set(id, (to = b.internTraceback(ids, total < 0 ? null : total)));
    }
    return to;
  };
  for (let i = 0; i < c.size.length; i++) b.addTrace(domain(c.domain[i]!), c.size[i]!, tb(c.domain[i]!, c.traceback[i]!));
  if (c.totals) {
    b.keepTotals();
    const o = c.totals;
    for (let i = 0; i < o.domain.length; i++) b.addTotals(domain(o.domain[i]!), tb(o.domain[i]!, o.traceback[i]!), o.allocSize[i]!, o.allocCount[i]!, o.tempSize[i]!, o.tempCount[i]!);
  }
  if (c.peak) {
    b.keepPeak();
    const p = c.peak;
    for (let i = 0; i < p.domain.length; i++) b.addPeak(domain(p.domain[i]!), p.size[i]!, p.count?.[i] ?? 1, tb(p.domain[i]!, p.traceback[i]!));
  }
  if (c.sizeClasses) b.addSizeClasses(Array.from(c.sizeClasses.bytes), Array.from(c.sizeClasses.count));
  for (const [d, name] of s.domainNames) b.setDomainName(domain(d), name + suffix);
}
