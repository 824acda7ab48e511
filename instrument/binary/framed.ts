// Rewrite: where a framed function's body changes besides its calls (docs/hook-abi.md, "Deeper
// frames"). A framed function pushes its caller's site once, at entry, and pops it at its one exit:
// its body is wrapped in a block, so every `return` becomes a `br` to that block (no pop inside a
// `try` body), and a tail call that must keep the frame becomes a call and a `br`. After a throw
// caught here, the shadow stack and the guard are put back at the handler: at the start of each
// legacy `catch`/`catch_all` body, and right after the `end` of each block a `try_table` catch
// clause targets (the start of a targeted `loop`). The body is not decoded again: the call reader
// kept its exits with their depths, and, when it catches, the offsets of its control instructions
// (code-reader.ts `layout.exits`, `layout.flow`), which with its calls are all this reads.
//
// Before:                                     After:
//   (func $f (result i32)                       (func $f (result i32) (local $tok i32) …
//                                                 (local.set $tok (call $frame.enter (global.get $site)))
//                                                 (block (result i32)
//     (try (do … (return (i32.const 1)) …)          (try (do … (br 1 (i32.const 1)) …)
//       (catch_all …))                                (catch_all (call $frame.restore …) …))
//     …)                                            …)
//                                                 (call $frame.leave (local.get $tok)))

import { ByteReader } from '../byte-reader';
import { CALL_OPS, type CallOp } from '../wasm/instructions';
import { skipBlockType } from '../wasm/module';
import type { CodeLayout, FuncBody } from '../code-reader';

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
interface Handler { edit: BodyEdit; depth: number; site: boolean; free: boolean; branch: boolean }

/** Where the LEB128 at `p` ends. */
function lebEnd(b: Uint8Array, p: number): number {
  while (b[p++]! >= 0x80);
  return p;
}

/**
 * Finds the returns, tail calls and handlers of `body` (see above). `site`: whether a call is a site
 * (0: no, 1: a free's, 2: any other). A handler with no branch that ends by throwing again (a C++
 * cleanup pad: destructors, then `rethrow`; its last instruction at its own depth is `throw`,
 * `rethrow`, `throw_ref` or `unreachable`) and has no site but frees gets only the guard back (a
 * free reads it, no frame), or nothing when it has no site at all: the handler that catches the
 * throw restores the rest — a restore call there would be a call inside the enclosing `try`, an
 * exceptional edge of its own.
 */
export function scanFramed(bytes: Uint8Array, layout: CodeLayout, body: FuncBody, site: (op: CallOp, callee: number) => number): FramedScan {
  const edits: BodyEdit[] = [];
  const tailDepth = new Map<number, number>();
  const exits = layout.exits;
  for (let k = body.firstExit; k < body.endExit; k++) {
    const at = exits.offset[k]!;
    if (bytes[at] === 0x0f) edits.push({ at, kind: 0, depth: exits.depth[k]! });
    else tailDepth.set(at, exits.depth[k]!);
  }
  if (!body.catches) return { edits, tailDepth, restoreAtExit: false };

  const stack: Open[] = [{ kind: 0, targeted: false, headerEnd: -1 }]; // the body's block
  let restoreAtExit = false;
  const handlers: Handler[] = [];
  const dropped = new Set<BodyEdit>();
  // Where the last throw, rethrow, throw_ref or unreachable met ends: a handler closed right there
  // never completes (nothing follows it at the handler's own depth).
  let leaveEnd = -1;
  // A handler ends at the catch/catch_all/delegate/end that continues or closes its block.
  const finish = (depth: number, at: number) => {
    while (handlers.length && handlers[handlers.length - 1]!.depth >= depth) {
      const h = handlers.pop()!;
      if (!h.site && !h.branch && leaveEnd === at) {
        if (h.free) h.edit.kind = 2;
        else dropped.add(h.edit);
      }
    }
  };
  const handler = (edit: BodyEdit, depth: number) => { edits.push(edit); handlers.push({ edit, depth, site: false, free: false, branch: false }); };
  const flow = layout.flow.offset;
  const calls = layout.calls;
  let c = body.firstCall;
  for (let k = body.firstFlow; k < body.endFlow; k++) {
    const at = flow[k]!;
    const op = bytes[at]!;
    // the calls before this instruction, in the handlers open since the one before
    if (handlers.length) {
      for (; c < body.endCall && calls.offset[c]! < at; c++) {
        const s = site(CALL_OPS[calls.op[c]!]!, calls.callee[c]!);
        if (s === 2) for (const h of handlers) h.site = true;
        else if (s === 1) for (const h of handlers) h.free = true;
      }
      if (op === 0x07 || op === 0x19 || op === 0x18 || op === 0x0b) finish(stack.length, at);
    } else {
      while (c < body.endCall && calls.offset[c]! < at) c++;
    }
    switch (op) {
      case 0x00: case 0x0a: leaveEnd = at + 1; break; // unreachable throw_ref
      case 0x08: case 0x09: leaveEnd = lebEnd(bytes, at + 1); break; // throw rethrow
      case 0x0c: case 0x0d: case 0x0e: case 0xd5: case 0xd6: case 0xfb: // branches
        for (const h of handlers) h.branch = true;
        break;
      case 0x03: { // loop: a clause targeting it restores at its start
        const r = new ByteReader(bytes, at + 1, body.bodyEnd);
        skipBlockType(r);
        stack.push({ kind: op, targeted: false, headerEnd: r.pos });
        break;
      }
      case 0x02: case 0x04: case 0x06:
        stack.push({ kind: op, targeted: false, headerEnd: -1 }); break;
      case 0x1f: {
        const r = new ByteReader(bytes, at + 1, body.bodyEnd);
        skipBlockType(r);
        const n = r.u32leb('catch count');
        for (let i = 0; i < n; i++) {
          const kind = r.u8();
          if (kind < 2) r.u32leb('tag index');
          const label = r.u32leb('label');
          const target = stack[stack.length - 1 - label];
          if (!target) continue;
          if (target.kind === 0x03) edits.push({ at: target.headerEnd, kind: 1, depth: 0 }); // a loop's label: its start
          else target.targeted = true;
        }
        stack.push({ kind: op, targeted: false, headerEnd: -1 });
        break;
      }
      case 0x07: handler({ at: lebEnd(bytes, at + 1), kind: 1, depth: 0 }, stack.length); break; // catch
      case 0x19: handler({ at: at + 1, kind: 1, depth: 0 }, stack.length); break; // catch_all
      case 0x0b: case 0x18: { // end, delegate
        const closed = stack.pop()!;
        if (closed.targeted) {
          if (stack.length === 0) restoreAtExit = true;
          else handler({ at: op === 0x0b ? at + 1 : lebEnd(bytes, at + 1), kind: 1, depth: 0 }, stack.length);
        }
        break;
      }
    }
  }
  finish(0, -2);
  const kept = dropped.size ? edits.filter((e) => !dropped.has(e)) : edits;
  // (a restore placed at a loop's start is found before the instructions it precedes)
  kept.sort((a, b) => a.at - b.at || (a.kind === 0 ? 0 : 1) - (b.kind === 0 ? 0 : 1));
  return { edits: kept, tailDepth, restoreAtExit };
}
