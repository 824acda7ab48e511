// What a traced start loads before the program runs (issue 13 item 3: a second start ≤ 1.2× its
// untraced start). Node's list of the built-in modules a process has loaded
// (`process.moduleLoadList`) is the oracle: a traced start of a program that uses none of them
// loads neither node:crypto (hashing: only on a cache miss), nor node:worker_threads (the
// threaded modules' arena is handed to workers when the program loads it), nor, on Node ≥ 24,
// node:v8. And a Worker the program makes after loading worker_threads, however it loads it, still
// gets the arena (test/node/register-threaded.test.ts runs real threaded modules).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../root';

const dir = mkdtempSync(join(tmpdir(), 'wtm-register-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const env: NodeJS.ProcessEnv = { ...process.env, WASM_TRACEMALLOC: '16', WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache') };
delete env.NODE_OPTIONS;
const traced = (program: string) => spawnSync(process.execPath, ['--import', register, program], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });

describe('a traced start', () => {
  it('loads neither node:crypto nor node:worker_threads (nor node:v8 on Node ≥ 24) for a program that does not', () => {
    // a wasm program (the basic fixture's module, instrumented on the first start, read from the
    // cache on the second) that prints the built-ins loaded when it is done
    const program = join(dir, 'builtins.mjs');
    writeFileSync(program, `import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture('c');
await fx.run(fx.wasmBytes);
console.log(JSON.stringify(process.moduleLoadList));
`);
    for (const start of ['first', 'second']) {
      const r = traced(program);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/basic\.wasm: traced /);
      const loaded = JSON.parse(r.stdout.trim().split('\n').pop()!) as string[];
      expect(loaded.length).toBeGreaterThan(50); // the list is Node's, as read
      expect(loaded).toContain('NativeModule fs');
      expect(loaded, `${start} start`).not.toContain('NativeModule worker_threads');
      if (start === 'second') expect(loaded).not.toContain('NativeModule crypto');
      if (Number(process.versions.node.split('.')[0]) >= 24) expect(loaded, `${start} start`).not.toContain('NativeModule v8');
    }
  });

  for (const [how, load] of [
    ['import', "import { Worker } from 'node:worker_threads';"],
    ['await import()', "const { Worker } = await import('worker_threads');"],
    ['require', "const { Worker } = (await import('node:module')).createRequire(import.meta.url)('worker_threads');"],
    ['process.getBuiltinModule', "const { Worker } = process.getBuiltinModule('node:worker_threads');"],
  ] as const) {
    it(`hands the threaded modules' arena to a Worker made right after worker_threads is loaded by ${how}`, () => {
      const program = join(dir, `worker-${how.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(program, `${load}
const code = "const { getEnvironmentData, parentPort } = require('node:worker_threads'); parentPort.postMessage(getEnvironmentData('wasm-tracemalloc:arena') instanceof WebAssembly.Memory)";
new Worker(code, { eval: true }).on('message', (shared) => console.log('arena in the worker:', shared));
`);
      const r = traced(program);
      expect([r.status, r.stdout]).toEqual([0, 'arena in the worker: true\n']);
    });
  }
});
