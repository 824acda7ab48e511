import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import binaryen from 'binaryen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryReadError, CALL_OPS, readCodeLayout } from '../../../instrument/code-reader';
import { readSections } from '../../../instrument/wasm/module';
import { ByteReader } from '../../../instrument/byte-reader';
import { NO_HELPERS, rewriteBodyCode, rewriteInstructions, type CallAction, type CodeEnv } from '../../../instrument/binary/code';
import { Writer } from '../../../abi/writer';
import { DATA, HERE, concat, objdumpCalls, objdumpRefs, uleb, wasm } from './helpers';

const MODULES = readdirSync(DATA).filter((f) => f.endsWith('.wasm')).map((f) => f.slice(0, -5));
const OPCODE: Record<string, number> = { call: 0x10, call_indirect: 0x11, return_call: 0x12, return_call_indirect: 0x13, call_ref: 0x14, return_call_ref: 0x15 };

describe('readCodeLayout', () => {
  it('has fixture modules to check', () => {
    expect(MODULES.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of MODULES) {
    it(`finds exactly the calls wasm-objdump finds in ${name}.wasm`, () => {
      const layout = readCodeLayout(wasm(name));
      const got = layout.funcs.flatMap((f) => f.calls).map((c) => ({ offset: c.offset, op: c.op, callee: c.callee }));
      expect(got).toEqual(objdumpCalls(name));
    });
  }

  for (const name of MODULES) {
    it(`finds exactly the global.get/set and ref.func wasm-objdump finds in ${name}.wasm, each body owning its slice`, () => {
      const bytes = wasm(name);
      const layout = readCodeLayout(bytes);
      const { count, offset } = layout.refs;
      const OP: Record<number, string> = { 0x23: 'global.get', 0x24: 'global.set', 0xd2: 'ref.func' };
      const got = Array.from(offset.subarray(0, count), (at) => ({ offset: at, op: OP[bytes[at]!], index: new ByteReader(bytes, at + 1).u32leb('index') }));
      expect(got).toEqual(objdumpRefs(name));
      let next = 0;
      for (const f of layout.funcs) {
        expect(f.firstRef).toBe(next);
        for (let k = f.firstRef; k < f.endRef; k++) expect(offset[k]! >= f.codeStart && offset[k]! < f.bodyEnd).toBe(true);
        next = f.endRef;
      }
      expect(next).toBe(count);
    });
  }

  it('rewrites a body from the call reader\'s columns exactly as decoding it again does (renumbered indices, frames, sites, offset marks)', () => {
    const modules = [new Uint8Array(readFileSync(join(HERE, '../../../node_modules/sql.js/dist/sql-wasm.wasm'))), ...MODULES.map(wasm)];
    let bodies = 0, changed = 0;
    for (const bytes of modules) {
      const layout = readCodeLayout(bytes);
      for (const body of layout.funcs) {
        // every kind of action, by callee; indices moved so that some LEB128s grow by a byte
        const run = (f: (out: Writer, env: CodeEnv) => boolean) => {
          const log: number[] = [];
          const env: CodeEnv = {
            fn: (i) => (i < 3 ? i : i + 120), global: (g) => (g === 0 ? 0 : g + 2), tracing: 1, indirectSite: 7,
            helpers: { enter: 1, leave: 3, restore: 4, inlinedFree: -1 }, mark: (orig, outPos) => log.push(orig, outPos),
            restore: body.index % 5 === 0 ? { depth: 2, dsave: 9, before: true } : undefined,
            framed: { tok: 11, in: 12, dsave: 13, stok: 14, site: 15, depth: 2, edits: [] },
            call: (op, callee, at): CallAction => {
              log.push(at, callee);
              switch ((callee + at) % 8) {
                case 0: return { kind: 'retarget', index: callee + 1000, site: at };
                case 1: return { kind: 'site', site: at, pointer: at % 2 === 0, reset: at % 3 === 0, restore: at % 5 === 0, via: at % 5 === 1 ? 17 : -1 };
                case 2: return { kind: 'pointer', site: at };
                case 3: return op === 'call' ? { kind: 'retarget', index: 200 } : { kind: 'keep' };
                case 4: return { kind: 'frame', site: at, via: at % 7 === 0 ? 19 : -1 };
                case 5: return { kind: 'tail', pass: at % 2 === 0 };
                case 6: return { kind: 'untail', index: 300, site: at % 2 ? at : undefined, depth: 1 };
                default: return { kind: 'keep' };
              }
            },
          };
          const out = new Writer();
          const tok = f(out, env);
          return { bytes: Buffer.from(out.result), tok, log };
        };
        const decoded = run((out, env) => rewriteInstructions(new ByteReader(bytes, body.codeStart, body.bodyEnd), out, env, 11, 'f'));
        const columns = run((out, env) => rewriteBodyCode(bytes, layout, body, out, env, 11));
        expect(columns).toEqual(decoded);
        bodies++;
        if (!decoded.bytes.equals(Buffer.from(bytes.subarray(body.codeStart, body.bodyEnd)))) changed++;
      }
    }
    expect(bodies).toBeGreaterThan(1000);
    expect(changed).toBeGreaterThan(bodies / 2);
  });

  it('keeps the calls as columns in code order, each body owning its slice (what the objects repeat)', () => {
    const bytes = new Uint8Array(readFileSync(join(HERE, '../../../node_modules/sql.js/dist/sql-wasm.wasm')));
    const layout = readCodeLayout(bytes);
    const { op, callee, offset, count } = layout.calls;
    expect(count).toBeGreaterThan(1000);
    let next = 0;
    for (const f of layout.funcs) {
      expect(f.firstCall).toBe(next); // slices tile the columns in order
      next = f.endCall;
      expect(f.calls.map((c) => [c.op, c.callee, c.offset, c.funcIndex])).toEqual(
        Array.from({ length: f.endCall - f.firstCall }, (_, i) => [CALL_OPS[op[f.firstCall + i]!], callee[f.firstCall + i], offset[f.firstCall + i], f.index]));
      for (let k = f.firstCall; k < f.endCall; k++) expect(bytes[offset[k]!]).toBe(0x10 + op[k]!);
    }
    expect(next).toBe(count);
  });

  it('numbers functions after the imports and keeps bodies inside the code section', () => {
    const bytes = wasm('opcodes');
    const layout = readCodeLayout(bytes);
    const code = readSections(bytes).find((s) => s.id === 10)!;
    expect(layout.importedFuncCount).toBe(1);
    expect(layout.codeSectionPayloadStart).toBe(code.start);
    expect(layout.funcs.map((f) => f.index)).toEqual([1, 2]);
    for (const f of layout.funcs) {
      expect(f.bodyStart).toBeGreaterThan(code.start);
      expect(f.codeStart).toBeGreaterThan(f.bodyStart);
      expect(f.bodyEnd).toBeLessThanOrEqual(code.end);
      expect(bytes[f.bodyEnd - 1]).toBe(0x0b); // every body ends with `end`
      for (const c of f.calls) expect(c.funcIndex).toBe(f.index);
    }
  });

  // Modules from npm (Emscripten's sql.js, Rust's brotli-wasm, Playwright's codec): big, real,
  // without expectations on disk; a desynced walk would land calls on bytes that are not call opcodes.
  for (const mod of ['sql.js/dist/sql-wasm.wasm', 'brotli-wasm/pkg.node/brotli_wasm_bg.wasm']) {
    it(`walks every body of ${mod} and lands each call on its opcode`, () => {
      const bytes = new Uint8Array(readFileSync(join(HERE, '../../../node_modules', mod)));
      const layout = readCodeLayout(bytes);
      const calls = layout.funcs.flatMap((f) => f.calls);
      expect(calls.length).toBeGreaterThan(1000);
      for (const c of calls) expect(bytes[c.offset]).toBe(OPCODE[c.op]);
    });
  }

  it('decodes GC, typed function references and exnref (assembled by Binaryen)', () => {
    const m = binaryen.parseText(`
      (module
        (type $fn (func (param i32) (result i32)))
        (type $pt (struct (field (mut i32)) (field i64)))
        (type $arr (array (mut i32)))
        (tag $e (param i32))
        (func $a (export "a") (type $fn) (param $x i32) (result i32)
          (local $s (ref null $pt))
          (local.set $s (struct.new $pt (local.get $x) (i64.const 5)))
          (struct.set $pt 0 (ref.as_non_null (local.get $s)) (i32.const 1))
          (drop (array.new_fixed $arr 3 (i32.const 1) (i32.const 2) (i32.const 3)))
          (drop (array.len (array.new_default $arr (i32.const 4))))
          (drop (ref.test (ref i31) (ref.i31 (i32.const 7))))
          (drop (block $l (result (ref any))
            (br_on_cast $l anyref (ref i31) (ref.i31 (i32.const 8)))
            (drop) (ref.i31 (i32.const 9))))
          (drop (call_ref $fn (i32.const 2) (ref.func $b)))
          (drop (block $h (result i32)
            (try_table (catch $e $h) (drop (call $b (i32.const 3))))
            (i32.const 0)))
          (return_call_ref $fn (local.get $x) (ref.func $b)))
        (func $b (type $fn) (param i32) (result i32)
          (i31.get_s (ref.i31 (local.get 0)))))`);
    m.setFeatures(binaryen.Features.All);
    const bytes = m.emitBinary();
    m.dispose();
    const layout = readCodeLayout(bytes);
    const calls = layout.funcs.flatMap((f) => f.calls);
    expect(calls.map((c) => c.op)).toEqual(['call_ref', 'call', 'return_call_ref']);
    for (const c of calls) expect(bytes[c.offset]).toBe(OPCODE[c.op]);
    expect(calls[1]!.callee).toBe(1);
  });

  it('decodes legacy exception handling: try, catch, catch_all, delegate, throw, rethrow (assembled by Binaryen)', () => {
    const m = binaryen.parseText(`
      (module
        (type $fn (func (param i32) (result i32)))
        (tag $e (param i32))
        (func $a (export "a") (type $fn) (param $x i32) (result i32)
          (try $outer
            (do
              (try
                (do (drop (call $b (i32.const 1))))
                (delegate $outer))
              (try
                (do (throw $e (call $b (i32.const 2))))
                (catch $e (drop) (rethrow $outer))
                (catch_all (drop (call $b (i32.const 3))))))
            (catch_all (nop)))
          (call $b (local.get $x)))
        (func $b (type $fn) (param i32) (result i32) (local.get 0)))`);
    m.setFeatures(binaryen.Features.All);
    const bytes = m.emitBinary();
    m.dispose();
    const calls = readCodeLayout(bytes).funcs.flatMap((f) => f.calls);
    expect(calls.map((c) => `${c.op} ${c.callee}`)).toEqual(['call 1', 'call 1', 'call 1', 'call 1']);
    for (const c of calls) expect(bytes[c.offset]).toBe(OPCODE[c.op]);
    for (const op of [0x06, 0x07, 0x08, 0x09, 0x18, 0x19]) expect(bytes.includes(op)).toBe(true); // every legacy EH opcode is there
  });

  it('the rewrite decodes what the call reader decodes: GC and EH bodies copy through unchanged', () => {
    const m = binaryen.parseText(`
      (module
        (type $fn (func (param i32) (result i32)))
        (type $pt (struct (field (mut i32))))
        (tag $e (param i32))
        (func $a (type $fn) (param $x i32) (result i32)
          (drop (struct.new $pt (local.get $x)))
          (drop (block $h (result i32) (try_table (catch $e $h) (drop (call $a (i32.const 3)))) (i32.const 0)))
          (try (do (nop)) (catch_all (nop)))
          (i64.add128 (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)) (drop) (drop)
          (call_ref $fn (i32.const 2) (ref.func $a))))`);
    m.setFeatures(binaryen.Features.All);
    const bytes = m.emitBinary();
    m.dispose();
    const body = readCodeLayout(bytes).funcs[0]!;
    const out = new Writer();
    const env = { fn: (i: number) => i, global: (g: number) => g, call: () => ({ kind: 'keep' as const }), tracing: 0, indirectSite: -1, helpers: NO_HELPERS };
    rewriteInstructions(new ByteReader(bytes, body.codeStart, body.bodyEnd), out, env, 0, 'function 0');
    expect(Buffer.from(out.result).equals(Buffer.from(bytes.subarray(body.codeStart, body.bodyEnd)))).toBe(true);
  });

  describe('bad input', () => {
    const good = wasm('sites-O1');

    it('either reads a mutated module or throws BinaryReadError: no other error, no hang', () => {
      const code = readSections(good).find((s) => s.id === 10)!;
      fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 6 }), fc.boolean(), (flips, anywhere) => {
        const b = good.slice();
        for (const [at, v] of flips) b[anywhere ? at % b.length : code.start + (at % (code.end - code.start))] = v;
        try {
          readCodeLayout(b);
        } catch (e) {
          expect(e).toBeInstanceOf(BinaryReadError);
        }
      }), { numRuns: 200 });
    });

    it('refuses bytes that are not a module, quoting the magic', () => {
      expect(() => readCodeLayout(new TextEncoder().encode('hello, world!'))).toThrow(/not a wasm module: magic 0x6c6c6568/);
      expect(() => readCodeLayout(new Uint8Array([0, 0x61, 0x73]))).toThrow(BinaryReadError);
    });

    it('refuses another binary version (a component)', () => {
      const b = good.slice();
      b[4] = 0x0d; b[6] = 1;
      expect(() => readCodeLayout(b)).toThrow(/unsupported wasm binary version/);
    });

    it('refuses a truncated module', () => {
      expect(() => readCodeLayout(good.subarray(0, Math.floor(good.length / 2)))).toThrow(/runs past the end/);
    });

    it('names an unknown opcode and its offset instead of desyncing', () => {
      const b = good.slice();
      const f = readCodeLayout(good).funcs.find((x) => x.calls.length > 0)!;
      b[f.codeStart] = 0xff;
      expect(() => readCodeLayout(b)).toThrow(`function ${f.index}: unknown opcode 0xff at byte 0x${f.codeStart.toString(16)}`);
    });

    it('notices a body whose blocks do not close inside it', () => {
      // type () -> (), one function, body: block (no end) end
      const body = new Uint8Array([0x00, 0x02, 0x40, 0x0b]);
      const mod = concat([
        new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
        new Uint8Array([1, 4, 1, 0x60, 0, 0]),
        new Uint8Array([3, 2, 1, 0]),
        new Uint8Array([10]), uleb(body.length + 2), new Uint8Array([1]), uleb(body.length), body,
      ]);
      expect(() => readCodeLayout(mod)).toThrow(/function 0: body ends inside a block \(1 left open\)/);
    });
  });
});
