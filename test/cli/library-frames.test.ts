// `run`/`leaks` on corpus programs (test/corpus): toolchain frames folded by default and kept with
// --library-frames; a lossy source map said once per module on stderr. In process (cli/main.ts
// from source); the traced child uses dist's register hook (test/global-setup.ts builds dist).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';
import { cli } from './cli-process';

const built = (name: string) => fileURLToPath(new URL(`../corpus/built/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-library-frames-'));
const rust = join(dir, 'rust.mjs');
writeFileSync(rust, `
import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync(${JSON.stringify(built('rust-O0.wasm'))}), { env: { print() {}, checkpoint() {} } });
instance.exports.run();
`);
const as = join(dir, 'as.mjs');
writeFileSync(as, `
import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync(${JSON.stringify(built('as-O2.wasm'))}), { env: { abort() { throw new Error('abort'); } } });
instance.exports.run();
`);

async function leaks(app: string, ...options: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: { write: (s: string) => { out += s; return true; } } as never,
    err: { write: (s: string) => { err += s; return true; } } as never,
    color: false,
    env: process.env,
    cwd: dir,
  };
  const code = await main(['leaks', '--nframe', '1', '--limit', '1', ...options, '--', process.execPath, '--no-warnings', app], io);
  return { code, out, err };
}

it("folds Rust std's frames by default: the biggest block is the user's Vec push; --library-frames shows std's line", async () => {
  const user = await leaks(rust);
  expect(user.code, user.err).toBe(0);
  expect(user.out).toMatch(/lib\.rs:11/); // v.push(i * i): 4096 B, the biggest block left
  expect(user.out).not.toMatch(/alloc\.rs/);
  const all = await leaks(rust, '--library-frames');
  expect(all.code, all.err).toBe(0);
  expect(all.out).toMatch(/alloc\.rs:126/); // std's realloc call, where RawVec grows
  expect(all.out).not.toMatch(/lib\.rs:11/);
}, 60_000);

it('--user-path keeps a path the table would fold; --library-path folds one it would keep', async () => {
  const user = await leaks(rust, '--user-path', 'library/alloc/src/raw_vec.rs');
  expect(user.code, user.err).toBe(0);
  expect(user.out).toMatch(/#1: \S*raw_vec\.rs:465/); // RawVec's grow: the innermost frame now kept
  const lib = await leaks(rust, '--library-path', 'test/corpus/src/');
  expect(lib.code, lib.err).toBe(0);
  expect(lib.out).toMatch(/#1: \S*alloc\.rs:126/); // nothing of the program's left: every frame kept
}, 60_000);

it('says once that an optimized AssemblyScript map is lossy', async () => {
  // The traced child writes it to its own stderr: run the built CLI as a process to read it.
  const r = cli(['leaks', '--limit', '1', '--', process.execPath, '--no-warnings', as], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const said = r.stderr.split('\n').filter((l) => l.includes('source map is lossy'));
  expect(said).toHaveLength(1);
  expect(said[0]).toMatch(/as-O2\.wasm: source map is lossy: 4 call sites map to no segment/);
}, 60_000);
