// Emscripten release builds (emcc -O2, dlmalloc; emcc/build.sh): --closure 1 without a name
// section (+ its symbol map), -gseparate-dwarf (DWARF in another file), and --profiling-funcs
// (names). The same program must trace the same on each, the frames must carry names (from the
// symbol map) or lines (from the separate DWARF), and the live set must agree with dlmalloc's own
// count of bytes in use (mallinfo().uordblks), an independent measure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { instrument, type InstrumentOptions } from '../../../instrument/index';
import * as tracemalloc from '../../../runtime/tracer/index';

const require = createRequire(import.meta.url);
const dir = join(__dirname, 'emcc');
afterEach(() => tracemalloc.stop());

interface Module { _run(n: number): number; _clear(): void; _heap_in_use(): number }

/** dlmalloc's chunk for a request on wasm32 (4-byte head, 8-byte alignment, 16-byte minimum). */
const chunk = (size: number): number => Math.max(16, (size + 4 + 7) & ~7);

async function load(name: string, options: InstrumentOptions): Promise<{ m: Module; result: ReturnType<typeof instrument> }> {
  const bytes = new Uint8Array(readFileSync(join(dir, `${name}.wasm`)));
  const result = instrument(bytes, options);
  tracemalloc.start(1);
  const path = join(dir, `${name}.js`);
  delete require.cache[require.resolve(path)];
  const m = await require(path)({
    instantiateWasm(imports: WebAssembly.Imports, done: (i: WebAssembly.Instance) => void) {
      tracemalloc.instantiate(result.bytes as Uint8Array<ArrayBuffer>, imports, { name }).then((r) => done(r.instance));
      return {};
    },
  });
  return { m, result };
}

function frames(): string[] {
  return tracemalloc.takeSnapshot().statistics('lineno').map((s) => `${s.traceback[0]!.filename}:${s.traceback[0]!.lineno} ${s.size}/${s.count}`).sort();
}

async function workload(name: string, options: InstrumentOptions) {
  const { m, result } = await load(name, options);
  const kept = m._run(300);
  const traces = [...tracemalloc.takeSnapshot().traces];
  const live = traces.reduce((n, t) => n + t.size, 0);
  const chunks = traces.reduce((n, t) => n + chunk(t.size), 0);
  const out = { kept, live, count: traces.length, chunks, inUse: m._heap_in_use(), frames: frames() };
  m._clear();
  const after = { live: tracemalloc.getTracedMemory()[0], inUse: m._heap_in_use(), invalid: tracemalloc.getInvalidFrees().length };
  return { result, out, after };
}

describe('emcc -O2 release builds', () => {
  it('closure + symbol map, separate DWARF and names: same sizes and counts; live set = dlmalloc in-use chunks', async () => {
    const named = await workload('named', {});
    const closure = await workload('closure', { symbols: readFileSync(join(dir, 'closure.js.symbols'), 'utf8') });
    const bare = await workload('closure', {});
    for (const r of [named, closure, bare]) {
      expect(r.out.kept).toBe(150);
      // the independent measure: dlmalloc's own bytes in use. -O2 inlines realloc into run(), so
      // the table's in-place growth has no call to hook (the named build alike): 32 B of 59 592.
      expect(Math.abs(r.out.chunks - r.out.inUse)).toBeLessThanOrEqual(r.out.inUse * 0.005);
      expect(r.out.chunks).toBe(named.out.chunks);
      expect(r.after).toEqual({ live: 0, inUse: 0, invalid: 0 });
    }
    expect(closure.out.live).toBe(named.out.live);
    expect(closure.out.count).toBe(named.out.count);
    // names from the symbol map are the name section's names: the same frames
    expect(closure.out.frames).toEqual(named.out.frames);
    expect(closure.out.frames.every((f) => f.startsWith('run+0x'))).toBe(true);
    // without the symbol map the same sites are still named after their exports
    expect(bare.out.frames.map((f) => f.replace(/\+0x[0-9a-f]+/, ''))).toEqual(closure.out.frames.map((f) => f.replace(/\+0x[0-9a-f]+/, '')));
  });

  it('-gseparate-dwarf: lines from the .debug.wasm that external_debug_info names', async () => {
    const debug = new Uint8Array(readFileSync(join(dir, 'dwarf.debug.wasm')));
    const dwarf = await workload('dwarf', { sourceMapBaseDir: dir, readBinaryFile: (p) => (p === join(dir, 'dwarf.debug.wasm') ? debug : undefined) });
    expect(dwarf.result.stats.warnings).toEqual([]);
    expect(Math.abs(dwarf.out.chunks - dwarf.out.inUse)).toBeLessThanOrEqual(dwarf.out.inUse * 0.005);
    // llvm-symbolizer --inlining on dwarf.debug.wasm, the innermost frame of each call: calloc in
    // run at 32:15, malloc in make_text (inlined into run) at 16:13, strdup at 37:10, realloc in push
    // (inlined) at 25:13
    expect(dwarf.out.frames.map((f) => f.split(' ')[0]!.replace(/^.*\//, '')).sort()).toEqual(['prog.c:16', 'prog.c:25', 'prog.c:32', 'prog.c:37']);
    const given = await workload('dwarf', { debugFile: debug });
    expect(given.out.frames).toEqual(dwarf.out.frames);
  });
});
