// Exporters read the snapshot's columns (runtime/model/tables.ts), not Trace objects: a million
// traces share a few thousand interned tracebacks, so everything per traceback is computed once
// and the per-trace loop only adds numbers. (Building Trace/Traceback/Frame objects per trace made
// the exporters 10–20× slower on a 1M-trace snapshot.)

import type { Snapshot } from '../runtime/index';

export interface FrameView {
  file: string;
  line: number;
  /** 1-based; 0 = unknown */
  column: number;
  fn: string | undefined;
}

export class SnapshotColumnsView {
  readonly count: number;
  readonly domain: Uint32Array;
  readonly size: Float64Array;
  readonly traceback: Int32Array;
  private readonly s: Snapshot['columns'];
  private readonly frameCache: (FrameView | undefined)[] = [];

  constructor(snapshot: Snapshot) {
    this.s = snapshot.columns;
    this.domain = this.s.domain;
    this.size = this.s.size;
    this.traceback = this.s.traceback;
    this.count = this.s.size.length;
  }

  get tracebackCount(): number {
    return this.s.tables.tbStack.length;
  }

  /** Frame ids of traceback `tb`, MOST RECENT first (CPython's raw order). */
  framesOf(tb: number): Int32Array {
    const t = this.s.tables;
    const stack = t.tbStack[tb]!;
    return t.stackFrames.subarray(t.stackStart[stack]!, t.stackStart[stack + 1]!);
  }

  /** CPython's total_nframe of traceback `tb`, or null. */
  totalOf(tb: number): number | null {
    const v = this.s.tables.tbTotal[tb]!;
    return v < 0 ? null : v;
  }

  frame(id: number): FrameView {
    let f = this.frameCache[id];
    if (!f) {
      const t = this.s.tables;
      const fn = t.frameFunction[id]!;
      f = { file: t.strings[t.frameFile[id]!]!, line: t.frameLine[id]!, column: t.frameColumn[id]!, fn: fn < 0 ? undefined : t.strings[fn] };
      this.frameCache[id] = f;
    }
    return f;
  }
}
