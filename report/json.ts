// `export --format json`: a snapshot as plain JSON that any language can read. Traces keep
// CPython's raw shape `[domain, size, rawFrames (most recent first), totalNframe]`, so the file
// feeds straight back into `new Snapshot(traces, tracebackLimit)` (and `top`/`compare` read it).
// What the tracer kept besides the live traces goes along when the snapshot has it: the totals
// per traceback since tracing started, the peak set and the size classes (`stats`, `tree --by`).

import { SnapshotBuilder, type Snapshot } from '../runtime/index';
import { SnapshotColumnsView } from './columns';
import { describeSnapshot, type SnapshotInfo } from './snapshot-info';

export const JSON_FORMAT = 'wasm-tracemalloc-snapshot-json';
export const JSON_VERSION = 1;

type RawFrame = [filename: string, lineno: number];
type RawTrace = [domain: number, size: number, frames: RawFrame[], totalNframe: number];
type RawTotals = [domain: number, frames: RawFrame[], totalNframe: number, allocSize: number, allocCount: number, tempSize: number, tempCount: number];
type RawPeak = [domain: number, size: number, count: number, frames: RawFrame[], totalNframe: number];

export interface SnapshotJson extends SnapshotInfo {
  format: typeof JSON_FORMAT;
  version: number;
  tracebackLimit: number;
  /** frame function names where known: "file:line" -> name */
  functions: Record<string, string>;
  traces: RawTrace[];
  /** per traceback since tracing started: bytes and blocks allocated, and the temporary ones */
  totals?: RawTotals[];
  /** the live set at the high-water mark, one row per traceback (`count` blocks, `size` bytes) */
  peak?: RawPeak[];
  /** every allocation by log2 size class: class b holds sizes of bit length b */
  sizeClasses?: { bytes: number[]; count: number[] };
}

export function toJson(snapshot: Snapshot): SnapshotJson {
  const view = new SnapshotColumnsView(snapshot);
  const functions: Record<string, string> = {};
  // raw frames once per traceback id; traces share the arrays (JSON.stringify writes each out)
  const rawOf: (RawFrame[] | undefined)[] = [];
  const raw = (tb: number): RawFrame[] => {
    let frames = rawOf[tb];
    if (!frames) {
      frames = Array.from(view.framesOf(tb), (id) => {
        const f = view.frame(id);
        if (f.fn) functions[`${f.file}:${f.line}`] = f.fn;
        return [f.file, f.line] as RawFrame;
      });
      rawOf[tb] = frames;
    }
    return frames;
  };
  const traces: RawTrace[] = new Array(view.count);
  for (let i = 0; i < view.count; i++) {
    const tb = view.traceback[i]!;
    const frames = raw(tb);
    traces[i] = [view.domain[i]!, view.size[i]!, frames, view.totalOf(tb) ?? frames.length];
  }
  const c = snapshot.columns;
  const total = (tb: number): number => view.totalOf(tb) ?? raw(tb).length;
  const t = c.totals;
  const p = c.peak;
  return {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    ...describeSnapshot(snapshot),
    tracebackLimit: snapshot.tracebackLimit,
    functions,
    traces,
    ...(t && { totals: Array.from(t.traceback, (tb, i): RawTotals => [t.domain[i]!, raw(tb), total(tb), t.allocSize[i]!, t.allocCount[i]!, t.tempSize[i]!, t.tempCount[i]!]) }),
    ...(p && { peak: Array.from(p.traceback, (tb, i): RawPeak => [p.domain[i]!, p.size[i]!, p.count?.[i] ?? 1, raw(tb), total(tb)]) }),
    ...(c.sizeClasses && { sizeClasses: { bytes: [...c.sizeClasses.bytes], count: [...c.sizeClasses.count] } }),
  };
}

export class SnapshotJsonError extends Error {
  override readonly name = 'SnapshotJsonError';
}

/** Reads what toJson wrote; every shape error quotes where it is. */
export function fromJson(text: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SnapshotJsonError(`not JSON (${(error as Error).message})`);
  }
  const obj = data as Partial<SnapshotJson>;
  if (typeof obj !== 'object' || obj === null || obj.format !== JSON_FORMAT) {
    throw new SnapshotJsonError(`a JSON file without "format": "${JSON_FORMAT}"`);
  }
  if (obj.version !== JSON_VERSION) throw new SnapshotJsonError(`JSON snapshot version ${JSON.stringify(obj.version)}, expected ${JSON_VERSION}`);
  if (!Number.isInteger(obj.tracebackLimit) || (obj.tracebackLimit as number) < 1) {
    throw new SnapshotJsonError(`"tracebackLimit" is ${JSON.stringify(obj.tracebackLimit)}, expected an integer >= 1`);
  }
  if (!Array.isArray(obj.traces)) throw new SnapshotJsonError('"traces" is not an array');
  obj.traces.forEach((t, i) => {
    const ok =
      Array.isArray(t) && t.length === 4 && Number.isInteger(t[0]) && t[0] >= 0 && Number.isSafeInteger(t[1]) && t[1] >= 0 &&
      Array.isArray(t[2]) && (t[3] === null || Number.isInteger(t[3])) &&
      t[2].every((f) => Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && Number.isInteger(f[1]) && f[1] >= 0);
    if (!ok) throw new SnapshotJsonError(`traces[${i}] is ${JSON.stringify(t).slice(0, 80)}, expected [domain, size, [[filename, lineno], …], totalNframe]`);
  });
  const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
  const frames = (f: unknown): f is RawFrame[] =>
    Array.isArray(f) && f.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && count(x[1]));
  const rows = <T>(name: string, value: unknown, ok: (row: unknown[]) => boolean, shape: string): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new SnapshotJsonError(`"${name}" is not an array`);
    value.forEach((r, i) => {
      if (!Array.isArray(r) || !ok(r)) throw new SnapshotJsonError(`${name}[${i}] is ${JSON.stringify(r).slice(0, 80)}, expected ${shape}`);
    });
    return value as T[];
  };
  const totals = rows<RawTotals>('totals', obj.totals, (r) => r.length === 7 && count(r[0]) && frames(r[1]) && count(r[2]) && r.slice(3).every(count),
    '[domain, [[filename, lineno], …], totalNframe, allocSize, allocCount, tempSize, tempCount]');
  const peak = rows<RawPeak>('peak', obj.peak, (r) => r.length === 5 && count(r[0]) && count(r[1]) && count(r[2]) && frames(r[3]) && count(r[4]),
    '[domain, size, count, [[filename, lineno], …], totalNframe]');
  const classes = obj.sizeClasses;
  if (classes !== undefined && !(isRecord(classes) && Array.isArray(classes.bytes) && Array.isArray(classes.count) &&
    classes.bytes.length === classes.count.length && classes.bytes.length <= 64 && [...classes.bytes, ...classes.count].every(count))) {
    throw new SnapshotJsonError('"sizeClasses" is not { "bytes": [n, …], "count": [n, …] } with as many of each');
  }
  // rebuilt through the builder so function names, domain names and metadata (the timeline)
  // survive the round trip
  const functions = isRecord(obj.functions) ? obj.functions : {};
  const b = new SnapshotBuilder();
  const frameIds = new Map<string, number>();
  const traceback = (raw: RawFrame[], total: number | null): number => {
    const ids = raw.map(([file, line]) => {
      const key = `${file}:${line}`;
      let id = frameIds.get(key);
      if (id === undefined) {
        const fn = functions[key];
        id = b.internFrame(b.internString(file), line, typeof fn === 'string' ? { functionName: b.internString(fn) } : undefined);
        frameIds.set(key, id);
      }
      return id;
    });
    return b.internTraceback(ids, total);
  };
  for (const [domain, size, raw, total] of obj.traces) b.addTrace(domain, size, traceback(raw, total));
  if (obj.totals !== undefined) b.keepTotals();
  for (const [domain, raw, total, ...sums] of totals) b.addTotals(domain, traceback(raw, total), ...(sums as [number, number, number, number]));
  if (obj.peak !== undefined) b.keepPeak();
  for (const [domain, size, n, raw, total] of peak) b.addPeak(domain, size, n, traceback(raw, total));
  if (classes) b.addSizeClasses(classes.bytes, classes.count);
  if (isRecord(obj.domains)) for (const [d, name] of Object.entries(obj.domains)) if (/^\d+$/.test(d) && typeof name === 'string') b.setDomainName(Number(d), name);
  if (isRecord(obj.metadata)) for (const [k, v] of Object.entries(obj.metadata)) if (typeof v === 'string') b.setMetadata(k, v);
  return b.build(obj.tracebackLimit as number);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
