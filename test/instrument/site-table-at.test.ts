// siteTableAt (what `wasm-tracemalloc symbolize` resolves a stripped build's code offsets with) makes,
// at each call, the frames instrument() puts in the site table of the same module: one rule for
// DWARF (inlined frames too), for a source map its sourceMappingURL names, and for names alone.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrument, moduleCodeIdentity, siteTableAt } from '../../instrument/index';
import { SITES_SECTION } from '../../abi';
import { SiteTable, customSectionOf } from '../../runtime/tracer/site-table';
import { root } from '../root';

const cases = [
  ['DWARF (clang -O2 -g, inlined calls)', 'test/cli/apps/stripped/inventory.wasm', 'dwarf'],
  ['a source map (emcc -gsource-map)', 'fixtures/emscripten-sourcemap/program.wasm', 'sourcemap'],
  ['names only (the stripped build, its exports)', 'test/cli/apps/stripped/inventory.stripped.wasm', 'names'],
] as const;

describe('siteTableAt: the frames instrument() would give, at any code offset', () => {
  for (const [what, file, kind] of cases) {
    it(what, () => {
      const path = join(root, file);
      const bytes = new Uint8Array(readFileSync(path));
      const readFile = (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } };
      const options = { sourceMapBaseDir: dirname(path), readFile };
      const result = instrument(bytes, options);
      const codeStart = moduleCodeIdentity(bytes)!.codeStart;
      const direct = SiteTable.parse(customSectionOf(result.bytes, SITES_SECTION)!, file, codeStart);
      const offsets = result.sites.offsets!;
      const ids = offsets.map((o, id) => [o, id] as const).filter(([o, id]) => id > 0 && o > 0);
      expect(ids.length).toBeGreaterThan(10);
      const at = siteTableAt(bytes, ids.map(([o]) => o - codeStart), options);
      expect(at.resolver).toBe(kind);
      const later = SiteTable.parse(at.table, file, codeStart);
      const frames = (t: SiteTable, id: number) => t.frames(id).map((f) => [f.filename, f.lineno, f.column, f.functionName]);
      ids.forEach(([, id], i) => expect(frames(later, i + 1)).toEqual(frames(direct, id)));
      if (kind === 'dwarf') expect(ids.some(([, id]) => direct.frames(id).length > 1)).toBe(true);
      if (kind === 'names') expect(ids.every(([, id]) => direct.frame(id).lineno === 0 && direct.frame(id).column > 0)).toBe(true);
    });
  }
});
