// `run --live`: memray's live mode. Every second the traced program is asked for a snapshot
// (SIGUSR2, as --top does) and the view is redrawn: current and peak, a sparkline of memory over
// the run, the top lines. Keys: `k` cycles the key (lines, files, tracebacks), `b` the measure
// (live, allocated, temporary), `q` or Ctrl-C stops the program. On a terminal the view takes the
// screen (the alternate screen, so the shell's scrollback is left as it was) and the keyboard: the
// program's stdin is then not the terminal, and its output is kept and printed after the view
// closes (its last lines show at the bottom meanwhile). Elsewhere (a pipe, CI) the view is one
// plain line per second on stderr and the program's stdio is left alone.

import { formatSize, MEASURES, type Measure, type Snapshot } from '../node/index';
import { computeTop, formatTop, totalOf, type KeyType } from './display';
import { paint, type Io } from './io';

const KEYS: readonly KeyType[] = ['lineno', 'filename', 'traceback'];
const SPARKS = '▁▂▃▄▅▆▇█';

/** A sparkline of `values` in `width` cells (the newest on the right), scaled to their maximum. */
export function sparkline(values: readonly number[], width: number): string {
  const shown = values.slice(-width);
  const max = Math.max(1, ...shown);
  return shown.map((v) => SPARKS[Math.min(SPARKS.length - 1, Math.floor((v / max) * (SPARKS.length - 1) + 0.5))]).join('');
}

export interface LiveInput {
  isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
  on(event: 'data', fn: (chunk: Buffer | string) => void): unknown;
  off(event: 'data', fn: (chunk: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

export class LiveView {
  key: KeyType = 'lineno';
  by: Measure = 'live';
  private readonly samples: number[] = [];
  private peak = 0;
  private last: Snapshot | null = null;
  private elapsed = 0;
  private readonly output: string[] = [];
  private onKey = (chunk: Buffer | string) => this.press(String(chunk));

  constructor(
    private readonly io: Io,
    readonly terminal: boolean,
    private readonly command: string,
    private readonly stop: () => void,
    private readonly input?: LiveInput,
  ) {}

  open(): void {
    if (!this.terminal) return;
    this.io.err.write('\x1b[?1049h\x1b[?25l'); // alternate screen, hide the cursor
    if (this.input?.isTTY && this.input.setRawMode) {
      this.input.setRawMode(true);
      this.input.on('data', this.onKey);
      this.input.resume();
    }
    this.draw();
  }

  close(): void {
    if (!this.terminal) return;
    if (this.input?.isTTY && this.input.setRawMode) {
      this.input.off('data', this.onKey);
      this.input.setRawMode(false);
      this.input.pause();
    }
    this.io.err.write('\x1b[?25h\x1b[?1049l');
  }

  /** A line the program wrote (shown at the bottom of the view). */
  programOutput(text: string): void {
    for (const line of text.split('\n')) if (line !== '') this.output.push(line);
    if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
  }

  press(keys: string): void {
    for (const k of keys) {
      if (k === 'k') this.key = KEYS[(KEYS.indexOf(this.key) + 1) % KEYS.length]!;
      else if (k === 'b') this.by = MEASURES[(MEASURES.indexOf(this.by) + 1) % MEASURES.length]!;
      else if (k === 'q' || k === '\x03') this.stop();
    }
    this.draw();
  }

  /** A new snapshot at `seconds` into the run. */
  update(snapshot: Snapshot, seconds: number): void {
    const current = totalOf(snapshot).size;
    const peak = Number(snapshot.metadata.get('peak'));
    this.peak = Math.max(this.peak, current, Number.isFinite(peak) ? peak : 0);
    this.samples.push(current);
    this.last = snapshot;
    this.elapsed = seconds;
    if (this.terminal) this.draw();
    else this.io.err.write(this.plainLine() + '\n');
  }

  private plainLine(): string {
    const snapshot = this.last!;
    const top = snapshot.statistics('lineno')[0];
    const current = formatSize(totalOf(snapshot).size, false);
    return `wasm-tracemalloc: ${this.elapsed.toFixed(1)} s current=${current} peak=${formatSize(this.peak, false)}${top ? ` top: ${String(top)}` : ''}`;
  }

  private draw(): void {
    if (!this.terminal) return;
    const columns = (this.io.err as { columns?: number }).columns ?? 80;
    const rows = (this.io.err as { rows?: number }).rows ?? 24;
    const io = { color: this.io.color };
    const cut = (line: string) => (line.length > columns ? line.slice(0, columns - 1) + '…' : line);
    const lines: string[] = [];
    lines.push(paint(io, 'bold', cut(`wasm-tracemalloc live — ${this.command}`)));
    if (!this.last) {
      lines.push('', 'waiting for the first snapshot…');
    } else {
      const current = totalOf(this.last).size;
      lines.push(`${this.elapsed.toFixed(0)} s   current ${paint(io, 'cyan', formatSize(current, false))}   peak ${paint(io, 'red', formatSize(this.peak, false))}   blocks ${totalOf(this.last).count}`);
      lines.push(paint(io, 'cyan', sparkline(this.samples, Math.max(10, columns - 2))));
      lines.push('');
      const outputRows = Math.min(5, this.output.length);
      const room = Math.max(3, rows - lines.length - 4 - (outputRows ? outputRows + 1 : 0));
      let view: Snapshot | null = this.last;
      if (this.by !== 'live' && !this.last.hasTotals) view = null;
      if (!view) lines.push(`no totals in this snapshot: press b for live memory`);
      else {
        const measured = view.by(this.by);
        const limit = this.key === 'traceback' ? Math.max(1, Math.floor(room / 4)) : room - 2;
        const top = formatTop(io, computeTop(measured, this.key, false, limit), this.key, undefined, this.by);
        for (const l of top.slice(0, room)) lines.push(cut(l));
      }
      if (outputRows) {
        lines.push(paint(io, 'dim', '── program output ──'));
        for (const l of this.output.slice(-outputRows)) lines.push(cut(l));
      }
    }
    while (lines.length < rows - 1) lines.push('');
    lines.length = rows - 1;
    lines.push(paint(io, 'dim', cut(`k: key (${this.key})   b: by (${this.by})   q: stop the program`)));
    this.io.err.write('\x1b[H' + lines.map((l) => l + '\x1b[K').join('\n'));
  }
}
