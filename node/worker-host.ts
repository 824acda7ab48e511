// Threaded modules through the API alone (docs/hook-abi.md, "Threaded modules"): start() in the
// main thread makes the arena (runtime/tracer/threads.ts), and this host starts the tool in every
// worker_threads Worker made from then on, before the worker's own script: the arena and nframe
// go by worker_threads' environment data (no message has to arrive in time), and `--require` of
// dist/node/worker.cjs (which loads the tool at the worker's first threaded module) is added to
// the worker's execArgv, by replacing the module's `Worker` with a
// subclass (`syncBuiltinESMExports`: named imports see it too). A worker whose options Node
// refuses with it (an execArgv a worker may not have) is made as asked, untraced. Under register
// nothing of this runs: register's arena is there first, and its workers load register.
import { syncBuiltinESMExports } from 'node:module';
import { fs, url, workerThreads } from './builtins';
import { isMainThread } from './threads';
import type { WorkerHost, WorkerSettings } from '../runtime/tracer/threads';
import { distEntryUrl } from '../runtime/tracer/workers';
import { transferredToSetUp } from '../runtime/tracer/plain-for-workers';
import { WORKER_SETTINGS, WORKER_UNTRACED_SAID } from './worker-settings';

/** Node's host; `here` is the URL of the file calling it (dist/node/worker.js is found from it). */
export function nodeWorkerHost(here: string): WorkerHost {
  let wrapped = false;
  const setUp = new WeakSet<object>(); // the workers made with the preload
  return {
    posts: {
      prototypes: () => [workerThreads().Worker.prototype, workerThreads().MessagePort.prototype],
      setUp: (target) => setUp.has(target),
      channels(made) {
        const threads = workerThreads();
        const Own = threads.MessageChannel;
        const Recorded = { MessageChannel: class extends Own {
          constructor() {
            super();
            made(this.port1, this.port2);
          }
        } }.MessageChannel;
        (threads as { MessageChannel: unknown }).MessageChannel = Recorded;
        const scope = globalThis as { MessageChannel?: unknown };
        if (scope.MessageChannel === Own) scope.MessageChannel = Recorded;
        syncBuiltinESMExports();
      },
    },
    canShare: () => isMainThread(),
    traceWorkers(settings: WorkerSettings) {
      const threads = workerThreads();
      threads.setEnvironmentData(WORKER_SETTINGS, settings as unknown as Parameters<typeof threads.setEnvironmentData>[1]);
      if (wrapped) return;
      threads.setEnvironmentData(WORKER_UNTRACED_SAID, new Int32Array(new SharedArrayBuffer(4)) as unknown as Parameters<typeof threads.setEnvironmentData>[1]);
      const entry = distEntryUrl('node/worker.cjs', here);
      if (!entry.startsWith('file:') || !fs.existsSync(new URL(entry))) return; // not built (the tests' sources): nothing to load
      const preload = url.fileURLToPath(entry);
      wrapped = true;
      const Original = threads.Worker;
      const Traced = function (this: unknown, filename: string | URL, options?: import('node:worker_threads').WorkerOptions) {
        if (new.target === undefined) return Reflect.apply(Original, this, [filename, options]); // Node's own error
        const make = (execArgv?: string[]) => Reflect.construct(Original, [filename, execArgv ? { ...options, execArgv } : options], new.target) as object;
        // the worker's own options, else the process's, as a worker inherits them: less those a
        // worker may not have, which an inheriting worker leaves out too (process-wide flags)
        let args = [...(options?.execArgv ?? process.execArgv)];
        for (;;) {
          try {
            const worker = make([...args, '--require', preload]);
            setUp.add(worker);
            transferredToSetUp(options?.transferList); // ports given with workerData are in it
            return worker;
          } catch (error) {
            const fewer = options?.execArgv ? null : withoutRefused(args, error);
            if (!fewer) return make(); // as asked (Node's own error if it was the program's)
            args = fewer;
          }
        }
      };
      Object.defineProperty(Traced, 'name', { value: 'Worker' });
      Traced.prototype = Original.prototype;
      Object.setPrototypeOf(Traced, Original);
      (threads as { Worker: unknown }).Worker = Traced;
      syncBuiltinESMExports();
    },
  };
}

/** `args` less the flags Node refused a worker (ERR_WORKER_INVALID_EXEC_ARGV names them, one or
 * more at a time) and a flag's separate value; null when that error named none of them. */
function withoutRefused(args: string[], error: unknown): string[] | null {
  if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') return null;
  const named = /flags: (.*)$/.exec((error as Error).message)?.[1]?.split(', ') ?? [];
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (!named.includes(args[i]!)) out.push(args[i]!);
    else if (!args[i]!.includes('=') && i + 1 < args.length && !args[i + 1]!.startsWith('-')) i++;
  }
  return out.length < args.length ? out : null;
}
