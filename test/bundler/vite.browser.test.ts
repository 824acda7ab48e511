// Vite 8 with wasm-pack `--target web` packages (brotli-wasm from npm; the Rust fixture in that
// shape), built by `vite build` and served by `vite` (dev), opened in Chromium. With
// WASM_TRACEMALLOC set the plugin instruments what the app fetches and runs the client first;
// unset, the same config builds the plain app. The app must compute the same either way, the
// Rust program's live memory must sit on the manifest's exact lines (llvm-symbolizer's answers,
// fixtures/README.md), and the overlay, its download and its report must work.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byLine, cli, expectedLines, launchChromium, layoutOf, manifest, openApp, prepareApps, repo, resultsDir, serveStatic, withEnv, type AppRun, type Checkpoint } from './harness';

interface Result {
  rust: { stdout: string; checkpoints: Record<number, Checkpoint> };
  brotli: { inputLength: number; compressedLength: number; digest: string; roundTrip: boolean; streamOut: number;
    added?: number[]; left?: number[] };
}

let browser: Browser;
let apps: string;
const rust = manifest('rust');

beforeAll(async () => {
  apps = prepareApps('vite');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function viteBuild(nframe: string | null, outDir: string, sourcemap = false): Promise<string> {
  const root = join(apps, 'wasm-pack');
  const input = { main: join(root, 'index.html'), init: join(root, 'init.html'), public: join(root, 'public.html') };
  await withEnv(nframe, () => build({ root, configFile: join(root, 'vite.config.js'), build: { outDir: join(apps, outDir), emptyOutDir: true, sourcemap, rollupOptions: { input } } }));
  return join(apps, outDir);
}

async function runBuilt(dir: string, page = ''): Promise<AppRun<Result>> {
  const server = await serveStatic(dir);
  try {
    return await openApp<Result>(browser, server.url + page);
  } finally {
    await server.close();
  }
}

/** The tracer's view, as the tests of the Node runtime check it: each manifest checkpoint exact. */
function expectRustExact(result: Result): void {
  for (const c of rust.checkpoints) {
    const got = result.rust.checkpoints[c.checkpoint]!;
    expect(byLine(got.traces, rust.sources), `checkpoint ${c.checkpoint}`).toEqual(expectedLines(c.live));
    expect(got.memory[0]).toBe(c.bytes);
  }
}

/** brotli-wasm ships stripped (no DWARF, no names): instrument/ follows `__wbindgen_malloc` through
 * the call graph to Rust's allocator, so a stream's state is traced while it lives, and nothing of
 * it is left once the program frees it (no phantom blocks: the Rust frees are seen too). */
function expectBrotliTraced(result: Result): void {
  expect(result.brotli.added!.length).toBeGreaterThan(0);
  expect(result.brotli.left).toEqual([]);
}

describe('Vite + wasm-pack --target web', () => {
  let off: AppRun<Result>;

  beforeAll(async () => {
    off = await runBuilt(await viteBuild(null, 'out-off'));
    await off.page.context().close();
  });

  it('without WASM_TRACEMALLOC the plugin does nothing: the app runs untraced, no global', async () => {
    expect(off.errors).toEqual([]);
    expect(off.result.rust.stdout).toBe(rust.stdout);
    expect(off.result.rust.checkpoints).toEqual({});
    expect(off.result.brotli.roundTrip).toBe(true);
    expect(off.result.brotli.added).toBeUndefined();
    expect(off.result.brotli.left).toBeUndefined();
  });

  it('vite build: the same app, exact Rust lines at every checkpoint, brotli-wasm traced', async () => {
    const on = await runBuilt(await viteBuild('16', 'out-on'));
    await on.page.context().close();
    expect(on.errors).toEqual([]);
    expect(on.warnings).toEqual([]);
    expect(on.out).toBe(off.out);
    expect({ ...on.result.brotli, added: undefined, left: undefined }).toEqual(off.result.brotli);
    expect(on.layout).toEqual(off.layout);
    expectRustExact(on.result);
    expectBrotliTraced(on.result);
  });

  it("JS frames (the plugin's default) in a minified build: through the bundle's source map, the app's own file and line", async () => {
    // the oracle: the line of work.js that calls the Rust program's run(), read from the source
    const source = readFileSync(join(apps, 'wasm-pack/work.js'), 'utf8').split('\n');
    const runLine = source.findIndex((l) => l.trim() === 'run();') + 1;
    expect(runLine).toBeGreaterThan(0);
    for (const sourcemap of [true, false]) {
      const dir = await viteBuild('16', sourcemap ? 'out-maps' : 'out-nomaps', sourcemap);
      const server = await serveStatic(dir);
      try {
        const on = await openApp<Result>(browser, server.url);
        const oldest = await on.page.evaluate(async () => {
          const t = (globalThis as unknown as { wasmTracemalloc: { sourceMapsLoaded(): Promise<void>; takeSnapshot(): { traces: Iterable<{ traceback: Iterable<{ filename: string; lineno: number }> }> } } }).wasmTracemalloc;
          await t.sourceMapsLoaded();
          return [...t.takeSnapshot().traces].map((tr) => { const f = [...tr.traceback]; return f.map((x) => `${x.filename}:${x.lineno}`); });
        });
        await on.page.context().close();
        expect(on.errors).toEqual([]);
        expect(on.result.rust.stdout).toBe(rust.stdout);
        const js = [...new Set(oldest.flat().filter((f) => /\.js:\d+$/.test(f)))];
        if (sourcemap) {
          // every Rust allocation still live came through work.js's run() (with the page's frames below it)
          // (the map's sources are relative to the bundle: ../../wasm-pack/work.js, read from the page's root)
          expect(oldest.some((frames) => frames.some((f) => /\.rs:\d+$/.test(f)) && frames.includes(`wasm-pack/work.js:${runLine}`))).toBe(true);
          expect(js.every((f) => !/assets\/.*\.js:/.test(f))).toBe(true);
        } else {
          // no map: the bundle's own position, its origin left out
          expect(js.some((f) => /^assets\/[^/]+\.js:1$/.test(f))).toBe(true);
          expect(js).not.toContain(`wasm-pack/work.js:${runLine}`);
        }
      } finally {
        await server.close();
      }
    }
  });

  it.each(['init', 'public'])("%s.html (Vite's ?init helper; a module in public/), built and in dev: what it fetches is instrumented", async (name) => {
    const plain = await runBuilt(join(apps, 'out-off'), `${name}.html`);
    await plain.page.context().close();
    expect(plain.result.rust.stdout).toBe(rust.stdout);
    expect(plain.result.rust.checkpoints).toEqual({});
    const built = await runBuilt(await viteBuild('16', `out-${name}`), `${name}.html`);
    await built.page.context().close();
    expect(built.errors).toEqual([]);
    expect(built.result.rust.stdout).toBe(rust.stdout);
    expectRustExact(built.result);
    const root = join(apps, 'wasm-pack');
    const server = await withEnv('16', () => createServer({ root, configFile: join(root, 'vite.config.js'), server: { host: '127.0.0.1', port: 0 } }));
    await server.listen();
    try {
      const dev = await openApp<Result>(browser, `${server.resolvedUrls!.local[0]!}${name}.html`);
      await dev.page.context().close();
      expect(dev.errors).toEqual([]);
      expectRustExact(dev.result);
    } finally {
      await server.close();
    }
  });

  it('vite dev server: the same, with the modules instrumented as they are served', async () => {
    const root = join(apps, 'wasm-pack');
    const server = await withEnv('16', () => createServer({ root, configFile: join(root, 'vite.config.js'), server: { host: '127.0.0.1', port: 0 } }));
    await server.listen();
    try {
      const on = await openApp<Result>(browser, server.resolvedUrls!.local[0]!);
      await on.page.context().close();
      expect(on.errors).toEqual([]);
      expect(on.out).toBe(off.out);
      expectRustExact(on.result);
      expectBrotliTraced(on.result);
      // a .wasm outside what Vite serves stays refused: the plugin's middleware is no way around it
      const outside = join(mkdtempSync(join(tmpdir(), 'wtm-')), 'secret.wasm');
      copyFileSync(join(repo, 'fixtures/rust/lib.wasm'), outside);
      const response = await fetch(`${server.resolvedUrls!.local[0]!}@fs${outside}`);
      expect(response.status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it('the overlay opened from the console: renders, changes no layout, downloads a snapshot the CLI reads, opens the report', async () => {
    const on = await runBuilt(await viteBuild('16', 'out-on'));
    const page = on.page;
    try {
      await page.evaluate(() => (globalThis as unknown as { wasmTracemalloc: { showOverlay(): void } }).wasmTracemalloc.showOverlay());
      const panel = page.locator('wasm-tracemalloc-overlay .panel');
      await panel.waitFor();
      const last = rust.checkpoints.at(-1)!;
      // one row per line still live (the Rust program's leaks; brotli's stream was freed)
      await page.waitForFunction((n) => (document.querySelector('wasm-tracemalloc-overlay')?.shadowRoot?.querySelectorAll('li').length ?? 0) >= n, last.live.length);
      await page.screenshot({ path: join(resultsDir, 'bundler-vite-overlay.png') });
      expect(await layoutOf(page)).toEqual(off.layout);
      // the panel's top lines are the snapshot's: the leak the Rust program keeps is there, exactly
      const rows = await page.locator('wasm-tracemalloc-overlay li .where').allTextContents();
      const modules = (await page.locator('wasm-tracemalloc-overlay .modules').textContent()) ?? '';
      expect(modules).toMatch(/^traced: /);
      expect(modules).toMatch(/brotli_wasm_bg[^,]*\.wasm#\d/);
      expect(modules).toMatch(/rust_fixture_bg[^,]*\.wasm#\d/);
      for (const l of last.live) expect(rows).toContain(`${l.file}:${l.line}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('wasm-tracemalloc-overlay button.download').click()]);
      expect(download.suggestedFilename()).toMatch(/^wasm-tracemalloc-.*\.tmsnap$/);
      const file = join(resultsDir, 'bundler-vite.tmsnap');
      await download.saveAs(file);
      const top = cli('top', file, '--limit', '0');
      expect(top.status).toBe(0);
      for (const l of last.live) expect(top.stdout).toContain(`${l.file}:${l.line}: size=`);
      const [report] = await Promise.all([page.context().waitForEvent('page'), page.locator('wasm-tracemalloc-overlay button.report').click()]);
      await report.waitForLoadState();
      await report.waitForSelector('table');
      const text = (await report.textContent('body')) ?? '';
      expect(text).toContain(`${last.live[0]!.file}:${last.live[0]!.line}`);
      await report.screenshot({ path: join(resultsDir, 'bundler-vite-report.png') });
      expect(readFileSync(file).length).toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });
});
