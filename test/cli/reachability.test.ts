// `leaks` tells lost blocks from still reachable ones (runtime/tracer/reachability.ts). The oracle
// is the program's own count (test/cli/apps/lost/lost.c, clang -O2, wasi-libc's dlmalloc): it
// keeps some blocks (in a global array, a chain from a global, through a pointer into a block's
// middle), loses others (a pointer that never reaches memory, a dropped chain, a cycle, a global
// overwritten) and prints how many of each, and the bytes lost.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli-process';

const APP = join(ROOT, 'test', 'cli', 'apps', 'lost', 'run.mjs');
const SOURCE = join(ROOT, 'test', 'cli', 'apps', 'lost', 'lost.c');

type Stat = { size: number; count: number; traceback: { filename: string; lineno: number }[]; unreachable: { blocks: number; bytes: number } };
type Leaks = { statistics: Stat[]; total: { size: number; count: number }; unreachable: { blocks: number; bytes: number; unchecked: unknown[] } | null; exit: number };

function truth(): { kept: number; lost: number; bytes: number } {
  const plain = spawnSync(process.execPath, ['--no-warnings', APP], { encoding: 'utf8' });
  const m = /kept (\d+) blocks; lost (\d+) blocks, (\d+) bytes/.exec(plain.stdout);
  expect(m).not.toBeNull();
  return { kept: Number(m![1]), lost: Number(m![2]), bytes: Number(m![3]) };
}

/** The function of lost.c a line belongs to (the source read here, not by the tool). */
function functionAt(line: number): string {
  const lines = (spawnSync('cat', [SOURCE], { encoding: 'utf8' }).stdout).split('\n');
  for (let i = line - 1; i >= 0; i--) {
    const m = /^(?:__attribute__\(\(noinline\)\) )?static \w+ (\w+)\(/.exec(lines[i]!) ?? /^int (main)\(/.exec(lines[i]!);
    if (m) return m[1]!;
  }
  return '?';
}

describe('leaks: unreachable against still reachable blocks', () => {
  it("counts exactly the blocks and bytes the program lost, and only in the functions that lose them", () => {
    const expected = truth();
    const r = cli(['leaks', '--no-cache', '--json', '--limit', '0', '--', 'node', '--expose-gc', '--no-warnings', APP]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Leaks;
    expect(json.unreachable).not.toBeNull();
    expect(json.unreachable!.unchecked).toEqual([]);
    expect({ lost: json.unreachable!.blocks, bytes: json.unreachable!.bytes }).toEqual({ lost: expected.lost, bytes: expected.bytes });
    expect(json.total.count - json.unreachable!.blocks).toBe(expected.kept);
    for (const s of json.statistics) {
      const where = functionAt(s.traceback.at(-1)!.lineno);
      // a function that keeps keeps all it allocates; one that loses loses all
      if (where.startsWith('keep_')) expect(s.unreachable, where).toEqual({ blocks: 0, bytes: 0 });
      else expect(s.unreachable, where).toEqual({ blocks: s.count, bytes: s.size });
    }
    const losing = new Set(json.statistics.filter((s) => s.unreachable.blocks > 0).map((s) => functionAt(s.traceback.at(-1)!.lineno)));
    expect([...losing].sort()).toEqual(['drop_chain', 'drop_cycle', 'drop_direct', 'drop_global']);
  }, 60_000);

  it('says it in the text, marks each traceback, and --unreachable --fail lists only the lost (exit 3)', () => {
    const expected = truth();
    const text = cli(['leaks', '--no-cache', '--limit', '0', '--', 'node', '--expose-gc', '--no-warnings', APP]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${expected.lost} of them (${expected.bytes} B) are unreachable: no pointer to them is left in the module's memory`);
    expect(text.stdout.split('\n').filter((l) => /; unreachable: \d+ blocks?, /.test(l))).toHaveLength(5);
    const only = cli(['leaks', '--no-cache', '--unreachable', '--fail', '--limit', '0', '--', 'node', '--expose-gc', '--no-warnings', APP]);
    expect(only.code).toBe(3);
    expect(only.stdout).toContain(`${expected.lost} memory blocks unreachable at exit`);
    expect(only.stdout).toContain(`Total allocated size: ${expected.bytes} B`);
    expect(only.stdout).not.toContain('; unreachable:');
  }, 60_000);
});
