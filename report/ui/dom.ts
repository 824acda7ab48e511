// Small DOM helpers for the report page, and the one size formatter: the runtime's formatSize
// (CPython's _format_size), bundled in, so the page prints sizes exactly as the CLI does.
import { formatSize } from '../../runtime/model/format-size';

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string> | null, children?: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else e.setAttribute(k, v);
    }
  }
  for (const c of children ?? []) if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
export function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export const fmt = (size: number, sign = false): string => formatSize(size, sign);
export const num = (n: number): string => n.toLocaleString('en-US');
export const signed = (n: number): string => (n >= 0 ? '+' + num(n) : num(n));
export const pct = (a: number, b: number): string => (b > 0 ? ((100 * a) / b).toFixed(a / b < 0.1 ? 2 : 1) + '%' : '0%');

/** String(Statistic) for rows the page aggregates itself (a domain filter): CPython's format. */
export function statText(file: string, line: number, size: number, count: number): string {
  return `${file}:${line}: size=${fmt(size)}, count=${count}` + (count ? `, average=${fmt(size / count)}` : '');
}

export function panel(id: string, title: string, hint: string, children: Child[]): HTMLElement {
  return el('section', { class: 'panel', id }, [el('h2', null, [title, hint ? el('span', { class: 'hint', text: hint }) : null]), ...children]);
}
