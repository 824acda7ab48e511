// The JS glue names minified exports (instrument/glue.ts): on sql.js's real release glue it finds
// what a user otherwise names by hand (`--alloc Ia --free Ja`), and each Emscripten spelling of a
// binding is read. scriptFromStack picks the glue out of a stack captured in WebAssembly's entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportNamesFromGlue, scriptFromStack } from '../../../instrument/glue';
import { instrument } from '../../../instrument/index';

const sqlDir = join(__dirname, '../../../node_modules/sql.js/dist');

describe('glue', () => {
  it("sql.js's release glue names the allocator the user had to name by hand", () => {
    const bytes = new Uint8Array(readFileSync(join(sqlDir, 'sql-wasm.wasm')));
    const glue = readFileSync(join(sqlDir, 'sql-wasm.js'), 'utf8');
    const byGlue = instrument(bytes, { glue });
    const byHand = instrument(bytes, { alloc: ['Ia'], free: ['Ja'] });
    expect(byGlue.stats.discovery).toEqual([{ how: 'glue', found: expect.arrayContaining(['Ia = malloc', 'Ja = free']) }]);
    expect(byGlue.stats.allocators.map((a) => `${a.name}:${a.role}`)).toEqual(byHand.stats.allocators.map((a) => `${a.name}:${a.role}`));
    // the glue names frames too: sqlite3_prepare_v2 and friends instead of their export letters
    expect(byGlue.sites.functions).toContain('sqlite3_prepare_v2');
    // without the glue, dlmalloc's code fingerprint finds the same two functions, independently
    const byCode = instrument(bytes);
    expect(byCode.stats.discovery).toEqual([{ how: 'code fingerprint', found: ['dlmalloc (malloc, free)'] }]);
    expect(byCode.stats.allocators.map((a) => `${a.name}:${a.role}`)).toEqual(byHand.stats.allocators.map((a) => `${a.name}:${a.role}`));
  });

  it('reads each spelling of a binding, and only keys the module exports', () => {
    const exportsOf = new Set(['M', 'N', 'La', 's', 'q']);
    const cases: [string, string, string][] = [
      ['_malloc=wasmExports["M"];_free=wasmExports["N"]', 'M', 'malloc'],
      ['ha=k._malloc=c.La;ja=k._free=c.Ma', 'La', 'malloc'],
      ['Module["_malloc"] = wasmExports["s"];', 's', 'malloc'],
      ['var _malloc = Module["_malloc"] = function() { return (_malloc = Module["_malloc"] = Module["asm"]["q"]).apply(null, arguments) };', 'q', 'malloc'],
    ];
    for (const [glue, key, name] of cases) expect([...exportNamesFromGlue(glue, exportsOf).get(key) ?? []]).toEqual([name]);
    expect(exportNamesFromGlue('k._free=c.Ma', exportsOf).size).toBe(0); // Ma is not an export
  });

  it('finds the script below the tracer on a stack', () => {
    const stack = ['Error', '    at prepareBytes (file:///pkg/dist/chunk-AB.js:1:2)', '    at wa.instantiate (file:///pkg/dist/chunk-AB.js:3:4)',
      '    at Va (/app/node_modules/sql.js/dist/sql-wasm.js:128:399)', '    at async /app/main.mjs:1:1'].join('\n');
    expect(scriptFromStack(stack, (f) => f.startsWith('/pkg/dist/'))).toBe('/app/node_modules/sql.js/dist/sql-wasm.js');
    expect(scriptFromStack('Error\n    at node:internal/x:1:1', () => false)).toBeNull();
  });
});
