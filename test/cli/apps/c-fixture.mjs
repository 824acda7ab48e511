// A Node program that uses a wasm module the ordinary way: the C fixture (wasi-libc), run
// `runs` times with `delayMs` between runs; exits with `exitCode`. Each run leaks one 4321-byte
// block (fixtures/c/basic.c:49). Usage: node c-fixture.mjs [runs=1] [delayMs=0] [exitCode=0]
import { readFileSync } from 'node:fs';
import { runWasi } from '../../../fixtures/harness/wasi.mjs';

const [runs = 1, delayMs = 0, exitCode = 0] = process.argv.slice(2).map(Number);
const bytes = readFileSync(new URL('../../../fixtures/c/basic.wasm', import.meta.url));
for (let i = 0; i < runs; i++) {
  const { stdout } = await runWasi(bytes);
  if (i === 0) process.stdout.write(stdout);
  if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
}
process.exitCode = exitCode;
