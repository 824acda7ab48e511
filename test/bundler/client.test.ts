// What the plugins inject into the page must be browser-safe: esbuild bundles bundler/client.ts
// for the browser platform, where any Node built-in (reached through any import) fails the build,
// and nothing of instrument/, native/ or node/ may be in the bundle.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from '../root';

describe('bundler/client.ts', () => {
  it('bundles for the browser with no Node built-in and no build-time folder', async () => {
    const result = await build({ entryPoints: [join(root, 'bundler/client.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => /^(instrument|native|node|cli)\//.test(f))).toEqual([]);
    expect(inputs).toContain('report/html.ts');
    expect(inputs).toContain('runtime/index.ts');
  });
});
