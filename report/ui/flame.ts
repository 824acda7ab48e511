// The flame graph: an icicle of the view's stacks, top-down (outermost caller on top, allocation
// sites at the bottom) or bottom-up (inverted: allocation sites on top, their callers below, so
// the lines that allocate most are the widest first row). Click zooms, Esc resets, / searches
// (regex or text); the tooltip shows the frame's source line.
import type { FrameInfo, StackRow } from '../data';
import { el, fmt, num, pct, signed } from './dom';

interface Node {
  id: number;
  frame: number;
  label: string;
  file: string;
  src: string;
  size: number;
  count: number;
  old: number;
  oldCount: number;
  parent: Node | null;
  depth: number;
  kids: Node[];
  byKey: Map<string, Node>;
}

export function frameLabel(f: FrameInfo): string {
  // the function name leads, unless the file already is one (name-section fallback: fn+0x1a)
  return (f.fn && f.file.indexOf(f.fn) !== 0 ? f.fn + ' ' : '') + f.file + ':' + f.line;
}

export interface FlameOptions {
  frames: FrameInfo[];
  stacks: StackRow[];
  inverted: boolean;
  diff: boolean;
  /** domain names for the first level when several domains are shown */
  domainLabel: ((domain: number) => string) | null;
}

const ROW = 20;

export class Flame {
  readonly element: HTMLElement;
  private readonly flame: HTMLElement;
  private readonly nodes: Node[] = [];
  private readonly root: Node;
  private zoomed: Node;
  private matcher: ((label: string) => boolean) | null = null;
  private readonly search: HTMLInputElement;
  private readonly info: HTMLElement;
  private readonly crumbs: HTMLElement;
  private readonly tip: HTMLElement;
  private maxDelta = 1;

  constructor(private readonly o: FlameOptions) {
    this.root = this.node(-1, 'all', '', null);
    for (const [domain, ids, size, count, old, oldCount] of o.stacks) {
      let at = this.root;
      this.bump(at, size, count, old, oldCount);
      if (o.domainLabel) {
        at = this.child(at, 'd' + domain, () => this.node(-1, o.domainLabel!(domain), '', at));
        this.bump(at, size, count, old, oldCount);
      }
      const path = o.inverted ? [...ids].reverse() : ids;
      for (const id of path) {
        const parent = at;
        at = this.child(at, String(id), () => this.node(id, frameLabel(o.frames[id]!), o.frames[id]!.file, parent));
        this.bump(at, size, count, old, oldCount);
      }
    }
    for (const n of this.nodes) n.kids.sort((a, b) => b.size - a.size || b.old - a.old);
    if (o.diff) for (const n of this.nodes) if (n.parent) this.maxDelta = Math.max(this.maxDelta, Math.abs(n.size - n.old));
    this.zoomed = this.root;
    let maxDepth = 0;
    for (const n of this.nodes) maxDepth = Math.max(maxDepth, n.depth);
    this.flame = el('div', { class: 'flame', id: 'flame' });
    this.flame.style.height = (maxDepth + 1) * ROW + 2 + 'px';
    this.search = el('input', { type: 'search', id: 'search', placeholder: 'Search frames: file:line, function, regex', 'aria-label': 'search frames' });
    const reset = el('button', { id: 'reset', type: 'button', text: 'Reset zoom' });
    this.info = el('span', { class: 'info', id: 'match-info' });
    this.crumbs = el('div', { class: 'crumbs', id: 'crumbs' });
    this.tip = document.getElementById('tip') ?? document.body.appendChild(el('div', { class: 'tip', id: 'tip' }));
    this.element = el('div', null, [el('div', { class: 'toolbar' }, [this.search, reset, this.info]), this.crumbs, el('div', { class: 'flame-wrap' }, [this.flame])]);
    this.flame.addEventListener('click', (e) => {
      const n = this.at(e);
      if (n) this.zoomTo(n === this.zoomed && n.parent ? n.parent : n);
    });
    this.flame.addEventListener('mousemove', (e) => this.showTip(e));
    this.flame.addEventListener('mouseleave', () => (this.tip.style.display = 'none'));
    reset.onclick = () => {
      this.search.value = '';
      this.matcher = null;
      this.zoomTo(this.root);
    };
    this.search.addEventListener('input', () => this.setQuery(this.search.value));
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.setQuery((this.search.value = ''));
    });
  }

  get empty(): boolean {
    return this.root.count === 0 && this.root.oldCount === 0;
  }

  /** Esc and / from anywhere in the page. */
  key(e: KeyboardEvent): void {
    if (e.key === 'Escape' && document.activeElement !== this.search) this.zoomTo(this.root);
    if (e.key === '/' && document.activeElement !== this.search) {
      e.preventDefault();
      this.search.focus();
    }
  }

  find(query: string): void {
    this.search.value = query;
    this.setQuery(query);
    this.flame.scrollIntoView({ block: 'nearest' });
  }

  render(): void {
    const flame = this.flame;
    flame.textContent = '';
    const width = flame.clientWidth || 1000;
    const base = this.zoomed.size || 1;
    for (let a = this.zoomed.parent; a; a = a.parent) this.place(a, 0, 1, true);
    let count = 0;
    const walk = (n: Node, x0: number, w: number) => {
      if (w * width < 0.6 || count > 4000) return;
      count++;
      this.place(n, x0, w, false);
      let x = x0;
      for (const k of n.kids) {
        const kw = k.size / base;
        walk(k, x, kw);
        x += kw;
      }
    };
    walk(this.zoomed, 0, 1);
    const parts: Node[] = [];
    for (let p: Node | null = this.zoomed; p; p = p.parent) parts.unshift(p);
    this.crumbs.textContent = '';
    parts.forEach((p, i) => {
      if (i) this.crumbs.appendChild(document.createTextNode(' › '));
      const a = el('a', { text: p.parent ? p.label : 'all (' + fmt(p.size) + ')' });
      a.onclick = () => this.zoomTo(p);
      this.crumbs.appendChild(a);
    });
    this.applySearch();
  }

  private node(frame: number, label: string, file: string, parent: Node | null): Node {
    const src = frame >= 0 ? (this.o.frames[frame]!.src ?? '') : '';
    const n: Node = { id: this.nodes.length, frame, label, file, src, size: 0, count: 0, old: 0, oldCount: 0, parent, depth: parent ? parent.depth + 1 : 0, kids: [], byKey: new Map() };
    this.nodes.push(n);
    return n;
  }

  private child(parent: Node, key: string, make: () => Node): Node {
    let n = parent.byKey.get(key);
    if (!n) {
      n = make();
      parent.byKey.set(key, n);
      parent.kids.push(n);
    }
    return n;
  }

  private bump(n: Node, size: number, count: number, old: number, oldCount: number): void {
    n.size += size;
    n.count += count;
    n.old += old;
    n.oldCount += oldCount;
  }

  private colour(n: Node): string {
    if (!n.parent) return '#ced4da';
    if (this.o.diff) {
      const d = n.size - n.old;
      const r = Math.min(1, Math.sqrt(Math.abs(d) / this.maxDelta));
      if (d > 0) return `hsl(350, ${(45 + 40 * r).toFixed(0)}%, ${(86 - 28 * r).toFixed(0)}%)`;
      if (d < 0) return `hsl(130, ${(35 + 35 * r).toFixed(0)}%, ${(86 - 30 * r).toFixed(0)}%)`;
      return '#e9ecef';
    }
    if (!n.file) return '#dee2e6';
    const h = hash(n.file);
    return `hsl(${12 + (h % 36)}, ${62 + (h % 20)}%, ${62 + (hash(n.label) % 12)}%)`;
  }

  private place(n: Node, x: number, w: number, ancestor: boolean): void {
    const c = el('div', { class: 'cell' + (ancestor ? ' ancestor' : ''), 'data-id': String(n.id) });
    c.style.left = x * 100 + '%';
    c.style.width = 'calc(' + w * 100 + '% - 1px)';
    c.style.top = n.depth * ROW + 'px';
    c.style.background = this.colour(n);
    c.textContent = n.parent ? n.label : 'all: ' + fmt(n.size) + ' in ' + num(n.count) + ' blocks';
    this.flame.appendChild(c);
  }

  private at(e: Event): Node | null {
    const c = (e.target as HTMLElement).closest('.cell');
    return c ? this.nodes[Number(c.getAttribute('data-id'))]! : null;
  }

  private zoomTo(n: Node): void {
    this.zoomed = n;
    this.render();
  }

  private showTip(e: MouseEvent): void {
    const n = this.at(e);
    const tip = this.tip;
    if (!n) {
      tip.style.display = 'none';
      return;
    }
    tip.textContent = '';
    tip.appendChild(el('div', { class: 't', text: n.parent ? n.label : 'all' }));
    if (n.src) tip.appendChild(el('div', { class: 'src mono', text: n.src }));
    tip.appendChild(el('div', { text: fmt(n.size) + ' in ' + num(n.count) + ' blocks · ' + pct(n.size, this.root.size) + ' of the view' }));
    if (this.o.diff) {
      const d = n.size - n.old;
      tip.appendChild(el('div', { class: d > 0 ? 'grow' : d < 0 ? 'shrink' : '', text: 'change: ' + fmt(d, true) + ', ' + signed(n.count - n.oldCount) + ' blocks (was ' + fmt(n.old) + ')' }));
    }
    tip.style.display = 'block';
    tip.style.left = Math.max(4, Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8)) + 'px';
    tip.style.top = e.clientY + 16 + 'px';
  }

  private setQuery(raw: string): void {
    const q = raw.trim();
    if (!q) this.matcher = null;
    else {
      let re: RegExp | null = null;
      try {
        re = new RegExp(q, 'i');
      } catch {
        re = null;
      }
      const low = q.toLowerCase();
      this.matcher = (label) => (re ? re.test(label) : label.toLowerCase().includes(low));
    }
    this.applySearch();
  }

  private applySearch(): void {
    const m = this.matcher;
    let matched = 0;
    if (m) {
      for (const n of this.nodes) {
        if (!n.parent || !m(n.label)) continue;
        let counted = false;
        for (let p: Node | null = n.parent; p; p = p.parent) if (p.parent && m(p.label)) counted = true; // at an ancestor
        if (counted) continue;
        for (let p: Node | null = n; p; p = p.parent) {
          if (p === this.zoomed) {
            matched += n.size;
            break;
          }
        }
      }
    }
    for (const c of Array.from(this.flame.querySelectorAll('.cell'))) {
      const n = this.nodes[Number(c.getAttribute('data-id'))]!;
      const hit = !!m && !!n.parent && m(n.label);
      c.classList.toggle('match', hit);
      c.classList.toggle('dim', !!m && !hit);
    }
    this.info.textContent = m ? 'matched ' + fmt(matched) + ' (' + pct(matched, this.zoomed.size) + ' of the view)' : '';
  }
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}
