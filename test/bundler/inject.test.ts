// inject.ts: the client's statement goes on line 1, in the module's own module system, and the
// returned source map sends every generated position back to the same original one (checked with
// @jridgewell/trace-mapping, the decoder instrument/ already uses, not with our encoder).
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { embeddedModules, toBase64 } from '../../bundler/embedded';
import { applyEdits, prependClient, usesWebAssembly } from '../../bundler/inject';

const ESM = "import x from './x.js';\nexport const y = await WebAssembly.instantiate(x);\n  // end";
const CJS = "const fs = require('fs');\nmodule.exports = function () { return WebAssembly.Module; };";

describe('prependClient', () => {
  it('ES modules get an import, CommonJS a require, both on line 1', () => {
    const esm = prependClient(ESM, '/app/a.js', 'client');
    expect(esm.code).toBe(`import "client";${ESM}`);
    const cjs = prependClient(CJS, '/app/b.cjs', 'client');
    expect(cjs.code).toBe(`require("client");${CJS}`);
    expect(esm.code.split('\n').length).toBe(ESM.split('\n').length);
  });

  it('the source map puts every original position back where it was', () => {
    const { code, map } = prependClient(ESM, '/app/a.js', 'client');
    const tracer = new TraceMap(map);
    const shift = 'import "client";'.length;
    expect(originalPositionFor(tracer, { line: 1, column: shift })).toMatchObject({ source: '/app/a.js', line: 1, column: 0 });
    const lines = code.split('\n');
    for (let i = 1; i < lines.length; i++) {
      expect(originalPositionFor(tracer, { line: i + 1, column: 0 })).toMatchObject({ source: '/app/a.js', line: i + 1, column: 0 });
    }
  });

  it('only modules that may call WebAssembly get it', () => {
    expect(usesWebAssembly(ESM)).toBe(true);
    expect(usesWebAssembly("const u = new URL('x.wasm', import.meta.url);")).toBe(true);
    expect(usesWebAssembly('export const a = 1;')).toBe(false);
  });
});

describe('applyEdits and embedded modules (base64 in a script)', () => {
  const WASM = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0]);
  const b64 = toBase64(WASM);
  const SCRIPT = `const a = 1;\nconst wasm = "data:application/wasm;base64,${b64}"; const after = 2;\nlet s = "AGFzbQ-not-base64"; const t = "AGFzbQIAAAA=";\n`;

  it('finds the base64 runs that are wasm modules, and only those', () => {
    const found = embeddedModules(SCRIPT);
    expect(found).toHaveLength(1);
    expect([...found[0]!.bytes]).toEqual([...WASM]);
    expect(SCRIPT.slice(found[0]!.start, found[0]!.end)).toBe(b64);
    expect(embeddedModules('const nothing = "here";')).toEqual([]);
  });

  it('the map sends the text after a replaced run back to the column after the original run', () => {
    const [m] = embeddedModules(SCRIPT);
    const longer = 'X'.repeat(b64.length * 3);
    const { code, map } = applyEdits(SCRIPT, '/app/glue.js', 'import "c";', [{ start: m!.start, end: m!.end, text: longer }]);
    expect(code).toBe('import "c";' + SCRIPT.slice(0, m!.start) + longer + SCRIPT.slice(m!.end));
    const tracer = new TraceMap(map);
    const lineStart = SCRIPT.indexOf('\n') + 1;
    // the first generated column after the run maps to the first original column after it
    const gen = m!.start - lineStart + longer.length;
    expect(originalPositionFor(tracer, { line: 2, column: gen })).toMatchObject({ source: '/app/glue.js', line: 2, column: m!.end - lineStart });
    expect(originalPositionFor(tracer, { line: 2, column: gen - 1 })).toMatchObject({ line: 2, column: 0 });
    expect(originalPositionFor(tracer, { line: 2, column: 0 })).toMatchObject({ line: 2, column: 0 });
    expect(originalPositionFor(tracer, { line: 3, column: 0 })).toMatchObject({ line: 3, column: 0 });
    expect(originalPositionFor(tracer, { line: 1, column: 'import "c";'.length })).toMatchObject({ line: 1, column: 0 });
  });
});
