// What a function body is made of, for code fingerprints (fingerprint.ts): its i32 constants,
// how many instructions, loads, stores and calls, read with the one decoder (wasm/instructions.ts).

import { ByteReader } from './byte-reader';
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
  /** `memory.grow` / `memory.size` appear in the body. */
  grows: boolean;
  size: boolean;
}

export function readCodeFeatures(bytes: Uint8Array, body: FuncBody): CodeFeatures | null {
  const f: CodeFeatures = { instructions: 0, consts: new Set(), loads: 0, stores: 0, callees: [], indirectCalls: 0, grows: false, size: false };
  try {
    decodeExpression(new ByteReader(bytes, body.codeStart, body.bodyEnd), {
      instruction(op, at, end) {
        f.instructions++;
        if (op === 0x41) f.consts.add(new ByteReader(bytes, at + 1, end).sleb());
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
