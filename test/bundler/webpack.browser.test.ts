// webpack 5 with a wasm-bindgen `--target bundler` package from npm (brotli-wasm's browser entry:
// `import * as wasm from './x_bg.wasm'`, experiments.asyncWebAssembly) and the Rust fixture in the
// wasm-pack `--target web` shape (`new URL(…, import.meta.url)`, an asset module). Built by the
// webpack API with the app's own config, served statically, opened in Chromium; the same checks as
// the Vite tests: identical with the plugin on and off, exact lines, the bundler package traced.
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import webpack, { type Configuration } from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byLine, expectedLines, launchChromium, manifest, openApp, prepareApps, serveStatic, withEnv, type AppRun, type Checkpoint } from './harness';

interface Result {
  rust: { stdout: string; checkpoints: Record<number, Checkpoint> };
  brotli: { inputLength: number; compressedLength: number; digest: string; roundTrip: boolean; streamOut: number; added?: number[]; left?: number[] };
}

let browser: Browser;
let apps: string;
const rust = manifest('rust');

beforeAll(async () => {
  apps = prepareApps('webpack');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function webpackBuild(nframe: string | null): Promise<{ dir: string; assets: string[] }> {
  const app = join(apps, 'webpack');
  const make = (await import(pathToFileURL(join(app, 'webpack.config.mjs')).href)).default as () => Configuration;
  const config = await withEnv(nframe, async () => make());
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err ? reject(err) : s!.hasErrors() ? reject(new Error(s!.toString('errors-only'))) : resolve(s!))),
  );
  const dir = stats.compilation.outputOptions.path!;
  copyFileSync(join(app, 'index.html'), join(dir, 'index.html'));
  copyFileSync(join(apps, 'wasm-pack/style.css'), join(dir, 'style.css'));
  return { dir, assets: readdirSync(dir).filter((f) => f.endsWith('.wasm')).sort() };
}

async function runBuilt(dir: string): Promise<AppRun<Result>> {
  const server = await serveStatic(dir);
  try {
    const run = await openApp<Result>(browser, server.url);
    await run.page.context().close();
    return run;
  } finally {
    await server.close();
  }
}

describe('webpack 5 + wasm-bindgen --target bundler (asyncWebAssembly)', () => {
  it('the same app on and off; exact Rust lines; the bundler package traced', async () => {
    const plain = await webpackBuild(null);
    const off = await runBuilt(plain.dir);
    expect(off.errors).toEqual([]);
    expect(off.result.rust.stdout).toBe(rust.stdout);
    expect(off.result.brotli.roundTrip).toBe(true);
    expect(off.result.brotli.added).toBeUndefined();
    expect(off.result.brotli.left).toBeUndefined();
    // the .module.wasm is brotli's bundler build (asyncWebAssembly), the other the asset of new URL()
    expect(plain.assets.some((f) => f.endsWith('.module.wasm'))).toBe(true);
    expect(plain.assets.length).toBe(2);

    const traced = await webpackBuild('16');
    const on = await runBuilt(traced.dir);
    expect(on.errors).toEqual([]);
    expect(on.out).toBe(off.out);
    expect(on.layout).toEqual(off.layout);
    expect({ ...on.result.brotli, added: undefined, left: undefined }).toEqual(off.result.brotli);
    for (const c of rust.checkpoints) {
      const got = on.result.rust.checkpoints[c.checkpoint]!;
      expect(byLine(got.traces, rust.sources), `checkpoint ${c.checkpoint}`).toEqual(expectedLines(c.live));
      expect(got.memory[0]).toBe(c.bytes);
    }
    expect(on.result.brotli.added!.length).toBeGreaterThan(0); // the stream's state in Rust's heap
    expect(on.result.brotli.left).toEqual([]); // freed by free(): no phantom blocks
  });
});
