// What a report shows about a snapshot beyond its traces: domain names, metadata (the command,
// the timeline `run` recorded), and frames' function names. One place reads them from the model.

import type { Frame, Snapshot } from '../runtime/index';

export interface SnapshotInfo {
  metadata: Record<string, string>;
  domains: Record<string, string>;
}

/** Frame's function name when the site table knew it (richer fields never change String(frame)). */
export function frameFunction(frame: Frame): string | undefined {
  const fn = (frame as { functionName?: string | null }).functionName;
  return typeof fn === 'string' && fn !== '' ? fn : undefined;
}

export function frameColumn(frame: Frame): number | undefined {
  const c = (frame as { column?: number | null }).column;
  return typeof c === 'number' && c > 0 ? c : undefined;
}

export function describeSnapshot(snapshot: Snapshot): SnapshotInfo {
  const s = snapshot as unknown as {
    metadata?: Record<string, string> | Map<string, string>;
    domainNames?: Record<string, string> | Map<number, string>;
  };
  const metadata: Record<string, string> = {};
  if (s.metadata instanceof Map) for (const [k, v] of s.metadata) metadata[k] = String(v);
  else if (s.metadata) Object.assign(metadata, s.metadata);
  const domains: Record<string, string> = {};
  if (s.domainNames instanceof Map) for (const [k, v] of s.domainNames) domains[String(k)] = v;
  else if (s.domainNames) Object.assign(domains, s.domainNames);
  return { metadata, domains };
}

/** One timeline point: seconds since start, traced current and peak bytes. */
export type TimelinePoint = [t: number, current: number, peak: number];

export const TIMELINE_KEY = 'timeline';

/** The timeline `run` stored in the metadata (JSON `[[t, current, peak], …]`), if any. */
export function timelineOf(info: SnapshotInfo): TimelinePoint[] {
  const raw = info.metadata[TIMELINE_KEY];
  if (!raw) return [];
  try {
    const data = JSON.parse(raw) as unknown;
    if (!Array.isArray(data)) return [];
    return data.filter((p): p is TimelinePoint => Array.isArray(p) && p.length >= 3 && p.every((x) => typeof x === 'number'));
  } catch {
    return [];
  }
}
