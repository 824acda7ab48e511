// The instructions of a SMALL function body (a JS-boundary allocator export, a Rust shim), decoded
// far enough to know, for each direct call, which of the caller's parameters it passes where.
// That is what following an allocator through the call graph needs (discover.ts): the function
// `__wbindgen_malloc(size)` calls with `size` as its first argument and returns the result of is
// the allocator behind the boundary.
//
// Deliberately narrow: MVP opcodes only, bodies of at most MAX_INSTRUCTIONS. Anything else
// (SIMD, exceptions, a long body) returns null, and nothing is followed: a boundary is exact or
// it is not used.

import { ByteReader } from './byte-reader';
import type { FuncBody } from './code-reader';

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
  const r = new ByteReader(bytes, body.codeStart, body.bodyEnd);
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
  let count = 0;
  let indirect = false;
  try {
    while (!r.done) {
      if (++count > MAX_INSTRUCTIONS) return null;
      const op = r.u8();
      if (op === 0x1a && calls.length && calls[calls.length - 1]!.end === r.pos - 1) calls[calls.length - 1]!.dropped = true;
      if (op === 0x20) { stack.push({ local: r.u32leb('local') }); continue; }
      if (op === 0x41) { stack.push({ const: r.sleb() }); continue; }
      if (op === 0x10 || op === 0x12) { // call, return_call
        const callee = r.u32leb('callee');
        const n = arity(callee);
        calls.push({ callee, args: !under && n <= stack.length ? stack.slice(stack.length - n) : null, dropped: false, end: r.pos });
        pop(n);
        push(resultCount(callee));
        continue;
      }
      const unary = op === 0x45 || op === 0x50 || (op >= 0x67 && op <= 0x69) || (op >= 0x79 && op <= 0x7b)
        || (op >= 0x8b && op <= 0x91) || (op >= 0x99 && op <= 0x9f) || (op >= 0xa7 && op <= 0xc4);
      if (unary) { pop(1); push(1); continue; }
      if (op >= 0x46 && op <= 0xa6) { pop(2); push(1); continue; } // the binary operators and comparisons
      if (op >= 0x28 && op <= 0x35) { r.u32leb('align'); r.u32leb('offset'); pop(1); push(1); indirect = true; continue; } // loads
      if (op >= 0x36 && op <= 0x3e) { r.u32leb('align'); r.u32leb('offset'); pop(2); indirect = true; continue; } // stores
      switch (op) {
        case 0x01: break; // nop
        case 0x00: case 0x05: case 0x0b: case 0x0c: case 0x0f: // unreachable else end br return
          if (op === 0x0c) r.u32leb('label');
          reset();
          break;
        case 0x02: case 0x03: case 0x04: { // block loop if: empty, value type or type index
          const b = bytes[r.pos]!;
          if (b === 0x40 || b === 0x7f || b === 0x7e || b === 0x7d || b === 0x7c) r.u8(); else r.sleb();
          reset();
          break;
        }
        case 0x0d: r.u32leb('label'); pop(1); break; // br_if
        case 0x0e: { const n = r.u32leb('br_table'); for (let i = 0; i <= n; i++) r.u32leb('label'); reset(); break; }
        case 0x1a: pop(1); break; // drop
        case 0x1b: pop(3); push(1); break; // select
        case 0x21: r.u32leb('local'); pop(1); break; // local.set
        case 0x22: r.u32leb('local'); pop(1); push(1); break; // local.tee
        case 0x23: r.u32leb('global'); push(1); indirect = true; break;
        case 0x24: r.u32leb('global'); pop(1); indirect = true; break;
        case 0x11: r.u32leb('type'); r.u32leb('table'); reset(); indirect = true; break; // call_indirect: arity unknown here
        case 0x3f: r.u32leb('memory'); push(1); indirect = true; break;
        case 0x40: r.u32leb('memory'); pop(1); push(1); indirect = true; break;
        case 0x42: r.skipLeb(); push(1); break;
        case 0x43: r.skip(4, 'f32'); push(1); break;
        case 0x44: r.skip(8, 'f64'); push(1); break;
        default: return null;
      }
    }
  } catch {
    return null;
  }
  return { instructions: count, calls, indirect };
}
