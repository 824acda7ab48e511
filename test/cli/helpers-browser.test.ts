// runtime/helpers and report/ (but for its file writers) must run in a browser: bundled for the
// browser platform with everything they use, nothing may pull in a Node built-in. (The report's
// page script comes in as at build time, through the same esbuild plugin as tsup's.)
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs build helper without types
import { reportUiEsbuildPlugin } from '../../report/ui/bundle.mjs';

describe.each([
  ['runtime/helpers/index.ts', 'runtime/helpers/trace-call.ts'],
  ['report/index.ts', 'report/html.ts'],
])('%s is browser-safe', (file, expected) => {
  it('bundles for the browser with no Node built-in', async () => {
    const entry = fileURLToPath(new URL(`../../${file}`, import.meta.url));
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent', plugins: [reportUiEsbuildPlugin()] });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((p) => p.endsWith(expected))).toBe(true);
    expect(inputs.filter((p) => /^node:|^(fs|path|os|child_process|zlib|url)$/.test(p))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|child_process|zlib)["']\)/);
  });
});
