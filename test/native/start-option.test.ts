// `tracemalloc.start(16, { native: true })` as a user writes it, in a fresh Node process running
// the built package: one snapshot holds Node's own zlib (domain 0, deflate frames) and a traced
// wasm module (domain 1, the C fixture's lines), with no import of wasm-tracemalloc/native (the
// Node entry loads the addon when asked). Also the two refusals: the browser build (as a page gets
// it), which has no native hook, and the hook unavailable (its one-sentence reason), from the Node
// entry or from `wasm-tracemalloc/browser` beside `wasm-tracemalloc/native` in Node (both facades
// over the tool's one script there: node/script.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../runtime/model/snapshot';
import { buildFixture, ensureNativeBuilt, root } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'wtm-start-native-'));
const url = (path: string): string => JSON.stringify(pathToFileURL(join(root, path)).href);

/** The entries an app imports: `wasm-tracemalloc` in Node (the default), the browser build, or
 * `wasm-tracemalloc/browser` as Node resolves it with `wasm-tracemalloc/native` imported beside it. */
type Entry = 'node' | 'browser' | 'browser+native';

/** An ES module importing the package's built entries. */
function script(body: string, entry: Entry = 'node'): string {
  const path = join(dir, `app-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    path,
    `import * as tracemalloc from ${url(entry === 'node' ? 'dist/node/index.js' : entry === 'browser' ? 'dist/runtime/index.js' : 'dist/node/browser.js')};
${entry === 'browser+native' ? `import ${url('dist/native/index.js')};` : ''}
import { instrument } from ${url('dist/instrument/index.js')};
import { loadFixture } from ${url('fixtures/index.mjs')};
import zlib from 'node:zlib';
${body}`,
  );
  return path;
}

function run(path: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--no-warnings', path], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  ensureNativeBuilt();
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('start(nframe, { native: true }) in a Node process', () => {
  it('one snapshot: zlib frames in domain 0, the wasm module in domain 1', () => {
    const out = join(dir, 'both.tmsnap');
    const app = script(`
tracemalloc.start(16, { native: true });
const deflate = zlib.createDeflate({ level: 9 });
deflate.on('data', () => {});
const input = Buffer.alloc(1 << 20);
for (let i = 0, x = 1; i < input.length; i++) { x = (x * 1103515245 + 12345) >>> 0; input[i] = (x >>> 24) & 0x3f; }
deflate.write(input);
await new Promise((resolve) => deflate.flush(resolve));
const fx = await loadFixture('c');
let snapshot = null;
await fx.run(instrument(fx.wasmBytes).bytes, {
  instantiate: async (bytes, imports) => (await tracemalloc.instantiate(bytes, imports, { name: 'basic.wasm' })).instance,
  onCheckpoint: () => { snapshot ??= tracemalloc.takeSnapshot(); },
});
(await import('node:fs')).writeFileSync(${JSON.stringify(out)}, snapshot.serialize());
process.stdout.write(String(tracemalloc.getTracebackLimit()));
deflate.end();
`);
    const r = run(app);
    expect(r.stderr).toBe('wasm-tracemalloc: basic.wasm: traced (instrumented ahead of time)\n'); // the module's one line
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('16');
    const snapshot = Snapshot.deserialize(new Uint8Array(readFileSync(out)));
    expect(snapshot.tracebackLimit).toBe(16);
    const traces = [...snapshot.traces];
    const zlibTraces = traces.filter((t) => t.domain === 0 && [...t.traceback].some((f) => /^deflate/.test(f.functionName ?? '')));
    expect(zlibTraces.length).toBeGreaterThan(0);
    const wasm = traces.filter((t) => t.domain === 1);
    expect(wasm.length).toBeGreaterThan(0);
    expect(wasm.some((t) => [...t.traceback].some((f) => f.filename === 'fixtures/c/basic.c'))).toBe(true);
    expect(snapshot.domainNames.get(1)).toMatch(/basic\.wasm/);
    // the tracer's peak covers both domains
    expect(Number(snapshot.metadata.get('peak'))).toBeGreaterThanOrEqual(traces.reduce((n, t) => n + t.size, 0));
  });

  it('getObjectTraceback() finds native blocks by their 64-bit addresses, with or without domain 0', () => {
    const fixture = buildFixture();
    const r = run(script(`
import { createRequire } from 'node:module';
tracemalloc.start(4, { native: true });
const fixture = createRequire(import.meta.url)(${JSON.stringify(fixture)});
// 1 MiB blocks are mmap()ed, high in the address space (node's brk heap sits below 4 GiB)
const ptrs = [...fixture.alloc('malloc', 2222, 1), ...fixture.alloc('malloc', 1 << 20, 2)];
const frames = (tb) => tb && [...tb].map(String);
const found = ptrs.map((p) => [p, frames(tracemalloc.getObjectTraceback(p, 0)), frames(tracemalloc.getObjectTraceback(p))]);
fixture.release(ptrs);
process.stdout.write(JSON.stringify({ found, after: ptrs.map((p) => frames(tracemalloc.getObjectTraceback(p, 0))) }));
`));
    expect(r.stderr).toBe('');
    const { found, after } = JSON.parse(r.stdout) as { found: [number, string[], string[]][]; after: (string[] | null)[] };
    expect(found).toHaveLength(3);
    for (const [ptr, withDomain, without] of found) {
      expect(Number.isSafeInteger(ptr) && ptr > 0).toBe(true);
      expect(withDomain.at(-1)).toMatch(/fixture\.cc:\d+$/); // the most recent frame: fixture_malloc's line
      expect(without).toEqual(withDomain);
    }
    expect(found.slice(1).every(([ptr]) => ptr > 0xffffffff)).toBe(true);
    // freed: untraced, or (the address reused by Node meanwhile) traced from somewhere else
    for (const tb of after) expect(tb?.at(-1) ?? '').not.toMatch(/fixture\.cc:/);
  });

  it('from the browser entry, which has no native hook: one TracemallocError saying it is Node-only', () => {
    const r = run(script(`
try { tracemalloc.start(16, { native: true }); } catch (e) { process.stdout.write(e.constructor.name + ': ' + e.message + '|' + tracemalloc.isTracing()); }
`, 'browser'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^TracemallocError: .*the native hook is Node-only: import 'wasm-tracemalloc' in Node .*\|false$/);
  });

  it.each(['node', 'browser+native'] as const)('with the hook unavailable (%s): the error is its one-sentence reason', (entry) => {
    const missing = join(dir, 'no-such-addon.node');
    const r = run(script(`
try { tracemalloc.start(4, { native: true }); } catch (e) { process.stdout.write(e.message + '|' + tracemalloc.isTracing()); }
`, entry), { WASM_TRACEMALLOC_NATIVE_ADDON: missing });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `start(nframe, { native: true }): the native hook is not available: the native addon was not built (no ${missing}; run \`node native/build.mjs\`)|false`,
    );
  });

  it('the Node entry loads no addon until a program asks for the native hook', () => {
    const r = run(script(`
const loaded = () => process.report.getReport().sharedObjects.some((o) => o.endsWith('wasm_tracemalloc_native.node'));
const before = loaded();
tracemalloc.start(2);
const plain = loaded();
tracemalloc.stop();
tracemalloc.start(2, { native: true });
process.stdout.write(JSON.stringify([before, plain, loaded()]));
tracemalloc.stop();
`));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[false,false,true]');
  });
});
