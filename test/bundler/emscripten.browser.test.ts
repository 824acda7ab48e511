// Vite 8 with an Emscripten module built by emcc 3.1.6 (apps/emscripten/build.sh: -O0 -gsource-map, ES module glue for
// the web), loaded the way Emscripten documents for bundlers: `?url` for the .wasm, locateFile to
// hand it to the glue. The plugin resolves the module's source map at build time; the config asks
// for the overlay at load. Lines are checked against fixtures/emscripten-sourcemap's manifest
// (the same C file and flags; llvm-symbolizer's answers), and the console API is driven as a
// developer would from DevTools.
import { join, relative, resolve } from 'node:path';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byLine, cli, expectedLines, launchChromium, manifest, openApp, prepareApps, repo, resultsDir, serveStatic, withEnv, type AppRun, type Checkpoint } from './harness';

interface Result { stdout: string; checkpoints: Record<number, Checkpoint> }

let browser: Browser;
let apps: string;
const m = manifest('emscripten-sourcemap');

beforeAll(async () => {
  apps = prepareApps('emscripten');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function buildAndOpen(nframe: string | null, outDir: string): Promise<AppRun<Result>> {
  const root = join(apps, 'emscripten');
  await withEnv(nframe, () => build({ root, configFile: join(root, 'vite.config.js'), build: { outDir: join(apps, outDir), emptyOutDir: true } }));
  const server = await serveStatic(join(apps, outDir));
  try {
    return await openApp<Result>(browser, server.url);
  } finally {
    await server.close();
  }
}

describe('Vite + Emscripten (emcc -gsource-map, ?url + locateFile)', () => {
  let off: AppRun<Result>;
  let on: AppRun<Result>;

  beforeAll(async () => {
    off = await buildAndOpen(null, 'out-off');
    await off.page.context().close();
    on = await buildAndOpen('16', 'out-on');
  });

  afterAll(async () => {
    await on?.page.context().close();
  });

  it('runs the same with the plugin on and off, overlay and all', () => {
    expect(off.errors).toEqual([]);
    expect(on.errors).toEqual([]);
    expect(m.stdout).toBe(off.result.stdout);
    expect(on.out).toBe(off.out);
    expect(on.layout).toEqual(off.layout);
    expect(off.result.checkpoints).toEqual({});
  });

  it('every checkpoint holds the manifest lines, sizes and counts (source map resolved at build time)', () => {
    // frames name files relative to the Vite root, as the developer's project sees them
    const fromRepo = (f: string) => relative(repo, resolve(apps, 'emscripten', f));
    for (const c of m.checkpoints) {
      const got = on.result.checkpoints[c.checkpoint]!;
      expect(byLine(got.traces, m.sources, fromRepo), `checkpoint ${c.checkpoint}`).toEqual(expectedLines(c.live));
      expect(got.memory[0]).toBe(c.bytes);
    }
  });

  it('overlay: true shows the panel at load, in its own shadow root', async () => {
    const page = on.page;
    await page.waitForFunction(() => (document.querySelector('wasm-tracemalloc-overlay')?.shadowRoot?.querySelectorAll('li .where').length ?? 0) > 0);
    const text = await page.locator('wasm-tracemalloc-overlay .panel').textContent();
    const leak = m.checkpoints.at(-1)!.live[0]!;
    expect(text).toMatch(/current \d/);
    expect(text).toContain(`program.c:${leak.line}`);
    // the page's `div, span, button { color: red !important }` does not reach inside
    const color = await page.locator('wasm-tracemalloc-overlay button.download').evaluate((b) => getComputedStyle(b).color);
    expect(color).not.toBe('rgb(255, 0, 0)');
    await page.screenshot({ path: join(resultsDir, 'bundler-emscripten-overlay.png') });
  });

  it('globalThis.wasmTracemalloc: top() and compare() print CPython\'s lines, dump() downloads what the CLI reads', async () => {
    const page = on.page;
    const logs: string[] = [];
    const onLog = (msg: ConsoleMessage) => logs.push(msg.text());
    page.on('console', onLog);
    const leak = m.checkpoints.at(-1)!.live[0]!;
    const file = relative(join(apps, 'emscripten'), join(repo, leak.file));
    const line = `${file}:${leak.line}: size=${leak.bytes} B, count=1, average=${leak.bytes} B`;
    const top = await page.evaluate(() => (globalThis as any).wasmTracemalloc.top(5).map(String));
    expect(top).toContain(line);
    const diffs = await page.evaluate(() => {
      const t = (globalThis as any).wasmTracemalloc;
      return [t.compare().map(String), t.compare().map(String)];
    });
    // since tracing began the leak is new; since the previous compare() nothing changed
    expect(diffs[0]).toContain(`${file}:${leak.line}: size=${leak.bytes} B (+${leak.bytes} B), count=1 (+1), average=${leak.bytes} B`);
    expect(diffs[1]).toEqual([`${file}:${leak.line}: size=${leak.bytes} B (+0 B), count=1 (+0), average=${leak.bytes} B`]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => (globalThis as any).wasmTracemalloc.dump('app.tmsnap'))]);
    expect(download.suggestedFilename()).toBe('app.tmsnap');
    const saved = join(resultsDir, 'bundler-emscripten.tmsnap');
    await download.saveAs(saved);
    page.off('console', onLog);
    expect(logs.join('\n')).toContain(line);
    const fromCli = cli('top', saved);
    expect(fromCli.status).toBe(0);
    expect(fromCli.stdout).toContain(line);
    // the timeline the page sampled travels in the file: `report` draws it
    const report = cli('report', saved, '-o', join(resultsDir, 'bundler-emscripten-report.html'));
    expect(report.status).toBe(0);
  });
});

describe('Vite + Emscripten -sSINGLE_FILE (the module embedded in the glue as base64)', () => {
  let off: AppRun<Result>;
  let on: AppRun<Result>;
  let logs: string[];

  async function buildSingle(nframe: string | null, outDir: string): Promise<AppRun<Result>> {
    const root = join(apps, 'emscripten');
    const input = join(root, 'index-single.html');
    await withEnv(nframe, () => build({ root, configFile: join(root, 'vite.config.js'), build: { outDir: join(apps, outDir), emptyOutDir: true, rollupOptions: { input } } }));
    const server = await serveStatic(join(apps, outDir));
    try {
      return await openApp<Result>(browser, new URL("index-single.html", server.url).href);
    } finally {
      await server.close();
    }
  }

  beforeAll(async () => {
    off = await buildSingle(null, 'out-single-off');
    await off.page.context().close();
    logs = [];
    const info = console.info;
    console.info = (line: string) => logs.push(line);
    try {
      on = await buildSingle('16', 'out-single-on');
    } finally {
      console.info = info;
    }
    await on.page.context().close();
  });

  it('runs the same with the plugin on and off', () => {
    expect(off.errors).toEqual([]);
    expect(on.errors).toEqual([]);
    expect(on.out).toBe(off.out);
    expect(m.stdout).toBe(off.result.stdout);
    expect(off.result.checkpoints).toEqual({});
  });

  it('instruments the base64 module where the glue passes through the bundler, and says so naming the glue', () => {
    expect(logs.filter((l) => l.includes('program-single.js'))).toEqual([
      expect.stringMatching(/^wasm-tracemalloc: build\/program-single\.js \(embedded, base64\): traced, \d+ allocation sites, .*lines from DWARF/),
    ]);
    // the page, whose scripts are one bundle, names the module by the origin the plugin wrote in it
    expect(on.console.filter((l) => l.includes('wasm-tracemalloc:'))).toEqual(['debug: wasm-tracemalloc: build/program-single.js (embedded, base64): traced (instrumented ahead of time)']);
  });

  it('every checkpoint holds the manifest lines, sizes and counts (DWARF inside the embedded module)', () => {
    const fromRepo = (f: string) => relative(repo, resolve(apps, 'emscripten', f));
    for (const c of m.checkpoints) {
      const got = on.result.checkpoints[c.checkpoint]!;
      expect(got, `checkpoint ${c.checkpoint}`).toBeDefined();
      expect(byLine(got.traces, m.sources, fromRepo), `checkpoint ${c.checkpoint}`).toEqual(expectedLines(c.live));
      expect(got.memory[0]).toBe(c.bytes);
    }
  });
});
