/**
 * A worker the tool did not set up never breaks (docs/hook-abi.md, "Outside register"). A module
 * instrumented for threads imports the hooks, so every thread that instantiates it needs the tool;
 * a worker made before start() (or before the tool was loaded) has not got it, and nothing lists
 * the workers that exist. So the thread that instrumented such a module watches what it posts
 * (`postMessage` of its host's workers and of MessagePort: a port counts as set up when its other
 * end, of a channel made since, went by this thread to a worker set up, else its other end is unknown): a message
 * carrying the module to a target its host did not set up carries, in its place, the module as the
 * program compiled it (its original bytes, compiled here once, the same code on the same memory), and
 * the module stops being traced in this thread, said in its one line: per-thread numbers
 * would be wrong, and the program runs as without the tool. A module instrumented ahead of time
 * has no original here: that worker gets it unhooked (unhook.ts: the hooks defined in the module,
 * tracing at 0), which runs as the original does.
 *
 * A message carrying only the module's shared memory to such a target is let through as it is
 * (the program's own), but the module's figures are partial from then on: a worker that compiles
 * the .wasm itself (reads or fetches it) and runs it on that memory allocates and frees unseen.
 * Said once per module, in a line and in its status's caveats (`top`, `report`, `leaks`). Its
 * `buffer` alone is not: no module can be instantiated on a SharedArrayBuffer (a WebAssembly.Memory
 * cannot be made from one), so what such a worker does is read and write bytes, not allocate.
 */
import { Original } from './original';
import { untraceModule, diagnostic, addCaveat, type ModuleStatus } from './modules';
import { SHARED_WITH_UNSET_WORKER } from '../../abi/errors';
import { postTargets } from './threads';
import { unhooked } from './unhook';

interface Plain {
  /** The original bytes; else (instrumented ahead of time) the instrumented ones, to unhook. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly original: boolean;
  readonly status: () => ModuleStatus | null;
  /** What such a worker gets instead (null: nothing could be made). */
  compiled?: WebAssembly.Module | null;
  readonly domains: { abandon(): void }[];
  /** Its memory went to a target not set up, and it was said (once). */
  partial?: boolean;
}

const prepared = new WeakMap<Uint8Array, Plain>();
const modules = new WeakMap<WebAssembly.Module, Plain>();
const memories = new WeakMap<WebAssembly.Memory, Plain>();
let guarded = false;
/** Whether a module instrumented for threads was compiled here: then posts to targets not set up are scanned. */
let scanning = false;

/** Why a module goes untraced here (its one line). */
export const POSTED_TO_UNSET_WORKER = 'a threaded module posted to a worker the tool did not set up (made before start() or before the tool was loaded, or reached by a MessagePort whose other end this thread did not hand to a worker it set up): that worker runs it as compiled without the tool, so none of its threads is traced (start() before the program makes its workers)';

/** `ready` (the bytes to compile, ours) instrumented for threads from `original` (null: ahead of time). */
export function threadedBytes(ready: Uint8Array, original: Uint8Array | null, status: () => ModuleStatus | null): void {
  prepared.set(ready, { bytes: original ? original.slice() : (ready as Uint8Array<ArrayBuffer>), original: original !== null, status, domains: [] });
}

/** `module` compiled from `ready`: its posts are watched from now on. */
export function threadedModule(module: WebAssembly.Module, ready: Uint8Array): void {
  const plain = prepared.get(ready);
  if (!plain) return;
  modules.set(module, plain);
  scanning = true;
  watchPosts();
}

/** A domain of `module` in this thread, abandoned if a worker not set up gets the module. */
export function threadedDomain(module: WebAssembly.Module, domain: { abandon(): void }): void {
  modules.get(module)?.domains.push(domain);
}

/** `memory` is the shared memory of an instance of `module` here: a post of it is watched too. */
export function threadedMemory(module: WebAssembly.Module, memory: WebAssembly.Memory | null): void {
  const plain = modules.get(module);
  if (plain && memory) memories.set(memory, plain);
}

/** Why a module's figures are partial once its memory went to a worker not set up (its caveat). */
export const MEMORY_TO_UNSET_WORKER = `${SHARED_WITH_UNSET_WORKER} its shared memory was posted to a worker the tool did not set up (made before start() or before the tool was loaded, or reached by a MessagePort whose other end this thread did not hand to a worker it set up): a module that worker compiles itself and runs on this memory allocates and frees unseen, so its blocks are missing here and blocks it frees still count as live (start() before the program makes its workers, and post them the compiled module)`;

/** Each end of a MessageChannel made since posts are watched → the other end. */
const partners = new WeakMap<object, object>();
/** Ports whose other end went to a worker the host set up (or on through such ports). */
const setUpPorts = new WeakSet<object>();

/** A MessageChannel's ends, made (the host's MessageChannel records each channel once posts are watched). */
export function channelMade(port1: object, port2: object): void {
  partners.set(port1, port2);
  partners.set(port2, port1);
}

/**
 * `transfer` (a post's transfer list, or a worker's at its making) went to a target that is set up:
 * each port of it is in a set-up worker now, so what is posted on its other end reaches that
 * worker (docs/hook-abi.md, "Outside register": a set-up worker that hands the port on is not
 * followed, as it is not when it hands on a module).
 */
export function transferredToSetUp(transfer: unknown): void {
  const list = Array.isArray(transfer) ? transfer : transfer !== null && typeof transfer === 'object' && Array.isArray((transfer as { transfer?: unknown }).transfer) ? (transfer as { transfer: unknown[] }).transfer : [];
  for (const item of list) {
    const other = item !== null && typeof item === 'object' ? partners.get(item) : undefined;
    if (other) setUpPorts.add(other);
  }
}

/** Watches `postMessage` from now on (once): from start(), which sets up the workers made after it
 * (the ports handed to them), and at the first module instrumented for threads compiled here. */
export function watchPosts(): void {
  if (guarded) return;
  const targets = postTargets();
  if (!targets) return;
  guarded = true;
  targets.channels?.(channelMade);
  let inner = 0; // Node's Worker#postMessage posts through its port: that post is the worker's
  for (const proto of targets.prototypes()) {
    const own = (proto as { postMessage?: unknown }).postMessage;
    if (typeof own !== 'function') continue;
    const post = function (this: object, message: unknown, ...rest: unknown[]): unknown {
      if (inner === 0 && (targets.setUp(this) || setUpPorts.has(this))) transferredToSetUp(rest[0]);
      else if (inner === 0 && scanning) {
        const shared: Plain[] = [];
        message = swapped(message, 3, shared);
        // after the whole message is scanned: a module posted with its memory went untraced instead
        for (const plain of shared) partial(plain);
      }
      inner++;
      try {
        return Reflect.apply(own, this, [message, ...rest]);
      } finally {
        inner--;
      }
    };
    Object.defineProperty(post, 'name', { value: 'postMessage' });
    Object.defineProperty(proto, 'postMessage', { ...Object.getOwnPropertyDescriptor(proto, 'postMessage'), value: post });
  }
}

/** Arrays and objects with more entries than this are not looked into (a program's bulk data). */
const MAX_ENTRIES = 64;

/** `message` with each module instrumented here replaced by its plain compile: in plain objects'
 * data properties (no getter is called) and arrays, `depth` levels down, copied where changed
 * (the program's objects are never changed). */
function swapped(message: unknown, depth: number, shared: Plain[]): unknown {
  if (message instanceof Original.Module) {
    const plain = modules.get(message);
    return plain ? plainOf(plain, message) : message;
  }
  if (message instanceof WebAssembly.Memory) {
    const plain = memories.get(message);
    if (plain) shared.push(plain);
    return message;
  }
  if (depth === 0 || message === null || typeof message !== 'object') return message;
  if (Array.isArray(message)) {
    if (message.length > MAX_ENTRIES) return message;
    let out: unknown[] | null = null;
    for (let i = 0; i < message.length; i++) {
      const d = Object.getOwnPropertyDescriptor(message, i);
      if (!d || !('value' in d)) continue;
      const now = swapped(d.value, depth - 1, shared);
      if (now !== d.value) (out ??= (message as unknown[]).slice())[i] = now; // holes kept
    }
    return out ?? message;
  }
  const proto = Object.getPrototypeOf(message);
  if (proto !== Object.prototype && proto !== null) return message;
  const keys = Object.keys(message);
  if (keys.length > MAX_ENTRIES) return message;
  let changed: PropertyDescriptorMap | null = null;
  for (const key of keys) {
    const d = Object.getOwnPropertyDescriptor(message, key);
    if (!d || !('value' in d)) continue;
    const now = swapped(d.value, depth - 1, shared);
    if (now !== d.value) (changed ??= Object.getOwnPropertyDescriptors(message))[key] = { ...d, value: now };
  }
  return changed ? Object.create(proto, changed) : message;
}

/** The module's figures marked partial (once), unless it went untraced (its module was posted). */
function partial(plain: Plain): void {
  if (plain.partial || plain.compiled) return;
  const status = plain.status();
  if (!status?.traced) return;
  plain.partial = true;
  addCaveat(status, MEMORY_TO_UNSET_WORKER);
}

function plainOf(plain: Plain, module: WebAssembly.Module): WebAssembly.Module {
  if (plain.compiled === undefined) {
    const bytes = plain.original ? plain.bytes : unhooked(plain.bytes);
    try {
      plain.compiled = bytes ? new Original.Module(bytes) : null;
    } catch {
      plain.compiled = null; // a page's main thread compiles at most 8 MB synchronously (Chromium)
    }
    const status = plain.status();
    if (plain.compiled) {
      for (const d of plain.domains) d.abandon();
      if (status?.traced) untraceModule(status, POSTED_TO_UNSET_WORKER);
    } else {
      diagnostic(`${status?.source ?? 'a module'}: instrumented ahead of time for threads, posted to a worker the tool did not set up (made before start() or before the tool was loaded): that worker cannot link it (its hook imports), and no module without them could be made here; start() before the program makes its workers`);
    }
  }
  return plain.compiled ?? module;
}
