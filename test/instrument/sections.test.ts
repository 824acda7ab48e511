// What happens to custom sections: kept byte for byte (producers, target_features, name with its
// indices shifted), dropped when they describe the original's byte offsets (DWARF, source maps).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readModule, readSections } from '../../instrument/wasm/module';
import { instrument } from './validate';
import { readFunctionNames } from '../../instrument/names';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const load = (p: string) => new Uint8Array(readFileSync(join(ROOT, p)));
const custom = (bytes: Uint8Array, name: string) =>
  WebAssembly.Module.customSections(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>), name).map((b) => Buffer.from(b).toString('hex'));

describe('custom sections', () => {
  it('keeps producers and target_features byte for byte', () => {
    const brotli = load('node_modules/brotli-wasm/pkg.node/brotli_wasm_bg.wasm');
    expect(custom(instrument(brotli).bytes, 'producers')).toEqual(custom(brotli, 'producers'));
    const sql = load('node_modules/sql.js/dist/sql-wasm-debug.wasm');
    expect(custom(instrument(sql).bytes, 'target_features')).toEqual(custom(sql, 'target_features'));
  });

  it('drops DWARF and the source map URL, which describe the original offsets', () => {
    const c = load('fixtures/c/basic.wasm');
    expect(custom(c, '.debug_line').length).toBe(1);
    const r = instrument(c);
    expect(r.stats.droppedSections).toEqual(expect.arrayContaining(['.debug_info', '.debug_line']));
    expect(custom(r.bytes, '.debug_line')).toEqual([]);
    const as = load('fixtures/as-stub/index.wasm');
    expect(custom(as, 'sourceMappingURL').length).toBe(1);
    expect(custom(instrument(as).bytes, 'sourceMappingURL')).toEqual([]);
  });

  it('keeps the names of every function, shifted past the new imports', () => {
    const c = load('fixtures/c/basic.wasm');
    const r = instrument(c);
    const before = readFunctionNames(c, readSections(c));
    const after = readFunctionNames(r.bytes, readSections(r.bytes));
    const imported = readModule(c).funcImports;
    // the hook imports (tracing and depth are globals) and the frame helpers before the program's functions
    const helpers = [...readFunctionNames(r.bytes, readSections(r.bytes)).values()].filter((n) => n.startsWith('wasm-tracemalloc.frame.')).length;
    expect(helpers).toBeGreaterThan(0);
    const added = r.stats.hookImports.length - 2 + helpers;
    let checked = 0;
    for (const [index, name] of before) {
      expect(after.get(index < imported ? index : index + added), `function ${index}`).toBe(name);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    const names = [...after.values()];
    expect(names).toContain('malloc$orig');
    expect(names).toContain('malloc$site');
    expect(names).toContain('wasm-tracemalloc.alloc');
  });
});
