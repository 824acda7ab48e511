// Rewrite: where a framed function's body changes besides its calls (docs/hook-abi.md, "Deeper
// frames"). A framed function pushes its caller's site once, at entry, and pops it at its one exit:
// its body is wrapped in a block, so every `return` becomes a `br` to that block (no pop inside a
// `try` body), and a tail call that must keep the frame becomes a call and a `br`. After a throw
// caught here, the shadow stack and the guard are put back at the handler: at the start of each
// legacy `catch`/`catch_all` body, and right after the `end` of each block a `try_table` catch
// clause targets (the start of a targeted `loop`). One decode of the body finds them all.
//
// Before:                                     After:
//   (func $f (result i32)                       (func $f (result i32) (local $tok i32) …
//                                                 (local.set $tok (call $frame.enter (global.get $site)))
//                                                 (block (result i32)
//     (try (do … (return (i32.const 1)) …)          (try (do … (br 1 (i32.const 1)) …)
//       (catch_all …))                                (catch_all (call $frame.restore …) …))
//     …)                                            …)
//                                                 (call $frame.leave (local.get $tok)))

import { ByteReader, ulebAt } from '../byte-reader';
import { CALL_OPS, decodeExpression, type CallOp } from '../wasm/instructions';
import { skipBlockType } from '../wasm/module';
import type { FuncBody } from '../code-reader';

/** An edit at a module offset that is not a call: `return` → `br depth`, or the restore inserted there. */
export interface BodyEdit {
  at: number;
  /**
   * 0: the `return` at `at` becomes `br depth`; 1: the handler's restore goes in before the
   * instruction at `at`; 2: only the guard's (`depth = dsave`, no call: a cleanup pad whose only
   * sites are frees, which read the guard and no frame).
   */
  kind: 0 | 1 | 2;
  depth: number;
}

export interface FramedScan {
  /** Sorted by offset. */
  edits: BodyEdit[];
  /** Tail call offset → the `br` depth to the body's block from there. */
  tailDepth: Map<number, number>;
  /** A catch clause targets the function's own label: restore after the body's block too. */
  restoreAtExit: boolean;
}

interface Open { kind: number; targeted: boolean; headerEnd: number }

/** A handler being read: its restore's edit, the depth its code runs at, what it has met. */
interface Handler { edit: BodyEdit; depth: number; site: boolean; free: boolean; branch: boolean; last: number }

// What ends a handler that never completes: throw, rethrow, throw_ref, unreachable.
const LEAVES = new Set([0x08, 0x09, 0x0a, 0x00]);
// Branches (br, br_if, br_table, br_on_null, br_on_non_null, and GC's under 0xfb: conservatively any).
const BRANCHES = new Set([0x0c, 0x0d, 0x0e, 0xd5, 0xd6, 0xfb]);

/**
 * Decodes `body` once and finds its returns, tail calls and handlers (see above). `site`: whether
 * a call is a site (0: no, 1: a free's, 2: any other). A handler with no branch that ends by
 * throwing again (a C++ cleanup pad: destructors, then `rethrow`) and has no site but frees gets
 * only the guard back (a free reads it, no frame), or nothing when it has no site at all: the
 * handler that catches the throw restores the rest — a restore call there would be a call inside
 * the enclosing `try`, an exceptional edge of its own.
 */
export function scanFramed(bytes: Uint8Array, body: FuncBody, catches: boolean, site: (op: CallOp, callee: number) => number): FramedScan {
  const edits: BodyEdit[] = [];
  const tailDepth = new Map<number, number>();
  const stack: Open[] = [{ kind: 0, targeted: false, headerEnd: -1 }]; // the body's block
  let restoreAtExit = false;
  const handlers: Handler[] = [];
  const dropped = new Set<BodyEdit>();
  // A handler ends at the catch/catch_all/delegate/end that continues or closes its block.
  const finish = (depth: number) => {
    while (handlers.length && handlers[handlers.length - 1]!.depth >= depth) {
      const h = handlers.pop()!;
      if (!h.site && !h.branch && LEAVES.has(h.last)) {
        if (h.free) h.edit.kind = 2;
        else dropped.add(h.edit);
      }
    }
  };
  const handler = (edit: BodyEdit, depth: number) => { edits.push(edit); handlers.push({ edit, depth, site: false, free: false, branch: false, last: -1 }); };
  const r = new ByteReader(bytes, body.codeStart, body.bodyEnd);
  decodeExpression(r, {
    instruction: (op, at, end) => {
      if (handlers.length) {
        if (op === 0x07 || op === 0x19 || op === 0x18 || op === 0x0b) finish(stack.length);
        for (const h of handlers) {
          if (op >= 0x10 && op <= 0x15) {
            const k = site(CALL_OPS[op - 0x10]!, ulebAt(bytes, at + 1));
            if (k === 2) h.site = true; else if (k === 1) h.free = true;
          }
          if (BRANCHES.has(op)) h.branch = true;
          if (stack.length === h.depth) h.last = op;
        }
      }
      switch (op) {
        case 0x0f: edits.push({ at, kind: 0, depth: stack.length - 1 }); break;
        case 0x12: case 0x13: case 0x15: tailDepth.set(at, stack.length - 1); break;
        case 0x02: case 0x03: case 0x04: case 0x06:
          stack.push({ kind: op, targeted: false, headerEnd: end }); break;
        case 0x1f: {
          if (catches) {
            const c = new ByteReader(bytes, at + 1, end);
            skipBlockType(c);
            const n = c.u32leb('catch count');
            for (let i = 0; i < n; i++) {
              const kind = c.u8();
              if (kind < 2) c.u32leb('tag index');
              const label = c.u32leb('label');
              const target = stack[stack.length - 1 - label];
              if (!target) continue;
              if (target.kind === 0x03) edits.push({ at: target.headerEnd, kind: 1, depth: 0 }); // a loop's label: its start
              else target.targeted = true;
            }
          }
          stack.push({ kind: op, targeted: false, headerEnd: end });
          break;
        }
        case 0x07: case 0x19: if (catches) handler({ at: end, kind: 1, depth: 0 }, stack.length); break; // catch, catch_all
        case 0x0b: case 0x18: { // end, delegate
          const closed = stack.pop()!;
          if (closed.targeted) {
            if (stack.length === 0) restoreAtExit = true;
            else handler({ at: end, kind: 1, depth: 0 }, stack.length);
          }
          break;
        }
      }
    },
  }, `function ${body.index}`);
  finish(0);
  const kept = dropped.size ? edits.filter((e) => !dropped.has(e)) : edits;
  // (a restore placed at a loop's start is found before the instructions it precedes)
  kept.sort((a, b) => a.at - b.at || (a.kind === 0 ? 0 : 1) - (b.kind === 0 ? 0 : 1));
  return { edits: kept, tailDepth, restoreAtExit };
}
