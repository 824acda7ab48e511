// Vite 8 with release builds of an Emscripten program (apps/emscripten-release/build.sh: emcc -O2,
// one with --emit-symbol-map, one with -gseparate-dwarf; no names or DWARF in either module's
// code). The plugin finds, beside each module, the companions Node finds (the symbol map, the
// .debug.wasm that external_debug_info names), or takes them from its `symbols` / `debugFile`
// options, and says in its line where names came from. Oracles: the same app under
// `node --import wasm-tracemalloc/register` on the same files (frames must read the same), the
// symbol map's own names, fixtures/emscripten-sourcemap's manifest for the DWARF lines (the same C
// file; llvm-symbolizer's answers), and a control build with the companions moved away.
// Both sides without JS frames (the page's and Node's JS differ; the wasm frames are compared).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import wasmTracemalloc from 'wasm-tracemalloc/vite';
import { byLine, expectedLines, launchChromium, manifest, openApp, prepareApps, repo, serveStatic, type Checkpoint, type PageTrace } from './harness';

interface Result { stdout: string; checkpoints: Record<number, Checkpoint> }
type Build = 'symbols' | 'dwarf';

let browser: Browser;
let app: string;
const m = manifest('emscripten-sourcemap');

beforeAll(async () => {
  app = join(prepareApps('release-symbols'), 'emscripten-release');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Builds the app with these plugin options; the plugin's lines in the log. */
async function viteBuild(outDir: string, options: Parameters<typeof wasmTracemalloc>[0]): Promise<string[]> {
  const lines: string[] = [];
  const info = vi.spyOn(console, 'info').mockImplementation((line: string) => void lines.push(line));
  try {
    await build({ root: app, configFile: false, plugins: [wasmTracemalloc({ enabled: true, nframe: 16, jsFrames: false, ...options })], build: { target: 'es2022', outDir: join(app, outDir), emptyOutDir: true }, logLevel: 'warn' });
  } finally {
    info.mockRestore();
  }
  return lines.filter((l) => l.startsWith('wasm-tracemalloc: '));
}

async function openBuild(outDir: string, which: Build): Promise<Result> {
  const server = await serveStatic(join(app, outDir));
  try {
    const run = await openApp<Result>(browser, `${server.url}?build=${which}`);
    await run.page.context().close();
    expect(run.errors).toEqual([]);
    return run.result;
  } finally {
    await server.close();
  }
}

/** The same app under Node's register, from the app's folder (so frames read relative to it, as Vite's root),
 * without JS frames (register's default has them; the plugin's, as the page runs here, does not). */
function underNode(which: Build): Result {
  const out = execFileSync(process.execPath, ['--import', join(repo, 'dist/node/register.js'), 'node.mjs', which],
    { cwd: app, encoding: 'utf8', env: { ...process.env, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_JS_FRAMES: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as Result;
}

/** Checkpoints with their traces in one order (a snapshot's order is not part of its meaning). */
function sorted(result: Result): Record<number, { traces: PageTrace[]; memory: [number, number] }> {
  return Object.fromEntries(Object.entries(result.checkpoints).map(([n, c]) => [n, { ...c, traces: [...c.traces].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) }]));
}

const frames = (r: Result) => Object.values(r.checkpoints).flatMap((c) => c.traces.flatMap((t) => t.frames));
/** The symbol map's own names (index:name lines), read here, not by the tool. */
const mapNames = () => new Set(readFileSync(join(app, 'symbols/program.js.symbols'), 'utf8').split('\n').filter(Boolean).map((l) => l.slice(l.indexOf(':') + 1)));

describe('Vite + Emscripten release builds: names from the files beside the module', () => {
  let log: string[];
  const page: Partial<Record<Build, Result>> = {};
  beforeAll(async () => {
    log = await viteBuild('out-auto', {});
    page.symbols = await openBuild('out-auto', 'symbols');
    page.dwarf = await openBuild('out-auto', 'dwarf');
  });

  it('the plugin\'s line says where names came from', () => {
    expect(log).toHaveLength(2);
    expect(log.find((l) => l.includes('symbols/program.wasm'))).toMatch(/^wasm-tracemalloc: symbols\/program\.wasm: traced, \d+ allocation sites, libc, found by code fingerprint: dlmalloc \(malloc, free\); no source lines, names from the symbol map symbols\/program\.js\.symbols$/);
    expect(log.find((l) => l.includes('dwarf/program.wasm'))).toMatch(/^wasm-tracemalloc: dwarf\/program\.wasm: traced, \d+ allocation sites, libc, found by names: dlmalloc, dlfree, dlrealloc, dlcalloc; lines from DWARF \(separate: dwarf\/program\.debug\.wasm\), names from the module$/);
  });

  it('--emit-symbol-map: every frame named from the map, as Node names them', () => {
    const node = underNode('symbols');
    expect(page.symbols!.stdout).toBe(m.stdout);
    expect(node.stdout).toBe(m.stdout);
    expect(sorted(page.symbols!)).toEqual(sorted(node));
    const names = mapNames();
    const seen = frames(page.symbols!).map(([f]) => f.replace(/\+0x[0-9a-f]+$/, ''));
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((n) => !names.has(n))).toEqual([]);
    // the program's own functions, by the names its source gives them
    expect(new Set(seen)).toEqual(new Set(['main', 'middle', 'outer', 'dlcalloc']));
  });

  it('-gseparate-dwarf: the lines of the manifest, from the .debug.wasm external_debug_info names, as Node reads them', () => {
    const node = underNode('dwarf');
    expect(sorted(page.dwarf!)).toEqual(sorted(node));
    // the DWARF names the file relative to the repository (build.sh: -fdebug-prefix-map)
    for (const c of m.checkpoints) {
      const got = page.dwarf!.checkpoints[c.checkpoint]!;
      expect(byLine(got.traces, m.sources), `checkpoint ${c.checkpoint}`).toEqual(expectedLines(c.live));
      expect(got.memory[0]).toBe(c.bytes);
    }
  });

  it('the dev server (`vite`) serves the modules named the same way', async () => {
    const lines: string[] = [];
    const info = vi.spyOn(console, 'info').mockImplementation((line: string) => void lines.push(line));
    // a copy: other paths than the build's, so nothing comes from the plugin's in-memory cache
    const dev = `${app}-dev`;
    cpSync(app, dev, { recursive: true, filter: (f) => !f.includes('/out-') });
    const server = await createServer({ root: dev, configFile: false, plugins: [wasmTracemalloc({ enabled: true, nframe: 16, jsFrames: false })], server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
    try {
      await server.listen();
      for (const which of ['symbols', 'dwarf'] as const) {
        const run = await openApp<Result>(browser, `${server.resolvedUrls!.local[0]!}?build=${which}`);
        await run.page.context().close();
        expect(run.errors).toEqual([]);
        expect(sorted(run.result)).toEqual(sorted(page[which]!));
      }
    } finally {
      await server.close();
      info.mockRestore();
    }
    expect(lines.filter((l) => l.startsWith('wasm-tracemalloc: ')).sort()).toEqual([...log].sort());
  });

  describe('companions moved away', () => {
    let control: { log: string[]; symbols: Result; dwarf: Result };
    let given: { log: string[]; symbols: Result; dwarf: Result };
    beforeAll(async () => {
      mkdirSync(join(app, 'maps'));
      renameSync(join(app, 'symbols/program.js.symbols'), join(app, 'maps/app.symbols'));
      renameSync(join(app, 'dwarf/program.debug.wasm'), join(app, 'maps/program.debug.wasm'));
      const controlLog = await viteBuild('out-control', {});
      control = { log: controlLog, symbols: await openBuild('out-control', 'symbols'), dwarf: await openBuild('out-control', 'dwarf') };
      const givenLog = await viteBuild('out-given', { symbols: { 'symbols/program.wasm': 'maps/app.symbols' }, debugFile: { 'dwarf/program.wasm': 'maps/program.debug.wasm' } });
      given = { log: givenLog, symbols: await openBuild('out-given', 'symbols'), dwarf: await openBuild('out-given', 'dwarf') };
    });

    it('without them (the control): frames known by index only, and no lines; the line says so', () => {
      expect(control.log.find((l) => l.includes('symbols/program.wasm'))).toMatch(/no source lines, \d+ of \d+ functions are known only by their index$/);
      expect(control.log.find((l) => l.includes('dwarf/program.wasm'))).toMatch(/no source lines, names from the module$/);
      expect(frames(control.symbols).some(([f]) => f.startsWith('wasm-function['))).toBe(true);
      expect(frames(control.dwarf).every(([, line]) => line === 0)).toBe(true);
      expect(sorted(control.symbols)).not.toEqual(sorted(page.symbols!));
    });

    it('options symbols / debugFile: the same frames as found beside the module', () => {
      expect(given.log.find((l) => l.includes('symbols/program.wasm'))).toMatch(/names from the symbol map maps\/app\.symbols$/);
      expect(given.log.find((l) => l.includes('dwarf/program.wasm'))).toMatch(/lines from DWARF \(separate: maps\/program\.debug\.wasm\), names from the module$/);
      expect(sorted(given.symbols)).toEqual(sorted(page.symbols!));
      expect(sorted(given.dwarf)).toEqual(sorted(page.dwarf!));
    });

    it('a file the options name that is missing or wrong: what was wrong and what was expected', async () => {
      await expect(viteBuild('out-bad', { symbols: { 'symbols/program.wasm': 'maps/nope.symbols' } })).rejects.toThrow(
        `wasm-tracemalloc: options.symbols["symbols/program.wasm"] = "maps/nope.symbols": no such file (${join(app, 'maps/nope.symbols')}); expected the symbol map emcc --emit-symbol-map wrote (app.js.symbols), relative to the project root`);
      writeFileSync(join(app, 'maps/not-a-map.txt'), 'hello\n');
      await expect(viteBuild('out-bad', { symbols: { 'program.wasm': 'maps/not-a-map.txt' } })).rejects.toThrow(
        'options.symbols["program.wasm"] = "maps/not-a-map.txt": not a symbol map');
      await expect(viteBuild('out-bad', { debugFile: { 'dwarf/program.wasm': 'maps/app.symbols' } })).rejects.toThrow(
        'options.debugFile["dwarf/program.wasm"] = "maps/app.symbols": not a wasm file');
    });
  });
});
