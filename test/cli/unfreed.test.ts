// A Rust program with its own #[global_allocator] (test/cli/apps/freelist), built with fat LTO at
// opt-level 3: `dealloc` only pushes the block on a free list, so LTO inlines it into every caller
// and nothing that frees is left to hook (only __rust_realloc is). The program prints its
// allocator's own count of live blocks. `leaks` must not present what it lists as exact: the
// module's caveat is said on stderr, above the list and under it, and `--json` says `exact: false`.
// The same program at opt-level z keeps `alloc` and `dealloc` functions: exact, nothing said.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli-process';

const APP = join(ROOT, 'test', 'cli', 'apps', 'freelist', 'run.mjs');
const CAVEAT = 'freelist-O3.wasm: frees not traced? rust allocates through __rust_realloc, but no function that frees its blocks was found';

function truth(opt: string): number {
  const plain = spawnSync(process.execPath, ['--no-warnings', APP, opt], { encoding: 'utf8' });
  const live = /the allocator counts (\d+) live blocks/.exec(plain.stdout);
  expect(live).not.toBeNull();
  return Number(live![1]);
}

type Leaks = { total: { count: number }; complete: boolean; exact: boolean; traced: { source: string; caveats?: string[] }[] };

describe('leaks of a module whose frees are not hooked', () => {
  it('fat LTO at -O3 inlined the free: said before the numbers, above the list and under it; --json exact: false', () => {
    const text = cli(['leaks', '--no-cache', '--limit', '1', '--', 'node', '--no-warnings', APP, 'O3']);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain(CAVEAT);
    const lines = text.stdout.split('\n');
    const head = lines.findIndex((l) => / memory blocks? still allocated at exit/.test(l));
    expect(head).toBeGreaterThan(-1);
    expect(lines[head + 1]).toBe('Not exact: some frees could not be hooked (see below), so some of these blocks may have been freed.');
    expect(text.stdout).toContain('Traced with a caveat: 1 module (some of its numbers may not be exact):');
    expect(lines.some((l) => /^  \S*freelist-O3\.wasm: /.test(l) && l.includes(CAVEAT.slice(CAVEAT.indexOf('frees'))))).toBe(true); // under its heading
    const json = JSON.parse(cli(['leaks', '--no-cache', '--json', '--', 'node', '--no-warnings', APP, 'O3']).stdout) as Leaks;
    expect(json.complete).toBe(true);
    expect(json.exact).toBe(false);
    expect(json.traced.map((m) => m.caveats?.map((c) => c.slice(0, 60)))).toEqual([[CAVEAT.slice(CAVEAT.indexOf('frees'), CAVEAT.indexOf('frees') + 60)]]);
    // the caveat is warranted: blocks the program freed are listed as live
    expect(json.total.count).toBeGreaterThan(truth('O3'));
  }, 60_000);

  it('the same program at -Oz, its alloc and dealloc functions hooked: exact, nothing said', () => {
    const text = cli(['leaks', '--no-cache', '--limit', '1', '--', 'node', '--no-warnings', APP, 'Oz']);
    expect(text.code).toBe(0);
    expect(text.stderr).not.toContain('frees not traced?');
    expect(text.stdout).not.toContain('Not exact');
    expect(text.stdout).not.toContain('caveat');
    const json = JSON.parse(cli(['leaks', '--no-cache', '--json', '--', 'node', '--no-warnings', APP, 'Oz']).stdout) as Leaks;
    expect(json.exact).toBe(true);
    expect(json.total.count).toBe(truth('Oz'));
  }, 60_000);
});
