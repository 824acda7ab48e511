// fast-check generators of CPython-shaped raw traces, shared by the property tests.
import fc from 'fast-check';
import type { RawTrace } from '../../../runtime/model/index';

// Includes an astral character and a BMP one above the surrogates: UTF-16 order and code point
// order disagree on them, so any sort that uses JavaScript's `<` fails.
// The quote, tab, C1 control, zero-width space and no-break space exercise Python's repr().
export const FILENAMES = ['a.c', 'b.c', 'A.c', 'pkg/mod.py', 'pkg/mod.pyc', '<unknown>', 'dir with space/f.py', '\u{1F600}.c', '\uFFFD.c', 'z.c', '', "it's.c", 'q"\'.c', 'tab\t\\.c', '\u0085\u200b\u00a0.c'];

export const rawFrame = fc.tuple(fc.constantFrom(...FILENAMES), fc.integer({ min: 0, max: 5 }));

export function rawTrace(minDepth = 1): fc.Arbitrary<RawTrace> {
  return fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 ** 34 }), fc.array(rawFrame, { minLength: minDepth, maxLength: 4 }), fc.integer({ min: 0, max: 2 }))
    .map(([domain, size, frames, extra]) => [domain, size, frames, frames.length + extra] as RawTrace);
}

export const rawTraces = (minDepth = 1) => fc.array(rawTrace(minDepth), { maxLength: 40, size: 'max' });

export const keyType = fc.constantFrom('lineno' as const, 'filename' as const, 'traceback' as const);
