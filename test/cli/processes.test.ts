// A program whose wasm runs in several Node processes (child processes it spawns, a worker
// thread in one of them): `leaks` shows what every one of them kept, merged (cli/child.ts,
// runtime/tracer/merge.ts), not only the process that traced the most; the output stays the program's.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir, withoutModuleLines } from './cli-process';

const dir = tempDir();
const app = join(dir, 'app.mjs');
// `one`: the C fixture once, here; `tree`: the parent runs nothing, two children run it, the
// second of them also in a worker thread
writeFileSync(app, `import { execFileSync } from 'node:child_process';
import { Worker, isMainThread } from 'node:worker_threads';
const what = isMainThread ? process.argv[2] : 'one';
if (what === 'tree') {
  for (const arg of ['one', 'two']) process.stdout.write(execFileSync(process.execPath, ['--no-warnings', new URL(import.meta.url).pathname, arg]));
} else {
  const { loadFixture } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'fixtures', 'index.mjs')).href)});
  const fx = await loadFixture('c');
  process.stdout.write((await fx.run(fx.wasmBytes)).stdout.split('\\n')[0] + '\\n');
  if (what === 'two') new Worker(new URL(import.meta.url));
}
`);
type Leaks = { total: { size: number; count: number }; traced: { source: string }[]; complete: boolean };
const leaks = (arg: string) => {
  const r = cli(['leaks', '--json', '--', 'node', '--no-warnings', app, arg]);
  expect(r.code).toBe(0);
  return { stderr: r.stderr, json: JSON.parse(r.stdout) as Leaks };
};

describe('leaks over several processes and threads', () => {
  it('adds what each process and worker thread kept', () => {
    const one = leaks('one').json;
    const tree = leaks('tree');
    const plain = spawnSync(process.execPath, ['--no-warnings', app, 'tree'], { encoding: 'utf8' });
    expect(withoutModuleLines(tree.stderr)).toBe(plain.stdout); // leaks --json: the program's stdout goes to stderr
    expect(one.total.count).toBeGreaterThan(0);
    expect(tree.json.total).toEqual({ size: 3 * one.total.size, count: 3 * one.total.count });
    expect(tree.json.traced.map((m) => m.source.replace(/^\S*basic\.wasm/, 'basic.wasm').replace(/\d+/g, 'N')).sort())
      // the base is the process that traced the most: the one with the worker thread
      .toEqual(['basic.wasm', 'basic.wasm (process N)', 'basic.wasm (worker thread N)'].sort());
    expect(tree.json.complete).toBe(true);
  }, 120_000);
});
