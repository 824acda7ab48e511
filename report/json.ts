// `export --format json`: a snapshot as plain JSON that any language can read. Traces keep
// CPython's raw shape `[domain, size, rawFrames (most recent first), totalNframe]`, so the file
// feeds straight back into `new Snapshot(traces, tracebackLimit)` (and `top`/`compare` read it).

import { SnapshotBuilder, type Snapshot } from '../runtime/index';
import { SnapshotColumnsView } from './columns';
import { describeSnapshot, type SnapshotInfo } from './snapshot-info';

export const JSON_FORMAT = 'wasm-tracemalloc-snapshot-json';
export const JSON_VERSION = 1;

type RawFrame = [filename: string, lineno: number];
type RawTrace = [domain: number, size: number, frames: RawFrame[], totalNframe: number];

export interface SnapshotJson extends SnapshotInfo {
  format: typeof JSON_FORMAT;
  version: number;
  tracebackLimit: number;
  /** frame function names where known: "file:line" -> name */
  functions: Record<string, string>;
  traces: RawTrace[];
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
  return {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    ...describeSnapshot(snapshot),
    tracebackLimit: snapshot.tracebackLimit,
    functions,
    traces,
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
  // rebuilt through the builder so function names, domain names and metadata (the timeline)
  // survive the round trip
  const functions = isRecord(obj.functions) ? obj.functions : {};
  const b = new SnapshotBuilder();
  const frameIds = new Map<string, number>();
  for (const [domain, size, frames, total] of obj.traces) {
    const ids = frames.map(([file, line]) => {
      const key = `${file}:${line}`;
      let id = frameIds.get(key);
      if (id === undefined) {
        const fn = functions[key];
        id = b.internFrame(b.internString(file), line, typeof fn === 'string' ? { functionName: b.internString(fn) } : undefined);
        frameIds.set(key, id);
      }
      return id;
    });
    b.addTrace(domain, size, b.internTraceback(ids, total));
  }
  if (isRecord(obj.domains)) for (const [d, name] of Object.entries(obj.domains)) if (/^\d+$/.test(d) && typeof name === 'string') b.setDomainName(Number(d), name);
  if (isRecord(obj.metadata)) for (const [k, v] of Object.entries(obj.metadata)) if (typeof v === 'string') b.setMetadata(k, v);
  return b.build(obj.tracebackLimit as number);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
