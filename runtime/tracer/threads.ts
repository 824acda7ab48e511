/**
 * Threaded modules (docs/hook-abi.md, "Threaded modules"): the process's arena (one shared memory
 * for every threaded core, handed to each thread by the host: register through worker_threads'
 * environment data; after the API's start(), the worker host below) and its directory of groups. A group is one compile of a threaded module
 * (its nonce, the THREADS_GROUP_SECTION the runtime appends to the bytes it compiles): the first
 * instance, in whatever thread, makes the group's tables (the owner), later ones (the other
 * threads, which get the compiled module by message) join them.
 *
 * The directory: a list of entries [next, nonce (2 words), base, instances, callers] in the arena, its head
 * at word DIR_HEAD, changed under the spin lock at word DIR_LOCK (the arena's words 0..15 are
 * reserved: the bump pointer is at byte 16, SHARED_BUMP).
 */
import { THREADS_GROUP_SECTION, THREADS_SECTION } from '../../abi';
import { newSharedArena, newSharedGroup, sharedAlloc } from './tracer-core';

const DIR_HEAD = 5; // i32 index (byte 20)
const DIR_LOCK = 6; // byte 24

let arena: WebAssembly.Memory | null = null;
/** Whether the arena is this thread's own (made by start(): then start() hands it on again). */
let madeByStart = false;

/** Installs the process's arena in this thread (null: threaded modules are not traced here). */
export function setSharedArena(memory: WebAssembly.Memory | null): void {
  arena = memory;
}

export function sharedArena(): WebAssembly.Memory | null {
  return arena;
}

/** Whether `module` is a threaded module instrumented to share a core (THREADS_SECTION). */
export function isThreaded(module: WebAssembly.Module): boolean {
  return WebAssembly.Module.customSections(module, THREADS_SECTION).length > 0;
}

/** `bytes` with a new nonce appended (each compile of a threaded module is a group of its own). */
export function withGroupNonce(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const name = new TextEncoder().encode(THREADS_GROUP_SECTION);
  const nonce = new Uint8Array(8);
  crypto.getRandomValues(nonce);
  const payload = 1 + name.length + nonce.length; // name length (one byte: < 128), name, nonce
  const out = new Uint8Array(bytes.length + 2 + payload);
  out.set(bytes);
  out.set([0, payload, name.length], bytes.length);
  out.set(name, bytes.length + 3);
  out.set(nonce, bytes.length + 3 + name.length);
  return out;
}

export interface GroupMembership {
  readonly memory: WebAssembly.Memory;
  /** The group's state block in the arena. */
  readonly base: number;
  /** Whether this instance made the group (then it is the one whose domain collects it). */
  readonly owner: boolean;
  /** How many instances (threads) have joined the group so far, this one included. */
  instances(): number;
  /**
   * Whether the owner's start found that the group's core needs callers at any nframe (library
   * sites shown as their callers: wasm-domain.ts `weights`), as it last said with `setCallers`;
   * undefined until the owner has started. A member thread's instance needs only this of the site
   * table (the owner feeds the core, under its folding): read here, it decodes no table of its own.
   */
  callers(): boolean | undefined;
  setCallers(needed: boolean): void;
}

/**
 * `make` called with the group of `module` (by its nonce) in this process's arena, made when this
 * is its first instance; under the directory's lock, so that the owner's core has made the tables
 * before another thread can join. null when this thread has no arena or the module no nonce.
 */
export function joinGroup<T>(module: WebAssembly.Module, make: (group: GroupMembership) => T): T | null {
  const memory = arena;
  const sections = WebAssembly.Module.customSections(module, THREADS_GROUP_SECTION);
  if (!memory || sections.length === 0) return null;
  const nonce = new Int32Array(sections[sections.length - 1]!.slice(0, 8));
  const words = () => new Int32Array(memory.buffer);
  while (Atomics.compareExchange(words(), DIR_LOCK, 0, 1) !== 0);
  try {
    let w = words();
    for (let e = Atomics.load(w, DIR_HEAD); e !== 0; e = w[e >>> 2]!) {
      if (w[(e >>> 2) + 1] === nonce[0] && w[(e >>> 2) + 2] === nonce[1]) {
        Atomics.add(w, (e >>> 2) + 4, 1);
        return make(membership(memory, e, false));
      }
    }
    const base = newSharedGroup(memory);
    const e = sharedAlloc(memory, 24);
    w = words();
    w.set([Atomics.load(w, DIR_HEAD), nonce[0]!, nonce[1]!, base, 1, 0], e >>> 2);
    const made = make(membership(memory, e, true));
    Atomics.store(words(), DIR_HEAD, e);
    return made;
  } finally {
    Atomics.store(words(), DIR_LOCK, 0);
  }
}

function membership(memory: WebAssembly.Memory, entry: number, owner: boolean): GroupMembership {
  return {
    memory,
    base: new Int32Array(memory.buffer)[(entry >>> 2) + 3]!,
    owner,
    instances: () => Atomics.load(new Int32Array(memory.buffer), (entry >>> 2) + 4),
    // 0: the owner has not started yet; 1: no callers needed; 2: needed
    callers: () => [undefined, false, true][Atomics.load(new Int32Array(memory.buffer), (entry >>> 2) + 5)],
    setCallers: (needed) => void Atomics.store(new Int32Array(memory.buffer), (entry >>> 2) + 5, needed ? 2 : 1),
  };
}

/**
 * What a worker thread needs to feed its instances of threaded modules into the groups: the arena
 * and the thread's limit (workers.ts `startWorker`; a group's nframe and folding are its owner's).
 */
export interface WorkerSettings {
  readonly arena: WebAssembly.Memory;
  readonly nframe: number;
}

/**
 * Starts the tool in each worker a thread makes, before the worker's own script: the browser's
 * `Worker` wrapped (workers.ts), Node's `worker_threads.Worker` (node/worker-host.ts). Installed
 * by the entries (runtime/index.ts, then node/index.ts); register hands the arena on itself.
 */
export interface WorkerHost {
  /** Whether this thread can give its workers a shared arena (Node: the main thread; a page:
   * cross-origin isolated, not a worker). */
  canShare(): boolean;
  /** From now on, every worker this thread makes starts tracing with `settings` (the latest). */
  traceWorkers(settings: WorkerSettings): void;
  /** What carries messages to workers (`postMessage` of these prototypes) and whether a target's
   * worker got the tool from this host (plain-for-workers.ts). */
  readonly posts?: {
    prototypes(): object[];
    setUp(target: object): boolean;
    /** From now on, `made(port1, port2)` for each MessageChannel the program makes (its
     * constructor replaced by a subclass that says so). */
    channels?(made: (port1: object, port2: object) => void): void;
  };
}

let workerHost: WorkerHost | null = null;
let fallbackHost = false;

/** Installs the host; a `fallback` (the page's, which runtime/index.ts installs) never replaces
 * another, whatever order a bundle evaluates the entries' bodies in. */
export function setWorkerHost(host: WorkerHost | null, fallback = false): void {
  if (fallback && workerHost && !fallbackHost) return;
  workerHost = host;
  fallbackHost = fallback;
}

/** The host's post targets (plain-for-workers.ts); null under register, whose workers load register. */
export function postTargets(): WorkerHost['posts'] | null {
  return arena && !madeByStart ? null : (workerHost?.posts ?? null);
}

/**
 * start() on the thread that makes the workers (docs/hook-abi.md, "Threaded modules"): an arena
 * made here when there is none (register's is left alone: its workers load register), and the
 * workers made from now on start the tool with it. Never throws: where no shared memory can be
 * made, threaded modules stay untraced with their one line. Whether workers are set up from now on.
 */
export function shareArenaWithWorkers(nframe: number): boolean {
  if ((arena && !madeByStart) || !workerHost) return false;
  try {
    if (!workerHost.canShare()) return false;
    const memory = arena ?? newSharedArena();
    if (!arena) {
      arena = memory;
      madeByStart = true;
    }
    workerHost.traceWorkers({ arena: memory, nframe });
    return true;
  } catch {
    return false; // no shared memory here (a page without cross-origin isolation)
  }
}
