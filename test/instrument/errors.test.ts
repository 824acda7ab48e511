// Bad input gets one InstrumentError line that says what is wrong — never a Binaryen abort, a
// stack trace or a silently wrong module.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument, InstrumentError } from '../../instrument/index';
import { watToWasm } from './wat';

const libc = watToWasm(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'wat', 'libc.wat'), 'utf8'));
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const module = (...sections: number[][]) => new Uint8Array([...HEADER, ...sections.flat()]);

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InstrumentError);
    const text = (e as Error).message;
    expect(text).not.toContain('\n');
    return text;
  }
  throw new Error('expected an InstrumentError');
}

describe('bad input', () => {
  it('not wasm', () => {
    expect(message(() => instrument(new TextEncoder().encode('hello world')))).toBe(
      'not a wasm module: magic 0x6c6c6568, expected 0x6d736100 ("\\0asm") at byte 0x0');
    expect(message(() => instrument(new Uint8Array([0, 0x61, 0x73])))).toBe(
      'not a wasm module: 3 bytes, expected at least the 8-byte header at byte 0x0');
    expect(message(() => instrument(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0])))).toBe(
      'unsupported wasm binary version 2 (expected 1; components and other layers are not modules) at byte 0x4');
    expect(message(() => instrument('app.wasm' as unknown as Uint8Array))).toBe(
      "expected the module's bytes as a Uint8Array, got string");
  });

  it('truncated', () => {
    const cut = libc.subarray(0, libc.length - 40);
    expect(message(() => instrument(cut))).toMatch(
      new RegExp(`^section \\d+ of \\d+ bytes runs past the end of the ${cut.length}-byte module at byte 0x[0-9a-f]+$`));
  });

  it('invalid: the engine rejects a function body', () => {
    // (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.add) with i32.add → f32.add
    const bad = module([0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f], [0x03, 0x02, 0x01, 0x00],
      [0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x92, 0x0b]);
    expect(message(() => instrument(bad))).toMatch(/^invalid wasm module: WebAssembly\.Module\(\): Compiling function #0 failed: .*f32/);
  });

  it('memory64, shared memory, multi-memory', () => {
    const refusal = (what: string) => `cannot instrument: the module uses ${what}, which wasm-tracemalloc does not support (hook ABI version 1)`;
    expect(message(() => instrument(module([0x05, 0x03, 0x01, 0x04, 0x01])))).toBe(refusal('memory64 (a 64-bit memory)'));
    const shared = /^cannot instrument: the module uses a shared memory \(threads\), traced only where every thread that runs it gets the threaded core: in Node under --import wasm-tracemalloc\/register; elsewhere instrument it with `threads: true` \(the CLI's --threads\) and call start\(\) before the program makes its workers/;
    expect(message(() => instrument(module([0x05, 0x04, 0x01, 0x03, 0x01, 0x01])))).toMatch(shared);
    // with `threads: true` it is instrumented (no allocator in this one: returned unchanged)
    expect(instrument(module([0x05, 0x04, 0x01, 0x03, 0x01, 0x01]), { threads: true, allowNoAllocator: true }).profile).toBe('none');
    expect(message(() => instrument(module([0x05, 0x05, 0x02, 0x00, 0x01, 0x00, 0x01])))).toBe(refusal('2 memories (multi-memory)'));
    // an imported shared memory: (import "env" "memory" (memory 1 1 shared))
    expect(message(() => instrument(module([0x02, 0x10, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x03, 0x01, 0x01]))))
      .toMatch(shared);
  });

  it('GC (exception handling is not refused: test/users/exceptions.test.ts)', () => {
    const refusal = (what: string) => `cannot instrument: the module uses ${what}, which wasm-tracemalloc does not support (hook ABI version 1)`;
    expect(message(() => instrument(module([0x01, 0x04, 0x01, 0x60, 0x00, 0x00], [0x0d, 0x03, 0x01, 0x00, 0x00]))))
      .toMatch(/^no allocator found/); // a tag section: read past, on to the allocator search
    expect(message(() => instrument(module([0x01, 0x03, 0x01, 0x5f, 0x00])))).toBe(refusal('GC types (type form 0x5f at byte 0xb)'));
  });

  it('a relocatable object file', () => {
    const linking = [0x00, 0x0a, 0x07, ...new TextEncoder().encode('linking'), 0x02, 0x00];
    expect(message(() => instrument(module(linking)))).toBe(
      'cannot instrument a relocatable object file (it has a "linking" section): link it first, then instrument the linked module');
  });

  it('already instrumented', () => {
    const once = instrument(libc).bytes;
    expect(message(() => instrument(once))).toBe(
      'module is already instrumented (it has a "wasm-tracemalloc.sites" section): instrument the original module instead');
  });

  it('options of the wrong shape', () => {
    expect(message(() => instrument(libc, { alloc: 'malloc' as unknown as string[] }))).toBe(
      'options.alloc must be an array of names, export names or function indices, got "malloc"');
    expect(message(() => instrument(libc, { free: [{ function: 1.5 }] }))).toBe(
      'options.free: no function 1.5 in the module (expected a name from the name section, an export name, or an index below 6)');
  });
  it('says its kind, and the option and value it is about, in fields (what the CLI words with its flags)', () => {
    const fields = (f: () => unknown) => {
      try { f(); } catch (e) {
        const { code, option, value } = e as InstrumentError;
        return { code, option, value, cli: (e as InstrumentError).describe({ option: (o) => `--${o}`, naming: (a, f2) => `-a ${a} -f ${f2}`, detectOff: '-n' }) };
      }
      throw new Error('expected an InstrumentError');
    };
    expect(fields(() => instrument(new Uint8Array([0, 0x61, 0x73])))).toMatchObject({ code: 'invalid-module', option: undefined });
    expect(fields(() => instrument(module([0x05, 0x03, 0x01, 0x04, 0x01])))).toMatchObject({ code: 'unsupported' });
    expect(fields(() => instrument(instrument(libc).bytes))).toMatchObject({ code: 'already-instrumented' });
    expect(fields(() => instrument(libc, { free: [7] }))).toEqual({ code: 'bad-option', option: 'free', value: 7,
      cli: '--free: no function 7 in the module (expected a name from the name section, an export name, or an index below 6)' });
    expect(fields(() => instrument(libc, { families: ['c++', 'cobol'] }))).toMatchObject({ code: 'bad-option', option: 'families', value: 'cobol' });
    expect(fields(() => instrument(libc, { detect: false }))).toMatchObject({ code: 'no-allocator',
      cli: expect.stringMatching(/^no allocator found: -n and no function is named; name your allocator with -a my_alloc -f my_free /) });
  });
});
