// The zoo bench's "work" (bench/zoo.bench.mjs) runs from the program's first wasm instance to exit.
// Its preload (MARK) wraps WebAssembly before register loads, so register's own instances — the
// tracer core it makes for each traced module, right before the module's instance — go through
// MARK's wrappers too. Taking a core for the program's first instance put the program's
// instantiation in the traced runs' work only (bench/README.md, "zoo21"). Here: under register,
// the instance MARK takes is the program's own (both ways of instantiating), the cores it passed
// over are counted, and the untraced run passes over none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../root';
// @ts-expect-error: a plain .mjs bench without types
import { ARM, MARK } from '../../bench/zoo.bench.mjs';

const dir = mkdtempSync(join(tmpdir(), 'wtm-zoo-bench-mark-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const register = pathToFileURL(join(root, 'dist', 'node', 'register.js')).href;
const mark = join(dir, 'mark.mjs');
const arm = join(dir, 'arm.mjs');
writeFileSync(mark, MARK);
writeFileSync(arm, ARM);

// fixtures/c (clang, wasi-libc): its checkpoints hand back the program's own instance
const app = join(dir, 'app.mjs');
writeFileSync(
  app,
  `import { loadFixture } from ${JSON.stringify(pathToFileURL(join(root, 'fixtures', 'index.mjs')).href)};
const fx = await loadFixture('c');
let mine;
const options = { onCheckpoint: (_n, instance) => (mine = instance) };
if (process.env.SYNC) options.instantiate = (bytes, imports) => new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
await fx.run(fx.wasmBytes, options);
const first = globalThis[Symbol.for('wtm-zoo-bench-first')];
console.log(first === mine ? 'marked: the program' : 'marked: ' + (first ? Object.keys(first.exports).slice(0, 4).join(',') : 'nothing'));
`,
);

function run(traced: boolean, sync: boolean) {
  const imports = traced ? ['--import', pathToFileURL(mark).href, '--import', register, '--import', pathToFileURL(arm).href] : ['--import', pathToFileURL(mark).href, '--import', pathToFileURL(arm).href];
  return spawnSync(process.execPath, ['--no-warnings', ...imports, app], {
    cwd: root,
    env: { ...process.env, WASM_TRACEMALLOC: traced ? '16' : '', WASM_TRACEMALLOC_CACHE_DIR: join(dir, 'cache'), SYNC: sync ? '1' : '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe("zoo bench's first instance", () => {
  for (const sync of [false, true]) {
    const how = sync ? 'new WebAssembly.Instance' : 'WebAssembly.instantiate';
    it(`is the program's, not the tracer core's, under register (${how})`, () => {
      const r = run(true, sync);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^wasm-tracemalloc: fixtures\/c\/basic\.wasm: traced \(/m);
      expect(r.stdout).toContain('marked: the program\n');
      // one core for the one traced module, passed over
      expect(r.stderr).toMatch(/\nwtm-zoo-bench start \S+ work \S+ own 1\n/);
    });
    it(`is the program's untraced, with nothing passed over (${how})`, () => {
      const r = run(false, sync);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('marked: the program\n');
      expect(r.stderr).toMatch(/\nwtm-zoo-bench start \S+ work \S+ own 0\n/);
    });
  }
});
