// esbuild and Rollup, through their JS APIs, on the Emscripten app (emcc -gsource-map): esbuild
// with its `file` loader for .wasm (the plugin instruments in the loader, where the source map
// still sits next to the module), Rollup with @rollup/plugin-url (which copies the .wasm into the
// output folder itself: the plugin instruments what it finds there after the write, from DWARF or
// names only, since the map stays behind). Same app on and off; exact lines where they can be.
import { copyFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import url from '@rollup/plugin-url';
import { build as esbuild } from 'esbuild';
import type { Browser } from 'playwright-core';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wasmTracemallocEsbuild from 'wasm-tracemalloc/esbuild';
import wasmTracemallocRollup from 'wasm-tracemalloc/rollup';
import { byLine, expectedLines, launchChromium, manifest, openApp, prepareApps, repo, serveStatic, withEnv, type AppRun, type Checkpoint } from './harness';

interface Result { stdout: string; checkpoints: Record<number, Checkpoint> }

let browser: Browser;
let apps: string;
const m = manifest('emscripten-sourcemap');

beforeAll(async () => {
  apps = prepareApps('esbuild-rollup');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function page(dir: string): void {
  copyFileSync(join(apps, 'emscripten/index-file.html'), join(dir, 'index.html'));
  copyFileSync(join(apps, 'wasm-pack/style.css'), join(dir, 'style.css'));
}

async function open(dir: string): Promise<AppRun<Result>> {
  const server = await serveStatic(dir);
  try {
    const run = await openApp<Result>(browser, server.url);
    await run.page.context().close();
    return run;
  } finally {
    await server.close();
  }
}

const bundlers = {
  async esbuild(nframe: string | null, outdir: string): Promise<void> {
    const plugin = await withEnv(nframe, async () => wasmTracemallocEsbuild());
    await esbuild({ entryPoints: [join(apps, 'emscripten/main-file.js')], bundle: true, format: 'esm', outdir, absWorkingDir: join(apps, 'emscripten'),
      loader: { '.wasm': 'file' }, plugins: [plugin], logLevel: 'error' });
  },
  async rollup(nframe: string | null, dir: string): Promise<void> {
    const plugin = await withEnv(nframe, async () => wasmTracemallocRollup());
    const bundle = await rollup({ input: join(apps, 'emscripten/main-file.js'), plugins: [url({ include: ['**/*.wasm'], limit: 0 }), plugin], logLevel: 'silent' });
    await bundle.write({ dir, format: 'es' });
    await bundle.close();
  },
};

describe.each(['esbuild', 'rollup'] as const)('%s + Emscripten', (name) => {
  it('the same app on and off; every checkpoint on the manifest lines', async () => {
    const offDir = join(apps, `${name}-off`);
    await bundlers[name](null, offDir);
    page(offDir);
    const off = await open(offDir);
    expect(off.errors).toEqual([]);
    expect(off.result.stdout).toBe(m.stdout);
    expect(off.result.checkpoints).toEqual({});

    const onDir = join(apps, `${name}-on`);
    await bundlers[name]('16', onDir);
    page(onDir);
    expect(readdirSync(onDir).filter((f) => f.endsWith('.wasm')).length).toBe(1);
    const on = await open(onDir);
    expect(on.errors).toEqual([]);
    expect(on.out).toBe(off.out);
    expect(on.layout).toEqual(off.layout);
    const fromRepo = (f: string) => relative(repo, resolve(apps, 'emscripten', f));
    for (const c of m.checkpoints) {
      const got = on.result.checkpoints[c.checkpoint]!;
      expect(got.memory[0], `checkpoint ${c.checkpoint}`).toBe(c.bytes);
      if (name === 'esbuild') expect(byLine(got.traces, m.sources, fromRepo), `checkpoint ${c.checkpoint}`).toEqual(expectedLines(c.live));
    }
  });
});
