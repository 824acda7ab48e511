// The self-contained HTML report: one file, no network, the data inlined as JSON and drawn by a
// small inline script (report/assets/). Browser-safe: it returns a string; writing it is the CLI's.

import { formatSize, type Snapshot } from '../runtime/index';
import { APP_JS } from './assets/app';
import { STYLE_CSS } from './assets/style';
import { describeSnapshot, timelineOf, type TimelinePoint } from './snapshot-info';
import { buildTree, packTree, type FrameInfo, type PackedNode } from './tree';

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
  /** fixed "generated" time, for reproducible files */
  generated?: Date;
}

export interface StatRow {
  text: string;
  file: string;
  line: number;
  size: number;
  count: number;
}

export interface DiffRow extends StatRow {
  sizeDiff: number;
  countDiff: number;
}

export interface ReportData {
  title: string;
  oldTitle: string | null;
  generated: string;
  summary: { traces: number; size: number; sizeText: string; tracebackLimit: number; oldSize: number | null; oldTraces: number | null };
  metadata: Record<string, string>;
  domains: Record<string, string>;
  frames: FrameInfo[];
  tree: PackedNode;
  lines: StatRow[];
  files: StatRow[];
  diff: DiffRow[] | null;
  /** the biggest tracebacks: where each was allocated, and the whole chain, most recent call first (runtime/helpers/chain.ts) */
  tracebacks: { site: string; size: number; count: number; frames: string[] }[];
  timeline: TimelinePoint[];
}

export function buildReportData(snapshot: Snapshot, options: ReportOptions = {}): ReportData {
  const limit = options.limit ?? 25;
  const info = describeSnapshot(snapshot);
  const { root, frames } = buildTree(snapshot, options.old);
  const row = (s: { traceback: Iterable<{ filename: string; lineno: number }>; size: number; count: number }): StatRow => {
    const f = [...s.traceback][0];
    // String() of a statistic with an empty traceback raises, as in CPython: never in a report
    if (!f) return { text: `<no frame>: size=${s.size}, count=${s.count}`, file: '<no frame>', line: 0, size: s.size, count: s.count };
    return { text: String(s), file: f.filename, line: f.lineno, size: s.size, count: s.count };
  };
  let diff: DiffRow[] | null = null;
  if (options.old) {
    diff = snapshot
      .compareTo(options.old, 'lineno')
      .slice(0, limit * 2)
      .map((d) => ({ ...row(d), sizeDiff: d.sizeDiff, countDiff: d.countDiff }));
  }
  let oldTraces: number | null = null;
  if (options.old) {
    oldTraces = 0;
    for (const _ of options.old.traces) oldTraces++;
  }
  let traces = 0;
  for (const _ of snapshot.traces) traces++;
  return {
    title: options.title ?? 'snapshot',
    oldTitle: options.old ? (options.oldTitle ?? 'old snapshot') : null,
    generated: (options.generated ?? new Date()).toISOString(),
    summary: {
      traces,
      size: root.size,
      sizeText: formatSize(root.size, false),
      tracebackLimit: snapshot.tracebackLimit,
      oldSize: options.old ? root.oldSize : null,
      oldTraces,
    },
    metadata: Object.fromEntries(Object.entries(info.metadata).filter(([k]) => k !== 'timeline')),
    domains: info.domains,
    frames: frames.frames,
    tree: packTree(root),
    lines: snapshot.statistics('lineno').slice(0, limit).map(row),
    files: snapshot.statistics('filename').slice(0, limit).map(row),
    diff,
    tracebacks: snapshot
      .statistics('traceback')
      .slice(0, Math.min(limit, 10))
      .map((st) => {
        const frames = [...st.traceback].reverse().map((f) => {
          const fn = f.functionName;
          return fn && !f.filename.startsWith(fn) ? `${fn} ${f.filename}:${f.lineno}` : `${f.filename}:${f.lineno}`;
        });
        return { site: frames[0] ?? '<no frame>', size: st.size, count: st.count, frames };
      }),
    timeline: options.timeline ?? timelineOf(info),
  };
}

/** JSON inside <script> must not contain `</script>` or `<!--`: escape every `<`. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderReport(snapshot: Snapshot, options: ReportOptions = {}): string {
  const data = buildReportData(snapshot, options);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(data.title)} — wasm-tracemalloc</title>
<style>${STYLE_CSS}</style>
</head>
<body>
<div id="app"><noscript>This report needs JavaScript to draw its flame graph and tables.</noscript></div>
<script type="application/json" id="report-data">${inlineJson(data)}</script>
<script>${APP_JS}</script>
</body>
</html>
`;
}
