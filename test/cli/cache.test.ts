// `wasm-tracemalloc cache`: what the cache of instrumented modules holds (and the code cache of the
// tool's own JS beside it: node/script-loader.ts), and `--clear`, on a folder a real traced start
// (`run`) filled; files that are not the cache's own are left alone.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './cli-process';

const APP = join(ROOT, 'test', 'cli', 'apps', 'c-fixture.mjs');

describe('cache', () => {
  it('shows what a traced start kept, then clears only its own files', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const env = { WASM_TRACEMALLOC_CACHE_DIR: cache };
    const empty = cli(['cache', '--json'], { env });
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ dir: cache, entries: 0, bytes: 0, bound: 1024e6 });

    expect(cli(['run', '-o', join(dir, 'a.tmsnap'), '--', 'node', '--no-warnings', APP], { cwd: dir, env }).code).toBe(0);
    // the module's entry, beside its index (`.wtmi`), in whatever order the folder lists them
    const entry = readdirSync(cache).find((f) => f.endsWith('.wtmc'));
    expect(entry).toMatch(/\.wtmc$/);
    const size = statSync(join(cache, entry!)).size;
    const code = readdirSync(cache).filter((f) => f.endsWith('.wtmv8'));
    expect(code).toHaveLength(1);
    const codeSize = statSync(join(cache, code[0]!)).size;
    const shown = cli(['cache', '--json'], { env: { ...env, WASM_TRACEMALLOC_CACHE_MB: '5' } });
    expect(JSON.parse(shown.stdout)).toMatchObject({ dir: cache, entries: 1, bytes: size, bound: 5e6, code: 1, codeBytes: codeSize });
    const text = cli(['cache'], { env });
    expect(text.stdout).toContain(`Cache of instrumented modules: ${cache}\n  1 instrumented module, ${(size / 1e6).toFixed(1)} MB of at most 1024.0 MB`);
    expect(text.stdout).toContain(`  and 1 code cache of the tool's own JS (V8's, one per build and Node version: spares a start compiling it), ${(codeSize / 1e6).toFixed(1)} MB\n`);

    writeFileSync(join(cache, 'notes.txt'), 'not ours');
    writeFileSync(join(cache, 'x.wtmc.123.abc.tmp'), 'a writer that died');
    const cleared = cli(['cache', '--clear'], { env });
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toBe(`Removed 1 instrumented module, 1 code cache of the tool's own JS and 1 unfinished write (${((size + codeSize + 18) / 1e6).toFixed(1)} MB) from ${cache}.\n`);
    expect(readdirSync(cache)).toEqual(['notes.txt']);
    expect(cli(['cache', '--clear'], { env }).stdout).toBe(`Nothing to remove: ${cache} holds no instrumented module.\n`);
  }, 60_000);

  it('says when the cache is off', () => {
    const r = cli(['cache'], { env: { WASM_TRACEMALLOC_CACHE: '0' } });
    expect([r.code, r.stdout]).toEqual([0, 'The cache is off (WASM_TRACEMALLOC_CACHE=0): every traced start instruments its modules.\n']);
  });
});
