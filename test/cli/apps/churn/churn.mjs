// Runs churn.wasm (churn.c) `rounds` times in one instance, `delayMs` apart between instances
// when `instances` > 1. Usage: node churn.mjs [rounds=1] [instances=1] [delayMs=0]
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const [rounds = 1, instances = 1, delayMs = 0] = process.argv.slice(2).map(Number);
const bytes = readFileSync(new URL('./churn.wasm', import.meta.url));
const kept = [];
for (let i = 0; i < instances; i++) {
  const wasi = new WASI({ version: 'preview1', args: ['churn'], env: { ROUNDS: String(rounds) }, returnOnExit: true });
  const { instance } = await WebAssembly.instantiate(bytes, wasi.getImportObject());
  const code = wasi.start(instance);
  if (code !== 0) process.exit(code);
  kept.push(instance); // its memory stays: what grew stays visible
  if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
}
