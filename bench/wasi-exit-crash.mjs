// The Node 20 crash under node:wasi, kept reproducible (a dev tool; bench/run.mjs skips it;
// bench/README.md, "A rare crash on Node 20", has the cause and the counts). A C program runs
// ROUNDS times in this process under WASI (`returnOnExit`), as VARIANT: `base` (the original
// module), `off`, `f1` or `f16` (instrumented, traced at that depth). PROGRAM `churn` is the
// overhead bench's C churn (CHURN_C: ITERATIONS allocations, one printf); `writes` allocates and
// prints a line unbuffered ITERATIONS times (one fd_write each). PRESSURE MB of ArrayBuffer made
// right before each `wasi.start` put V8's external memory over its limit, so incremental marking
// runs while the program writes.
//   node bench/wasi-exit-crash.mjs f16                     the rare form: ~1% of processes, under load
//   node bench/wasi-exit-crash.mjs base 20 20000 writes 80 no tracing at all: SIGSEGV in round 0
// This file imports dist/runtime (not the Node entry, which avoids the crash): add
// `--no-turbo-fast-api-calls` (node/wasi-fast-calls.ts) to see the workaround. Needs clang with
// wasi-libc, and dist/ (`npx tsup`).
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
const [variant = 'f16', rounds = '40', n = '400000', program = 'churn', pressure = '0'] = process.argv.slice(2);
if (!['base', 'off', 'f1', 'f16'].includes(variant) || !['churn', 'writes'].includes(program)) {
  console.error(`usage: node bench/wasi-exit-crash.mjs [base|off|f1|f16] [rounds] [iterations] [churn|writes] [pressure MB]; got "${variant}", "${program}"`);
  process.exit(2);
}
const WRITES_C = String.raw`
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 20000;
  setvbuf(stdout, NULL, _IONBF, 0); /* one fd_write per line */
  unsigned long sum = 0;
  for (long i = 0; i < n; i++) { char *p = malloc(16 + i % 64); p[0] = (char)i; sum += (unsigned char)p[0]; free(p); printf("%ld\n", i); }
  printf("%lu\n", sum);
  return 0;
}
`;
const dir = mkdtempSync(join(tmpdir(), 'wtm-crash-'));
try {
  writeFileSync(join(dir, 'churn.c'), program === 'churn' ? CHURN_C : WRITES_C);
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
    globalThis.pressure = Number(pressure) > 0 ? new ArrayBuffer(Number(pressure) << 20) : null;
    const code = wasi.start(instance);
    closeSync(fd);
    tracemalloc.stop();
    for (const s of [...tracemalloc.getSources()]) if (s.domain > 0) tracemalloc.unregisterSource(s);
    if (code !== 0) throw new Error(`churn exited with ${code}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
