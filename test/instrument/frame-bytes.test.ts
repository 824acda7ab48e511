// The bytes a framed function's entry and exit take (binary/rewrite.ts rewriteBody, docs/hook-abi.md
// "Deeper frames"): the body is wrapped in a block only when something leaves it early (a `return`,
// a tail call, a branch or a catch clause to the body's own label: the call reader's `toLabel`),
// and the inline entries of small bodies are left out, largest first, when the output would be
// more than OUTPUT_BOUND (1.3) times its input. The traces stay the same either way.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instrument, wasmFiles } from './validate';
import { recordingHooks } from './hooks';
import { watToWasm } from './wat';
import { readCodeLayout } from '../../instrument/code-reader';
import { ByteReader } from '../../instrument/byte-reader';
import { decodeExpression } from '../../instrument/wasm/instructions';
import { readModule } from '../../instrument/wasm/module';
import { readFunctionNames } from '../../instrument/names';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const leb = (n: number): number[] => { const out: number[] = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
const str = (s: string) => [...leb(s.length), ...new TextEncoder().encode(s)];
const section = (id: number, payload: number[]) => [id, ...leb(payload.length), ...payload];
const vec = (items: number[][]) => [...leb(items.length), ...items.flat()];

/**
 * A module assembled by hand (Binaryen's IR cannot branch to a function's own label: it wraps the
 * body in a block): a bump `malloc` and `free` named as wasi-libc names them, and four functions
 * that allocate: `viaBr` leaves by `br_if` to its own label, `viaTable` by `br_table` to it,
 * `plain` at its end, `nested` after a branch to an inner block; `main` calls each.
 */
const FUNCS: [name: string, type: number, body: number[]][] = [
  ['malloc', 0, [0x23, 0x00, 0x23, 0x00, 0x20, 0x00, 0x6a, 0x24, 0x00]],
  ['free', 1, []],
  ['viaBr', 0, [0x20, 0x00, 0x10, 0x00, 0x20, 0x00, 0x0d, 0x00, 0x1a, 0x41, 0x07, 0x10, 0x00]],
  ['viaTable', 0, [0x20, 0x00, 0x10, 0x00, 0x20, 0x00, 0x0e, 0x01, 0x00, 0x00]],
  ['plain', 0, [0x20, 0x00, 0x10, 0x00]],
  ['nested', 0, [0x02, 0x40, 0x20, 0x00, 0x0d, 0x00, 0x0b, 0x20, 0x00, 0x10, 0x00]],
  ['main', 2, [0x41, 0x0a, 0x10, 0x02, 0x41, 0x00, 0x10, 0x02, 0x6a, 0x41, 0x14, 0x10, 0x03, 0x6a, 0x41, 0x1e, 0x10, 0x04, 0x6a, 0x41, 0x28, 0x10, 0x05, 0x6a]],
];
const TO_LABEL = [false, false, true, true, false, false, false];

function exitsModule(): Uint8Array {
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x01, 0x7f, 0x01, 0x7f], [0x60, 0x01, 0x7f, 0x00], [0x60, 0x00, 0x01, 0x7f]])),
    ...section(3, vec(FUNCS.map(([, t]) => [t]))),
    ...section(5, vec([[0x00, 0x01]])),
    ...section(6, vec([[0x7f, 0x01, 0x41, ...leb(1024), 0x0b]])),
    ...section(7, vec([[...str('main'), 0x00, 6], [...str('memory'), 0x02, 0]])),
    ...section(10, vec(FUNCS.map(([, , code]) => { const b = [0x00, ...code, 0x0b]; return [...leb(b.length), ...b]; }))),
    ...section(0, [...str('name'), ...section(1, vec(FUNCS.map(([name], i) => [...leb(i), ...str(name)])))]),
  ]);
}

/** The opcodes of the output's body of function `name`, in order. */
function opcodes(bytes: Uint8Array, name: string): number[] {
  const module = readModule(bytes);
  const names = readFunctionNames(bytes, module.sections);
  const index = [...names].find(([, n]) => n === name)![0];
  const body = readCodeLayout(bytes, module).funcs.find((f) => f.index === index)!;
  const ops: number[] = [];
  decodeExpression(new ByteReader(bytes, body.codeStart, body.bodyEnd), { instruction(op) { ops.push(op); } }, name);
  return ops;
}

function trace(bytes: Uint8Array, sites: { functions: string[]; sites: number[][] }, nframe = 8) {
  const h = recordingHooks(nframe);
  const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>), { 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
  const result = ex.main();
  const name = (s: number) => (s === 0 ? '?' : sites.functions[sites.sites[s]![3]!]!);
  return { result, stack: h.stackDepth(), events: h.events.map((e) => `${e.type} ${e.size} @${e.sites.map(name).join('<')}`) };
}

/** Whether a branch of the body may target its own label: a second reading, by the instruction visitor. */
function toLabelByDecoding(bytes: Uint8Array, start: number, end: number): boolean {
  let depth = 1, found = false;
  decodeExpression(new ByteReader(bytes, start, end), {
    instruction(op, at, next) {
      const r = new ByteReader(bytes, at + 1, next);
      if (op === 0x0c || op === 0x0d || op === 0xd5 || op === 0xd6) { if (r.u32leb('label') === depth - 1) found = true; }
      else if (op === 0x0e) { const n = r.u32leb('n'); for (let i = 0; i <= n; i++) if (r.u32leb('label') === depth - 1) found = true; }
      else if (op === 0xfb) found = true; // (GC: conservatively)
      if (op === 0x02 || op === 0x03 || op === 0x04 || op === 0x06 || op === 0x1f) depth++;
      else if (op === 0x0b || op === 0x18) depth--;
    },
  }, 'a body');
  return found;
}

describe('a framed body in a block only when something leaves it early', () => {
  const input = exitsModule();
  const out = instrument(input);

  it('the call reader finds the branches to a body\'s own label', () => {
    expect(readCodeLayout(input).funcs.map((f) => f.toLabel)).toEqual(TO_LABEL);
  });

  it('and agrees with a second reading on every body of test/ and fixtures/', () => {
    let bodies = 0, toLabel = 0;
    const modules = [...wasmFiles(join(ROOT, 'test')), ...wasmFiles(join(ROOT, 'fixtures'))].map((p): [string, Uint8Array] => [p, new Uint8Array(readFileSync(p))]);
    for (const [path, bytes] of [...modules, ['by hand', input] as [string, Uint8Array]]) {
      let layout;
      try { layout = readCodeLayout(bytes); } catch { continue; } // (bad-input fixtures)
      for (const f of layout.funcs) {
        const want = toLabelByDecoding(bytes, f.codeStart, f.bodyEnd);
        if (f.toLabel !== want) expect({ path, body: f.index, toLabel: f.toLabel }).toEqual({ path, body: f.index, toLabel: want });
        bodies++;
        if (want) toLabel++;
      }
    }
    expect(bodies).toBeGreaterThan(10_000);
    expect(toLabel).toBe(2); // the hand-made module's (toolchains write `return`)
  });

  it('keeps the block where a branch leaves the body, and writes none elsewhere', () => {
    expect(out.stats.allocators.map((a) => a.name)).toEqual(['malloc', 'free']);
    const blocks = (name: string) => opcodes(out.bytes, name).filter((op) => op === 0x02).length;
    expect(blocks('viaBr')).toBe(1);
    expect(blocks('viaTable')).toBe(1);
    expect(blocks('plain')).toBe(0);
    expect(blocks('nested')).toBe(1); // its own
    expect(blocks('main')).toBe(0);
  });

  it('pops every frame on every way out: the traces of the original\'s calls, the stack empty after', () => {
    const plain = (new WebAssembly.Instance(new WebAssembly.Module(input as Uint8Array<ArrayBuffer>)).exports as Record<string, any>).main();
    for (const nframe of [1, 2, 8]) {
      const t = trace(out.bytes, out.sites, nframe);
      expect(t.result).toBe(plain);
      expect(t.stack).toBe(0);
      const want = ['alloc 10 @viaBr<main', 'alloc 0 @viaBr<main', 'alloc 7 @viaBr<main', 'alloc 20 @viaTable<main', 'alloc 30 @plain<main', 'alloc 40 @nested<main'];
      expect(t.events).toEqual(want.map((e) => e.split('<').slice(0, nframe).join('<')));
    }
  });
});

describe('the inline entries within OUTPUT_BOUND', () => {
  // A chain of N small functions, each calling the next (a frame site), the last calling malloc:
  // each a framed body under INLINE_ENTRY_BELOW bytes, of sizes that vary (`i % 40` drops); a
  // custom section of `pad` bytes sets how much room the output has. The rule (binary/rewrite.ts):
  // the output at most 1.3× the input, or 64 KiB more than it when that is more.
  const N = 2500;
  const chain = (pad: number) => {
    const fns = Array.from({ length: N }, (_, i) => `(func $f${i} (param $n i32) (result i32) ${'(drop (i32.const 0)) '.repeat(i % 40)}` +
      `(call ${i === N - 1 ? '$malloc' : `$f${i + 1}`} (i32.add (local.get $n) (i32.const 1))))`).join('\n');
    const bytes = watToWasm(`(module (memory (export "memory") 1) (global $bump (mut i32) (i32.const 1024))
      (func $malloc (export "malloc") (param $n i32) (result i32) (local $p i32)
        (local.set $p (global.get $bump)) (global.set $bump (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8)))) (local.get $p))
      (func $free (export "free") (param $p i32))
      ${fns}
      (func $main (export "main") (result i32) (call $f0 (i32.const 5))))`);
    return pad ? new Uint8Array([...bytes, ...section(0, [...str('padding'), ...new Array(pad).fill(0)])]) : bytes;
  };
  const bound = (input: Uint8Array) => Math.max(Math.floor(1.3 * input.length), input.length + 65536);

  it('writes every small body\'s entry out when there is room, fewer (the largest left out) when not, the traces the same', () => {
    const roomy = chain(1_000_000);
    const wide = instrument(roomy);
    expect(wide.bytes.length).toBeLessThan(bound(roomy));
    expect(helperCallers(wide.bytes)).toEqual([]); // every framed body's entry written out
    const tight = chain(0);
    const out = instrument(tight);
    expect(wide.bytes.length - roomy.length).toBeGreaterThan(bound(tight) - tight.length); // (all written out would not fit)
    expect(out.bytes.length).toBeLessThanOrEqual(bound(tight));
    const left = helperCallers(out.bytes);
    expect(left.length).toBeGreaterThan(N / 10);
    expect(left.length).toBeLessThan(N * 0.9);
    // the bodies left out are the largest
    const input = readModule(tight);
    const names = readFunctionNames(tight, input.sections);
    const size = new Map(readCodeLayout(tight, input).funcs.map((f) => [names.get(f.index)!, f.bodyEnd - f.codeStart]));
    const chained = [...size.keys()].filter((n) => /^f\d+$/.test(n));
    const inline = chained.filter((n) => !left.includes(n));
    expect(Math.max(...inline.map((n) => size.get(n)!))).toBeLessThan(Math.min(...left.map((n) => size.get(n)!)));
    for (const nframe of [1, 4, N + 10]) {
      const a = trace(wide.bytes, wide.sites, nframe), b = trace(out.bytes, out.sites, nframe);
      expect(b).toEqual(a);
      expect(b.stack).toBe(0);
    }
    expect(trace(out.bytes, out.sites, 3).events).toEqual([`alloc ${5 + N} @f${N - 1}<f${N - 2}<f${N - 3}`]);
  });
});

describe('large framed bodies', () => {
  // Until session 25 a framed body of 256 bytes or more called `$frame.enter` and `$frame.leave`
  // (two calls on every call, not tracing too); now every framed body has them written out while
  // the output is within OUTPUT_BOUND (bench/README.md, "notrace25"). Bodies of 300 bytes to
  // ~12 KB (the size classes past 1 KiB), each calling the next, the last malloc.
  const N = 12;
  const drops = (i: number) => 100 + i * i * 30;
  const bytes = watToWasm(`(module (memory (export "memory") 1) (global $bump (mut i32) (i32.const 1024))
    (func $malloc (export "malloc") (param $n i32) (result i32) (local $p i32)
      (local.set $p (global.get $bump)) (global.set $bump (i32.add (local.get $p) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8)))) (local.get $p))
    (func $free (export "free") (param $p i32))
    ${Array.from({ length: N }, (_, i) => `(func $f${i} (param $n i32) (result i32) ${'(drop (i32.const 0)) '.repeat(drops(i))}` +
      `(call ${i === N - 1 ? '$malloc' : `$f${i + 1}`} (i32.add (local.get $n) (i32.const 1))))`).join('\n')}
    (func $main (export "main") (result i32) (call $f0 (i32.const 5))))`);

  it('have their entries written out, the traces as the helpers gave', () => {
    const input = readModule(bytes);
    const names = readFunctionNames(bytes, input.sections);
    const sizes = readCodeLayout(bytes, input).funcs.filter((f) => /^f\d+$/.test(names.get(f.index)!)).map((f) => f.bodyEnd - f.codeStart);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(256);
    expect(Math.max(...sizes)).toBeGreaterThan(8192);
    const out = instrument(bytes);
    expect(helperCallers(out.bytes)).toEqual([]);
    for (const nframe of [1, 3, N + 5]) {
      const t = trace(out.bytes, out.sites, nframe);
      expect(t.stack).toBe(0);
      const frames = [`f${N - 1}`, ...Array.from({ length: N - 1 }, (_, i) => `f${N - 2 - i}`), 'main'];
      expect(t.events).toEqual([`alloc ${5 + N} @${frames.slice(0, nframe).join('<')}`]);
    }
  });
});

/** The functions of `bytes`, by name, whose body calls the `$frame.enter` helper (its entry not written out). */
function helperCallers(bytes: Uint8Array): string[] {
  const module = readModule(bytes);
  const names = readFunctionNames(bytes, module.sections);
  const helper = [...names].find(([, n]) => n === 'wasm-tracemalloc.frame.enter')?.[0] ?? -1;
  const layout = readCodeLayout(bytes, module);
  return layout.funcs.filter((f) => {
    for (let k = f.firstCall; k < f.endCall; k++) if (layout.calls.callee[k] === helper) return true;
    return false;
  }).map((f) => names.get(f.index)!).filter((n) => /^(f\d+|main)$/.test(n)); // (not the allocators' entries)
}
