// Emscripten's JS-based exceptions (docs/hook-abi.md, "Traps and throws" 2): a call that may throw
// goes through an `env.invoke_*` import, JS that calls the table's function at its first
// argument. The call graph takes such an import for a call_indirect of its signature without that
// argument (instrument/call-graph.ts trampolines()): the invoke call is a frame, frame 0 when it
// lands in an allocator's entry, and its caller puts back the shadow stack and the guard a JS
// exception caught by the glue left behind. Found by test/corpus's exc-O3-g (em++ -fexceptions):
// every allocation under an invoke_* lost its caller's line.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binaryenText, instrument } from './validate';
import { trampolines } from '../../instrument/call-graph';
import { readModule } from '../../instrument/wasm/module';
import { recordingHooks } from './hooks';
import { watToWasm } from './wat';

const WAT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'invoke.wat'), 'utf8');
// The same with a function that is never called and makes 16 more invoke_ii and invoke_vi calls:
// an import called from that many frame sites gets a helper that sets `$site`, calls it and
// restores after it, and each site calls that helper (binary/rewrite.ts HELPED_SITES).
const MANY = Array.from({ length: 16 }, () => '(call $invoke_vi (i32.const 2) (local.get $n)) (drop (call $invoke_ii (i32.const 1) (local.get $n)))').join(' ');
const WAT_HELPED = WAT.replace(/\)\s*$/, `  (func $many (param $n i32) ${MANY}))`);

/** Each function of `bytes` that calls an invoke_* import, by name (Binaryen's text). */
function invokeCallers(bytes: Uint8Array): string[] {
  const text = binaryenText(bytes);
  return text.split(/\n \(func /).slice(1).filter((f) => /\(call \$invoke_/.test(f)).map((f) => f.match(/^\S+/)![0]);
}

function run(bytes: Uint8Array, nframe: number) {
  const h = recordingHooks(nframe);
  let ex: Record<string, any> = {};
  const invoke = (index: number, ...args: number[]) => {
    ex.stackSave(); // as Emscripten's glue does before the call
    try {
      return (ex.table as WebAssembly.Table).get(index)(...args);
    } catch (e) {
      if (!(e instanceof Error && e.message === 'C++ exception')) throw e;
      return 0; // the glue's setThrew: the caller's landing pad runs
    }
  };
  const env = {
    invoke_ii: invoke, invoke_vi: invoke,
    thrower: () => { throw new Error('C++ exception'); },
  };
  ex = new WebAssembly.Instance(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>),
    { env, 'wasm-tracemalloc': h.imports } as WebAssembly.Imports).exports as Record<string, any>;
  return { h, ex };
}

describe.each([['written out at each site', WAT], ['through a helper per import', WAT_HELPED]])('Emscripten invoke_* (JS exceptions), restores %s', (_how, wat) => {
  const out = instrument(watToWasm(wat));
  const name = (s: number) => (s === 0 ? '?' : out.sites.functions[out.sites.sites[s]![3]!]!);
  const trace = (h: ReturnType<typeof recordingHooks>) => h.events.filter((e) => e.type === 'alloc').map((e) => `${e.size} @${e.sites.map(name).join('<')}`);

  it('the invoke call is a frame, and frame 0 where it lands in an allocator', () => {
    const { h, ex } = run(out.bytes, 4);
    ex.outer(10);
    expect(trace(h)).toEqual([
      '10 @work<line<outer', // invoke_vi(work): the invoke call is line's frame
      '11 @line<outer', // invoke_ii(malloc): operator new through the glue, frame 0
      '12 @make<line<outer',
      '13 @deeper<fails<line<outer', // then it throws: its frames stay pushed
      // malloc(14) threw from inside the allocator; the glue caught it, line goes on
      '15 @line<outer', // line's own call, after both
    ]);
    expect(h.stackDepth()).toBe(0);
    expect(h.depth.value).toBe(0);
  });

  it('after a JS exception the caller of invoke_* puts back the stack and the guard', () => {
    const { h, ex } = run(out.bytes, 1);
    ex.line(20);
    // the allocation after the caught throws: recorded (guard restored), at line's own site
    expect(trace(h).at(-1)).toBe('25 @line');
    expect(h.depth.value).toBe(0);
    expect(h.stackDepth()).toBe(0);
  });

  it('same results as the original module', () => {
    const { ex } = run(out.bytes, 3);
    const plain = run(watToWasm(wat), 0).ex;
    ex.outer(1);
    plain.outer(1);
    expect(ex.malloc(3)).toBe(plain.malloc(3)); // the bump pointer: the same blocks were made
  });
});

describe('invoke_* sites through a helper', () => {
  it('an import called from 16 frame sites is called only from its helper; one called from fewer, from its callers', () => {
    expect(invokeCallers(instrument(watToWasm(WAT_HELPED)).bytes).sort()).toEqual(['$wasm-tracemalloc.site.invoke_ii', '$wasm-tracemalloc.site.invoke_vi']);
    expect(invokeCallers(instrument(watToWasm(WAT)).bytes)).toEqual(['$line']);
  });
});

describe('trampolines(): the table signature an invoke_* import calls', () => {
  it('reads it from the name: a legalised i64 (no WASM_BIGINT) is one i64 of the target', () => {
    const bytes = watToWasm(`(module
      (import "env" "invoke_ii" (func (param i32 i32) (result i32)))
      (import "env" "invoke_viji" (func (param i32 i32 i32 i32 i32)))
      (import "env" "invoke_jii" (func (param i32 i32 i32) (result i32)))
      (import "env" "invoke_vd" (func (param i32 f64)))
      (import "env" "invoke_vi" (func (param i32 i32 i32)))
      (import "env" "log" (func (param i32)))
      (import "other" "invoke_v" (func (param i32))))`);
    const keys = trampolines(readModule(bytes));
    expect(Object.fromEntries(keys)).toEqual({
      0: [0x60, 1, 0x7f, 1, 0x7f].join(','), // (i32) -> i32
      1: [0x60, 3, 0x7f, 0x7e, 0x7f, 0].join(','), // (i32, i64, i32)
      2: [0x60, 2, 0x7f, 0x7f, 1, 0x7e].join(','), // (i32, i32) -> i64, the result legalised too
      3: [0x60, 1, 0x7c, 0].join(','), // (f64)
      // invoke_vi with two arguments after the index: not what its name says, no edge; nor
      // other imports, nor another module's
    });
  });
});
