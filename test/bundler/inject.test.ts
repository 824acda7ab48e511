// inject.ts: the client's statement goes on line 1, in the module's own module system, and the
// returned source map sends every generated position back to the same original one (checked with
// @jridgewell/trace-mapping, the decoder instrument/ already uses, not with our encoder).
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { prependClient, usesWebAssembly } from '../../bundler/inject';

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
