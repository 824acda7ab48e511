// Threaded modules in the browser (docs/hook-abi.md, "Threaded modules"): a page served
// cross-origin isolated (COOP/COEP, as a threaded page must be for its shared memory) loads the
// browser entry from dist/, calls patchWebAssembly() and start(), then Emscripten's pthreads glue
// (emcc 3.1.6 -pthread -O2 -g, -sENVIRONMENT=web,worker: test/threads/src/tally.c, four threads
// that allocate and free) with its module instrumented ahead of time. start() made the arena and
// wrapped `Worker` (runtime/tracer/workers.ts): each pthread's worker runs the tool before the
// glue's worker script. The oracle is the program's own accounting, per thread, and the snapshot
// register writes for the same module in Node. Without cross-origin isolation the module is not
// traced, and its one line says why. Before, the page's threads were never traced.
import type { Server } from 'node:http';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '../../instrument/index';
import { Snapshot } from '../../runtime/model/snapshot';
import { recordedModules } from '../../runtime/tracer/modules';
import { recordedUnmatched } from '../../runtime/tracer/unmatched';
import { ownTracebacks, programTally, snapshotTally } from '../threads/tally';
import { root } from '../root';
import { launchChromium, serve } from './launch';

let server: Server;
let browser: Browser;
let base: string;
const built = join(root, 'test', 'threads', 'built');
const traced = instrument(readFileSync(join(built, 'tally-O2.wasm')), { threads: true }).bytes;
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

// The page runs the glue as a plain <script> with `Module` set beforehand; its .wasm is served
// instrumented (the glue fetches it through the patched WebAssembly), its worker script as built.
const PAGE = `<!doctype html><meta charset="utf-8"><title>threaded</title>
<script type="module">
  import * as tracemalloc from '/dist/runtime/index.js';
  window.tally = () => new Promise((resolve) => {
    tracemalloc.patchWebAssembly();
    tracemalloc.start(16);
    const out = [];
    const errors = [];
    window.Module = {
      print: (text) => out.push(text),
      printErr: (text) => errors.push(text),
      locateFile: (file) => (file.endsWith('.wasm') ? '/tally.traced.wasm' : '/test/threads/built/' + file),
      onExit: (status) => {
        const snapshot = tracemalloc.takeSnapshot();
        resolve({ status, stdout: out.join('\\n') + '\\n', errors, snapshot: btoa(String.fromCharCode(...snapshot.serialize())), isolated: crossOriginIsolated });
      },
    };
    const script = document.createElement('script');
    script.src = '/test/threads/built/tally-web-O2.js';
    document.head.append(script);
  });
  // the glue's pool made before start(): the glue runs, then start(); it instantiates later (fetch)
  window.tallyEarly = () => new Promise((resolve) => {
    tracemalloc.patchWebAssembly();
    const out = [];
    const errors = [];
    const warnings = [];
    const warn = console.warn;
    console.warn = (line) => warnings.push(String(line));
    window.Module = {
      print: (text) => out.push(text),
      printErr: (text) => errors.push(text),
      locateFile: (file) => (file.endsWith('.wasm') ? '/tally.traced.wasm' : '/test/threads/built/' + file),
      onExit: (status) => {
        console.warn = warn;
        resolve({ status, stdout: out.join('\\n') + '\\n', errors, warnings, statuses: tracemalloc.getModuleStatuses().map((s) => [s.traced, s.detail]) });
      },
    };
    const script = document.createElement('script');
    script.src = '/test/threads/built/tally-web-O2.js';
    script.onload = () => tracemalloc.start(16);
    document.head.append(script);
  });
  // without isolation: the threaded module compiled through the patched API, and what is said of it
  window.compileOnly = async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (line) => warnings.push(String(line));
    tracemalloc.patchWebAssembly();
    tracemalloc.start(16);
    await WebAssembly.compileStreaming(fetch('/tally.traced.wasm'));
    console.warn = warn;
    return { warnings, isolated: crossOriginIsolated, shared: typeof SharedArrayBuffer, workerAsBuilt: String(Worker).includes('[native code]'), statuses: tracemalloc.getModuleStatuses().map((s) => [s.traced, s.detail]) };
  };
  // the same worker script made before start() (as without the tool) and after it (traced): what it resolves
  window.urls = async () => {
    const ask = (w) => new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); w.onerror = (e) => resolve({ error: String(e.message) }); });
    const before = ask(new Worker('/urls/sub/w.js'));
    tracemalloc.start(1);
    const after = ask(new Worker('/urls/sub/w.js'));
    return { before: await before, after: await after, wrapped: !String(Worker).includes('[native code]') };
  };
  window.ready = true;
</script>`;

// A worker script that uses relative URLs as workers do (urls test below)
const URLS_WORKER = `(async () => {
  const out = { location: self.location.href, pathname: location.pathname, dir: new URL('.', self.location).href, string: String(self.location) };
  out.fetch = await (await fetch('data.txt')).text();
  out.request = await (await fetch(new Request('data.txt'))).text();
  const x = new XMLHttpRequest();
  x.open('GET', 'data.txt', false);
  x.send();
  out.xhr = x.responseText;
  out.nested = await new Promise((resolve) => { const n = new Worker('nested.js'); n.onmessage = (e) => resolve(e.data); n.onerror = (e) => resolve('error: ' + e.message); });
  importScripts('lib.js');
  out.lib = self.lib;
  postMessage(out);
})().catch((e) => postMessage({ error: String(e) }));`;

beforeAll(async () => {
  ({ server, base } = await serve(
    {
      '/': () => PAGE,
      '/tally.traced.wasm': () => traced,
      '/urls/sub/w.js': () => URLS_WORKER,
      '/urls/sub/nested.js': () => 'postMessage("nested at " + self.location.pathname)',
      '/urls/sub/lib.js': () => 'self.lib = "lib in sub"',
      '/urls/sub/data.txt': () => 'data in sub',
    },
    /^(dist|test\/threads\/built)\//,
    (req) => (new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.has('plain') || req.headers.referer?.includes('plain') ? {} : ISOLATED),
  ));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('threaded modules in the browser', () => {
  it("a cross-origin-isolated page: every thread's allocations, merged, as the program counts them and as register has them in Node", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as { ready?: boolean }).ready === true);
    const r = await page.evaluate(() => (window as unknown as { tally: () => Promise<{ status: number; stdout: string; errors: string[]; snapshot: string; isolated: boolean }> }).tally());
    await page.close();
    expect(errors).toEqual([]);
    expect(r.isolated).toBe(true);
    expect(r.status).toBe(0);
    // Emscripten's own warning of pthread_join on a page's main thread, and nothing else
    expect(r.errors.filter((e) => !e.startsWith('Blocking on the main thread'))).toEqual([]);
    const s = Snapshot.deserialize(new Uint8Array(Buffer.from(r.snapshot, 'base64')));
    expect(recordedModules(s.metadata)!.map((m) => m.traced)).toEqual([true]);
    expect(recordedUnmatched(s.metadata)).toBeNull();
    expect(snapshotTally(s)).toEqual(programTally(r.stdout));

    // the same module under register in Node (the web and Node builds differ in their glue only)
    const dir = mkdtempSync(join(tmpdir(), 'wtm-threaded-page-'));
    try {
      const path = join(dir, 'register.tmsnap');
      const env: NodeJS.ProcessEnv = { ...process.env, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_SNAPSHOT: path, WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache') };
      delete env.NODE_OPTIONS;
      const registered = spawnSync(process.execPath, ['--require', join(root, 'test', 'users', 'no-fetch.cjs'), '--import', pathToFileURL(join(root, 'dist', 'node', 'register.js')).href, 'tally-O2.js'],
        { cwd: built, encoding: 'utf8', timeout: 60_000, env });
      expect([registered.status, registered.stdout]).toEqual([0, r.stdout]);
      expect(ownTracebacks(s)).toEqual(ownTracebacks(Snapshot.deserialize(new Uint8Array(readFileSync(path)))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Workers made before start() (the glue's pool, made as its script runs) cannot link the module
  // instrumented ahead of time (its hook imports). Before, the page's threads never started (the
  // program hung); now they are posted it unhooked (runtime/tracer/unhook.ts), and it is untraced.
  it('a pool of workers made before start(): the program runs as without the tool, the module untraced and said so', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as { ready?: boolean }).ready === true);
    const r = await page.evaluate(() => (window as unknown as { tallyEarly: () => Promise<{ status: number; stdout: string; errors: string[]; warnings: string[]; statuses: [boolean, string][] }> }).tallyEarly());
    await page.close();
    expect(errors).toEqual([]);
    expect(r.errors.filter((e) => !e.startsWith('Blocking on the main thread'))).toEqual([]);
    const plain = spawnSync(process.execPath, ['--require', join(root, 'test', 'users', 'no-fetch.cjs'), 'tally-O2.js'], { cwd: built, encoding: 'utf8', timeout: 60_000 });
    expect([r.status, r.stdout]).toEqual([0, plain.stdout]);
    expect(r.statuses).toEqual([[false, expect.stringMatching(/^a threaded module posted to a worker the tool did not set up/)]]);
    expect(r.warnings).toEqual([expect.stringMatching(/tally\.traced\.wasm: not traced: a threaded module posted to a worker the tool did not set up/)]);
  });

  // A traced worker runs a blob: bootstrap before its script: its relative URLs resolved against
  // the blob (fetch threw: a blob: URL is no base). The oracle is the same script in a worker made
  // before start(), which the tool left alone.
  it("a traced worker's relative URLs resolve as without the tool: location, fetch, Request, XHR, nested Worker, importScripts", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as { ready?: boolean }).ready === true);
    const r = await page.evaluate(() => (window as unknown as { urls: () => Promise<{ before: Record<string, string>; after: Record<string, string>; wrapped: boolean }> }).urls());
    await page.close();
    expect(r.wrapped).toBe(true);
    expect(r.before).toEqual({
      location: `${base}/urls/sub/w.js`, pathname: '/urls/sub/w.js', dir: `${base}/urls/sub/`, string: `${base}/urls/sub/w.js`,
      fetch: 'data in sub', request: 'data in sub', xhr: 'data in sub', nested: 'nested at /urls/sub/nested.js', lib: 'lib in sub',
    });
    expect(r.after).toEqual(r.before);
  });

  it('a page without cross-origin isolation (no SharedArrayBuffer): not traced, and its one line says why', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?plain`);
    await page.waitForFunction(() => (window as { ready?: boolean }).ready === true);
    const r = await page.evaluate(() => (window as unknown as { compileOnly: () => Promise<{ warnings: string[]; isolated: boolean; shared: string; workerAsBuilt: boolean; statuses: [boolean, string][] }> }).compileOnly());
    await page.close();
    expect([r.isolated, r.shared, r.workerAsBuilt]).toEqual([false, 'undefined', true]); // start() left Worker alone
    expect(r.statuses).toEqual([[false, expect.stringMatching(/^a threaded module \(shared memory\)/)]]);
    expect(r.warnings).toEqual([expect.stringMatching(/tally\.traced\.wasm: not traced: a threaded module \(shared memory\), and no shared memory .*cross-origin isolated/)]);
  });
});
