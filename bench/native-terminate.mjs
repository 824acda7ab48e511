// Not a timing bench (run.mjs runs only *.bench.mjs): counts crashes of worker threads that loop
// zlib.deflateSync while the main thread stops and restarts the native hook, then stops the
// workers either with worker.terminate() or by a flag they poll. Each case runs in fresh child
// processes; a child fails when it exits non-zero or writes to stderr.
//
// Why: Node (20 and 24) aborts with `Assertion failed: init_done_ && "close before init"` when a
// worker is terminated between `new binding.Zlib()` and `handle.init()` inside zlib's JS: the
// never-initialised handle is destroyed by the worker's environment cleanup, and its Close()
// asserts. It happens without the hook as often as with it; the tests therefore stop workers by
// flag, never by terminate(), while they are inside zlib.
//
//   node bench/native-terminate.mjs [children per case = 10]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const addon = join(dirname(fileURLToPath(import.meta.url)), '..', 'native', 'build', 'Release',
  'wasm_tracemalloc_native.node');

const child = (hooked, stopBy) => `
  const { Worker } = require('node:worker_threads');
  const hook = ${hooked} ? require(${JSON.stringify(addon)}) : null;
  if (hook) hook.start(16);
  let round = 0;
  const step = () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const workers = [];
    let online = 0;
    for (let i = 0; i < 3; i++) {
      const w = new Worker(\`const { parentPort, workerData: f } = require('node:worker_threads');
        const z = require('node:zlib'); parentPort.postMessage(1);
        while (Atomics.load(f, 0) === 0) z.deflateSync(Buffer.alloc(64, 'q'));\`,
        { eval: true, workerData: flag });
      const exited = new Promise((resolve) => w.on('exit', resolve));
      w.on('message', () => {
        if (++online < 3) return;
        setTimeout(async () => {
          if (hook) { hook.stop(); hook.start(round % 2 ? 1 : 16); }
          ${stopBy === 'terminate' ? 'workers.forEach((x) => x.w.terminate());' : 'Atomics.store(flag, 0, 1);'}
          await Promise.all(workers.map((x) => x.exited));
          if (++round < 20) step(); else console.log('ok');
        }, Math.random() * 20);
      });
      workers.push({ w, exited });
    }
  };
  step();
`;

const runs = Number(process.argv[2] ?? 10);
if (!existsSync(addon)) throw new Error(`build the addon first (node native/build.mjs): no ${addon}`);
for (const stopBy of ['terminate', 'flag']) {
  for (const hooked of [false, true]) {
    let failed = 0;
    let sample = '';
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, ['-e', child(hooked, stopBy)], { encoding: 'utf8' });
      if (r.status !== 0 || r.stderr !== '' || r.stdout.trim() !== 'ok') {
        failed++;
        sample ||= (r.stderr.match(/Assertion failed: .*/) ?? [r.stderr.split('\n')[0] || `exit ${r.status ?? r.signal}`])[0];
      }
    }
    console.log(`stop by ${stopBy.padEnd(9)} hook ${hooked ? 'on ' : 'off'}: ${failed}/${runs} children failed${sample ? `  (${sample.trim()})` : ''}`);
  }
}
