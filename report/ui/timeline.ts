// Memory over time, from the samples the run recorded (each a real snapshot: nothing is drawn
// before the first one or between zero and it). Dragging across the chart selects a time range;
// the page then diffs the snapshots at its two ends.
import type { TimelinePoint } from '../snapshot-info';
import { el, fmt, svgEl } from './dom';

export function drawTimeline(tl: TimelinePoint[], onRange: ((t0: number, t1: number) => void) | null): HTMLElement {
  // narrow screens get a narrower drawing, so its labels are not squeezed
  const W = window.innerWidth < 600 ? 520 : 1000, H = 220, L = 64, R = 12, T = 12, B = 26;
  const t0 = tl[0]![0];
  const t1 = tl[tl.length - 1]![0];
  let ymax = 1;
  for (const p of tl) ymax = Math.max(ymax, p[1], p[2]);
  const xs = (t: number) => L + (t1 > t0 ? (t - t0) / (t1 - t0) : 0.5) * (W - L - R);
  const ys = (v: number) => T + (1 - v / ymax) * (H - T - B);
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none' }) as SVGSVGElement;
  const text = (x: number, y: number, s: string, anchor = 'start') => {
    const t = svgEl('text', { x, y, 'font-size': 11, fill: '#6b7079', 'text-anchor': anchor });
    t.textContent = s;
    svg.appendChild(t);
  };
  for (let g = 0; g <= 4; g++) {
    const gy = T + (g * (H - T - B)) / 4;
    svg.appendChild(svgEl('line', { x1: L, x2: W - R, y1: gy, y2: gy, stroke: '#eceef1' }));
    text(L - 6, gy + 4, fmt(ymax * (1 - g / 4)), 'end');
  }
  const span = t1 - t0;
  const when = (t: number) => (span < 2 ? (t * 1000).toFixed(span < 0.02 ? 2 : 0) + ' ms' : t.toFixed(span < 20 ? 1 : 0) + ' s');
  for (let q = 0; q <= 4; q++) text(L + (q * (W - L - R)) / 4, H - 6, when(t0 + (span * q) / 4), q === 0 ? 'start' : q === 4 ? 'end' : 'middle');
  const series = (idx: 1 | 2, colour: string, dash: boolean) => {
    if (tl.length >= 2) {
      const pl = svgEl('polyline', { points: tl.map((p) => xs(p[0]).toFixed(1) + ',' + ys(p[idx]).toFixed(1)).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke' });
      if (dash) pl.setAttribute('stroke-dasharray', '6 4');
      svg.appendChild(pl);
    }
  };
  series(2, '#f08c00', true);
  series(1, '#3b5bdb', false);
  // the samples themselves: where the data is
  for (const p of tl) svg.appendChild(svgEl('circle', { class: 'sample', cx: xs(p[0]).toFixed(1), cy: ys(p[1]).toFixed(1), r: 3, fill: '#3b5bdb' }));
  const band = svgEl('rect', { id: 'range', x: 0, y: T, width: 0, height: H - T - B, fill: 'rgba(59,91,219,0.12)', stroke: '#3b5bdb', display: 'none' });
  svg.appendChild(band);
  if (onRange && tl.length >= 2) {
    svg.classList.add('selectable');
    const tAt = (clientX: number) => {
      const box = svg.getBoundingClientRect();
      const x = ((clientX - box.left) / box.width) * W;
      return t0 + (Math.min(W - R, Math.max(L, x)) - L) / (W - L - R) * span;
    };
    let start: number | null = null;
    const show = (a: number, b: number) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      band.setAttribute('x', xs(lo).toFixed(1));
      band.setAttribute('width', Math.max(1, xs(hi) - xs(lo)).toFixed(1));
      band.setAttribute('display', 'inline');
    };
    svg.addEventListener('mousedown', (e) => {
      start = tAt(e.clientX);
      show(start, start);
      e.preventDefault();
    });
    svg.addEventListener('mousemove', (e) => {
      if (start !== null) show(start, tAt(e.clientX));
    });
    window.addEventListener('mouseup', (e) => {
      if (start === null) return;
      const end = tAt(e.clientX);
      const [lo, hi] = start < end ? [start, end] : [end, start];
      start = null;
      onRange(lo, hi);
    });
  }
  const hint = onRange ? `${tl.length} samples · drag across the chart to diff the two ends of a time range` : `${tl.length} samples`;
  return el('section', { class: 'panel chart', id: 'timeline' }, [
    el('h2', null, ['Memory over time', el('span', { class: 'hint', text: hint })]),
    svg,
    el('div', { class: 'legend' }, [el('span', null, [el('i', { style: 'background:#3b5bdb' }), 'traced current']), el('span', null, [el('i', { style: 'background:#f08c00' }), 'traced peak'])]),
  ]);
}
