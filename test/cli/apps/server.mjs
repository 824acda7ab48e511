// A long-running program (a server, a watcher): runs the C fixture every 100 ms until stopped;
// prints "started" once the first run is done. Each run leaks 4321 bytes (basic.c:49).
import { readFileSync } from 'node:fs';
import { runWasi } from '../../../fixtures/harness/wasi.mjs';

const bytes = readFileSync(new URL('../../../fixtures/c/basic.wasm', import.meta.url));
await runWasi(bytes);
process.stdout.write('started\n');
setInterval(() => runWasi(bytes), 100);
