// The output's source map: the original map moved onto the instrumented bytes. Checked two ways
// on the Emscripten -gsource-map fixture: every manifest call site translates to a position the
// new map resolves to the manifest's line, and V8's own stack positions inside the instrumented
// module (column = byte offset + 1) resolve through it to the lines the site table names.

import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../fixtures/index.mjs';
import { instrument } from './validate';
import { recordingHooks, siteLine } from './hooks';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('output source map (emscripten-sourcemap fixture)', () => {
  it('maps the instrumented bytes to the original lines', async () => {
    const fx = await loadFixture('emscripten-sourcemap');
    const mapText = readFileSync(join(fx.dir, 'program.wasm.map'), 'utf8');
    const r = instrument(fx.wasmBytes, {
      sourceMapURL: 'program.traced.wasm.map', sourceMapBaseDir: 'fixtures/emscripten-sourcemap',
      readFile: (p: string) => readFileSync(join(ROOT, p), 'utf8'),
    });
    const url = WebAssembly.Module.customSections(new WebAssembly.Module(r.bytes as Uint8Array<ArrayBuffer>), 'sourceMappingURL');
    expect(url.length).toBe(1);
    const map = new TraceMap(r.remapSourceMap!(mapText));
    const lineAt = (offset: number) => {
      const p = originalPositionFor(map, { line: 1, column: offset });
      return p.source === null ? null : `${posix.join('fixtures/emscripten-sourcemap', p.source)}:${p.line}`; // sources are relative to the map
    };

    for (const site of fx.manifest.sites) {
      if (site.callSite !== 'direct') continue;
      for (const offset of site.offsets) expect(lineAt(r.translateOffset!(offset)), site.id).toBe(`${site.file}:${site.line}`);
    }

    // V8's positions: inside the alloc hook, the wasm frame below NAME$site is the user's call.
    const hooks = recordingHooks(1);
    const seen: [string | null, string][] = [];
    const alloc = hooks.imports.alloc as (p: number, s: number, site: number) => void;
    hooks.imports.alloc = (p: number, s: number, site: number) => {
      alloc(p, s, site);
      const prepare = Error.prepareStackTrace;
      Error.prepareStackTrace = (_e, frames) => frames;
      const frames = new Error().stack as unknown as NodeJS.CallSite[];
      Error.prepareStackTrace = prepare;
      const wasm = frames.filter((f) => f.getFileName()?.startsWith('wasm://'));
      const caller = wasm.find((f) => !/\$site$|\$orig$/.test(f.getFunctionName() ?? ''));
      if (caller && site !== 0) seen.push([lineAt(caller.getColumnNumber()! - 1), siteLine(r.sites, site)]);
    };
    const run = await fx.run(r.bytes, { imports: { 'wasm-tracemalloc': hooks.imports } });
    expect(run.stdout).toBe(fx.manifest.stdout);
    expect(seen.length).toBeGreaterThan(5);
    for (const [fromV8, fromSites] of seen) expect(fromV8).toBe(fromSites);
  });
});
