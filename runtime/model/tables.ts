// The interned tables a Snapshot reads through: strings, frames, stacks and tracebacks, all in
// typed arrays indexed by integer ids. Immutable once built; filtered snapshots share them.
// Derived indexes (line keys, line stacks, string ranks) are computed on first use and cached,
// because most snapshots only ever need one of them.
import { compareCodePoints } from './text';
import { SequenceInterner, TupleInterner } from './interners';

export interface TableColumns {
  readonly strings: readonly string[];
  /** Per frame: filename string id, line number, column (0 = unknown), function string id (-1 = unknown). */
  readonly frameFile: Int32Array;
  readonly frameLine: Uint32Array;
  readonly frameColumn: Uint32Array;
  readonly frameFunction: Int32Array;
  /** Stack s holds frame ids stackFrames[stackStart[s] .. stackStart[s+1]), MOST RECENT first. */
  readonly stackStart: Uint32Array;
  readonly stackFrames: Int32Array;
  /** Per traceback: its stack and CPython's total_nframe (-1 = None). */
  readonly tbStack: Int32Array;
  readonly tbTotal: Int32Array;
}

export class Tables implements TableColumns {
  readonly strings: readonly string[];
  readonly frameFile: Int32Array;
  readonly frameLine: Uint32Array;
  readonly frameColumn: Uint32Array;
  readonly frameFunction: Int32Array;
  readonly stackStart: Uint32Array;
  readonly stackFrames: Int32Array;
  readonly tbStack: Int32Array;
  readonly tbTotal: Int32Array;

  private lines?: LineIndex;
  private lineStacks?: LineStackIndex;
  private ranks?: Int32Array;

  constructor(columns: TableColumns) {
    this.strings = columns.strings;
    this.frameFile = columns.frameFile;
    this.frameLine = columns.frameLine;
    this.frameColumn = columns.frameColumn;
    this.frameFunction = columns.frameFunction;
    this.stackStart = columns.stackStart;
    this.stackFrames = columns.stackFrames;
    this.tbStack = columns.tbStack;
    this.tbTotal = columns.tbTotal;
  }

  get frameCount(): number {
    return this.frameFile.length;
  }
  get stackCount(): number {
    return this.stackStart.length - 1;
  }
  get tracebackCount(): number {
    return this.tbStack.length;
  }

  /**
   * CPython keys frames on (filename, lineno) only; frames that differ by column or function are
   * one "line" here. lineOfFrame[f] is the line id; each line has a file, a number and the first
   * frame seen with it (whose function name statistics show).
   */
  lineIndex(): LineIndex {
    if (this.lines) return this.lines;
    const n = this.frameCount;
    const lineOfFrame = new Int32Array(n);
    const lookup = new TupleInterner(2, n);
    const file: number[] = [];
    const lineno: number[] = [];
    const frame: number[] = [];
    for (let f = 0; f < n; f++) {
      const id = lookup.intern(this.frameFile[f]!, this.frameLine[f]!);
      if (id === file.length) {
        file.push(this.frameFile[f]!);
        lineno.push(this.frameLine[f]!);
        frame.push(f);
      }
      lineOfFrame[f] = id;
    }
    this.lines = { lineOfFrame, file: Int32Array.from(file), lineno: Uint32Array.from(lineno), frame: Int32Array.from(frame), lookup };
    return this.lines;
  }

  /** Stacks that are equal as CPython sees them (same files and lines) share a line-stack id. */
  lineStackIndex(): LineStackIndex {
    if (this.lineStacks) return this.lineStacks;
    const lines = this.lineIndex();
    const nStacks = this.stackCount;
    if (lines.file.length === this.frameCount) {
      // Every frame is its own line (no two frames differ only by column or function): distinct
      // stacks are distinct line stacks, so the stack ids serve as they are.
      const identity = Int32Array.from({ length: nStacks }, (_, s) => s);
      this.lineStacks = { lineStackOfStack: identity, stack: identity };
      return this.lineStacks;
    }
    const { lineOfFrame } = lines;
    const lineStackOfStack = new Int32Array(nStacks);
    const lookup = new SequenceInterner(nStacks);
    const representative: number[] = [];
    let scratch = new Int32Array(16);
    for (let s = 0; s < nStacks; s++) {
      const start = this.stackStart[s]!;
      const depth = this.stackStart[s + 1]! - start;
      if (depth > scratch.length) scratch = new Int32Array(depth * 2);
      for (let i = 0; i < depth; i++) scratch[i] = lineOfFrame[this.stackFrames[start + i]!]!;
      const id = lookup.intern(scratch, 0, depth);
      if (id === representative.length) representative.push(s);
      lineStackOfStack[s] = id;
    }
    this.lineStacks = { lineStackOfStack, stack: Int32Array.from(representative) };
    return this.lineStacks;
  }

  /** rank[stringId]: position of the string in code-point order (equal strings never occur). */
  stringRanks(): Int32Array {
    if (this.ranks) return this.ranks;
    this.ranks = rankStrings([this.strings])[0]!;
    return this.ranks;
  }
}

export interface LineIndex {
  readonly lineOfFrame: Int32Array;
  readonly file: Int32Array;
  readonly lineno: Uint32Array;
  readonly frame: Int32Array;
  /** (file id, line) -> line id. */
  readonly lookup: TupleInterner;
}

export interface LineStackIndex {
  readonly lineStackOfStack: Int32Array;
  /** A representative stack of each line stack (its frames carry columns and functions). */
  readonly stack: Int32Array;
}

/** Ranks for several string tables in one shared code-point order (so ids of two tables compare). */
export function rankStrings(tables: readonly (readonly string[])[]): Int32Array[] {
  const all = new Set<string>();
  for (const strings of tables) for (const s of strings) all.add(s);
  const sorted = Array.from(all).sort(compareCodePoints);
  const rankOf = new Map<string, number>();
  sorted.forEach((s, i) => rankOf.set(s, i));
  return tables.map((strings) => Int32Array.from(strings, (s) => rankOf.get(s)!));
}
