// A real wasm-bindgen release module whose name section spells Rust's v0 names as wasm-bindgen
// writes them (`<dlmalloc[bdd41e560510e1bd]::dlmalloc::Dlmalloc<dlmalloc[…]::sys::System>>::malloc`,
// `__rustc[6ef78fba13ac776c]::__rust_dealloc`), built with LTO so that `__rust_alloc` is inlined
// into its callers: Prisma's schema engine (npm @prisma/prisma-schema-wasm 8.1.0-2.59be4fd,
// Apache-2.0; test/users/README.md). The dlmalloc methods every allocation still calls went
// unmatched by their legacy spelling (`Dlmalloc<A>::malloc`), so only `__rust_realloc` and
// `__rust_dealloc` were hooked: the zoo's run read 227 748 frees of blocks never seen allocated.
// Oracles: a sound program frees nothing it did not allocate; the DMMF JSON the engine returns was
// a block of at least its length in wasm memory; repeating a call leaves no more live bytes.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as tracemalloc from '../../runtime/index';
import { instrument } from '../../instrument/index';

type Prisma = { get_dmmf(params: string): string; format(schema: string, params: string): string };

let schema = 'generator client {\n provider = "prisma-client-js"\n}\ndatasource db {\n provider = "postgresql"\n}\n';
for (let i = 0; i < 20; i++) {
  schema += `model M${i} {\n id Int @id @default(autoincrement())\n name String @db.VarChar(${20 + i})\n`;
  if (i > 0) schema += ` parentId Int\n parent M${i - 1} @relation("r${i}", fields: [parentId], references: [id])\n`;
  if (i < 19) schema += ` children M${i + 1}[] @relation("r${i + 1}")\n`;
  schema += '}\n';
}
const params = JSON.stringify({ prismaSchema: [['s.prisma', schema]], noColor: true });

beforeAll(() => {
  tracemalloc.setInstrumenter((bytes) => {
    const r = instrument(bytes);
    return { bytes: r.bytes, traced: true, detail: r.profile };
  });
  tracemalloc.patchWebAssembly();
  tracemalloc.start(4);
});
afterAll(() => {
  tracemalloc.stop();
  tracemalloc.unpatchWebAssembly();
  tracemalloc.setInstrumenter(null);
});

it("traces every block of a release Rust module named in v0's demangled spelling, __rust_alloc inlined", () => {
  // the glue compiles and instantiates the module when it is required (wasm-bindgen --target nodejs)
  const prisma = createRequire(import.meta.url)('./data/prisma-schema/prisma_schema_build.cjs') as Prisma;
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = { set_message() {} };
  const dmmf = prisma.get_dmmf(params);
  expect(dmmf.length).toBeGreaterThan(100_000);
  const live = tracemalloc.getTracedMemory()[0];
  tracemalloc.resetPeak();
  expect(prisma.get_dmmf(params)).toBe(dmmf);
  const [after, peak] = tracemalloc.getTracedMemory();
  expect(peak).toBeGreaterThanOrEqual(live + dmmf.length);
  expect(after).toBe(live);
  const formatted = prisma.format(schema, JSON.stringify({ textDocument: { uri: 'file:/s.prisma' }, options: { tabSize: 2, insertSpaces: true } }));
  expect(formatted).toContain('model M19 {');
  expect(tracemalloc.getTracedMemory()[0]).toBe(live);
  expect(tracemalloc.recordedUnmatched(tracemalloc.takeSnapshot().metadata)).toBeNull();
});
