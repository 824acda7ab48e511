// The output check every test goes through (./validate) can fail: a module whose body returns an
// i32 where its type says f32 is refused by Binaryen's validator (V8 agrees).
import { expect, it } from 'vitest';
import { expectValidOutput } from './validate';
import { watToWasm } from './wat';

it('refuses a module that does not validate', () => {
  const good = watToWasm('(module (func (export "f") (result i32) (i32.const 0)))');
  expect(() => expectValidOutput(good, good)).not.toThrow();
  const bad = good.slice();
  bad[bad.indexOf(0x60) + 3] = 0x7d; // the type's (result i32) -> (result f32)
  expect(() => expectValidOutput(bad)).toThrow(/Binaryen rejects/);
  expect(WebAssembly.validate(bad as Uint8Array<ArrayBuffer>)).toBe(false);
});
