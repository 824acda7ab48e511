// `leaks --fail` for CI, in process (cli/main.ts from source; the traced child uses dist's
// register hook), on a new-user program: 3 when blocks remain, 0 when none, 1 when it crashes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';

const wasm = fileURLToPath(new URL('./data/inventory.wasm', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'users-leaks-'));
// argv: 'leak' keeps the table, 'clean' drops everything, 'crash' throws after allocating.
const app = join(dir, 'app.mjs');
writeFileSync(app, `
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
const wasi = new WASI({ version: 'preview1' });
const { instance } = await WebAssembly.instantiate(readFileSync(${JSON.stringify(wasm)}), { wasi_snapshot_preview1: wasi.wasiImport });
wasi.initialize(instance);
const t = instance.exports.fill(4);
if (process.argv[2] !== 'leak') instance.exports.drop(t, 0);
if (process.argv[2] === 'crash') throw new Error('boom');
`);

async function leaks(mode: 'leak' | 'clean' | 'crash', ...options: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: { write: (s: string) => { out += s; return true; } } as never,
    err: { write: (s: string) => { err += s; return true; } } as never,
    color: false,
    env: process.env,
    cwd: dir,
  };
  const code = await main(['leaks', ...options, '--', process.execPath, '--no-warnings', app, mode], io);
  return { code, out, err };
}

it('exits 3 with --fail when blocks remain, and 0 without --fail', async () => {
  const failing = await leaks('leak', '--fail', '--limit', '1');
  expect(failing.code, failing.err).toBe(3);
  // table 8 + 4 items x 12 + names "i0".."i3" 4 x 3 + grown buckets 64
  expect(failing.out).toContain('10 memory blocks still allocated at exit, from 4 tracebacks:');
  expect(failing.out).toContain('Total allocated size: 132 B');
  expect((await leaks('leak', '--limit', '1')).code).toBe(0);
}, 60_000);

it('exits 0 with --fail when nothing remains, and 1 when the program fails', async () => {
  const clean = await leaks('clean', '--fail');
  expect(clean.code).toBe(0);
  expect(clean.out).toContain('No leaks');
  expect((await leaks('crash', '--fail')).code).toBe(1);
}, 60_000);
