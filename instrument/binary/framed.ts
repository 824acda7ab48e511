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

import { ByteReader } from '../byte-reader';
import { decodeExpression } from '../wasm/instructions';
import { skipBlockType } from '../wasm/module';
import type { FuncBody } from '../code-reader';

/** An edit at a module offset that is not a call: `return` → `br depth`, or the restore inserted there. */
export interface BodyEdit {
  at: number;
  /** 0: the `return` at `at` becomes `br depth`; 1: the handler's restore goes in before the instruction at `at`. */
  kind: 0 | 1;
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

/** Decodes `body` once and finds its returns, tail calls and handlers (see above). */
export function scanFramed(bytes: Uint8Array, body: FuncBody, catches: boolean): FramedScan {
  const edits: BodyEdit[] = [];
  const tailDepth = new Map<number, number>();
  const stack: Open[] = [{ kind: 0, targeted: false, headerEnd: -1 }]; // the body's block
  let restoreAtExit = false;
  const r = new ByteReader(bytes, body.codeStart, body.bodyEnd);
  decodeExpression(r, {
    instruction: (op, at, end) => {
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
        case 0x07: case 0x19: if (catches) edits.push({ at: end, kind: 1, depth: 0 }); break; // catch, catch_all
        case 0x0b: case 0x18: { // end, delegate
          const closed = stack.pop()!;
          if (closed.targeted) {
            if (stack.length === 0) restoreAtExit = true;
            else edits.push({ at: end, kind: 1, depth: 0 });
          }
          break;
        }
      }
    },
  }, `function ${body.index}`);
  // (a restore placed at a loop's start is found before the instructions it precedes)
  edits.sort((a, b) => a.at - b.at || a.kind - b.kind);
  return { edits, tailDepth, restoreAtExit };
}
