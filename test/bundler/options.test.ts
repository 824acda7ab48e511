// The plugin's switches (bundler/options.ts): off unless asked, WASM_TRACEMALLOC as in register,
// and a bad value is one line naming it and what was expected. Disabled, the plugin does nothing.
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../bundler/options';
import { plugins } from '../../bundler/plugin';

describe('resolveOptions', () => {
  it('is off unless enabled by option or by WASM_TRACEMALLOC', () => {
    expect(resolveOptions({}, undefined)).toEqual({ enabled: false, nframe: 1, overlay: false, jsFrames: true, symbols: {}, debugFile: {} });
    expect(resolveOptions(undefined, '')).toEqual({ enabled: false, nframe: 1, overlay: false, jsFrames: true, symbols: {}, debugFile: {} });
    expect(resolveOptions({}, '0')).toEqual({ enabled: false, nframe: 1, overlay: false, jsFrames: true, symbols: {}, debugFile: {} });
    expect(resolveOptions({}, ' 16 ')).toEqual({ enabled: true, nframe: 16, overlay: false, jsFrames: true, symbols: {}, debugFile: {} });
    expect(resolveOptions({ enabled: true }, undefined)).toEqual({ enabled: true, nframe: 1, overlay: false, jsFrames: true, symbols: {}, debugFile: {} });
  });

  it('options win over the environment', () => {
    expect(resolveOptions({ enabled: false }, '16').enabled).toBe(false);
    expect(resolveOptions({ jsFrames: true }, '16').jsFrames).toBe(true);
    expect(resolveOptions({ jsFrames: 'exact' }, '16').jsFrames).toBe('exact');
    expect(resolveOptions({ jsFrames: false }, '16').jsFrames).toBe(false);
    expect(() => resolveOptions({ jsFrames: 1 as never }, undefined)).toThrow("wasm-tracemalloc: options.jsFrames = 1: expected true, false or 'exact'");
    expect(() => resolveOptions({ jsFrames: 'exactly' as never }, undefined)).toThrow("options.jsFrames = \"exactly\": expected true, false or 'exact'");
    expect(resolveOptions({ nframe: 4, overlay: true }, '16')).toEqual({ enabled: true, nframe: 4, overlay: true, jsFrames: true, symbols: {}, debugFile: {} });
  });

  it('bad values: one line with the value and the expected form', () => {
    expect(() => resolveOptions({}, 'lots')).toThrow('wasm-tracemalloc: WASM_TRACEMALLOC = "lots": expected a number of frames from 1 to 64');
    expect(() => resolveOptions({}, '65')).toThrow('WASM_TRACEMALLOC = 65: expected a number of frames from 1 to 64');
    expect(() => resolveOptions({ nframe: 0 }, undefined)).toThrow('options.nframe = 0: expected a number of frames from 1 to 64');
    expect(() => resolveOptions({ enabled: 'yes' as never }, undefined)).toThrow('options.enabled = "yes": expected true or false');
    expect(() => resolveOptions('16' as never, undefined)).toThrow('options = "16": expected { enabled?, nframe?, overlay?, jsFrames?, symbols?, debugFile? }');
  });

  it('symbols / debugFile: a file for each module, by the module\'s file name', () => {
    expect(resolveOptions({ symbols: { 'app.wasm': 'build/app.js.symbols' }, debugFile: { 'dist/x.wasm': 'x.debug.wasm' } }, '1')).toMatchObject(
      { symbols: { 'app.wasm': 'build/app.js.symbols' }, debugFile: { 'dist/x.wasm': 'x.debug.wasm' } });
    expect(() => resolveOptions({ symbols: 'app.js.symbols' as never }, '1')).toThrow(
      'wasm-tracemalloc: options.symbols = "app.js.symbols": expected an object naming a file for each module, e.g. { \'app.wasm\': \'build/app.js.symbols\' }');
    expect(() => resolveOptions({ symbols: { 'app.js': 'app.js.symbols' } }, '1')).toThrow('options.symbols: "app.js" is not a module: expected an object naming a file for each module');
    expect(() => resolveOptions({ debugFile: { 'app.wasm': '' } }, '1')).toThrow('options.debugFile["app.wasm"] = "": expected an object naming a file for each module, e.g. { \'app.wasm\': \'build/app.debug.wasm\' }');
  });
});

describe('disabled', () => {
  it('the Vite and Rollup plugins resolve, load, transform and emit nothing, and touch no config', () => {
    const hooks = ['config', 'configResolved', 'configureServer', 'transformIndexHtml', 'resolveId', 'load', 'transform', 'generateBundle', 'writeBundle'];
    for (const make of [plugins.vite, plugins.rollup]) {
      const plugin = make({ enabled: false }) as unknown as Record<string, unknown>;
      expect(hooks.filter((k) => k in plugin)).toEqual([]);
      expect(make({ enabled: true }) as unknown as Record<string, unknown>).toHaveProperty('transform');
    }
  });
});
