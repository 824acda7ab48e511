// The in-page panel (Emscripten's --memoryprofiler overlay, for any wasm module): current and
// peak, memory over time, the top lines, and buttons that download the snapshot (.tmsnap) and open
// the HTML report. No framework. It lives in a shadow root on an element of its own, fixed to a
// corner with every inherited style reset, so the page's layout and styles never meet it.
// Browser-safe.
import { formatSize, getSources, getTracedMemory, isTracing, takeSnapshot } from '../runtime/index';
import { downloadSnapshot, openReport } from './save';
import { sample, withTimeline } from './timeline';

const TAG = 'wasm-tracemalloc-overlay';
const TOP_LINES = 8;
const WHERE_MAX = 34;
const REFRESH_MS = 1000;
const W = 300;
const H = 64;

const CSS = `
:host { all: initial; }
.panel { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #e8e8e8;
  background: rgba(24, 26, 31, 0.94); border: 1px solid #3b3f47; border-radius: 6px; padding: 8px 10px;
  width: ${W}px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35); }
header { display: flex; justify-content: space-between; align-items: center; font-weight: bold; margin-bottom: 4px; }
button { font: inherit; color: inherit; background: #2f333b; border: 1px solid #4a4f59; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
button:hover { background: #3c414b; }
.close { border: none; background: none; padding: 0 4px; }
.numbers { display: flex; gap: 14px; }
.numbers b { color: #fff; }
svg { display: block; margin: 6px 0; background: #1d1f24; border-radius: 3px; }
.current { stroke: #5ab0ff; fill: none; stroke-width: 1.5; }
.peak { stroke: #ff9f43; fill: none; stroke-width: 1; stroke-dasharray: 3 2; }
ol { margin: 4px 0; padding: 0; list-style: none; max-height: 160px; overflow: auto; }
li { display: flex; justify-content: space-between; gap: 8px; white-space: nowrap; }
li .where { overflow: hidden; }
.actions { display: flex; gap: 6px; margin-top: 6px; }
.empty { color: #9aa0a6; }
.modules { color: #9aa0a6; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;

let host: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function polyline(points: readonly (readonly number[])[], index: 1 | 2, max: number, t0: number, span: number): string {
  return points.map((p) => `${(((p[0]! - t0) / span) * W).toFixed(1)},${(H - 2 - (p[index]! / max) * (H - 4)).toFixed(1)}`).join(' ');
}

function render(root: ShadowRoot): void {
  const points = sample();
  const [current, peak] = isTracing() ? getTracedMemory() : [0, 0];
  root.querySelector('.current-size')!.textContent = formatSize(current);
  root.querySelector('.peak-size')!.textContent = formatSize(peak);
  // never silent: which modules are traced (an uninstrumented one has warned in the console)
  const names = getSources().map((s) => s.name);
  const modules = root.querySelector('.modules')!;
  modules.textContent = names.length ? `traced: ${names.join(', ')}` : 'no traced module yet';
  modules.setAttribute('title', modules.textContent);
  const svg = root.querySelector('svg')!;
  if (points.length > 1) {
    const t0 = points[0]![0];
    const span = Math.max(points[points.length - 1]![0] - t0, 1e-3);
    const max = Math.max(1, ...points.map((p) => p[2]));
    svg.querySelector('.current')!.setAttribute('points', polyline(points, 1, max, t0, span));
    svg.querySelector('.peak')!.setAttribute('points', polyline(points, 2, max, t0, span));
  }
  const list = root.querySelector('ol')!;
  list.replaceChildren();
  const stats = isTracing() ? takeSnapshot().statistics('lineno').slice(0, TOP_LINES) : [];
  if (stats.length === 0) list.append(el('li', { class: 'empty' }, isTracing() ? 'nothing live' : 'not tracing'));
  for (const s of stats) {
    const frame = [...s.traceback][0];
    const where = frame ? `${frame.filename}:${frame.lineno}` : '<no frame>';
    const li = el('li', { title: String(s) });
    // the end of a long path is what tells lines apart: cut the front
    li.append(el('span', { class: 'where' }, where.length > WHERE_MAX ? `…${where.slice(1 - WHERE_MAX)}` : where), el('span', {}, `${formatSize(s.size)} ×${s.count}`));
    list.append(li);
  }
}

/** Shows the panel (again); safe to call any number of times. */
export function showOverlay(): void {
  if (typeof document === 'undefined') throw new Error('wasm-tracemalloc: showOverlay() needs a page (no document here)');
  if (host) return;
  host = document.createElement(TAG);
  // Inline and !important: page rules (`* { … }`) cannot reach in, and fixed keeps it out of the flow.
  for (const [k, v] of [['all', 'initial'], ['position', 'fixed'], ['right', '12px'], ['bottom', '12px'], ['z-index', '2147483647'], ['display', 'block']]) {
    host.style.setProperty(k, v!, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style', {}, CSS);
  const panel = el('div', { class: 'panel', part: 'panel' });
  const header = el('header');
  header.append(el('span', {}, 'wasm-tracemalloc'), el('button', { class: 'close', title: 'hide (wasmTracemalloc.showOverlay() brings it back)' }, '×'));
  const numbers = el('div', { class: 'numbers' });
  numbers.append(el('span', {}, 'current '), el('b', { class: 'current-size' }), el('span', {}, 'peak '), el('b', { class: 'peak-size' }));
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('width', String(W));
  svg.setAttribute('height', String(H));
  for (const cls of ['peak', 'current']) {
    const line = document.createElementNS(svgNs, 'polyline');
    line.setAttribute('class', cls);
    svg.append(line);
  }
  const actions = el('div', { class: 'actions' });
  const save = el('button', { class: 'download' }, 'Download .tmsnap');
  const report = el('button', { class: 'report' }, 'Open report');
  actions.append(save, report);
  panel.append(header, numbers, el('div', { class: 'modules' }), svg, el('ol'), actions);
  root.append(style, panel);
  header.querySelector('.close')!.addEventListener('click', hideOverlay);
  save.addEventListener('click', () => downloadSnapshot(withTimeline(takeSnapshot())));
  report.addEventListener('click', () => openReport(withTimeline(takeSnapshot())));
  document.documentElement.append(host);
  const refresh = (): void => {
    const t0 = performance.now();
    render(root);
    // a snapshot of a big live set takes a while: the panel never takes more than ~5% of the page
    timer = setTimeout(refresh, Math.max(REFRESH_MS, 20 * (performance.now() - t0)));
  };
  refresh();
}

export function hideOverlay(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  host?.remove();
  host = null;
}
