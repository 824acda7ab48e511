// The README's "In the browser" section, run as written: its vite.config.js and its shell line
// build the Emscripten app (the real `npx vite build`), its console lines are typed into that page,
// its `instrument` line is the real CLI, and its two plain-API examples run verbatim as the page's
// module script (the page supplies `imports` and the import map, as an app would). If the README
// drifts from the code, or an example stops naming the right lines, this fails.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSize } from '../../runtime/model/format-size';
import { cli, launchChromium, manifest, openApp, prepareApps, repo, resultsDir, serveStatic } from './harness';

const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## In the browser'), readme.indexOf('\n## ', readme.indexOf('## In the browser') + 5));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((b) => ({ lang: b[1]!, code: b[2]! }));

let browser: Browser;
let apps: string;
const emscripten = manifest('emscripten-sourcemap');
const rust = manifest('rust');

beforeAll(async () => {
  apps = prepareApps('readme');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The lines CPython's str(Statistic) prints for a manifest checkpoint, `file` as the page names it. */
function statLines(live: { file: string; line: number; count: number; bytes: number }[], file: (f: string) => string = (f) => f): string[] {
  return live.map((l) => `${file(l.file)}:${l.line}: size=${formatSize(l.bytes)}, count=${l.count}, average=${formatSize(Math.round(l.bytes / l.count))}`);
}

function block(lang: string, marker: string): string {
  const found = blocks.find((b) => b.lang === lang && b.code.includes(marker));
  if (!found) throw new Error(`README's browser section has no ${lang} block with ${JSON.stringify(marker)}`);
  return found.code;
}

/** A page whose module script is `code`, `imports` set beforehand, the package mapped to dist/. */
function pageWith(dir: string, code: string, imports = '{}'): void {
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "wasm-tracemalloc/browser": "/dist/runtime/index.js" } }</script>
<script>window.imports = ${imports};</script>
<script type="module">${code}
window.appResult = {}; window.appDone = true;</script><pre id="out"></pre><h1></h1><p class="footer"></p>`);
}

describe('README: In the browser', () => {
  it('the Vite config and shell line build an app that traces, with the overlay; the console lines work', async () => {
    const app = join(apps, 'emscripten');
    writeFileSync(join(app, 'vite.config.js'), block('js', 'wasm-tracemalloc/vite'));
    execSync(block('sh', 'vite'), { cwd: app, stdio: 'pipe', shell: '/bin/bash' });
    const server = await serveStatic(join(app, 'dist'));
    const run = await openApp(browser, server.url);
    const page = run.page;
    try {
      expect(run.errors).toEqual([]);
      expect(run.out).toBe(emscripten.stdout);
      await page.locator('wasm-tracemalloc-overlay .panel').waitFor();
      const logs: string[] = [];
      page.on('console', (m: ConsoleMessage) => logs.push(m.text()));
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));
      const saved = page.waitForEvent('download');
      for (const line of block('js', 'wasmTracemalloc.top()').trim().split('\n')) {
        const expression = line.replace(/\/\/.*$/, '').trim();
        await page.evaluate(`void (${expression})`);
      }
      const file = join(resultsDir, 'bundler-readme.tmsnap');
      await (await saved).saveAs(file);
      const leak = statLines(emscripten.checkpoints.at(-1)!.live, (f) => `../../../../${f}`);
      expect(logs.join('\n')).toContain(leak[0]);
      expect(downloads.length).toBe(1);
      expect(cli('top', file).stdout).toContain(leak[0]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('the browser entry with instantiateStreaming, on a module the CLI instrumented', async () => {
    const dir = join(apps, 'plain');
    mkdirSync(dir);
    copyFileSync(join(repo, 'fixtures/rust/lib.wasm'), join(dir, 'app.wasm'));
    execSync(block('sh', 'instrument').trim().replace(/^npx wasm-tracemalloc/, `node ${join(repo, 'bin/wasm-tracemalloc.js')}`), { cwd: dir, stdio: 'pipe' });
    pageWith(dir, block('js', 'instantiateStreaming'), '{ env: { print() {}, checkpoint() {} } }');
    const server = await serveStatic(dir, { dist: true });
    const context = await browser.newContext();
    const page = await context.newPage();
    const logs: string[] = [];
    const errors: string[] = [];
    // the program's lines; the tracer's one line per traced module is at the debug level
    page.on('console', (m) => { if (m.type() !== 'debug') logs.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { appDone?: boolean }).appDone === true);
      expect(errors).toEqual([]);
      expect(logs).toEqual(statLines(rust.checkpoints.at(-1)!.live));
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('Emscripten glue handed tracemalloc.instantiateWasm', async () => {
    const dir = join(apps, 'emscripten', 'build');
    execSync(`node ${join(repo, 'bin/wasm-tracemalloc.js')} instrument program.wasm -o program.traced.wasm`, { cwd: dir, stdio: 'pipe' });
    // the fixture program reports checkpoints to Module.checkpoint, which the README's call leaves
    // out: the page's ./program.js is the emcc glue with that one option filled in
    renameSync(join(dir, 'program.js'), join(dir, 'program.glue.js'));
    writeFileSync(join(dir, 'program.js'), "import glue from './program.glue.js';\nexport default (options) => glue({ checkpoint() {}, ...options });\n");
    pageWith(dir, block('js', 'instantiateWasm'));
    const server = await serveStatic(dir, { dist: true });
    const context = await browser.newContext();
    const page = await context.newPage();
    const logs: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { appDone?: boolean }).appDone === true);
      expect(errors).toEqual([]);
      // the glue printed the program's output; the snapshot printed its one leak, on its line
      const printed = logs.join('\n');
      expect(printed).toContain(emscripten.stdout.trim());
      expect(printed).toContain(statLines(emscripten.checkpoints.at(-1)!.live, (f) => join(repo, f))[0]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
