// Worker threads (node:worker_threads) have tracers of their own: a module a program runs in a
// Worker is traced there, in that thread's isolate, and the main thread's snapshot would not hold
// it (`leaks` said "the program loaded no WebAssembly module"). Under WASM_TRACEMALLOC_SNAPSHOT,
// the Node entry hands each worker's snapshot to the main thread through files, which need no
// message to be delivered before a thread exits:
//  - a worker thread, when it traces its first module, writes `<threadId>.live` into a folder of
//    the process (`wasm-tracemalloc-threads-<pid>` in the temporary folder); at its exit, its
//    snapshot as `<threadId>.tmsnap` (written whole, then renamed), and removes `.live`;
//  - the main thread, whenever it writes its snapshot (at exit, on SIGUSR2), merges the workers'
//    snapshots found there into it (runtime/tracer/merge.ts) and names the threads still
//    tracing (a `.live` without a snapshot: their memory is not in it); at its exit, removes the
//    folder.
// A worker the program terminates, or one still running when the process exits, writes nothing:
// the snapshot says so (`threads` metadata entry, and the notes of top/leaks/report).
//
// The main thread does not load node:worker_threads until the program does (7–40 M instructions
// of every start otherwise): `isMainThread()` and `shareWithWorkers()` below.
import { events, fs, loadedBuiltins, os, path, workerThreads } from './builtins';
import type { Snapshot } from '../runtime/model/snapshot';
import { snapshotModel } from '../runtime/tracer/snapshot-model'; // the model is loaded when a snapshot is made (snapshot-model.ts)
import { mergeSnapshots, type SnapshotPart } from '../runtime/tracer/merge';
import { writeAside } from './write-aside';

const { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = fs;
const { tmpdir } = os;
const { join } = path;

const folder = (): string => join(tmpdir(), `wasm-tracemalloc-threads-${process.pid}`);
const label = (id: number): string => `worker thread ${id}`;

/** In a worker thread: returns what to call when it traces its first module (then marks it, and
 * hands its snapshot over at its exit). Never throws: tracing must not fail the program. */
export function workerTracing(take: () => Snapshot, tracing: () => boolean): () => void {
  let marked = false;
  return () => {
    if (marked) return;
    marked = true;
    const { threadId } = workerThreads(); // loaded already: a worker thread's bootstrap loads it
    const dir = folder();
    const live = join(dir, `${threadId}.live`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(live, '');
    } catch {
      return; // no temporary folder: this thread's memory stays its own (said as running, at worst)
    }
    process.on('exit', () => {
      try {
        if (tracing()) writeAside(join(dir, `${threadId}.tmsnap`), [take().serialize()]);
      } catch {
        /* not handed in: the main thread names this thread as still running */
      }
      rmSync(live, { force: true });
    });
  };
}

/** In the main thread: `snapshot` with the worker threads' merged in; `final` (the process exits)
 * removes what they left. */
export function withWorkerThreads(snapshot: Snapshot, final: boolean): Snapshot {
  const dir = folder();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return snapshot; // no worker traced anything
  }
  const ids = (ext: string) => names.filter((n) => n.endsWith(ext)).map((n) => Number(n.slice(0, -ext.length))).filter(Number.isInteger).sort((a, b) => a - b);
  const parts: SnapshotPart[] = [];
  for (const id of ids('.tmsnap')) {
    try {
      parts.push({ snapshot: snapshotModel().Snapshot.deserialize(readFileSync(join(dir, `${id}.tmsnap`))), label: label(id) });
    } catch {
      /* unreadable: as if it had not handed one in */
    }
  }
  const running = ids('.live').filter((id) => !parts.some((p) => p.label === label(id))).map(label);
  if (final) rmSync(dir, { recursive: true, force: true });
  return mergeSnapshots(snapshot, parts, running);
}

const WORKER_THREADS = 'NativeModule worker_threads';

/**
 * Whether this is the process's main thread, without loading node:worker_threads there: a worker
 * thread's bootstrap loads it before any preload or script of the program runs (Node 20–24), so a
 * thread whose list of loaded built-ins does not name it is the main thread; otherwise asking the
 * module costs nothing.
 */
export function isMainThread(): boolean {
  const list = loadedBuiltins();
  return list !== undefined && !list.includes(WORKER_THREADS) ? true : workerThreads().isMainThread;
}

/**
 * In the main thread: `setEnvironmentData(key, value)` before the program makes its first Worker,
 * without loading worker_threads before the program does. A Worker copies the environment data
 * when it is made, and the program can make one only once the module is loaded; making one runs
 * EventEmitter's constructor (a Worker is one), which calls `EventEmitter.init`. So until then
 * `EventEmitter.init` is wrapped: at each call it looks whether a built-in was loaded since the
 * last (the list's length: one comparison) and, once worker_threads has been loaded whole, sets
 * the data and steps aside (the wrapper stays a pass-through if something wrapped it in turn, as
 * `node:domain` does). Where worker_threads is loaded already, or there is no list, it is now.
 */
export function shareWithWorkers(key: string, value: Parameters<typeof import('node:worker_threads').setEnvironmentData>[1]): void {
  const list = loadedBuiltins();
  if (list === undefined || list.includes(WORKER_THREADS)) {
    workerThreads().setEnvironmentData(key, value);
    return;
  }
  const emitter = events as unknown as { init: (this: unknown, ...args: unknown[]) => unknown };
  const init = emitter.init;
  let seen = list.length;
  let shared = false;
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    if (!shared && list.length !== seen) {
      seen = list.length;
      if (list.includes(WORKER_THREADS)) {
        // while worker_threads is still loading (an emitter made by its own imports), its exports
        // are not there yet: the next call looks again (no Worker can be made before it is loaded)
        const module = workerThreads();
        if (typeof module.setEnvironmentData === 'function') {
          module.setEnvironmentData(key, value);
          shared = true;
          if (emitter.init === wrapped) emitter.init = init;
        } else {
          seen = -1;
        }
      }
    }
    return init.apply(this, args);
  };
  emitter.init = wrapped;
}
