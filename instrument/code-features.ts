// What a function body is made of, for code fingerprints (fingerprint.ts): its i32 constants,
// how many instructions, loads, stores and calls, read with the one decoder (wasm/instructions.ts).

import { ByteReader, ulebAt } from './byte-reader';
import type { FuncBody } from './code-reader';
import { decodeExpression } from './wasm/instructions';

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
  paramCallees: Map<number, number>;
  /** The same, whether or not the parameter's local was assigned earlier (it may be on another branch). */
  paramCalleesAnyOrder: Map<number, number>;
  /** `memory.grow` / `memory.size` appear in the body. */
  grows: boolean;
  size: boolean;
}

export function readCodeFeatures(bytes: Uint8Array, body: FuncBody, paramCount: number): CodeFeatures | null {
  const f: CodeFeatures = { instructions: 0, consts: new Set(), loads: 0, stores: 0, callees: [], paramCallees: new Map(), paramCalleesAnyOrder: new Map(), indirectCalls: 0, grows: false, size: false };
  let lastParam = -1; // the previous instruction was local.get of a parameter
  let lastEnd = -1;
  const written = new Set<number>(); // locals assigned so far: a parameter reassigned is no longer what the caller passed
  try {
    decodeExpression(new ByteReader(bytes, body.codeStart, body.bodyEnd), {
      instruction(op, at, end) {
        f.instructions++;
        if (op === 0x10 && lastParam >= 0 && lastEnd === at) {
          const callee = ulebAt(bytes, at + 1);
          if (!f.paramCalleesAnyOrder.has(callee)) f.paramCalleesAnyOrder.set(callee, lastParam);
          if (!written.has(lastParam) && !f.paramCallees.has(callee)) f.paramCallees.set(callee, lastParam);
        }
        if (op === 0x21 || op === 0x22) { const l = ulebAt(bytes, at + 1); if (l < paramCount) written.add(l); } // (only parameters are asked about)
        lastParam = op === 0x20 ? ulebAt(bytes, at + 1) : -1;
        if (lastParam >= paramCount) lastParam = -1;
        lastEnd = end;
        if (op === 0x41) f.consts.add(slebAt(bytes, at + 1));
        else if (op >= 0x28 && op <= 0x35) f.loads++;
        else if (op >= 0x36 && op <= 0x3e) f.stores++;
        else if (op === 0x3f) f.size = true;
        else if (op === 0x40) f.grows = true;
      },
      call(op, callee) {
        if (op === 'call' || op === 'return_call') { if (!f.callees.includes(callee)) f.callees.push(callee); } else f.indirectCalls++;
      },
    }, `function ${body.index}`);
  } catch {
    return null;
  }
  return f;
}

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
