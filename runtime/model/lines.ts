// memory_profiler's line-by-line table, exact: for each line of one source file, the bytes and
// blocks allocated on that line (it is frame 0 of their traceback) and the bytes allocated under
// calls made from it (it is a deeper frame: cumulative, each trace counted once per line). Read
// from a snapshot's columns per traceback, so a million traces cost one pass.
import { quote, TracemallocError } from './errors';
import { getRawLine } from './line-source';
import { formatSize } from './format-size';
import type { Snapshot } from './snapshot';

export interface LineRow {
  readonly lineno: number;
  /** the source text (indentation kept), undefined when the file's text is not known */
  readonly text: string | undefined;
  /** bytes and blocks allocated on this line */
  readonly size: number;
  readonly count: number;
  /** bytes and blocks allocated in calls made from this line (it is a caller in their traceback) */
  readonly underSize: number;
  readonly underCount: number;
}

export interface LineListing {
  /** the filename as the snapshot spells it */
  readonly filename: string;
  readonly functionName: string | null;
  readonly rows: LineRow[];
  /** whether the source text was found (else rows hold only the lines with memory) */
  readonly hasText: boolean;
  readonly total: { size: number; count: number };
}

/** At most this many lines are read from a source (a safety bound, not a real limit). */
const MAX_LINES = 200_000;

/** Filenames of the snapshot that `file` names: itself, or the ones it ends (at a '/'). */
export function matchFiles(snapshot: Snapshot, file: string): string[] {
  const { tables } = snapshot.columns;
  const names = new Set<string>();
  for (let f = 0; f < tables.frameCount; f++) names.add(tables.strings[tables.frameFile[f]!]!);
  if (names.has(file)) return [file];
  const tail = file.replace(/^\.\//, '');
  return [...names].filter((n) => n === tail || n.endsWith('/' + tail)).sort();
}

/**
 * The annotated lines of `filename` (exactly as the snapshot spells it), or of one function in it
 * (`functionName`: a frame's function name, or its last `::`/`.` component before the arguments).
 */
export function lineListing(snapshot: Snapshot, filename: string, functionName?: string): LineListing {
  const { tables, size, traceback, count: weight } = snapshot.columns;
  const fileId = tables.strings.indexOf(filename);
  if (fileId < 0) throw new TracemallocError(`no frame of this snapshot is in ${quote(filename)}`);
  // per traceback first: a traceback's frames are walked once however many traces it has
  const tbSize = new Float64Array(tables.tracebackCount);
  const tbCount = new Float64Array(tables.tracebackCount);
  for (let i = 0; i < traceback.length; i++) {
    tbSize[traceback[i]!] += size[i]!;
    tbCount[traceback[i]!] += weight ? weight[i]! : 1;
  }
  const self = new Map<number, [number, number]>();
  const under = new Map<number, [number, number]>();
  const add = (map: Map<number, [number, number]>, line: number, s: number, c: number) => {
    const v = map.get(line);
    if (v) {
      v[0] += s;
      v[1] += c;
    } else map.set(line, [s, c]);
  };
  const seen = new Set<number>();
  for (let tb = 0; tb < tables.tracebackCount; tb++) {
    if (tbCount[tb] === 0) continue;
    const stack = tables.tbStack[tb]!;
    const start = tables.stackStart[stack]!;
    const end = tables.stackStart[stack + 1]!;
    seen.clear();
    for (let i = start; i < end; i++) {
      const frame = tables.stackFrames[i]!;
      if (tables.frameFile[frame] !== fileId) continue;
      const line = tables.frameLine[frame]!;
      if (i === start) add(self, line, tbSize[tb]!, tbCount[tb]!);
      // a recursive call passes one line many times: its bytes are under it once
      else if (!seen.has(line)) add(under, line, tbSize[tb]!, tbCount[tb]!);
      seen.add(line);
    }
  }
  const text = (lineno: number) => getRawLine(filename, lineno);
  const hasText = text(1) !== undefined;
  let first = 1;
  let last = 0;
  if (functionName !== undefined) {
    [first, last] = functionRange(snapshot, fileId, functionName, hasText ? text : null);
  } else if (hasText) {
    last = 1;
    while (last < MAX_LINES && text(last + 1) !== undefined) last++;
  }
  const lines = new Set<number>();
  if (hasText) for (let l = first; l <= last; l++) lines.add(l);
  for (const l of [...self.keys(), ...under.keys()]) if (l >= first && (last === 0 || l <= last || !hasText)) lines.add(l);
  if (functionName !== undefined && !hasText) for (const l of [...lines]) if (l < first || l > last) lines.delete(l);
  const rows = [...lines].sort((a, b) => a - b).map((lineno) => {
    const s = self.get(lineno) ?? [0, 0];
    const u = under.get(lineno) ?? [0, 0];
    return { lineno, text: hasText ? text(lineno) : undefined, size: s[0], count: s[1], underSize: u[0], underCount: u[1] };
  });
  let totalSize = 0;
  let totalCount = 0;
  for (const r of rows) {
    totalSize += r.size;
    totalCount += r.count;
  }
  return { filename, functionName: functionName ?? null, rows, hasText, total: { size: totalSize, count: totalCount } };
}

/** The short form of a function name: `ns::Cls::method(int)` → `method`, `a.b.c` → `c`. */
function shortName(name: string): string {
  const bare = name.replace(/\(.*$/s, '').replace(/<.*>$/s, '');
  return bare.split(/::|\.|#|\//).pop()!;
}

/**
 * The lines of function `name` in the file: from its definition (the nearest line above its first
 * known line that spells its name) to the end of its body (the next line that closes a block at
 * the definition's indentation), or the span of its known lines when the text is not known.
 */
function functionRange(snapshot: Snapshot, fileId: number, name: string, text: ((lineno: number) => string | undefined) | null): [number, number] {
  const { tables } = snapshot.columns;
  let lo = Infinity;
  let hi = -Infinity;
  const names = new Set<string>();
  for (let f = 0; f < tables.frameCount; f++) {
    if (tables.frameFile[f] !== fileId) continue;
    const fn = tables.frameFunction[f]!;
    if (fn < 0) continue;
    const full = tables.strings[fn]!;
    names.add(full);
    if (full !== name && shortName(full) !== name) continue;
    lo = Math.min(lo, tables.frameLine[f]!);
    hi = Math.max(hi, tables.frameLine[f]!);
  }
  if (lo === Infinity) {
    const known = [...names].sort().slice(0, 8).map((n) => quote(n)).join(', ');
    throw new TracemallocError(
      names.size ? `no frame of function ${quote(name)} in ${quote(tables.strings[fileId]!)} (functions with frames there: ${known}${names.size > 8 ? ', …' : ''})` : `the frames of ${quote(tables.strings[fileId]!)} carry no function names (the module has no name section)`,
    );
  }
  if (!text) return [lo, hi];
  const short = shortName(name);
  let first = lo;
  for (let l = lo; l >= Math.max(1, lo - 500); l--) {
    const line = text(l);
    if (line !== undefined && new RegExp(`\\b${short.replace(/[$^.*+?()[\]{}|\\]/g, '\\$&')}\\s*[(<]`).test(line)) {
      first = l;
      break;
    }
  }
  const indent = /^\s*/.exec(text(first) ?? '')![0].length;
  let last = hi;
  for (let l = hi + 1; l <= hi + 2000; l++) {
    const line = text(l);
    if (line === undefined) break;
    if (/^\s*[}\]]/.test(line) && /^\s*/.exec(line)![0].length <= indent) {
      last = l;
      break;
    }
  }
  return [first, last];
}

/** memory_profiler's table: Line #, bytes and blocks on the line, bytes under calls made from it. */
export function formatLineListing(listing: LineListing): string[] {
  const size = (n: number) => (n === 0 ? '' : formatSize(n, false));
  const rows = listing.rows.map((r) => [String(r.lineno), size(r.size), r.count ? String(r.count) : '', size(r.underSize), r.text ?? '']);
  const head = ['Line #', 'Size', 'Count', 'Under calls', 'Line Contents'];
  const widths = head.slice(0, 4).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => cells.slice(0, 4).map((c, i) => c.padStart(widths[i]!)).join('  ') + '   ' + cells[4];
  const title = listing.functionName === null ? `Filename: ${listing.filename}` : `Filename: ${listing.filename}, function ${listing.functionName}`;
  const out = [title, ''];
  out.push(fmt(head).trimEnd());
  out.push('='.repeat(fmt(head).trimEnd().length));
  for (const r of rows) out.push(fmt(r).trimEnd());
  if (!listing.hasText) out.push('', `(the text of ${listing.filename} is not known: only the lines that allocated are shown)`);
  out.push('', `Total on these lines: size=${formatSize(listing.total.size, false)}, count=${listing.total.count}`);
  return out;
}
