// The report page: reads the JSON in #report-data (report/data.ts) and draws the header and cards,
// the view tabs (peak, live, allocated, temporary), the domain filter, the flame graph (top-down
// or bottom-up), memory over time with range selection, the tables, the tracebacks, the annotated
// source and the metadata. Bundled by esbuild into the page at build time (report/ui/bundle.mjs).
import type { ReportData, StatRow, ViewData, ViewId } from '../data';
import { el, fmt, num, panel, signed } from './dom';
import { Flame } from './flame';
import { linesOfDomain, rangeDiff, sourceView, sizeTable, statTable, tracebackList } from './tables';
import { drawTimeline } from './timeline';

const data = JSON.parse(document.getElementById('report-data')!.textContent!) as ReportData;
const app = document.getElementById('app')!;
const domains = [...new Set(data.views.flatMap((v) => v.stacks.map((s) => s[0])))].sort((a, b) => a - b);
const state = { view: data.initial as ViewId, domain: -1, inverted: false };
const diffMode = data.oldTitle !== null;
const domainName = (d: number) => (data.domains[String(d)] ? `${data.domains[String(d)]} (domain ${d})` : `domain ${d}`);

app.textContent = '';
app.appendChild(
  el('header', null, [
    el('h1', null, [el('span', { class: 'brand', text: 'wasm-tracemalloc' }), ' report']),
    el('span', { class: 'sub mono', text: data.title + (data.oldTitle ? '  vs  ' + data.oldTitle : '') }),
    el('span', { class: 'sub', text: 'generated ' + data.generated.replace('T', ' ').replace(/\..*$/, ' UTC') }),
  ]),
);
// what the numbers do not say (untraced modules, unmatched frees, memory entered from JS unnamed):
// above the numbers, so a small table is never read as a small heap
if (data.notes.length) {
  app.appendChild(el('div', { class: 'notes', id: 'notes', role: 'note' }, data.notes.map((n) => el('p', { text: n.trim() }))));
}
const cards = el('div', { class: 'cards', id: 'cards' });
app.appendChild(cards);

// ---- controls: the view, the domain, the flame graph's direction ----
const tabs = el('div', { class: 'tabs', id: 'views', role: 'tablist' });
for (const v of data.views) {
  const b = el('button', { type: 'button', class: 'tab', 'data-view': v.id, role: 'tab', title: v.hint, text: v.title });
  b.onclick = () => {
    state.view = v.id;
    update();
  };
  tabs.appendChild(b);
}
const controls = el('div', { class: 'controls' }, [tabs]);
if (domains.length > 1) {
  const select = el('select', { id: 'domain', 'aria-label': 'domain' }, [el('option', { value: '-1', text: 'all domains' }), ...domains.map((d) => el('option', { value: String(d), text: domainName(d) }))]);
  select.onchange = () => {
    state.domain = Number(select.value);
    update();
  };
  controls.appendChild(el('label', { class: 'domain' }, ['Domain ', select]));
}
app.appendChild(controls);

// ---- memory over time (the samples of the run), and the range diff of a series ----
const rangeSlot = el('div', { id: 'range-slot' });
// a chart needs two samples at least (one sample is a point in time: the cards say it)
if (data.timeline.length >= 2) {
  const series = data.series;
  const onRange =
    series.length >= 2
      ? (t0: number, t1: number) => {
          // the snapshots nearest the two ends, inside the range when there are any
          const inside = series.filter((p) => p.t >= t0 - 1e-9 && p.t <= t1 + 1e-9);
          const nearest = (t: number) => series.reduce((best, p) => (Math.abs(p.t - t) < Math.abs(best.t - t) ? p : best));
          const a = inside.length >= 2 ? inside[0]! : nearest(t0);
          const b = inside.length >= 2 ? inside[inside.length - 1]! : nearest(t1);
          rangeSlot.textContent = '';
          rangeSlot.appendChild(a === b ? panel('range-diff', 'Range', '', [el('div', { class: 'empty', text: 'select a range that spans two snapshots of the series' })]) : rangeDiff(a, b, data.frames, 25, pick));
        }
      : null;
  app.appendChild(drawTimeline(data.timeline, onRange));
  if (!onRange) app.appendChild(el('p', { class: 'note', text: 'Pass the series of snapshots (`wasm-tracemalloc report snap-*.tmsnap`) to diff the ends of a time range.' }));
}
app.appendChild(rangeSlot);

const flameSlot = el('div');
const rest = el('div');
app.appendChild(flameSlot);
app.appendChild(rest);

// ---- metadata ----
const meta = Object.keys(data.metadata);
if (meta.length || Object.keys(data.domains).length) {
  const dl = el('dl', { class: 'meta' });
  for (const k of Object.keys(data.domains)) dl.append(el('dt', { text: 'domain ' + k }), el('dd', { text: data.domains[k]! }));
  for (const k of meta) dl.append(el('dt', { text: k }), el('dd', { text: data.metadata[k]! }));
  app.appendChild(panel('meta', 'Snapshot', '', [dl]));
}

let flame: Flame | null = null;
document.addEventListener('keydown', (e) => flame?.key(e));
window.addEventListener('resize', () => flame?.render());

function pick(row: StatRow): void {
  flame?.find(row.line ? escape(row.file + ':' + row.line) + '$' : escape(row.file));
}
function escape(s: string): string {
  return s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}

function currentView(): ViewData {
  return data.views.find((v) => v.id === state.view) ?? data.views[0]!;
}

function update(): void {
  const view = currentView();
  for (const b of Array.from(tabs.children)) b.classList.toggle('active', b.getAttribute('data-view') === view.id);
  const domain = state.domain;
  const stacks = domain < 0 ? view.stacks : view.stacks.filter((s) => s[0] === domain);
  let size = 0;
  let count = 0;
  let oldSize = 0;
  let oldCount = 0;
  for (const s of stacks) {
    size += s[2];
    count += s[3];
    oldSize += s[4];
    oldCount += s[5];
  }

  // cards
  cards.textContent = '';
  const card = (k: string, v: string, cls = '') => cards.appendChild(el('div', { class: 'card' }, [el('div', { class: 'k', text: k }), el('div', { class: 'v ' + cls, text: v })]));
  card(view.title + ' memory', fmt(size));
  card(view.id === 'live' || view.id === 'peak' ? 'Blocks' : 'Allocations', num(count));
  card('Traceback limit', data.tracebackLimit + (data.tracebackLimit === 1 ? ' frame' : ' frames'));
  if (data.peak !== null && domain < 0) card('Peak (traced)', fmt(data.peak));
  if (diffMode && view.id === 'live') {
    const d = size - oldSize;
    card('Change since old', fmt(d, true), d > 0 ? 'grow' : d < 0 ? 'shrink' : '');
    card('Blocks change', signed(count - oldCount));
  }

  // flame graph
  const showDiff = diffMode && view.id === 'live';
  flame = new Flame({ frames: data.frames, stacks, inverted: state.inverted, diff: showDiff, domainLabel: domain < 0 && domains.length > 1 ? domainName : null });
  const invert = el('button', { type: 'button', id: 'invert', class: state.inverted ? 'on' : '', text: state.inverted ? 'Bottom-up ✓' : 'Bottom-up' });
  invert.title = 'inverted flame graph: allocation sites on top, their callers below';
  invert.onclick = () => {
    state.inverted = !state.inverted;
    update();
  };
  const what = view.id === 'allocated' ? 'bytes allocated' : view.id === 'temporary' ? 'bytes in temporary allocations' : view.id === 'peak' ? 'bytes live at the peak' : 'live bytes';
  const hint = showDiff
    ? 'width = live bytes now; red grew, green shrank since the old snapshot; click to zoom, Esc to reset, / to search'
    : `width = ${what}; ${state.inverted ? 'allocation sites on top, callers below' : 'outermost caller on top, allocation site at the bottom'}; click to zoom, Esc to reset, / to search`;
  flameSlot.textContent = '';
  flameSlot.appendChild(
    el('section', { class: 'panel', id: 'flamegraph' }, [
      el('h2', null, [state.inverted ? 'Allocation sites and their callers' : `${view.title} memory by traceback`, el('span', { class: 'hint', text: hint })]),
      el('div', { class: 'toolbar' }, [invert]),
      flame.element,
      flame.empty ? el('div', { class: 'empty', text: 'No traced allocation in this view: did the program load a wasm module with an allocator the instrumenter recognises (or named with --alloc/--free)?' }) : null,
    ]),
  );
  flame.render();

  // tables
  rest.textContent = '';
  const byFunction = view.filesBy === 'function';
  const lines = domain < 0 ? view.lines : linesOfDomain(view, domain, data.frames, false).slice(0, view.lines.length || 25);
  const files = domain < 0 || byFunction ? view.files : linesOfDomain(view, domain, data.frames, true).slice(0, view.files.length || 25);
  if (view.diff && domain < 0) rest.appendChild(statTable('diff', 'Differences by line', 'vs ' + data.oldTitle + ' · red grew, green shrank · click a row to find it in the flame graph', view.diff, size, true, pick));
  rest.appendChild(
    el('div', { class: 'grid2' }, [
      statTable('top-lines', 'Top lines', 'most recent frame · click to search', lines, size, false, pick),
      statTable('top-files', byFunction ? 'Top functions' : 'Top files', byFunction ? 'no line information: grouped by function' : 'by file of the most recent frame', files, size, false, pick),
    ]),
  );
  if (view.sizes?.length && domain < 0) rest.appendChild(sizeTable(view.sizes, view.id === 'allocated' ? 'allocations' : 'blocks'));
  const tbs = domain < 0 ? tracebackList(view, (f) => flame?.find(escape(f.replace(/^.* /, '')) + '$')) : null;
  if (tbs) rest.appendChild(tbs);
  const src = domain < 0 ? sourceView(view.sources, (file, line) => flame?.find(escape(file + ':' + line) + '$')) : null;
  if (src) rest.appendChild(src);
}

update();
