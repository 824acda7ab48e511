// Never change what the program does: a library bound to its own malloc (here: defined in it and
// loaded with RTLD_DEEPBIND) keeps calling its own, the hook does not redirect it to libc's;
// and the hook's originals are the definitions the dynamic linker chose.
import { constants } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, ensureNativeBuilt } from './helpers';

ensureNativeBuilt();
const native = await import('../../native/index');

interface OwnFixture {
  alloc(kind: string, size: number, count: number): number[];
  release(ptrs: number[]): void;
  ownMallocCalls(): number | null;
}

let own: OwnFixture;
let ownPath = '';

beforeAll(() => {
  expect(native.available, native.reason).toBe(true);
  ownPath = buildFixture('own_malloc', ['FIXTURE_OWN_MALLOC']);
  native.start(4);
  const module = { exports: {} as OwnFixture };
  process.dlopen(module, ownPath, constants.dlopen.RTLD_NOW | constants.dlopen.RTLD_DEEPBIND);
  own = module.exports;
});

afterAll(() => native.stop());

describe('a library with its own malloc', () => {
  it('keeps calling its own malloc while the process is hooked', () => {
    const before = own.ownMallocCalls()!;
    const ptrs = own.alloc('malloc', 999, 25);
    expect(own.ownMallocCalls()! - before).toBe(25);
    own.release(ptrs);
  });

  it('its other allocator slots (libc-bound) are still hooked', () => {
    const ptrs = own.alloc('calloc', 998, 5);
    for (const p of ptrs) expect(native.source!.objectTraceback(p)?.[0]?.[3]).toBe('fixture_calloc');
    own.release(ptrs);
    expect(native.hookInfo().objects).toContain(ownPath);
  });
});
