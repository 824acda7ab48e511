// The instructions of a SMALL function body (a JS-boundary allocator export, a Rust shim), decoded
// far enough to know, for each direct call, which of the caller's parameters it passes where.
// That is what following an allocator through the call graph needs (discover.ts): the function
// `__wbindgen_malloc(size)` calls with `size` as its first argument and returns the result of is
// the allocator behind the boundary.
//
// Deliberately narrow: MVP opcodes only, bodies of at most MAX_INSTRUCTIONS. Anything else
// (SIMD, exceptions, a long body) returns null, and nothing is followed: a boundary is exact or
// it is not used. Decoding is wasm/instructions.ts's (its `instruction` visitor); this file only
// models the value stack.

import { ByteReader } from './byte-reader';
import type { FuncBody } from './code-reader';
import { decodeExpression } from './wasm/instructions';

const MAX_INSTRUCTIONS = 96;

/** Where a call argument comes from, when it is pushed right before the call. */
export type ArgSource = { local: number } | { const: number } | null;

export interface SmallCall {
  callee: number;
  /** One entry per argument (null where not a plain local.get/i32.const), or null when unknown. */
  args: ArgSource[] | null;
  /** The result is dropped at once (memset's, not an allocator's). */
  dropped: boolean;
  /** Offset just after the call instruction. */
  end: number;
}

export interface SmallBody {
  instructions: number;
  calls: SmallCall[];
  /** The body reads/writes memory or globals, or calls indirectly (more than a shim would). */
  indirect: boolean;
}

/**
 * Decodes `body` and returns its direct calls with their argument sources; `arity(callee)` is
 * the callee's parameter count. Null when the body is not small or uses opcodes outside the MVP.
 */
export function readSmallBody(bytes: Uint8Array, body: FuncBody, arity: (funcIndex: number) => number,
  resultCount: (funcIndex: number) => number): SmallBody | null {
  // The one decoder (wasm/instructions.ts) finds the instructions; the immediates needed here
  // (a local's index, a constant, a callee) are re-read from their bytes.
  const ops: { op: number; at: number; end: number }[] = [];
  try {
    decodeExpression(new ByteReader(bytes, body.codeStart, body.bodyEnd), {
      instruction(op, at, end) { ops.push({ op, at, end }); },
    }, `function ${body.index}`);
  } catch {
    return null;
  }
  if (ops.length > MAX_INSTRUCTIONS) return null;
  const imm = (at: number, end: number): ByteReader => new ByteReader(bytes, at + 1, end);
  // A model of the value stack within the current block: the source of each value when it is a
  // plain local.get or i32.const, null otherwise. Block boundaries reset it; popping past its
  // bottom (a value from outside the block) makes the call's arguments unknown.
  let stack: ArgSource[] = [];
  let under = false;
  const pop = (n: number): void => {
    if (n > stack.length) under = true;
    stack.length = Math.max(0, stack.length - n);
  };
  const push = (n: number): void => { for (let i = 0; i < n; i++) stack.push(null); };
  const reset = (): void => { stack = []; under = false; };
  const calls: SmallCall[] = [];
  let indirect = false;
  for (const { op, at, end } of ops) {
    if (op === 0x1a && calls.length && calls[calls.length - 1]!.end === at) calls[calls.length - 1]!.dropped = true;
    if (op === 0x20) { stack.push({ local: imm(at, end).u32leb('local') }); continue; }
    if (op === 0x41) { stack.push({ const: imm(at, end).sleb() }); continue; }
    if (op === 0x10 || op === 0x12) { // call, return_call
      const callee = imm(at, end).u32leb('callee');
      const n = arity(callee);
      calls.push({ callee, args: !under && n <= stack.length ? stack.slice(stack.length - n) : null, dropped: false, end });
      pop(n);
      push(resultCount(callee));
      continue;
    }
    const unary = op === 0x45 || op === 0x50 || (op >= 0x67 && op <= 0x69) || (op >= 0x79 && op <= 0x7b)
      || (op >= 0x8b && op <= 0x91) || (op >= 0x99 && op <= 0x9f) || (op >= 0xa7 && op <= 0xc4);
    if (unary) { pop(1); push(1); continue; }
    if (op >= 0x46 && op <= 0xa6) { pop(2); push(1); continue; } // the binary operators and comparisons
    if (op >= 0x28 && op <= 0x35) { pop(1); push(1); indirect = true; continue; } // loads
    if (op >= 0x36 && op <= 0x3e) { pop(2); indirect = true; continue; } // stores
    switch (op) {
      case 0x01: break; // nop
      case 0x00: case 0x02: case 0x03: case 0x04: case 0x05: case 0x0b: case 0x0c: case 0x0e: case 0x0f:
        reset(); break; // unreachable, block, loop, if, else, end, br, br_table, return
      case 0x0d: pop(1); break; // br_if
      case 0x1a: pop(1); break; // drop
      case 0x1b: pop(3); push(1); break; // select
      case 0x21: pop(1); break; // local.set
      case 0x22: pop(1); push(1); break; // local.tee
      case 0x23: push(1); indirect = true; break; // global.get
      case 0x24: pop(1); indirect = true; break; // global.set
      case 0x11: reset(); indirect = true; break; // call_indirect: its arity is not looked up here
      case 0x3f: push(1); indirect = true; break; // memory.size
      case 0x40: pop(1); push(1); indirect = true; break; // memory.grow
      case 0x42: case 0x43: case 0x44: push(1); break; // i64/f32/f64.const
      default: return null; // beyond the MVP: not a shim
    }
  }
  return { instructions: ops.length, calls, indirect };
}
