// `instrument` from the built CLI: the output is a valid module with the site table, runs like
// the original, and traces through the explicit API; user-named allocators and refusals.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tracemalloc from '../../runtime/index';
import { loadFixture } from '../../fixtures/index.mjs';
import { cli, ROOT, tempDir } from './cli-process';
import { stripCustomSections } from '../instrument/fingerprint/strip';

const WASM = join(ROOT, 'fixtures', 'c', 'basic.wasm');
let dir: string;
beforeAll(async () => {
  dir = tempDir();
});

const hasSiteTable = (bytes: Uint8Array<ArrayBuffer>) => WebAssembly.Module.customSections(new WebAssembly.Module(bytes), 'wasm-tracemalloc.sites').length === 1;

describe('instrument', () => {
  it('says how the allocator of a stripped release build was found: by code fingerprint', () => {
    writeFileSync(join(dir, 'stripped.wasm'), stripCustomSections(new Uint8Array(readFileSync(join(ROOT, 'test/instrument/fingerprint/em-dl-O0.wasm')))));
    const r = cli(['instrument', 'stripped.wasm', '-o', 'stripped.traced.wasm'], { cwd: dir });
    expect(r.stderr).toMatch(/^wasm-tracemalloc: warning: \d+ of \d+ functions are known only by their index/); // no names at all
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote stripped\.traced\.wasm: allocator libc, \d+ allocation sites, .*\n {2}allocator found by code fingerprint \(dlmalloc \(malloc, free, memalign, posix_memalign, realloc, calloc\)\)\n$/);
  });

  it('writes a valid module with the site table that traces the manifest\'s lines', async () => {
    const r = cli(['instrument', WASM, '-o', 'basic.traced.wasm'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote basic\.traced\.wasm: allocator libc, \d+ allocation sites, \d+ frame sites \(145214 → \d+ bytes, \d+ ms\)\n$/);
    const bytes = new Uint8Array(readFileSync(join(dir, 'basic.traced.wasm'))) as Uint8Array<ArrayBuffer>;
    expect(WebAssembly.validate(bytes)).toBe(true);
    expect(hasSiteTable(bytes)).toBe(true);
    const fx = await loadFixture('c');
    let atCheckpoint1: string[] = [];
    tracemalloc.start(1);
    try {
      const { stdout } = await fx.run(bytes, {
        instantiate: async (b, imports) => (await tracemalloc.instantiate(b, imports, { name: 'basic.wasm' })).instance,
        onCheckpoint: (n) => {
          if (n === 1) atCheckpoint1 = tracemalloc.takeSnapshot().statistics('lineno').map(String);
        },
      });
      expect(stdout).toBe(fx.manifest.stdout);
    } finally {
      tracemalloc.stop();
    }
    expect(atCheckpoint1).toEqual([
      'fixtures/c/basic.c:67: size=9134 B, count=2, average=4567 B',
      'fixtures/c/basic.c:83: size=8901 B, count=1, average=8901 B',
      'fixtures/c/basic.c:62: size=7101 B, count=3, average=2367 B',
      'fixtures/c/basic.c:58: size=6170 B, count=5, average=1234 B',
      'fixtures/c/basic.c:75: size=5678 B, count=1, average=5678 B',
    ]);
  });

  it('takes user-named allocators with --profile none --alloc/--free', () => {
    const r = cli(['instrument', WASM, '-o', 'user.wasm', '--profile', 'none', '--alloc', 'malloc', '--free', 'free'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote user\.wasm: allocator user, /);
  });

  it('a threaded module (emcc -pthread): refused in one line that names --threads, instrumented with it', () => {
    const wasm = join(ROOT, 'test', 'threads', 'built', 'tally-O2.wasm');
    const refused = cli(['instrument', wasm, '-o', 'tally.traced.wasm'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^wasm-tracemalloc: cannot instrument '.*tally-O2\.wasm': cannot instrument: the module uses a shared memory \(threads\).*--threads.*\n$/);
    const r = cli(['instrument', wasm, '-o', 'tally.traced.wasm', '--threads'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^wrote tally\.traced\.wasm: allocator libc, \d+ allocation sites/);
    const module = new WebAssembly.Module(new Uint8Array(readFileSync(join(dir, 'tally.traced.wasm'))));
    expect(WebAssembly.Module.customSections(module, 'wasm-tracemalloc.threads').length).toBe(1);
  });

  it('refuses in one line, in the words of the command line', () => {
    const none = cli(['instrument', WASM, '-o', 'x.wasm', '--profile', 'none'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^wasm-tracemalloc: cannot instrument '.*basic\.wasm': no allocator found: .*--alloc my_alloc --free my_free.*\n$/);
    const missing = cli(['instrument', WASM, '-o', 'x.wasm', '--alloc', 'no_such_fn'], { cwd: dir });
    expect(missing.stderr).toMatch(/^wasm-tracemalloc: cannot instrument '.*basic\.wasm': --alloc: no function "no_such_fn" in the module/);
    const twice = cli(['instrument', 'basic.traced.wasm', '-o', 'x.wasm'], { cwd: dir });
    expect(twice.stderr).toMatch(/^wasm-tracemalloc: cannot instrument 'basic.traced.wasm': module is already instrumented/);
    expect(twice.stderr.split('\n')).toHaveLength(2);
  });
});
