// Allocator names per module (node/per-module-options.ts), end to end under `run`: a program
// loads two modules whose allocators have different names. Unpinned names apply where they
// exist; `a.wasm:NAME` applies to a.wasm only.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { describe, expect, it } from 'vitest';
import { optionsFor, withoutMissing } from '../../node/per-module-options';
import { Snapshot } from '../../runtime/index';
import { cli } from './cli-process';

/** A module with a bump allocator named `alloc`/`free` (in the name section only) and `run(n)`,
 * which allocates n blocks of `size` bytes and frees none. */
function moduleWith(alloc: string, free: string, size: number): Uint8Array {
  const m = binaryen.parseText(`(module
    (memory (export "memory") 1)
    (global $top (mut i32) (i32.const 1024))
    (func $${alloc} (param $n i32) (result i32)
      (local $p i32)
      (local.set $p (global.get $top))
      (global.set $top (i32.add (global.get $top) (i32.and (i32.add (local.get $n) (i32.const 15)) (i32.const -16))))
      (local.get $p))
    (func $${free} (param $p i32))
    (func (export "run") (param $n i32)
      (loop $again
        (if (local.get $n) (then
          (drop (call $${alloc} (i32.const ${size})))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $again))))
      (call $${free} (i32.const 0))))`);
  binaryen.setDebugInfo(true);
  const bytes = m.emitBinary();
  binaryen.setDebugInfo(false);
  m.dispose();
  return bytes;
}

const dir = mkdtempSync(join(tmpdir(), 'per-module-'));
writeFileSync(join(dir, 'a.wasm'), moduleWith('z', 'A', 111));
writeFileSync(join(dir, 'b.wasm'), moduleWith('u', 'v', 222));
const app = join(dir, 'app.mjs');
writeFileSync(app, `
  import { readFileSync } from 'node:fs';
  for (const [file, n] of [['a.wasm', 3], ['b.wasm', 2]]) {
    const { instance } = await WebAssembly.instantiate(readFileSync(new URL(file, import.meta.url)));
    instance.exports.run(n);
  }
  console.log('ok');
`);

/** Live bytes per domain name ("a.wasm#1" → "a.wasm"). */
function bytesByModule(path: string): Record<string, number> {
  const snapshot = Snapshot.deserialize(readFileSync(path));
  const out: Record<string, number> = {};
  for (const t of snapshot.traces) {
    const name = snapshot.domainNames.get(t.domain)?.replace(/#\d+$/, '') ?? String(t.domain);
    out[name] = (out[name] ?? 0) + t.size;
  }
  return out;
}

describe('allocator names per module', () => {
  it('unpinned names apply where they exist: two modules, two pairs, both traced', () => {
    const r = cli(['run', '--profile', 'none', '--alloc', 'z', '--free', 'A', '--alloc', 'u', '--free', 'v', '-o', 'both.tmsnap', '--', 'node', app], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('ok\n');
    expect(r.stderr).toMatch(/^wasm-tracemalloc: a\.wasm: traced \(user, found by your names: z, A; u, v are not in it\)$/m);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: b\.wasm: traced \(user, found by your names: u, v; z, A are not in it\)$/m);
    expect(bytesByModule(join(dir, 'both.tmsnap'))).toEqual({ 'a.wasm': 3 * 111, 'b.wasm': 2 * 222 });
  });

  it('a.wasm:NAME applies to a.wasm only', () => {
    const r = cli(['run', '--profile', 'none', '--alloc', 'a.wasm:z', '--free', 'a.wasm:A', '-o', 'pinned.tmsnap', '--', 'node', app], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: a\.wasm: traced \(user, found by your names: z, A\)$/m);
    expect(r.stderr).toMatch(/^wasm-tracemalloc: b\.wasm: not traced: /m);
    expect(bytesByModule(join(dir, 'pinned.tmsnap'))).toEqual({ 'a.wasm': 3 * 111 });
  });

  it('leaks says what went untraced, and never "No leaks" when nothing was traced', () => {
    const some = cli(['leaks', '--profile', 'none', '--alloc', 'a.wasm:z', '--free', 'a.wasm:A', '--', 'node', app], { cwd: dir });
    expect(some.code, some.stderr).toBe(0);
    expect(some.stdout).toContain('3 memory blocks still allocated at exit');
    expect(some.stdout).toMatch(/\nNot traced: 1 module \(their memory is not in these numbers\):\n {2}b\.wasm: /);
    const none = cli(['leaks', '--profile', 'none', '--', 'node', app], { cwd: dir });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).not.toContain('No leaks');
    expect(none.stdout).toMatch(/^ok\nCannot tell: no module was traced \(see below\)\.\n\nNot traced: 2 modules/);
  });

  it('keeps C++ names whole, reads indices after the module, and drops only what is missing', () => {
    expect(optionsFor({ alloc: ['operator new(unsigned long)', 'std::alloc', 'x.wasm:12'] }, '/p/x.wasm').options)
      .toEqual({ alloc: ['operator new(unsigned long)', 'std::alloc', 12] });
    expect(optionsFor({ alloc: ['x.wasm:12'], free: ['y.wasm:f'] }, '/p/x.wasm')).toEqual({ options: { alloc: [12] }, pinnedHere: new Set(['12']) });
    expect(withoutMissing({ alloc: ['u', 'z'], free: ['v'] }, 'options.alloc: no function "u" in the module (…)'))
      .toEqual({ options: { alloc: ['z'], free: ['v'] }, missing: ['u'] });
    expect(withoutMissing({ alloc: ['u'] }, 'something else')).toBeNull();
  });
});
