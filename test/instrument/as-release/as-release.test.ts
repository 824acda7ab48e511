// AssemblyScript release builds (asc -O2/-O3, --optimize): the optimizer inlines the GC's free
// (`~lib/rt/itcms/free`), `__free` and `freeBlock`; TLSF's `insertBlock` is what every free still
// passes through, hooked as a quiet collector free (instrument/profiles.ts). Built by build.sh
// from program.ts: after run() and __collect(), the traced live set is exactly the holder and
// its SLOTS nodes, and nothing was counted as a missed or invalid free.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { instrument } from '../validate';
import * as tracemalloc from '../../../runtime/tracer/index';
import { stripCustomSections } from '../fingerprint/strip';

afterEach(() => tracemalloc.stop());

const here = __dirname;
const SLOTS = 64;
const ITERATIONS = 5000;

/** Live traces as a sorted `size x count` list. */
function liveSet(): string[] {
  const counts = new Map<number, number>();
  for (const trace of tracemalloc.takeSnapshot().traces) counts.set(trace.size, (counts.get(trace.size) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([size, n]) => `${size} x ${n}`);
}

/** `NAME.wasm` as built, or `NAME.wasm stripped`: no name section, the allocator found by its code fingerprint. */
async function traced(file: string, nframe: number) {
  const [name, stripped] = file.split(' ');
  const built = new Uint8Array(readFileSync(join(here, name!)));
  const bytes = stripped ? stripCustomSections(built) : built;
  const result = instrument(bytes);
  if (stripped) expect(result.stats.discovery.map((d) => d.how)).toEqual(['code fingerprint']);
  tracemalloc.start(nframe);
  const imports = { env: { abort: () => { throw new Error('AssemblyScript abort'); } } };
  const { instance } = await tracemalloc.instantiate(result.bytes as Uint8Array<ArrayBuffer>, imports, { name: file });
  const exports = instance.exports as { run(n: number): number; grow(n: number): void; drop(): void; __collect(): void };
  return { result, exports };
}

const BUILT = ['incremental-O2.wasm', 'incremental-O3.wasm', 'incremental-optimize.wasm', 'minimal-O2.wasm', 'minimal-O3.wasm'];
const MODULES = [...BUILT, ...BUILT.map((f) => `${f} stripped`)];

describe('AssemblyScript release builds: collected objects leave the table', () => {
  for (const file of MODULES) {
    for (const nframe of [4, 1]) {
      it(`${file} (nframe ${nframe})`, async () => {
        const { result, exports } = await traced(file, nframe);
        expect(result.stats.warnings.filter((w) => w.startsWith('AssemblyScript'))).toEqual([]);
        if (!file.endsWith('stripped')) expect(result.stats.allocators.map((a) => a.name)).toContain('~lib/rt/tlsf/insertBlock');
        exports.run(ITERATIONS);
        exports.__collect();
        expect(liveSet()).toEqual(['8 x 64', `${SLOTS * 4} x 1`]);
        expect(tracemalloc.getTracedMemory()[0]).toBe(SLOTS * 8 + SLOTS * 4);
        // insertBlock also sees split remainders and fresh memory: quiet, never an invalid free
        expect(tracemalloc.getInvalidFrees()).toEqual([]);
        exports.drop();
        exports.__collect();
        expect(liveSet()).toEqual([]);
        expect(tracemalloc.getTracedMemory()[0]).toBe(0);
      });
    }
  }

  for (const file of MODULES) {
    it(`${file}: arrays moved by __renew are traced once, and leave the table when dropped`, async () => {
      const { exports } = await traced(file, 4);
      exports.grow(3000);
      exports.__collect();
      // a, b, their two buffers and the 30 strings of b; a's buffer holds at least 3000 i32s
      const live = [...tracemalloc.takeSnapshot().traces];
      expect(live.length).toBe(4 + 30);
      // the minimal runtime's release builds grow it in place through prepareBlock (hooked)
      expect(Math.max(...live.map((t) => t.size))).toBeGreaterThanOrEqual(3000 * 4);
      expect(tracemalloc.getInvalidFrees()).toEqual([]);
      exports.drop();
      exports.__collect();
      expect(liveSet()).toEqual([]);
      expect(tracemalloc.getTracedMemory()[0]).toBe(0);
    });
  }

  it('without a name section (built without --debug) the TLSF runtime is found by its code fingerprint', async () => {
    const { result, exports } = await traced('incremental-O3-nodebug.wasm', 4);
    expect(result.stats.discovery).toEqual([{ how: 'code fingerprint', found: ['TLSF (AssemblyScript) (__new, insertBlock)'] }]);
    exports.run(ITERATIONS);
    exports.__collect();
    expect(liveSet()).toEqual(['8 x 64', `${SLOTS * 4} x 1`]);
    expect(tracemalloc.getInvalidFrees()).toEqual([]);
  });
});

// The stub runtime (`asc --runtime stub`): a bump allocator that never frees, what small
// packages ship (the zoo's @chainsafe/as-chacha20poly1305, asc 0.9). Without a name section it
// was "no allocator found (stripped or minified?)": nothing traced. Its __alloc (and __new since
// 0.18) are found by their code; the named build of the same source is the oracle.
describe('AssemblyScript stub runtime, stripped: found by its code, traced as the named build', () => {
  for (const file of ['stub-O2.wasm', 'stub-O3.wasm']) {
    it(file, async () => {
      const named = new Uint8Array(readFileSync(join(here, file)));
      const runs = [];
      for (const bytes of [stripCustomSections(named), named]) {
        const result = instrument(bytes);
        tracemalloc.start(4);
        const imports = { env: { abort: () => { throw new Error('AssemblyScript abort'); } } };
        const { instance } = await tracemalloc.instantiate(result.bytes as Uint8Array<ArrayBuffer>, imports);
        const exports = instance.exports as { run(n: number): number; grow(n: number): void };
        const value = exports.run(500);
        const afterRun = { live: liveSet(), memory: tracemalloc.getTracedMemory() };
        exports.grow(300);
        runs.push({ discovery: result.stats.discovery, allocators: result.stats.allocators.map((a) => a.name).sort(), value, afterRun, afterGrow: liveSet(), invalid: tracemalloc.getInvalidFrees().length });
        tracemalloc.stop();
      }
      const [s, n] = runs;
      expect(s!.discovery).toEqual([{ how: 'code fingerprint', found: ['stub runtime (AssemblyScript) (__new, __alloc)'] }]);
      expect(n!.discovery).toEqual([{ how: 'names', found: ['~lib/rt/stub/__new', '~lib/rt/stub/__alloc'] }]);
      expect({ ...s, discovery: 0, allocators: 0 }).toEqual({ ...n, discovery: 0, allocators: 0 });
      // nothing is ever freed: every Node of run() is still traced (500 + SLOTS of 8 bytes)
      const nodes = s!.afterRun.live.find((l) => l.startsWith('8 x '));
      expect(Number(nodes?.split(' x ')[1])).toBeGreaterThanOrEqual(500 + SLOTS);
      expect(s!.invalid).toBe(0);
    });
  }
});
