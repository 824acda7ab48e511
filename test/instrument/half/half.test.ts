// Half an allocator found: malloc and nothing that frees (or free and nothing that allocates).
// Nothing is hooked then (every block would stay allocated; every free would be unmatched), and the
// message says what was found, what is missing and how to name it (`--free NAME`, options.free).
// Before, it was the generic "no allocator found: looked for malloc/calloc/…" for the first, and
// the second was "traced" with only its free hooked. Real clang builds (build.sh).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrument } from '../../../instrument/index';
import { InstrumentError } from '../../../instrument/errors';
import { noAllocatorReason } from '../../../runtime/tracer/allocator-line';
import { runMain } from '../../cli/cli-process';

const file = (name: string) => join(__dirname, name);
const thrown = (bytes: Uint8Array): InstrumentError => {
  try {
    instrument(bytes);
  } catch (e) {
    return e as InstrumentError;
  }
  throw new Error('instrument() did not throw');
};

describe('half an allocator', () => {
  it.each([
    ['onlymalloc.wasm', 'malloc', 'frees their blocks', 'free'],
    ['onlyfree.wasm', 'free', 'allocates', 'alloc'],
  ])('%s: found %s, no function that %s: said, with how to name it', async (name, found, missing, option) => {
    const bytes = readFileSync(file(name));
    const e = thrown(bytes);
    expect(e.code).toBe('no-allocator');
    const said = new RegExp(`^no allocator hooked: found ${found}\\b[^;]* but no function that ${missing} .*; name the ${option === 'free' ? 'free' : 'allocation'} with options\\.${option} NAME`);
    expect(e.message).toMatch(said);
    const cli = await runMain(['instrument', file(name), '-o', join(__dirname, 'never-written.wasm')]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toMatch(new RegExp(`found ${found}\\b[^;]* but no function that ${missing} .*with --${option} NAME`));
    // the module's line (API, register, run): the same sentence, with that path's way of naming it
    const r = instrument(bytes, { allowNoAllocator: true });
    expect(r.profile).toBe('none');
    expect(noAllocatorReason(r.stats, (m) => `name it: --${m} NAME`)).toMatch(new RegExp(`^found ${found}\\b.* but no function that ${missing} .*; name it: --${option} NAME$`));
  });
});
