/**
 * "Never silent": every module that loads is reported once, in one line, as traced (which
 * allocator, found how) or not traced and why, with the file or URL it came from — or, for bytes
 * embedded in JS, the JS file that compiled them (more modules untraced from there for the same
 * reason: one line more says so, then they are counted). Modules with no memory or no code (Emscripten's
 * `addFunction` thunks, pure-compute helpers) are skipped quietly. The statuses also go into
 * every snapshot (tracer.ts), so `top`, `report` and `leaks` can say when memory went untraced.
 *
 * Diagnostics go through one sink: the console by default (a browser's: `console.warn` for what is
 * not traced, `console.debug` for the rest); Node entries
 * install a writer to a file descriptor captured at startup, so a program that patches
 * `process.stderr` or routes `fs.writeSync(2)` to it never sees (or recurses on) our lines.
 */

import type { CodeIdentity } from '../../abi';

/** One module that loaded: where it came from, and whether its allocations are traced. */
export interface ModuleStatus {
  /** The .wasm file or URL, or `compiled by <js file:line>` for bytes made in JS. */
  readonly source: string;
  readonly traced: boolean;
  /** Traced: the allocator and how it was found. Not traced: why, in a sentence. */
  readonly detail: string;
  /** Size of the original module in bytes. */
  readonly bytes: number;
  /** Traced, but some numbers may not be exact, and why (e.g. allocator code inlined into a
   * caller, where it cannot be hooked). Absent when there is nothing to say. */
  readonly caveats?: readonly string[];
  /** Traced: the original module's code identity (abi/code-identity.ts), which a debug build of
   * the same code matches (`wasm-tracemalloc symbolize`). Absent when the instrumenter wrote none. */
  readonly code?: CodeIdentity;
}

/** The default sink (a browser's console): a module that is not traced is a warning; a traced one is
 * a debug line (the console's "verbose" level: there when asked for, not in the page's log). */
let sink: (line: string, warning: boolean) => void = (line, warning) => (warning ? console.warn(line) : console.debug(line));
const statuses: ModuleStatus[] = [];
const reported = new Set<string>();

/** Where the tool's own lines go (Node: a file descriptor captured at startup). */
export function setDiagnosticSink(fn: (line: string, warning: boolean) => void): void {
  sink = fn;
}

/** One line of the tool's own, prefixed with its name. Never throws: a diagnostic cannot fail the program. */
export function diagnostic(message: string, warning = true): void {
  try {
    sink(`wasm-tracemalloc: ${message}`, warning);
  } catch {
    /* a closed stderr: nothing to do */
  }
}

/**
 * Records a module's status and prints its line, then a line per caveat (what its numbers may
 * miss: the instrumenter's, on every path, or read from a module instrumented ahead of time),
 * once per module (the same bytes loaded again are not news): by `id`, the instrumenter's identity of
 * the bytes when it gives one (InstrumentedModule.id), else a sample of them.
 */
export function reportModule(status: ModuleStatus, bytes: Uint8Array, id?: string): void {
  const key = `${id === undefined ? fingerprint(bytes) : `id:${id}`}\0${status.traced}`;
  if (reported.has(key)) return;
  reported.add(key);
  statuses.push(status);
  // Other bytes, untraced from the same place for the same reason (a runtime that compiles code
  // as it runs: .NET's jiterpreter makes hundreds of tiny modules in its own memory): one more
  // line says so the first time, then they are only counted (the snapshot lists each).
  if (!status.traced) {
    const alike = `${status.source}\0${status.detail}`;
    const seen = untracedAlike.get(alike);
    untracedAlike.set(alike, (seen ?? 0) + 1);
    if (seen === 1) diagnostic(`${status.source}: more modules compiled there, not traced for the same reason (not listed again)`, true);
    if (seen !== undefined) return;
  }
  diagnostic(formatStatus(status), !status.traced);
  for (const caveat of status.caveats ?? []) diagnostic(`${status.source}: ${caveat}`);
}
const untracedAlike = new Map<string, number>();

/** A module reported traced that stops being traced (plain-for-workers.ts): its status says so now, and its line is said again. */
export function untraceModule(status: ModuleStatus, detail: string): void {
  diagnostic(formatStatus(replace(status, { source: status.source, traced: false, detail, bytes: status.bytes })), true);
}

/** Later statuses of a module whose status was replaced (untraceModule, addCaveat). */
const replaced = new WeakMap<ModuleStatus, ModuleStatus>();

/** `status` (as reported, or as replaced since) replaced by what `make` gives for its latest form. */
function replace(status: ModuleStatus, now: ModuleStatus | ((latest: ModuleStatus) => ModuleStatus)): ModuleStatus {
  let latest = status;
  for (let next = replaced.get(latest); next; next = replaced.get(latest)) latest = next;
  const made = typeof now === 'function' ? now(latest) : now;
  replaced.set(latest, made);
  const i = statuses.indexOf(latest);
  if (i >= 0) statuses[i] = made;
  else statuses.push(made);
  return made;
}

/** A traced module whose numbers turn out not to be exact (plain-for-workers.ts): the caveat is
 * added to its status (so to snapshots from now on), and said in a line. */
export function addCaveat(status: ModuleStatus, caveat: string): void {
  replace(status, (latest) => ({ ...latest, caveats: [...(latest.caveats ?? []), caveat] }));
  diagnostic(`${status.source}: ${caveat}`);
}

/** Size and an FNV-1a hash of at most 64 KiB sampled across the bytes: cheap on a 45 MB module. */
function fingerprint(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  const step = Math.max(1, Math.floor(bytes.length / 65536));
  for (let i = 0; i < bytes.length; i += step) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return `${bytes.length}:${h >>> 0}`;
}

export function formatStatus(s: ModuleStatus): string {
  return s.traced ? `${s.source}: traced (${s.detail})` : `${s.source}: not traced: ${s.detail}`;
}

/** Every module reported so far, in load order. */
export function moduleStatuses(): readonly ModuleStatus[] {
  return statuses;
}

/**
 * Reads what a module is from its bytes, without compiling it: whether it has a memory and code
 * at all, and whether a language runtime that manages its own heap built it (Go, TinyGo: their
 * garbage collector carves linear memory itself and calls no malloc to hook; a wasm GC module:
 * its objects live in the engine's heap). Malformed bytes
 * give `null` (the engine will say what is wrong when it compiles them).
 */
export interface ModuleShape {
  memory: boolean;
  code: boolean;
  /** The language runtime that owns the heap, when recognised by its imports or custom sections. */
  ownHeap: string | null;
  /** An Emscripten side module (a `dylink.0` section, no memory of its own: it imports one).
   * Read on first use: telling one from a main module walks the exports (see moduleShape). */
  readonly sideModule: boolean;
  /** Its memory is imported (another module's, or the host's), not its own. */
  memoryImported: boolean;
  /** Its memory is shared (threads: Emscripten -pthread, wasm32-wasip1-threads). */
  sharedMemory: boolean;
  /** It declares wasm GC types (structs, arrays, rec groups): its objects live in the engine's heap. */
  gcTypes: boolean;
  /** It imports malloc/free-like functions (a side module allocating through the main module). */
  importsAllocator: boolean;
  /** How many functions it imports, and the first few whose names say they allocate (`palloc`, `pfree`). */
  importedFunctions: number;
  allocatingImports: string[];
}

export function moduleShape(bytes: Uint8Array): ModuleShape | null {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) return null;
  let pos = 8;
  const uleb = (): number => {
    let result = 0;
    // a multiplier, not 2 ** shift: Math.pow per byte made this walk ~0.1 s of a C++ module's start
    for (let scale = 1; ; scale *= 128) {
      if (pos >= bytes.length) throw new RangeError('truncated');
      const b = bytes[pos++]!;
      result += (b & 0x7f) * scale;
      if (!(b & 0x80)) return result;
    }
  };
  const decoder = new TextDecoder();
  const name = (): string => {
    const n = uleb();
    const s = decoder.decode(bytes.subarray(pos, pos + n));
    pos += n;
    return s;
  };
  /** Whether the next name is `malloc` or `free`, read without decoding it (a C++ module exports ~75 k). */
  const MALLOC = [0x6d, 0x61, 0x6c, 0x6c, 0x6f, 0x63];
  const FREE = [0x66, 0x72, 0x65, 0x65];
  const nameIsMallocOrFree = (): boolean => {
    const n = uleb();
    const at = pos;
    pos += n;
    const want = n === 6 ? MALLOC : n === 4 ? FREE : null;
    if (want === null) return false;
    for (let i = 0; i < n; i++) if (bytes[at + i] !== want[i]) return false;
    return true;
  };
  const shape = { memory: false, code: false, ownHeap: null as string | null, memoryImported: false, sharedMemory: false, gcTypes: false, importsAllocator: false, importedFunctions: 0, allocatingImports: [] as string[] } as ModuleShape;
  let memoryImported = false;
  let dylink = false;
  let exportsAt = -1;
  try {
    while (pos < bytes.length) {
      const id = bytes[pos++]!;
      const size = uleb();
      const end = pos + size;
      if (id === 2) {
        for (let n = uleb(); n > 0; n--) {
          const module = name();
          const field = name();
          const kind = bytes[pos++]!;
          if (kind === 2) {
            shape.memory = shape.memoryImported = memoryImported = true;
            if (bytes[pos]! & 2) shape.sharedMemory = true; // its limits' flags
          }
          if (kind === 0 && /^(malloc|free|calloc|realloc|_Zn[wa]m|_Zd[la]Pv)/.test(field)) shape.importsAllocator = true;
          if (kind === 0) {
            shape.importedFunctions++;
            if (shape.allocatingImports.length < 3 && /alloc|free/i.test(field)) shape.allocatingImports.push(field);
          }
          if (module === 'go' || module === 'gojs') shape.ownHeap = 'Go';
          else if (shape.ownHeap === null && field.startsWith('syscall/js.')) shape.ownHeap = 'Go';
          // the rest of the import (its type) is skipped with the section
          skipImportType(kind);
        }
      } else if (id === 7 && dylink) {
        // Only a side module needs its exports read: dylink.0 is a module's first section, so it
        // is known by now; the walk waits until `sideModule` is asked for (below).
        exportsAt = pos;
      } else if (id === 1) {
        shape.gcTypes = declaresGcTypes(end);
      } else if (id === 5) {
        if (uleb() > 0) {
          shape.memory = true;
          if (bytes[pos]! & 2) shape.sharedMemory = true; // the first memory's limits' flags
        }
      } else if (id === 10) {
        if (uleb() > 0) shape.code = true;
      } else if (id === 0) {
        const custom = name();
        if (custom === 'go:buildid' && shape.ownHeap === null) shape.ownHeap = 'Go';
        // TinyGo writes no go:buildid, and a wasm-unknown build imports nothing: its producers
        // section says it (`processed-by: TinyGo 0.40.1`); its GC carves the heap (runtime.alloc)
        if (custom === 'producers' && shape.ownHeap === null && producedBy(end, 'TinyGo')) shape.ownHeap = 'TinyGo';
        if (custom === 'dylink.0' || custom === 'dylink') dylink = true;
      }
      pos = end;
    }
  } catch {
    return null;
  }
  // A main module (MAIN_MODULE) has dylink.0 and imports its memory too, but exports malloc/free.
  // Reading a C++ module's ~75 k exports costs a start 30–80 ms (cold code), and a module that
  // imports functions (most) never needs to know: read when asked, once. Malformed exports read
  // as no allocator exported (the engine says what is wrong when it compiles them).
  let side: boolean | undefined = dylink && memoryImported ? undefined : false;
  Object.defineProperty(shape, 'sideModule', {
    enumerable: true,
    get: () => (side ??= exportsAt < 0 || !exportsAllocatorAt(exportsAt)),
  });
  return shape;

  function exportsAllocatorAt(at: number): boolean {
    pos = at;
    let found = false;
    try {
      for (let n = uleb(); n > 0; n--) {
        const allocator = nameIsMallocOrFree();
        const kind = bytes[pos++]!;
        uleb();
        if (kind === 0 && allocator) found = true;
      }
    } catch {
      return false;
    }
    return found;
  }

  /** Whether a producers section (tool-conventions' ProducersSection) names `tool` as a language or a processor. */
  function producedBy(end: number, tool: string): boolean {
    try {
      for (let fields = uleb(); fields > 0 && pos < end; fields--) {
        name(); // language, processed-by or sdk
        for (let values = uleb(); values > 0 && pos < end; values--) {
          const what = name();
          name(); // its version
          if (what === tool) return true;
        }
      }
    } catch {
      // a malformed producers section says nothing
    }
    return false;
  }

  /** Whether a type other than a plain function type (0x60) is declared before `end`. */
  function declaresGcTypes(end: number): boolean {
    try {
      for (let n = uleb(); n > 0 && pos < end; n--) {
        if (bytes[pos++] !== 0x60) return true;
        for (let lists = 0; lists < 2; lists++) {
          for (let k = uleb(); k > 0; k--) {
            const t = bytes[pos++]!;
            if (t === 0x63 || t === 0x64) uleb(); // (ref null? ht): a heap type follows (an index, or one byte)
          }
        }
      }
    } catch {
      // the engine will say what is wrong
    }
    return false;
  }
  function skipImportType(kind: number): void {
    if (kind === 0) uleb(); // type index
    else if (kind === 1) { pos++; limits(); } // table: reftype, limits
    else if (kind === 2) limits();
    else if (kind === 3) pos += 2; // valtype, mutability (GC value types are not read here)
    else if (kind === 4) { pos++; uleb(); } // tag: attribute, type index
  }
  function limits(): void {
    const flags = bytes[pos++]!;
    uleb();
    if (flags & 1) uleb();
  }
}

/**
 * The JS file (path:line:column) that is compiling a module right now: the first stack frame
 * outside this package's folder (then, for a bundle that holds us and the app in one folder,
 * outside this file) and outside Node's internals. Read once per compile, never per event.
 */
export function compilingScript(): string | null {
  // deep enough to get past the tool's own frames (the patched API, glue's wrappers, a CommonJS
  // build's chunks): at V8's default of 10 the program's frame can be cut off, and a chunk of ours named
  // (a program that froze Error keeps its limit: the assignment must never throw into its compile)
  const limit = Error.stackTraceLimit;
  const set = (n: number): void => {
    try {
      Error.stackTraceLimit = n;
    } catch {
      /* frozen (SES lockdown): the default depth */
    }
  };
  set(64);
  const stack = new Error().stack ?? '';
  set(limit);
  const frames = stack.split('\n').slice(1).map(location).filter((f): f is string => f !== null);
  const own = frames[0];
  if (own === undefined) return null;
  const fileOf = (f: string) => f.replace(/:\d+:\d+$/, '');
  const ownFile = fileOf(own);
  const ownDir = ownFile.slice(0, ownFile.lastIndexOf('/') + 1);
  const outside = (skip: (file: string) => boolean) => frames.find((f) => !f.startsWith('node:') && !skip(fileOf(f)));
  const found = outside((file) => file.startsWith(ownDir)) ?? outside((file) => file === ownFile);
  return found ? found.replace(/^file:\/\//, '') : null;
}

/** `    at f (file:///x/app.js:1:2)` → `file:///x/app.js:1:2`; null for native frames. */
function location(line: string): string | null {
  const m = /\(?((?:[a-z]+:\/*|\/)[^()\s]*?:\d+:\d+)\)?\s*$/.exec(line.trim());
  return m ? m[1]! : null;
}

// ---- in snapshots: the metadata entry `modules` (docs/snapshot-format.md) ----

/** The metadata key under which a snapshot lists the modules that loaded before it. */
export const MODULES_METADATA = 'modules';
const MODULES_VERSION = 1;

/** `{"version":1,"modules":[{source, traced, detail, bytes}, …]}`, or null before any module. */
export function modulesMetadata(): string | null {
  if (statuses.length === 0) return null;
  return JSON.stringify({ version: MODULES_VERSION, modules: statuses });
}

/**
 * The module statuses a snapshot recorded; null when it recorded none (older files, snapshots
 * built by hand, or a program whose modules all loaded quietly). Entries that do not parse are
 * skipped: this is advisory data, never a reason to refuse a file.
 */
export function recordedModules(metadata: ReadonlyMap<string, string> | undefined): ModuleStatus[] | null {
  const raw = metadata?.get(MODULES_METADATA);
  if (raw === undefined) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; modules?: unknown };
    if (typeof parsed.version !== 'number' || parsed.version > MODULES_VERSION || !Array.isArray(parsed.modules)) return null;
    return parsed.modules.filter(
      (m): m is ModuleStatus =>
        typeof m === 'object' && m !== null && typeof m.source === 'string' && typeof m.traced === 'boolean' && typeof m.detail === 'string' && typeof m.bytes === 'number',
    ).map((m) => {
      // advisory: caveats that are not a list of strings are dropped, never the module
      const { caveats, ...rest } = m;
      return Array.isArray(caveats) && caveats.length && caveats.every((c) => typeof c === 'string') ? { ...rest, caveats } : rest;
    });
  } catch {
    return null;
  }
}
