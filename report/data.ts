// What the report page draws, computed here (browser-safe: a Snapshot in, plain JSON out) so the
// page only lays it out. One *view* per measure the snapshot carries: the live set, the peak set,
// bytes allocated since tracing started, temporary allocations; each with its stacks (the flame
// graphs, top-down and bottom-up, are built from them in the page), top lines and files, biggest
// tracebacks and the annotated source of the files whose text is known.

import { DomainFilter, formatSize, lineListing, type Measure, type Snapshot, type Statistic } from '../runtime/index';
import { getRawLine } from '../runtime/model/line-source';
import { describeSnapshot, frameFunction, timelineOf, type TimelinePoint } from './snapshot-info';
import { snapshotNotes, unmatchedLines } from '../runtime/tracer/coverage';
import { UNMATCHED_METADATA } from '../runtime/tracer/unmatched';
import { formatStatus, MODULES_METADATA, recordedModules } from '../runtime/tracer/modules';
import { allocationSizeHistogram, liveSizeHistogram, type SizeBucket } from './stats';

export interface FrameInfo {
  file: string;
  line: number;
  fn?: string;
  /** the source line, trimmed, when its text is known */
  src?: string;
}

/** [domain, frame ids oldest first, size, count, old size, old count] */
export type StackRow = [number, number[], number, number, number, number];

export interface StatRow {
  /** exactly String(Statistic) (or String(StatisticDiff)) */
  text: string;
  file: string;
  line: number;
  size: number;
  count: number;
  src?: string;
  sizeDiff?: number;
  countDiff?: number;
}

/** [lineno, text, size, count, size under calls] */
export type SourceRow = [number, string, number, number, number];

export interface SourceFile {
  file: string;
  rows: SourceRow[];
}

export type ViewId = 'peak' | Measure;

export interface ViewData {
  id: ViewId;
  title: string;
  /** what the sizes mean, one line */
  hint: string;
  size: number;
  count: number;
  stacks: StackRow[];
  lines: StatRow[];
  /** by file, or by function when the frames have no lines (then files would copy lines) */
  files: StatRow[];
  filesBy: 'file' | 'function';
  /** the biggest tracebacks: the allocation site, then the chain, most recent call first */
  tracebacks: { site: string; size: number; count: number; frames: string[] }[];
  /** live view with --diff: the lines' differences */
  diff: StatRow[] | null;
  sources: SourceFile[];
  /** sizes by log2 class (report/stats.ts): the live blocks (live view), every allocation
   * (allocated view); null where the snapshot cannot tell them apart */
  sizes: SizeBucket[] | null;
}

/** One snapshot of a series: the page diffs the two ends of a selected time range. */
export interface SeriesPoint {
  t: number;
  title: string;
  size: number;
  /** [frame id of the line, size, count], one per line */
  lines: [number, number, number][];
}

export interface ReportData {
  title: string;
  oldTitle: string | null;
  generated: string;
  tracebackLimit: number;
  /** the tracer's peak from the snapshot's metadata, when recorded */
  peak: number | null;
  metadata: Record<string, string>;
  /** what the numbers do not say (untraced modules, unmatched events, memory entered from JS
   * unnamed): the lines the CLI prints under its tables, shown at the top of the page */
  notes: string[];
  domains: Record<string, string>;
  frames: FrameInfo[];
  views: ViewData[];
  /** the view the page opens on: the peak when the snapshot carries one (and no --diff) */
  initial: ViewId;
  timeline: TimelinePoint[];
  series: SeriesPoint[];
}

export interface ReportOptions {
  /** shown in the header: usually the snapshot's path */
  title?: string;
  /** the older snapshot: adds the diff view and colours the flame graph by growth */
  old?: Snapshot;
  oldTitle?: string;
  /** rows of the top tables (default 25) */
  limit?: number;
  /** overrides the timeline found in the snapshot's metadata */
  timeline?: TimelinePoint[];
  /** earlier snapshots of the same run, oldest first: the timeline's range selection diffs them */
  series?: { snapshot: Snapshot; title: string }[];
  /** fixed "generated" time, for reproducible files */
  generated?: Date;
}

/** Files with known text shown in the source view, per view, and their length bound. */
const SOURCE_FILES = 6;
const SOURCE_LINES = 5000;

class Frames {
  readonly list: FrameInfo[] = [];
  private readonly ids = new Map<string, number>();
  id(file: string, line: number, fn?: string): number {
    const key = `${file}\0${line}\0${fn ?? ''}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      const src = getRawLine(file, line)?.trim();
      this.list.push({ file, line, ...(fn ? { fn } : {}), ...(src ? { src } : {}) });
      this.ids.set(key, id);
    }
    return id;
  }
}

function frameLabel(f: { filename: string; lineno: number; functionName?: string }): string {
  const fn = f.functionName;
  return fn && !f.filename.startsWith(fn) ? `${fn} ${f.filename}:${f.lineno}` : `${f.filename}:${f.lineno}`;
}

function domainsOf(snapshot: Snapshot): number[] {
  const set = new Set<number>();
  const d = snapshot.columns.domain;
  for (let i = 0; i < d.length; i++) set.add(d[i]!);
  return [...set].sort((a, b) => a - b);
}

/** Distinct tracebacks per domain, with the old snapshot's sizes for the same chains. */
function stacksOf(snapshot: Snapshot, frames: Frames, old?: Snapshot): StackRow[] {
  const rows = new Map<string, StackRow>();
  const add = (s: Snapshot, isOld: boolean) => {
    for (const domain of domainsOf(s)) {
      const stats = domainFilter(s, domain).statistics('traceback');
      for (const st of stats) {
        const ids = [...st.traceback].map((f) => frames.id(f.filename, f.lineno, frameFunction(f)));
        const key = `${domain}:${ids.join(',')}`;
        let row = rows.get(key);
        if (!row) rows.set(key, (row = [domain, ids, 0, 0, 0, 0]));
        if (isOld) {
          row[4] += st.size;
          row[5] += st.count;
        } else {
          row[2] += st.size;
          row[3] += st.count;
        }
      }
    }
  };
  add(snapshot, false);
  if (old) add(old, true);
  return [...rows.values()];
}

function domainFilter(s: Snapshot, domain: number): Snapshot {
  return domainsOf(s).length > 1 ? s.filterTraces([new DomainFilter(true, domain)]) : s;
}

function statRow(s: Statistic, frames: Frames): StatRow {
  const f = [...s.traceback].at(-1);
  // String() of a statistic with an empty traceback raises, as in CPython: never in a report
  if (!f) return { text: `<no frame>: size=${s.size}, count=${s.count}`, file: '<no frame>', line: 0, size: s.size, count: s.count };
  const src = frames.list[frames.id(f.filename, f.lineno, frameFunction(f))]!.src;
  return { text: String(s), file: f.filename, line: f.lineno, size: s.size, count: s.count, ...(src ? { src } : {}) };
}

/** When no frame has a line (names only), files would repeat lines: group by function instead. */
function byFunction(snapshot: Snapshot, limit: number): StatRow[] {
  const groups = new Map<string, [number, number]>();
  for (const s of snapshot.statistics('lineno')) {
    const f = [...s.traceback].at(-1);
    const name = f ? (frameFunction(f) ?? f.filename.replace(/\+0x[0-9a-f]+$/i, '')) : '<no frame>';
    const g = groups.get(name) ?? [0, 0];
    g[0] += s.size;
    g[1] += s.count;
    groups.set(name, g);
  }
  return [...groups]
    .sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([name, [size, count]]) => ({ text: `${name}: size=${formatSize(size, false)}, count=${count}`, file: name, line: 0, size, count }));
}

function sourcesOf(snapshot: Snapshot, files: StatRow[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (const f of files) {
    if (out.length >= SOURCE_FILES) break;
    if (getRawLine(f.file, 1) === undefined) continue;
    const listing = lineListing(snapshot, f.file);
    if (listing.rows.length > SOURCE_LINES) continue;
    out.push({ file: f.file, rows: listing.rows.map((r) => [r.lineno, r.text ?? '', r.size, r.count, r.underSize]) });
  }
  return out;
}

const VIEW_TEXT: Record<ViewId, { title: string; hint: string }> = {
  live: { title: 'Live', hint: 'memory still allocated when the snapshot was taken' },
  peak: { title: 'Peak', hint: 'what was live at the high-water mark of traced memory' },
  allocated: { title: 'Allocated', hint: 'every byte allocated since tracing started, freed or not' },
  temporary: { title: 'Temporary', hint: 'blocks freed before the next allocation (heaptrack’s temporaries)' },
};

function buildView(id: ViewId, snapshot: Snapshot, frames: Frames, limit: number, old?: Snapshot): ViewData {
  const lines = snapshot.statistics('lineno');
  const noLines = lines.length > 0 && lines.every((s) => ([...s.traceback].at(-1)?.lineno ?? 0) === 0);
  const files = noLines ? byFunction(snapshot, limit) : snapshot.statistics('filename').slice(0, limit).map((s) => statRow(s, frames));
  let size = 0;
  let count = 0;
  for (const s of lines) {
    size += s.size;
    count += s.count;
  }
  return {
    id,
    ...VIEW_TEXT[id],
    size,
    count,
    stacks: stacksOf(snapshot, frames, old),
    lines: lines.slice(0, limit).map((s) => statRow(s, frames)),
    files,
    filesBy: noLines ? 'function' : 'file',
    tracebacks: snapshot
      .statistics('traceback')
      .slice(0, Math.min(limit, 10))
      .map((st) => {
        // headed by the allocation site, most recent call first (runtime/helpers/chain.ts)
        const chain = [...st.traceback].reverse().map(frameLabel);
        return { site: chain[0] ?? '<no frame>', size: st.size, count: st.count, frames: chain };
      }),
    diff: old
      ? snapshot
          .compareTo(old, 'lineno')
          .slice(0, limit * 2)
          .map((d) => ({ ...statRow(d as unknown as Statistic, frames), text: String(d), sizeDiff: d.sizeDiff, countDiff: d.countDiff }))
      : null,
    sizes: null,
    sources: noLines ? [] : sourcesOf(snapshot, snapshot.statistics('filename').slice(0, SOURCE_FILES * 2).map((s) => statRow(s, frames))),
  };
}

export function buildReportData(snapshot: Snapshot, options: ReportOptions = {}): ReportData {
  const limit = options.limit ?? 25;
  const info = describeSnapshot(snapshot);
  const frames = new Frames();
  const views: ViewData[] = [];
  const peak = snapshot.metadata.get('snapshot') === 'peak' ? null : snapshot.peak;
  if (peak && !options.old) views.push(buildView('peak', peak, frames, limit));
  views.push(buildView(snapshot.metadata.get('snapshot') === 'peak' ? 'peak' : 'live', snapshot, frames, limit, options.old));
  views.at(-1)!.sizes = views.at(-1)!.id === 'live' ? liveSizeHistogram(snapshot) : null;
  if (snapshot.hasTotals) {
    views.push({ ...buildView('allocated', snapshot.by('allocated'), frames, limit), sizes: allocationSizeHistogram(snapshot) });
    views.push(buildView('temporary', snapshot.by('temporary'), frames, limit));
  }
  const given = options.series ?? [];
  const base = given.length ? given[0]!.snapshot.timestamp : snapshot.timestamp;
  const series: SeriesPoint[] = given.map(({ snapshot: s, title }) => seriesPoint(s, title, frames, base));
  if (series.length) series.push(seriesPoint(snapshot, options.title ?? 'snapshot', frames, base));
  let timeline = options.timeline ?? timelineOf(info);
  if (timeline.length < 2 && series.length >= 2) {
    // no timeline recorded: the series' own samples are the timeline
    let high = 0;
    timeline = series.map((p) => [p.t, p.size, (high = Math.max(high, p.size))]);
  }
  const metaPeak = Number(snapshot.metadata.get('peak'));
  return {
    title: options.title ?? 'snapshot',
    oldTitle: options.old ? (options.oldTitle ?? 'old snapshot') : null,
    generated: (options.generated ?? new Date()).toISOString(),
    tracebackLimit: snapshot.tracebackLimit,
    peak: snapshot.metadata.has('peak') && Number.isFinite(metaPeak) ? metaPeak : null,
    metadata: readableMetadata(snapshot, info.metadata),
    notes: snapshotNotes(snapshot),
    domains: info.domains,
    frames: frames.list,
    views,
    initial: views[0]!.id,
    timeline,
    series,
  };
}

/** The metadata as people read it: the module list one line per module, not its JSON. */
function readableMetadata(snapshot: Snapshot, metadata: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(metadata)) {
    if (k === 'timeline') continue;
    if (k === MODULES_METADATA) {
      const modules = recordedModules(snapshot.metadata);
      out[k] = modules ? modules.map(formatStatus).join('\n') : v;
    } else if (k === UNMATCHED_METADATA) {
      out[k] = unmatchedLines(snapshot)[0] ?? 'none';
    } else out[k] = v;
  }
  return out;
}

/** A snapshot of the series: its time (from its timeline's last sample, else its timestamp) and its lines. */
function seriesPoint(s: Snapshot, title: string, frames: Frames, base: number): SeriesPoint {
  const tl = timelineOf(describeSnapshot(s));
  const t = tl.length ? tl[tl.length - 1]![0] : (s.timestamp - base) / 1000;
  let size = 0;
  const lines: [number, number, number][] = [];
  for (const st of s.statistics('lineno')) {
    const f = [...st.traceback].at(-1);
    if (!f) continue;
    lines.push([frames.id(f.filename, f.lineno, frameFunction(f)), st.size, st.count]);
    size += st.size;
  }
  return { t, title, size, lines };
}
