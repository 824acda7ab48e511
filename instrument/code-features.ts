// What a function body is made of, for code fingerprints (fingerprint.ts): its i32 constants,
// how many instructions, loads, stores and calls, read with the one decoder's rules (wasm/instructions.ts:
// its fast path for the common instructions, its `slow` for every other).

import { ByteReader, ulebAt } from './byte-reader';
import type { FuncBody } from './code-reader';
import { slow, type InstructionVisitor } from './wasm/instructions';

export interface CodeFeatures {
  instructions: number;
  /** Every distinct `i32.const` value (signed). */
  consts: Set<number>;
  loads: number;
  stores: number;
  /** Direct callees, in order of first call. */
  callees: number[];
  indirectCalls: number;
  /**
   * Callee → the parameter it receives as its last argument: a local.get of a parameter right
   * before the call, with no local.set/tee of it earlier in code order (a loop's back edge aside).
   */
  paramCallees: ReadonlyMap<number, number>;
  /** The same, whether or not the parameter's local was assigned earlier (it may be on another branch). */
  paramCalleesAnyOrder: ReadonlyMap<number, number>;
  /** `memory.grow` / `memory.size` appear in the body. */
  grows: boolean;
  size: boolean;
}

export function readCodeFeatures(bytes: Uint8Array, body: FuncBody, paramCount: number): CodeFeatures | null {
  const f: CodeFeatures = { instructions: 0, consts: new Set(), loads: 0, stores: 0, callees: [], paramCallees: NONE, paramCalleesAnyOrder: NONE, indirectCalls: 0, grows: false, size: false };
  let lastParam = -1; // the previous instruction was local.get of a parameter
  let lastEnd = -1;
  // Made on first use: most bodies have none (a big module's fingerprints keep ~17 k bodies'
  // features until discovery ends; empty Maps and Sets made for each were ~5 MB of DuckDB's heap).
  let written: Set<number> | null = null; // locals assigned so far: a parameter reassigned is no longer what the caller passed
  let paramCallees: Map<number, number> | null = null;
  let anyOrder: Map<number, number> | null = null;
  // Read here rather than through decodeExpression with a visitor (a call per instruction): a big
  // module's fingerprints read ~17 k bodies. The common instructions' immediates are skipped as
  // decodeExpression skips them; any other, or one not short and in bounds, goes to its `slow`.
  const visitor: InstructionVisitor = {
    call(op, callee) {
      if (op === 'call' || op === 'return_call') { if (!f.callees.includes(callee)) f.callees.push(callee); } else f.indirectCalls++;
    },
  };
  const b = bytes, end = body.bodyEnd;
  let r: ByteReader | null = null;
  let p = body.codeStart;
  let depth = 1; // the expression is an implicit block
  try {
    while (depth > 0) {
      if (p >= end) return null; // the body ends inside a block
      const at = p;
      const op = b[p++]!;
      let e = 0;
      if (op >= 0x45 && op <= 0xc4) { /* numeric: no immediates */ }
      else if (op >= 0x28 && op <= 0x3e && p < end && b[p]! < 0x40 && (e = lebEnd(b, p + 1, end)) > 0) p = e; // memarg
      else if (op === 0x0b) depth--;
      else if (op === 0x1a || op === 0x0f || op === 0x1b || op === 0x05 || op === 0x00 || op === 0x01) { /* no immediates */ }
      else if ((op === 0x20 || op === 0x21 || op === 0x22 || op === 0x41 || op === 0x42 || op === 0x0c || op === 0x0d) && (e = lebEnd(b, p, end)) > 0) p = e;
      else if ((op === 0x10 || op === 0x23 || op === 0x24) && (e = lebEnd(b, p, end)) > 0 && e - p <= 4) {
        if (op === 0x10) visitor.call!('call', ulebAt(b, p), at, e);
        p = e;
      } else if (op >= 0x02 && op <= 0x04 && p < end && b[p]! >= 0x40 && b[p]! < 0x80 && b[p] !== 0x63 && b[p] !== 0x64) { p++; depth++; }
      else {
        r ??= new ByteReader(bytes, body.codeStart, end);
        r.pos = p;
        depth = slow(r, visitor, op, at, depth, `function ${body.index}`);
        p = r.pos;
      }
      // the instruction [at, p) is read
      f.instructions++;
      if (op === 0x10 && lastParam >= 0 && lastEnd === at) {
        const callee = ulebAt(bytes, at + 1);
        anyOrder ??= new Map();
        if (!anyOrder.has(callee)) anyOrder.set(callee, lastParam);
        if (!written?.has(lastParam) && !paramCallees?.has(callee)) (paramCallees ??= new Map()).set(callee, lastParam);
      }
      if (op === 0x21 || op === 0x22) { const l = ulebAt(bytes, at + 1); if (l < paramCount) (written ??= new Set()).add(l); } // (only parameters are asked about)
      lastParam = op === 0x20 ? ulebAt(bytes, at + 1) : -1;
      if (lastParam >= paramCount) lastParam = -1;
      lastEnd = p;
      if (op === 0x41) f.consts.add(slebAt(bytes, at + 1));
      else if (op >= 0x28 && op <= 0x35) f.loads++;
      else if (op >= 0x36 && op <= 0x3e) f.stores++;
      else if (op === 0x3f) f.size = true;
      else if (op === 0x40) f.grows = true;
    }
  } catch {
    return null;
  }
  if (paramCallees) f.paramCallees = paramCallees;
  if (anyOrder) f.paramCalleesAnyOrder = anyOrder;
  return f;
}

const NONE: ReadonlyMap<number, number> = new Map();

/** Where the LEB128 at `p` ends, when it takes at most 5 bytes within `end`; else 0 (the reader decides). */
function lebEnd(b: Uint8Array, p: number, end: number): number {
  const last = Math.min(p + 5, end);
  for (let q = p; q < last; q++) if (b[q]! < 0x80) return q + 1;
  return 0;
}

/**
 * Constants a body must hold, as groups: each group's values, one of which must be among the
 * body's `consts` (readCodeFeatures). A fingerprint's test that needs them fails on a body that
 * lacks them, so such a body need not be decoded.
 */
export type ConstNeeds = readonly (readonly number[])[];

/**
 * Whether `body` may hold `needs`: false only when some group has no value among its `i32.const`s.
 * Its bytes are read at every 0x41 (an `i32.const` opcode or not) as readCodeFeatures reads an
 * i32.const's immediate (slebAt), so the values read include every constant of its `consts`:
 * no decoding, no Set (a big module's fingerprints test ~17 k bodies, most of which lack them).
 */
export function mayHoldConsts(bytes: Uint8Array, body: FuncBody, needs: ConstNeeds): boolean {
  const groups = needs.length;
  if (groups === 0 || groups > 30) return true;
  let missing = (1 << groups) - 1;
  const b = bytes, end = body.bodyEnd;
  for (let p = body.codeStart; p < end; p++) {
    if (b[p] !== 0x41) continue;
    const v = slebAt(b, p + 1);
    for (let g = 0; g < groups; g++) {
      if ((missing & (1 << g)) === 0) continue;
      const values = needs[g]!; // (a loop, not `includes`: a builtin call per constant and group)
      for (let k = 0; k < values.length; k++) if (values[k] === v) { missing &= ~(1 << g); break; }
    }
    if (missing === 0) return true;
  }
  return false;
}

/**
 * mayHoldConsts for many tests over the same bodies: each body's bytes are read once (at every
 * 0x41, as mayHoldConsts reads them) into a mask of which of up to 64 known constants they may
 * hold, and each test is then a mask test. A big module's fingerprints ask about the same ~17 k
 * bodies 5–8 times (one `only()` per role and signature), each a scan of the body's bytes.
 */
export class ConstMasks {
  // an open-addressed table of the known constants: key, and its bit (−1: empty slot)
  private readonly keys = new Float64Array(256);
  private readonly bitOf = new Int8Array(256).fill(-1);
  // per body (its position in the layout): the mask's low and high 32 bits, and whether it was read
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly read: Uint8Array;

  /** `values`: the constants tests may need (at most 64; a test needing another is read as before). */
  constructor(values: readonly number[], bodies: number) {
    let n = 0;
    for (const v of values) {
      if (n === 64 || this.bit(v) >= 0) continue;
      let h = slot(v);
      while (this.bitOf[h] !== -1) h = (h + 1) & 255;
      this.keys[h] = v;
      this.bitOf[h] = n++;
    }
    this.lo = new Int32Array(bodies);
    this.hi = new Int32Array(bodies);
    this.read = new Uint8Array(bodies);
  }

  /** The bit of constant `v`, or −1 when it is not a known one. */
  bit(v: number): number {
    let h = slot(v);
    for (let b = this.bitOf[h]!; b !== -1; b = this.bitOf[h]!) {
      if (this.keys[h] === v) return b;
      h = (h + 1) & 255;
    }
    return -1;
  }

  /** `needs` as masks, [low, high] per group; null when some value is not a known constant. */
  groups(needs: ConstNeeds): Int32Array | null {
    const g = new Int32Array(2 * needs.length);
    for (let i = 0; i < needs.length; i++) {
      for (const v of needs[i]!) {
        const b = this.bit(v);
        if (b < 0) return null;
        if (b < 32) g[2 * i] |= 1 << b;
        else g[2 * i + 1] |= 1 << (b - 32);
      }
    }
    return g;
  }

  /** mayHoldConsts(bytes, body, needs) for `groups` = this.groups(needs); `at`: the body's position in the layout. */
  mayHold(bytes: Uint8Array, body: FuncBody, at: number, groups: Int32Array): boolean {
    if (this.read[at] === 0) this.scan(bytes, body, at);
    const lo = this.lo[at]!, hi = this.hi[at]!;
    for (let i = 0; i < groups.length; i += 2) if ((lo & groups[i]!) === 0 && (hi & groups[i + 1]!) === 0) return false;
    return true;
  }

  private scan(bytes: Uint8Array, body: FuncBody, at: number): void {
    let lo = 0, hi = 0;
    const b = bytes, end = body.bodyEnd, keys = this.keys, bitOf = this.bitOf;
    for (let p = body.codeStart; p < end; p++) {
      if (b[p] !== 0x41) continue;
      const v = slebAt(b, p + 1);
      let h = slot(v);
      for (let k = bitOf[h]!; k !== -1; k = bitOf[h]!) {
        if (keys[h] === v) {
          if (k < 32) lo |= 1 << k;
          else hi |= 1 << (k - 32);
          break;
        }
        h = (h + 1) & 255;
      }
    }
    this.lo[at] = lo;
    this.hi[at] = hi;
    this.read[at] = 1;
  }
}

/** A constant's first slot in ConstMasks' table (a value past 32 bits, from 5 bytes that are no i32.const, hashes as its low bits). */
const slot = (v: number): number => Math.imul(v | 0, 0x9e3779b1) >>> 24;

// The immediates below were read (and bounds-checked) by the decoder already: read again in place
// (ulebAt, byte-reader.ts), with no reader object per instruction (fingerprints decode thousands of
// bodies of a big module).

/** The signed LEB128 at `p` (an i32.const: 5 bytes at most), as ByteReader.sleb reads it. */
function slebAt(b: Uint8Array, p: number): number {
  let result = 0;
  let mul = 1;
  let x: number;
  do {
    x = b[p++]!;
    result += (x & 0x7f) * mul;
    mul *= 128;
  } while (x >= 0x80);
  return x & 0x40 ? result - mul : result;
}
