// The report's tables: top lines / files (or functions), the diff, the range diff of a series, the
// biggest tracebacks, and the annotated source (memory_profiler's view, exact). Every row carries
// the exact String(Statistic) as its tooltip, and the line's source text when it is known.
import type { SeriesPoint, SourceFile, StatRow, ViewData } from '../data';
import { sizeClassLabel, type SizeBucket } from '../stats';
import { el, fmt, num, panel, pct, signed, statText } from './dom';

export function statTable(id: string, title: string, hint: string, rows: StatRow[], total: number, diff: boolean, onPick: (row: StatRow) => void): HTMLElement {
  let maxAbs = 1;
  for (const r of rows) maxAbs = Math.max(maxAbs, Math.abs(diff ? r.sizeDiff! : r.size));
  const head = diff ? ['#', 'Location', 'Size', 'Change', 'Count', 'Δ count', ''] : ['#', 'Location', 'Size', 'Count', 'Average', 'Share', ''];
  const tbody = el('tbody');
  rows.forEach((r, i) => {
    const loc = r.line ? r.file + ':' + r.line : r.file;
    const bar = el('span');
    bar.style.width = Math.max(2, (100 * Math.abs(diff ? r.sizeDiff! : r.size)) / maxAbs) + '%';
    const cls = diff ? (r.sizeDiff! > 0 ? 'num grow' : r.sizeDiff! < 0 ? 'num shrink' : 'num') : 'num';
    if (diff) bar.className = r.sizeDiff! > 0 ? 'grow' : r.sizeDiff! < 0 ? 'shrink' : '';
    const where = el('td', { class: 'loc' }, [el('div', { text: loc }), r.src ? el('div', { class: 'src mono', text: r.src }) : null]);
    const cells = diff
      ? [el('td', { class: 'num', text: String(i + 1) }), where, el('td', { class: 'num', text: fmt(r.size) }), el('td', { class: cls, text: fmt(r.sizeDiff!, true) }), el('td', { class: 'num', text: num(r.count) }), el('td', { class: cls, text: signed(r.countDiff!) }), el('td', { class: 'bar' }, [bar])]
      : [el('td', { class: 'num', text: String(i + 1) }), where, el('td', { class: 'num', text: fmt(r.size) }), el('td', { class: 'num', text: num(r.count) }), el('td', { class: 'num', text: r.count ? fmt(Math.floor(r.size / r.count)) : '' }), el('td', { class: 'num', text: pct(r.size, total) }), el('td', { class: 'bar' }, [bar])];
    const tr = el('tr', { class: 'row', title: r.text + (r.src ? '\n    ' + r.src : '') }, cells);
    tr.setAttribute('data-stat', r.text);
    tr.onclick = () => onPick(r);
    tbody.appendChild(tr);
  });
  const table = el('table', null, [el('thead', null, [el('tr', null, head.map((h, i) => el('th', { class: i === 1 || i === head.length - 1 ? '' : 'num', text: h })))]), tbody]);
  return panel(id, title, hint, [rows.length ? el('div', { class: 'scroll' }, [table]) : el('div', { class: 'empty', text: 'nothing here' })]);
}

export function tracebackList(view: ViewData, onPick: (frame: string) => void): HTMLElement | null {
  if (!view.tracebacks.length) return null;
  const list = el('div', { class: 'tbs' });
  view.tracebacks.forEach((t, i) => {
    const ol = el('ol', { class: 'frames' });
    t.frames.forEach((f, j) => {
      const li = el('li', { class: j === 0 ? 'site' : '', text: f });
      li.onclick = () => onPick(f);
      ol.appendChild(li);
    });
    const d = el('details', { class: 'tb' }, [
      el('summary', null, [el('span', { class: 'rank', text: '#' + (i + 1) }), el('span', { class: 'loc', text: t.site }), el('span', { class: 'sz', text: fmt(t.size) + ' in ' + num(t.count) + (t.count === 1 ? ' block' : ' blocks') })]),
      ol,
    ]);
    if (i === 0) d.open = true;
    list.appendChild(d);
  });
  return panel('tracebacks', 'Top tracebacks', 'where each group was allocated, then its callers · most recent call first · click a frame to find it', [list]);
}

/** The annotated source of one file: each line with its bytes, blocks and bytes under its calls. */
export function sourceView(files: SourceFile[], onPick: (file: string, line: number) => void): HTMLElement | null {
  if (!files.length) return null;
  const select = el('select', { id: 'source-file', 'aria-label': 'source file' }, files.map((f, i) => el('option', { value: String(i), text: f.file })));
  const body = el('div', { class: 'scroll source' });
  const show = (i: number) => {
    const f = files[i]!;
    let max = 1;
    for (const r of f.rows) max = Math.max(max, r[2], r[4]);
    const tbody = el('tbody');
    for (const [line, text, size, count, under] of f.rows) {
      const tr = el('tr', { class: size || under ? 'hot' : '' }, [
        el('td', { class: 'num ln', text: String(line) }),
        el('td', { class: 'num', text: size ? fmt(size) : '' }),
        el('td', { class: 'num', text: count ? num(count) : '' }),
        el('td', { class: 'num', text: under ? fmt(under) : '' }),
        el('td', { class: 'code mono', text: text }),
      ]);
      if (size) tr.style.background = `rgba(214, 51, 108, ${(0.06 + (0.3 * size) / max).toFixed(3)})`;
      else if (under) tr.style.background = `rgba(59, 91, 219, ${(0.04 + (0.18 * under) / max).toFixed(3)})`;
      if (size || under) tr.onclick = () => onPick(f.file, line);
      tbody.appendChild(tr);
    }
    body.textContent = '';
    body.appendChild(el('table', { class: 'src-table' }, [el('thead', null, [el('tr', null, ['Line', 'Size', 'Count', 'Under calls', 'Source'].map((h, k) => el('th', { class: k < 4 ? 'num' : '', text: h })))]), tbody]));
  };
  select.onchange = () => show(Number(select.value));
  show(0);
  return panel('sources', 'Source', 'line by line: bytes allocated on each line, and in calls made from it (memory_profiler’s table, exact)', [el('div', { class: 'toolbar' }, [select]), body]);
}

/** The lines' differences between two snapshots of a series (the ends of a selected range). */
export function rangeDiff(a: SeriesPoint, b: SeriesPoint, frames: { file: string; line: number; src?: string }[], limit: number, onPick: (row: StatRow) => void): HTMLElement {
  const before = new Map(a.lines.map(([f, s, c]) => [f, [s, c]]));
  const after = new Map(b.lines.map(([f, s, c]) => [f, [s, c]]));
  const rows: StatRow[] = [];
  for (const f of new Set([...before.keys(), ...after.keys()])) {
    const [s0, c0] = before.get(f) ?? [0, 0];
    const [s1, c1] = after.get(f) ?? [0, 0];
    if (s0 === s1 && c0 === c1) continue;
    const fr = frames[f]!;
    // String(StatisticDiff): CPython's format, sizes by formatSize
    const text = `${fr.file}:${fr.line}: size=${fmt(s1)} (${fmt(s1 - s0, true)}), count=${c1} (${c1 - c0 >= 0 ? '+' : ''}${c1 - c0})` + (c1 ? `, average=${fmt(s1 / c1)}` : '');
    rows.push({ text, file: fr.file, line: fr.line, size: s1, count: c1, sizeDiff: s1 - s0, countDiff: c1 - c0, ...(fr.src ? { src: fr.src } : {}) });
  }
  rows.sort((x, y) => Math.abs(y.sizeDiff!) - Math.abs(x.sizeDiff!) || y.size - x.size);
  return statTable('range-diff', `Between ${a.title} and ${b.title}`, `the snapshots at the two ends of the selected range (${a.t.toFixed(1)} s → ${b.t.toFixed(1)} s)`, rows.slice(0, limit), b.size, true, onPick);
}

/** Top lines of one domain, aggregated in the page from the view's stacks (the model's rule). */
export function linesOfDomain(view: ViewData, domain: number, frames: { file: string; line: number; src?: string }[], byFile: boolean): StatRow[] {
  const groups = new Map<string, [string, number, number, number, string | undefined]>();
  for (const [d, ids, size, count] of view.stacks) {
    if (d !== domain || size === 0 && count === 0) continue;
    const f = frames[ids[ids.length - 1]!]!;
    const key = byFile ? f.file : f.file + ':' + f.line;
    const g = groups.get(key) ?? [f.file, byFile ? 0 : f.line, 0, 0, byFile ? undefined : f.src];
    g[2] += size;
    g[3] += count;
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((x, y) => y[2] - x[2] || y[3] - x[3])
    .map(([file, line, size, count, src]) => ({ text: statText(file, line, size, count), file, line, size, count, ...(src ? { src } : {}) }));
}

/** The sizes by log2 class (memray's and heaptrack's histogram): blocks (or allocations) and bytes per class. */
export function sizeTable(buckets: SizeBucket[], what: string): HTMLElement {
  let most = 1;
  for (const b of buckets) most = Math.max(most, b.count);
  const tbody = el('tbody');
  for (const b of buckets) {
    const bar = el('span');
    bar.style.width = (b.count ? Math.max(2, (100 * b.count) / most) : 0) + '%';
    const range = sizeClassLabel(b);
    tbody.appendChild(el('tr', { title: `${num(b.count)} ${what} of ${b.low}..${b.high} B: ${fmt(b.bytes)}` }, [el('td', { class: 'num', text: range }), el('td', { class: 'num', text: num(b.count) }), el('td', { class: 'num', text: fmt(b.bytes) }), el('td', { class: 'bar' }, [bar])]));
  }
  const head = el('thead', null, [el('tr', null, ['Size', what[0]!.toUpperCase() + what.slice(1), 'Bytes', ''].map((h, i) => el('th', { class: i < 3 ? 'num' : '', text: h })))]);
  return panel('sizes', 'Sizes', `${what} by size, log2 classes: from – up to (not including)`, [el('div', { class: 'scroll' }, [el('table', null, [head, tbody])])]);
}
