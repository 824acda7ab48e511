// A rare Node 20 crash under tracing, kept reproducible (a dev tool; bench/run.mjs skips it):
// the overhead bench's C churn program (CHURN_C) runs ROUNDS times in this process under WASI
// (`returnOnExit`), as VARIANT: `base` (the original module), `off`, `f1` or `f16` (instrumented,
// traced at that depth). Seen on Node 20.20 only, at load 8-10, in 3 of 75 processes at f16 and
// never for `base` (bench/README.md, "A rare crash on Node 20"). Loop it in fresh processes:
//   for i in $(seq 50); do node bench/wasi-exit-crash.mjs f16 || echo "exit $?"; done
// Needs clang with wasi-libc, and dist/ (`npx tsup`).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';
import { CHURN_C } from './overhead.bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tracemalloc = await import(join(root, 'dist/runtime/index.js'));
const { instrument } = await import(join(root, 'dist/instrument/index.js'));
const [variant = 'f16', rounds = '40', n = '400000'] = process.argv.slice(2);
if (!['base', 'off', 'f1', 'f16'].includes(variant)) {
  console.error(`usage: node bench/wasi-exit-crash.mjs [base|off|f1|f16] [rounds] [iterations]; got "${variant}"`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'wtm-crash-'));
try {
  writeFileSync(join(dir, 'churn.c'), CHURN_C);
  execFileSync('clang', ['--target=wasm32-wasi', '-O2', '-o', join(dir, 'churn.wasm'), join(dir, 'churn.c')]);
  const original = new Uint8Array(readFileSync(join(dir, 'churn.wasm')));
  const module = new WebAssembly.Module(variant === 'base' ? original : instrument(original).bytes);
  for (let i = 0; i < Number(rounds); i++) {
    const fd = openSync('/dev/null', 'w');
    const wasi = new WASI({ version: 'preview1', args: ['churn', n], env: {}, stdout: fd, returnOnExit: true });
    if (variant === 'f1') tracemalloc.start(1);
    if (variant === 'f16') tracemalloc.start(16);
    const instance = variant === 'base'
      ? await WebAssembly.instantiate(module, wasi.getImportObject())
      : await tracemalloc.instantiate(module, wasi.getImportObject(), { name: 'churn.wasm' });
    const code = wasi.start(instance);
    closeSync(fd);
    tracemalloc.stop();
    for (const s of [...tracemalloc.getSources()]) if (s.domain > 0) tracemalloc.unregisterSource(s);
    if (code !== 0) throw new Error(`churn exited with ${code}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
