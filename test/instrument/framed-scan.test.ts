// A framed function's returns, tail calls and handlers (binary/framed.ts) are found from what the
// call reader kept of the first decode (`layout.exits`, `layout.flow`, the calls), not by decoding
// the body again. The oracle here is the decode-based scan framed.ts replaced (session 18's, kept
// below as it was): every body of every module at hand — the legacy try/catch of em++
// -fwasm-exceptions, the same translated to try_table by Binaryen, JS exceptions, setjmp, Rust,
// AssemblyScript, sql.js — must give the same edits, tail depths and exit restore, with a site
// kind per callee that varies so that the handlers' site/free/cleanup rules all run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { describe, expect, it } from 'vitest';
import { ByteReader, ulebAt } from '../../instrument/byte-reader';
import { readCodeLayout, type FuncBody } from '../../instrument/code-reader';
import { scanFramed, type BodyEdit, type FramedScan } from '../../instrument/binary/framed';
import { CALL_OPS, decodeExpression, type CallOp } from '../../instrument/wasm/instructions';
import { skipBlockType } from '../../instrument/wasm/module';
import { ROOT } from '../cli/cli-process';
import { BINARYEN_FEATURES, toExnref, wasmFiles } from './validate';

interface Open { kind: number; targeted: boolean; headerEnd: number }
interface Handler { edit: BodyEdit; depth: number; site: boolean; free: boolean; branch: boolean; last: number }
const LEAVES = new Set([0x08, 0x09, 0x0a, 0x00]);
const BRANCHES = new Set([0x0c, 0x0d, 0x0e, 0xd5, 0xd6, 0xfb]);

/** Session 18's scanFramed: one more decode of the body, a visitor call per instruction. */
function scanByDecoding(bytes: Uint8Array, body: FuncBody, catches: boolean, site: (op: CallOp, callee: number) => number): FramedScan {
  const edits: BodyEdit[] = [];
  const tailDepth = new Map<number, number>();
  const stack: Open[] = [{ kind: 0, targeted: false, headerEnd: -1 }];
  let restoreAtExit = false;
  const handlers: Handler[] = [];
  const dropped = new Set<BodyEdit>();
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
              if (target.kind === 0x03) edits.push({ at: target.headerEnd, kind: 1, depth: 0 });
              else target.targeted = true;
            }
          }
          stack.push({ kind: op, targeted: false, headerEnd: end });
          break;
        }
        case 0x07: case 0x19: if (catches) handler({ at: end, kind: 1, depth: 0 }, stack.length); break;
        case 0x0b: case 0x18: {
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
  kept.sort((a, b) => a.at - b.at || (a.kind === 0 ? 0 : 1) - (b.kind === 0 ? 0 : 1));
  return { edits: kept, tailDepth, restoreAtExit };
}


// What the builds above meet rarely: a try_table clause that targets the function's own label (a
// restore after the body's block), a targeted loop, `delegate`, a handler that branches out,
// cleanup pads (rethrow, throw, unreachable; with a free, with a site, after a nested block), a
// return inside a handler's try and a tail call.
const RARE = `
(module
  (import "env" "f" (func $f (param i32)))
  (import "env" "free" (func $free (param i32)))
  (tag $t (param i32))
  (func $g (param i32) (result i32) (local.get 0))
  (func $exit (export "exit") (param i32)
    (try_table (catch_all 0)
      (call $f (local.get 0)))
    (if (local.get 0) (then (return)))
    (call $f (i32.const 1)))
  (func $loop (export "loop") (param i32) (result i32)
    (loop $l
      (drop (block $b (result i32)
        (try_table (catch_all $l) (catch $t $b)
          (call $f (local.get 0)))
        (i32.const 0)))
      (try_table (catch_all $l)
        (call $f (local.get 0))))
    (return_call $g (local.get 0)))
  (func $legacy (export "legacy") (param i32) (result i32)
    (block $out (result i32)
      (try $a (result i32)
        (do (call $f (local.get 0)) (return (i32.const 1)))
        (catch $t
          (drop)
          (try
            (do (call $f (i32.const 2)))
            (delegate $a))
          (br $out (i32.const 5)))
        (catch_all
          (call $free (local.get 0))
          (rethrow $a)))))
  (func $pads (export "pads") (param i32)
    (try
      (do (try (do (call $f (local.get 0))) (catch_all (call $free (i32.const 0)) (rethrow 0))))
      (catch_all (call $f (i32.const 3)) (throw $t (i32.const 1))))
    (try (do (call $f (local.get 0))) (catch_all (unreachable)))
    (try (do (call $f (local.get 0))) (catch_all (block (nop)) (unreachable)))
    (try (do (call $f (local.get 0))) (catch_all (if (local.get 0) (then (unreachable))) (throw $t (i32.const 2))))
    (try $p (do (call $f (local.get 0))) (catch_all (if (local.get 0) (then (rethrow $p)))))
    (block $o (try (do (call $f (local.get 0))) (catch_all (br_if $o (local.get 0)) (unreachable)))))
)`;

function assemble(text: string): Uint8Array {
  const m = binaryen.parseText(text);
  try {
    m.setFeatures(BINARYEN_FEATURES);
    if (!m.validate()) throw new Error('invalid test module');
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

/**
 * A try_table clause that targets the function's own label (Binaryen's IR cannot say it: it wraps
 * the body in a block), assembled by hand: `(func (param i32) (try_table (catch_all 0) (call $f
 * (local.get 0))) (if (local.get 0) (then (return))))`.
 */
function functionLabelModule(): Uint8Array {
  const section = (id: number, payload: number[]) => [id, payload.length, ...payload];
  const body = [0x00, 0x1f, 0x40, 0x01, 0x02, 0x00, 0x20, 0x00, 0x10, 0x00, 0x0b, 0x20, 0x00, 0x04, 0x40, 0x0f, 0x0b, 0x0b];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x01, 0x7f, 0x00]),
    ...section(2, [0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00, 0x00]),
    ...section(3, [0x01, 0x00]),
    ...section(10, [0x01, body.length, ...body]),
  ]);
}

describe('scanFramed from the first decode', () => {
  const catching = ['catches-wasm-O2-g', 'leave-wasm-O2-g', 'exc-wasm-Os-sourcemap', 'wjmp-O2-g', 'hub-em-Oz-memvalidate-g']
    .map((n) => new Uint8Array(readFileSync(join(ROOT, 'test', 'corpus', 'built', `${n}.wasm`))));
  const modules: [string, Uint8Array][] = [
    ...[...wasmFiles(join(ROOT, 'test')), ...wasmFiles(join(ROOT, 'fixtures')), join(ROOT, 'node_modules/sql.js/dist/sql-wasm.wasm')]
      .map((p): [string, Uint8Array] => [p.slice(ROOT.length + 1), new Uint8Array(readFileSync(p))]),
    ...catching.map((b, i): [string, Uint8Array] => [`exnref ${i}`, toExnref(b)]),
    ['rare', assemble(RARE)],
    ['function label', functionLabelModule()],
  ];

  it('reads the rare module as written: each of its cases is met', () => {
    const bytes = assemble(RARE);
    const layout = readCodeLayout(bytes);
    const site = (op: CallOp, callee: number) => (callee === 1 ? 1 : 2); // import 1 is the free
    const [, exit, loop, legacy, pads] = layout.funcs.map((b) => scanFramed(bytes, layout, b, site));
    expect(exit!.edits.map((e) => e.kind)).toEqual([0, 1]); // the return, then after the targeted block (Binaryen's)
    expect(loop!.edits.filter((e) => e.kind === 1)).toHaveLength(3); // the loop's start, twice, and the block's end
    expect([...loop!.tailDepth.values()]).toEqual([0]);
    expect(legacy!.edits.map((e) => [e.kind, e.depth])).toEqual([[0, 2], [1, 0], [2, 0]]); // the return in the try body; the catch with a site and a branch; the pad that frees and rethrows
    // pads: the inner pad frees only (the guard); the outer handler's site keeps its restore; the
    // three pads that end by unreachable or throw at their own depth have nothing; one whose last
    // instruction is an `if` keeps its restore, one with a branch too
    expect(pads!.edits.map((e) => e.kind)).toEqual([2, 1, 1, 1]);

    const own = functionLabelModule();
    const ownLayout = readCodeLayout(own);
    const scan = scanFramed(own, ownLayout, ownLayout.funcs[0]!, site);
    expect(scan.restoreAtExit).toBe(true);
    expect(scan.edits).toEqual([{ at: ownLayout.funcs[0]!.bodyEnd - 3, kind: 0, depth: 1 }]); // the return, inside the if
  });

  it('gives every body the edits, tail depths and exit restore of decoding it again', () => {
    let bodies = 0, catchingBodies = 0, handlerEdits = 0, guardOnly = 0, returns = 0, tails = 0, atExit = 0, tryTables = 0, read = 0;
    for (const [name, bytes] of modules) {
      let layout;
      try { layout = readCodeLayout(bytes); } catch { continue; } // (bad-input fixtures)
      read++;
      for (const body of layout.funcs) {
        // a site kind per callee that varies with it: 0 no site, 1 a free's, 2 any other
        const site = (op: CallOp, callee: number) => (op === 'call' ? (callee * 7 + body.index) % 3 : (callee + body.index) % 2 ? 2 : 0);
        const want = scanByDecoding(bytes, body, body.catches, site);
        const got = scanFramed(bytes, layout, body, site);
        if (JSON.stringify([got.edits, [...got.tailDepth], got.restoreAtExit]) !== JSON.stringify([want.edits, [...want.tailDepth], want.restoreAtExit])) {
          expect({ name, body: body.index, ...got, tailDepth: [...got.tailDepth] }).toEqual({ name, body: body.index, ...want, tailDepth: [...want.tailDepth] });
        }
        bodies++;
        if (body.catches) catchingBodies++;
        for (const e of want.edits) {
          if (e.kind === 0) returns++; else handlerEdits++;
          if (e.kind === 2) guardOnly++;
        }
        tails += want.tailDepth.size;
        if (want.restoreAtExit) atExit++;
        for (let k = body.firstFlow; k < body.endFlow; k++) if (bytes[layout.flow.offset[k]!] === 0x1f) tryTables++;
      }
    }
    // what the comparison covered (each rule met many times)
    expect(read).toBeGreaterThan(100);
    expect(bodies).toBeGreaterThan(20000);
    expect(catchingBodies).toBeGreaterThan(300);
    expect(handlerEdits).toBeGreaterThan(400);
    expect(guardOnly).toBeGreaterThan(100);
    expect(returns).toBeGreaterThan(5000);
    expect(tails).toBeGreaterThan(5);
    expect(tryTables).toBeGreaterThan(200);
    expect(atExit).toBeGreaterThan(0);
  });
});
