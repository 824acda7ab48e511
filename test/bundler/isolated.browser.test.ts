// A cross-origin-isolated page (COOP/COEP) built by Vite with the plugin on and off
// (apps/isolated/: a module worker with a relative import(), a classic worker). The client starts
// tracing before the app, and a page's start() sets up the workers made after it (a blob:
// bootstrap that imports the tool's worker entry, runtime/tracer/workers.ts) — but a bundle carries
// no worker entry of the tool: each worker failed to import it (a 404 and a warning) and ran
// through the bootstrap (its `location` an own property). The plugin's client sets up no worker
// now: the page's workers are as without the plugin (threaded modules are left as built anyway).
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp, prepareApps, serveStatic, withEnv } from './harness';

let browser: Browser;
let apps: string;
beforeAll(async () => {
  apps = prepareApps('isolated');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

async function runBuilt(nframe: string | null, outDir: string) {
  const root = join(apps, 'isolated');
  await withEnv(nframe, () => build({ root, configFile: join(root, 'vite.config.js'), build: { outDir: join(apps, outDir), emptyOutDir: true } }));
  const missing: string[] = [];
  const server = await serveStatic(join(apps, outDir), { headers: ISOLATED, missing });
  try {
    const run = await openApp<unknown>(browser, server.url);
    await run.page.close();
    return { ...run, missing };
  } finally {
    await server.close();
  }
}

describe('a cross-origin-isolated page with workers, Vite', () => {
  it('with the plugin on, its workers are the ones the page made: same result, no tool fetched, no warning', async () => {
    const plain = await runBuilt(null, 'isolated-plain');
    expect(plain.result).toEqual({
      isolated: true,
      module: { isolated: true, file: 'worker.js', ownLocation: false, helper: 42 },
      classic: { isolated: true, ownLocation: false },
    });
    const traced = await runBuilt('16', 'isolated-traced');
    expect(traced.result).toEqual(plain.result);
    expect(traced.errors).toEqual([]);
    expect(traced.missing).toEqual([]); // before: runtime/worker.js, twice
    expect(traced.warnings.filter((w) => /wasm-tracemalloc/.test(w))).toEqual([]);
  });
});
