import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeLayout } from '../../../instrument/code-reader';
import { createResolver, displayFilename } from '../../../instrument/resolve';
import { HERE, SRC, callsOf, callsTo, editCustomSections, readData, readFileFrom, wasm, wasmName } from './helpers';

const readFile = readFileFrom(HERE);
const noUrl = (name: string) => name === 'sourceMappingURL';

describe('source-map resolver', () => {
  describe('Emscripten -gsource-map', () => {
    const bytes = wasm('em-sites');
    const r = createResolver(bytes, { readFile, sourceMapBaseDir: 'data' });

    it("follows the module's sourceMappingURL, relative to sourceMapBaseDir", () => {
      expect(r.kind).toBe('sourcemap');
      expect(r.warnings).toEqual([]);
      // sources are relative to the map (data/../src/sites.c); relative stays relative.
      expect(r.resolve(callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset)).toMatchObject({ file: 'src/sites.c', line: 7, column: 20, functionName: 'make_node' });
      expect(r.resolve(callsTo(bytes, 'grow', 'dlrealloc')[0]!.offset)).toMatchObject({ file: 'src/sites.c', line: 20, column: 10 });
      expect(callsTo(bytes, 'run', 'dlfree').slice(0, 2).map((c) => r.resolve(c.offset).line)).toEqual([34, 35]);
    });

    it('agrees with trace-mapping on every call that has a mapping of its own', () => {
      const map = new TraceMap(readData('em-sites.wasm.map'), 'data/em-sites.wasm.map');
      let checked = 0;
      for (const f of readCodeLayout(bytes).funcs) {
        for (const c of f.calls) {
          const want = originalPositionFor(map, { line: 1, column: c.offset });
          if (want.source === null) continue;
          const got = r.resolve(c.offset);
          expect(got).toMatchObject({ file: want.source, line: want.line, column: want.column + 1 });
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });

    it('takes the map from the option: object, JSON text, or a path', () => {
      const stripped = editCustomSections(bytes, noUrl);
      const offset = callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset;
      const text = readData('em-sites.wasm.map');
      for (const sourceMap of [JSON.parse(text), text, `)]}'\n${text}`]) {
        const viaOption = createResolver(stripped, { sourceMap, sourceMapBaseDir: 'data' });
        expect(viaOption.kind).toBe('sourcemap');
        expect(viaOption.resolve(offset)).toMatchObject({ file: 'src/sites.c', line: 7 });
      }
      const viaPath = createResolver(stripped, { sourceMap: 'data/em-sites.wasm.map', readFile });
      expect(viaPath.resolve(offset)).toMatchObject({ file: 'src/sites.c', line: 7 });
    });

    it('decodes an inline data: URL in sourceMappingURL (base64 and percent-encoded)', () => {
      const text = readData('em-sites.wasm.map').replace('"../src/sites.c"', '"inline/sites.c"');
      const offset = callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset;
      const urls = [
        `data:application/json;charset=utf-8;base64,${Buffer.from(text).toString('base64')}`,
        `data:application/json,${encodeURIComponent(text)}`,
      ];
      for (const url of urls) {
        const inline = editCustomSections(bytes, noUrl, [['sourceMappingURL', wasmName(url)]]);
        const ri = createResolver(inline); // no readFile needed
        expect(ri.kind).toBe('sourcemap');
        expect(ri.resolve(offset)).toMatchObject({ file: 'inline/sites.c', line: 7, column: 20 });
      }
    });

    it('looks for a remote sourceMappingURL next to the module, under its file name, never fetching', () => {
      const url = 'http://localhost:8080/build/em-sites.wasm.map?v=3';
      const remote = editCustomSections(bytes, noUrl, [['sourceMappingURL', wasmName(url)]]);
      const near = createResolver(remote, { readFile, sourceMapBaseDir: 'data' });
      expect(near.kind).toBe('sourcemap');
      expect(near.resolve(callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset)).toMatchObject({ file: 'src/sites.c', line: 7 });
      const far = createResolver(remote, { readFile, sourceMapBaseDir: 'elsewhere' });
      expect(far.kind).toBe('names');
      expect(far.warnings[0]).toBe(`sourceMappingURL "${url}" is a remote URL and "elsewhere/em-sites.wasm.map" could not be read; pass the map with the sourceMap option; using the name section`);
    });

    it('falls back to the name section, with a warning, when the named map cannot be read', () => {
      const noReader = createResolver(bytes, { sourceMapBaseDir: 'data' });
      expect(noReader.kind).toBe('names');
      expect(noReader.warnings[0]).toMatch(/"data\/em-sites.wasm.map", but no readFile option/);
      const missing = createResolver(bytes, { readFile, sourceMapBaseDir: 'nowhere' });
      expect(missing.warnings[0]).toMatch(/source map "nowhere\/em-sites.wasm.map" .* could not be read/);
      const loc = missing.resolve(callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset);
      expect(loc).toMatchObject({ file: null, line: 0, functionName: 'make_node' });
      expect(displayFilename(loc)).toMatch(/^make_node\+0x[0-9a-f]+$/);
      const bad = createResolver(bytes, { sourceMap: '{"version":2}' });
      expect(bad.warnings[0]).toMatch(/not a version 3 source map/);
    });
  });

  describe('AssemblyScript --debug --sourceMap', () => {
    const bytes = wasm('as-debug');
    const r = createResolver(bytes, { readFile, sourceMapBaseDir: 'data' });

    it("drops AssemblyScript's synthetic sourceRoot and keeps project-relative names", () => {
      expect(JSON.parse(readData('as-debug.wasm.map')).sourceRoot).toBe('./as-debug');
      expect(r.kind).toBe('sourcemap');
      const at = (callee: string) => r.resolve(callsTo(bytes, 'as/index/run', callee)[0]!.offset);
      expect(at('as/index/Node#constructor')).toMatchObject({ file: 'as/index.ts', line: 9, column: 12 });
      expect(at('~lib/array/Array<i32>#constructor')).toMatchObject({ file: 'as/index.ts', line: 11, column: 15 });
      expect(at('~lib/string/String#repeat')).toMatchObject({ file: 'as/index.ts', line: 13, column: 13 });
    });

    it('resolves standard-library code to ~lib/ names', () => {
      const layout = readCodeLayout(bytes);
      const files = new Set(layout.funcs.flatMap((f) => f.calls).map((c) => r.resolve(c.offset).file));
      expect(files.has('~lib/rt/itcms.ts')).toBe(true);
      expect([...files].filter((f) => f !== null).every((f) => f === 'as/index.ts' || f!.startsWith('~lib/'))).toBe(true);
    });

    it('takes the segment covering the call: a call in an unmapped gap names no line (never the statement before), code before the body never', () => {
      // visitRoots' `assert(...)` calls abort from inside an `if` whose body is unmapped: the
      // segment before it is the condition's, and in an optimized build it is another
      // statement's, so the call gets no line, and the module one warning.
      const abort = callsOf(bytes).find((c) => c.callerName === '~lib/rt/itcms/visitRoots' && c.op === 'call' && c.callee === 0)!; // import 0: abort
      expect(r.resolve(abort.offset)).toMatchObject({ file: null, line: 0, functionName: '~lib/rt/itcms/visitRoots' });
      expect(r.warnings.filter((w) => /map to no segment/.test(w))).toHaveLength(1);
      // Node#constructor is generated code without a single mapping: the name section answers.
      const ctor = callsTo(bytes, 'as/index/Node#constructor', '~lib/rt/itcms/__new')[0]!;
      expect(r.resolve(ctor.offset)).toMatchObject({ file: null, line: 0, functionName: 'as/index/Node#constructor' });
    });

    it('keeps sourcesContent for the rewrite to embed and the runtime to show', () => {
      const text = readFileSync(join(SRC, 'as/index.ts'), 'utf8');
      expect(r.sourceContent('as/index.ts')).toBe(text);
      expect(r.sourcesWithContent().find((s) => s.file === 'as/index.ts')?.content).toBe(text);
      expect(r.sourceContent('nope.ts')).toBeNull();
    });
  });

  it('prefers DWARF when a module has both', () => {
    const bytes = wasm('sites-O1');
    const map = { version: 3, sources: ['wrong.c'], names: [], mappings: 'AAAA' };
    const r = createResolver(bytes, { sourceMap: map });
    expect(r.kind).toBe('dwarf');
    expect(r.resolve(callsTo(bytes, 'make_node', 'malloc')[0]!.offset).file).toBe('src/sites.c');
  });

  it('applies a sourceRoot and the map directory, normalising ./ and a/..', () => {
    const bytes = editCustomSections(wasm('em-sites'), noUrl);
    const text = readData('em-sites.wasm.map');
    const map = { ...JSON.parse(text), sourceRoot: './lib/../project/', sources: ['./src/x/../sites.c'] }; // make_node's segments use source 0
    const r = createResolver(bytes, { sourceMap: map, sourceMapBaseDir: 'out/maps' });
    const loc = r.resolve(callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset);
    expect(loc.file).toBe('out/maps/project/src/sites.c');
    const abs = createResolver(bytes, { sourceMap: { ...map, sourceRoot: '/abs/root' }, sourceMapBaseDir: 'out' });
    expect(abs.resolve(callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset).file).toBe('/abs/root/src/sites.c');
  });

  it('reads an index map (sections), each with its own sourceRoot', () => {
    const bytes = editCustomSections(wasm('em-sites'), noUrl);
    const whole = JSON.parse(readData('em-sites.wasm.map'));
    const map = { version: 3, sections: [{ offset: { line: 0, column: 0 }, map: { ...whole, sourceRoot: 'sec/x/' } }] };
    const r = createResolver(bytes, { sourceMap: map });
    expect(r.kind).toBe('sourcemap');
    expect(r.resolve(callsTo(bytes, 'make_node', 'dlmalloc')[0]!.offset)).toMatchObject({ file: 'sec/src/sites.c', line: 7, column: 20 });
  });
});
