// Browser end-to-end: headless Chromium loads dist's ESM runtime bundle from a tiny local HTTP
// server, runs a pre-instrumented fixture (the Rust one: no WASI needed) through its own harness,
// and the statistics come back with the exact file:line of the manifest. An uninstrumented module
// passes through the patched WebAssembly untouched, with one warning.
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '../../instrument/index';
import { loadFixture, type Fixture } from '../../fixtures/index.mjs';
import { formatSize } from '../../runtime/model/format-size';
import { launchChromium, serve } from './launch';
import { programBytes } from '../runtime/tracer/helpers';

let server: Server;
let browser: Browser;
let base: string;
let fx: Fixture;
let traced: Uint8Array;


const PAGE = `<!doctype html><meta charset="utf-8"><title>wasm-tracemalloc e2e</title>
<script type="module">
  import * as tracemalloc from '/dist/runtime/index.js';
  import { run } from '/fixtures/rust/run.mjs';
  const key = (f) => [f.filename, f.lineno];
  // Runs the fixture, returning per checkpoint the traces (domain, size, frames most recent first)
  // and CPython-formatted lineno statistics.
  window.trace = async (url, nframe, mode) => {
    const checkpoints = {};
    if (mode === 'patched') tracemalloc.patchWebAssembly();
    tracemalloc.start(nframe);
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const options = {
      onCheckpoint: (n) => {
        const snapshot = tracemalloc.takeSnapshot();
        checkpoints[n] = {
          traces: [...snapshot.traces].map((t) => ({ domain: t.domain, size: t.size, frames: [...t.traceback].reverse().map(key) })),
          lineno: snapshot.statistics('lineno').map(String),
          memory: tracemalloc.getTracedMemory(),
        };
      },
    };
    if (mode === 'explicit') {
      options.instantiate = async (b, imports) => (await tracemalloc.instantiate(b, imports, { name: 'rust.wasm' })).instance;
    }
    const { stdout } = await run(bytes, options);
    tracemalloc.stop();
    tracemalloc.unpatchWebAssembly();
    return { stdout, checkpoints, userAgent: navigator.userAgent };
  };
  // instantiateStreaming through the patch: the domain is named after the response's URL
  window.streamed = async (url) => {
    tracemalloc.patchWebAssembly();
    tracemalloc.start(4);
    const { instance } = await WebAssembly.instantiateStreaming(fetch(url), {});
    const p = instance.exports.outer(2345);
    instance.exports.alloc_here(1234);
    const snapshot = tracemalloc.takeSnapshot();
    const result = {
      lineno: snapshot.statistics('lineno').map(String),
      traceback: [...tracemalloc.getObjectTraceback(p)].map(String),
      domains: tracemalloc.getSources().map((s) => s.name),
    };
    tracemalloc.stop();
    tracemalloc.unpatchWebAssembly();
    return result;
  };
  // JS frames: the calls are made from /caller.mjs (CALLER below), whose lines V8 reports
  window.jsFrames = async (url) => {
    tracemalloc.patchWebAssembly();
    tracemalloc.start(4, { jsFrames: true });
    const { instance } = await WebAssembly.instantiateStreaming(fetch(url), {});
    const { calls } = await import('/caller.mjs');
    const [p, q, lineP, lineQ] = calls(instance.exports);
    const result = {
      deep: [...tracemalloc.getObjectTraceback(p)].reverse().map((f) => \`\${f.filename}:\${f.lineno}:\${f.column}\`),
      flat: [...tracemalloc.getObjectTraceback(q)].reverse().map((f) => \`\${f.filename}:\${f.lineno}:\${f.column}\`),
      lineP, lineQ,
    };
    tracemalloc.stop();
    tracemalloc.unpatchWebAssembly();
    return result;
  };
  window.ready = true;
</script>`;

/** The page's JS caller of the wasm exports: each call returns the line V8 reports for it. */
const CALLER = `const line = (e) => Number(/:(\\d+):\\d+\\)?$/.exec(String(e.stack).split('\\n')[1])[1]);
export function calls(exports) {
  const p = exports.outer(3456); const lineP = line(new Error());
  const q = exports.alloc_here(4567); const lineQ = line(new Error());
  return [p, q, lineP, lineQ];
}
`;

beforeAll(async () => {
  fx = await loadFixture('rust');
  traced = instrument(fx.wasmBytes).bytes;
  ({ server, base } = await serve({
    '/': () => PAGE,
    '/caller.mjs': () => CALLER,
    '/rust.traced.wasm': () => traced,
    '/program.traced.wasm': () => programBytes(),
    '/rust.wasm': () => fx.wasmBytes,
  }, /^(dist|fixtures)\//));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

interface PageTrace { domain: number; size: number; frames: [string, number][] }
interface PageResult {
  stdout: string;
  checkpoints: Record<number, { traces: PageTrace[]; lineno: string[]; memory: [number, number] }>;
}

async function traceInPage(url: string, nframe: number, mode: 'explicit' | 'patched', warnings?: string[]): Promise<PageResult> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings?.push(m.text());
  });
  await page.goto(`${base}/`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  const result = await page.evaluate(
    ([u, n, m]) => (window as unknown as { trace: (u: string, n: number, m: string) => Promise<PageResult> }).trace(u, n, m),
    [url, nframe, mode] as const,
  );
  await page.close();
  expect(errors).toEqual([]);
  return result;
}

const key = (file: string, line: number) => `${file}:${line}`;

describe('in Chromium', () => {
  it('instantiateStreaming through patchWebAssembly: exact lines, deep frames, domain named by URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const result = await page.evaluate(() =>
      (window as unknown as { streamed: (u: string) => Promise<{ lineno: string[]; traceback: string[]; domains: string[] }> }).streamed('/program.traced.wasm'),
    );
    await page.close();
    expect(result.lineno).toEqual([
      'src/lib.c:30: size=2345 B, count=1, average=2345 B',
      'src/app.c:10: size=1234 B, count=1, average=1234 B',
    ]);
    expect(result.traceback).toEqual(['src/app.c:50', 'src/lib.c:40', 'src/lib.c:30']);
    expect(result.domains).toEqual(['program.traced.wasm#1']);
  });

  it('JS frames (jsFrames: true): the page script\'s line and column beneath the wasm frames', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const r = await page.evaluate(() =>
      (window as unknown as { jsFrames: (u: string) => Promise<{ deep: string[]; flat: string[]; lineP: number; lineQ: number }> }).jsFrames('/program.traced.wasm'),
    );
    await page.close();
    const lines = CALLER.split('\n');
    const at = (line: number, call: string) => `${base}/caller.mjs:${line}:${lines[line - 1]!.indexOf(call) + 'exports.'.length + 1}`;
    expect(r.deep).toEqual(['src/lib.c:30:3', 'src/lib.c:40:3', 'src/app.c:50:7', at(r.lineP, 'exports.outer(')]);
    expect(r.flat.slice(0, 2)).toEqual(['src/app.c:10:5', at(r.lineQ, 'exports.alloc_here(')]);
  });

  it('traces a pre-instrumented module: every checkpoint has the manifest lines, sizes and counts', async () => {
    const m = fx.manifest;
    const result = await traceInPage('/rust.traced.wasm', 16, 'explicit');
    expect(result.stdout).toBe(m.stdout);
    expect(Object.keys(result.checkpoints).map(Number)).toEqual([...m.checkpointOrder].sort((a, b) => a - b));
    for (const checkpoint of m.checkpoints) {
      const got = result.checkpoints[checkpoint.checkpoint]!;
      // each trace attributed to its most recent frame in the program's own sources
      const lines = new Map<string, { count: number; bytes: number }>();
      for (const t of got.traces) {
        const [file, line] = t.frames.find(([f]) => m.sources.includes(f)) ?? t.frames[0]!;
        const l = lines.get(key(file, line)) ?? { count: 0, bytes: 0 };
        l.count++;
        l.bytes += t.size;
        lines.set(key(file, line), l);
      }
      const expected = new Map(checkpoint.live.map((l) => [key(l.file, l.line), { count: l.count, bytes: l.bytes }]));
      expect(lines, `checkpoint ${checkpoint.checkpoint}`).toEqual(expected);
      expect(got.memory[0]).toBe(checkpoint.bytes);
    }
    // CPython's str(Statistic) for a line reached directly, to the character
    const direct = m.sites.find((s) => s.callSite !== 'via' && m.checkpoints[0]!.live.some((l) => l.line === s.line))!;
    const live = m.checkpoints[0]!.live.find((l) => l.line === direct.line)!;
    const average = Math.round(live.bytes / live.count);
    expect(result.checkpoints[m.checkpoints[0]!.checkpoint]!.lineno).toContain(
      `${direct.file}:${direct.line}: size=${formatSize(live.bytes)}, count=${live.count}, average=${formatSize(average)}`,
    );
  });

  it('patchWebAssembly traces the harness\'s own WebAssembly.instantiate; uninstrumented modules pass with a warning', async () => {
    const m = fx.manifest;
    const patched = await traceInPage('/rust.traced.wasm', 1, 'patched');
    expect(patched.stdout).toBe(m.stdout);
    const last = m.checkpoints.at(-1)!;
    expect(patched.checkpoints[last.checkpoint]!.memory[0]).toBe(last.bytes);
    const warnings: string[] = [];
    const plain = await traceInPage('/rust.wasm', 1, 'patched', warnings);
    expect(plain.stdout).toBe(m.stdout);
    expect(plain.checkpoints[last.checkpoint]!.traces).toEqual([]);
    // one line for the module, naming the harness script that compiled its bytes
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^wasm-tracemalloc: bytes compiled by \S+: not traced: not instrumented \(instrument it with `wasm-tracemalloc instrument`, or build the page with a bundler plugin: wasm-tracemalloc\/vite/);
  });
});
