// `node --import wasm-tracemalloc/register app.mjs` — Python's PYTHONTRACEMALLOC for wasm:
//
//   WASM_TRACEMALLOC=<nframe>          patch WebAssembly, instrument modules as they load, start
//                                      tracing with nframe frames (unset, empty or 0: do nothing)
//   WASM_TRACEMALLOC_SNAPSHOT=<path>   write a snapshot there at exit, on SIGUSR2 (the program goes
//                                      on), and on SIGINT/SIGTERM (then the signal's default runs)
//   WASM_TRACEMALLOC_NATIVE=1          also trace this process's own malloc (domain 0)
//   WASM_TRACEMALLOC_LIBRARY_FRAMES=1  keep the toolchain-runtime frames (start()'s libraryFrames)
//   WASM_TRACEMALLOC_LIBRARY_PATHS=<json>, WASM_TRACEMALLOC_USER_PATHS=<json>
//                                      start()'s libraryPaths / userPaths: '["vendor/sdk/"]'
//   WASM_TRACEMALLOC_INSTRUMENT=<json> options for instrument(), e.g. the allocator of a
//                                      minified build: '{"alloc":["Ia"],"free":["Ja"]}'
//   WASM_TRACEMALLOC_CACHE=0           do not use the cache of instrumented modules
//                                      (node/instrument-cache.ts: folder, bound, clearing)
//
// Node-only. Instrumented modules come from the on-disk cache when they can; only on a miss is
// the instrumenter loaded (its CommonJS build, synchronously: `new WebAssembly.Module(bytes)` is
// synchronous, and importing it up front would cost every cached start ~30-50 ms).
// Snapshot files are written whole, then renamed over the path, so a reader never sees half.
//
// Source maps: a module's `sourceMappingURL` is relative to the .wasm file, but WebAssembly only
// ever sees bytes. So the .wasm files the program reads through `fs` are remembered (path and
// size), and a module is instrumented with the folder of the last one read with its size.
import fs, { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedInstrument } from './instrument-cache';
import { readFileOptions, scriptFromStack } from '../instrument/glue';
import { customSection, readSections } from '../instrument/wasm/module';
import {
  MAX_NFRAME,
  isTracing,
  patchWebAssembly,
  setInstrumenter,
  start,
  takeSnapshot,
} from '../runtime/tracer/index';
import { CLI_WORDING, LOSSY_MAP } from '../abi/errors';

function fail(message: string): never {
  process.stderr.write(`wasm-tracemalloc: ${message}\n`);
  process.exit(2);
}

const spec = (process.env.WASM_TRACEMALLOC ?? '').trim();
if (spec !== '' && spec !== '0') {
  const nframe = Number(spec);
  if (!/^\d+$/.test(spec) || nframe < 1 || nframe > MAX_NFRAME) {
    fail(`WASM_TRACEMALLOC=${JSON.stringify(spec)}: expected a number of frames from 1 to ${MAX_NFRAME} (or 0 for off)`);
  }

  let extra: Record<string, unknown> = {};
  const json = process.env.WASM_TRACEMALLOC_INSTRUMENT;
  if (json) {
    try {
      extra = JSON.parse(json) as Record<string, unknown>;
    } catch {
      extra = [] as unknown as Record<string, unknown>;
    }
    if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
      fail(`WASM_TRACEMALLOC_INSTRUMENT=${JSON.stringify(json)}: expected a JSON object of instrument() options, e.g. {"alloc":["my_alloc"],"free":["my_free"]}`);
    }
  }
  const wasmFiles = rememberWasmReads();
  let instrumenter: typeof import('../instrument/index') | undefined;
  // dist/<folder>/register.js beside dist/instrument/index.cjs (register only runs built)
  const loadInstrumenter = () => (instrumenter ??= createRequire(import.meta.url)('../instrument/index.cjs') as typeof import('../instrument/index'));
  const hasSourceMapUrl = (bytes: Uint8Array): boolean => {
    try { return customSection(bytes, readSections(bytes), 'sourceMappingURL') !== null; } catch { return false; }
  };
  // --glue/--symbols arrive as paths: their texts join the options (and so the cache key);
  // --debug-file stays a path, read when a module is instrumented
  const { debugFile: debugPath, ...rest } = extra;
  try {
    extra = { ...readFileOptions(rest, (p) => readFileSync(p, 'utf8'), () => new Uint8Array()), ...(debugPath !== undefined ? { debugFile: debugPath } : {}) };
  } catch (error) {
    fail(`cannot read a file named by the options: ${(error as Error).message}`);
  }
  const ownDir = resolve(dirname(fileURLToPath(import.meta.url)), '..'); // dist/: this file and its chunks
  setInstrumenter((bytes) => {
    const path = [...wasmFiles].reverse().find(([, size]) => size === bytes.length)?.[0];
    try {
      return instrumentOne(bytes, path);
    } catch (error) {
      // Under `run`/`leaks` the error speaks of the flags the user typed (abi/errors.ts: CLI_WORDING).
      if (process.env.WASM_TRACEMALLOC_CLI_DIR && instrumenter && error instanceof instrumenter.InstrumentError) error.message = error.describe(CLI_WORDING);
      throw error;
    }
  });
  const cli = Boolean(process.env.WASM_TRACEMALLOC_CLI_DIR);
  const named = ['alloc', 'calloc', 'realloc', 'free', 'allocOut', 'wrapper'].some((k) => Array.isArray(extra[k]) && (extra[k] as unknown[]).length > 0);
  const readText = (file: string): string | undefined => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  function instrumentOne(bytes: Uint8Array, path: string | undefined): Uint8Array<ArrayBuffer> {
    // The script compiling these bytes is their glue (or embeds them): it names minified
    // exports; a symbol map sits next to it or to the .wasm (instrument/glue.ts).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 64;
    const script = scriptFromStack(new Error().stack, (f) => f.startsWith(ownDir + '/'));
    Error.stackTraceLimit = limit;
    const text = (file: string | null | undefined): string | undefined => {
      if (!file) return undefined;
      try { return readFileSync(file, 'utf8'); } catch { return undefined; }
    };
    const found: Record<string, unknown> = {};
    if (extra.glue === undefined && script) found.glue = text(script);
    if (extra.symbols === undefined) {
      const symbols = [path?.replace(/\.wasm$/, '.js.symbols'), path && `${path}.symbols`, script && `${script}.symbols`].map(text).find((t) => t !== undefined);
      if (symbols !== undefined && /^\d+:/.test(symbols)) found.symbols = symbols;
    }
    // a source map next to the module, when the module does not name one (sourceMappingURL)
    if (extra.sourceMap === undefined && path && text(`${path}.map`) !== undefined && !hasSourceMapUrl(bytes)) found.sourceMap = `${path}.map`;
    // relative to the working directory, so frames read like the paths users type
    const options: Record<string, unknown> = { allowNoAllocator: true, ...found, ...extra, sourceMapBaseDir: path ? relative(process.cwd(), dirname(path)) || '.' : '.' };
    const result = cachedInstrument(bytes, options, readText, (readFile) => {
      const r = loadInstrumenter().instrument(bytes, {
        ...options, readFile,
        debugFile: typeof options.debugFile === 'string' ? new Uint8Array(readFileSync(options.debugFile)) : undefined,
        readBinaryFile: (file: string) => { try { return new Uint8Array(readFileSync(file)); } catch { return undefined; } },
      });
      return { bytes: r.bytes as Uint8Array<ArrayBuffer>, profile: r.profile, warnings: r.stats.warnings };
    });
    // Under `run`/`leaks`, say once per module where its lines cannot be trusted (a lossy map).
    if (cli) {
      const shown = path ? relative(process.cwd(), path) : `a module of ${bytes.length} bytes`;
      for (const w of result.warnings) if (w.startsWith(LOSSY_MAP)) process.stderr.write(`wasm-tracemalloc: ${shown}: ${w}\n`);
    }
    // Under `run`/`leaks`, a module traced as empty because its allocator went unrecognised
    // (stripped, minified: sql.js's `Ia`/`Ja`) would only show "0 B": say how to name it.
    if (cli && !named && result.profile === 'none') {
      const shown = path && (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
      const what = shown || `a module of ${bytes.length} bytes`;
      process.stderr.write(`wasm-tracemalloc: ${what}: no allocator found, its allocations are not traced (stripped or minified? name it: --alloc NAME --free NAME)\n`);
    }
    return result.bytes;
  }
  patchWebAssembly();

  if (process.env.WASM_TRACEMALLOC_NATIVE === '1') {
    const native = await import('../native/index');
    if (native.available) native.register();
    else process.stderr.write(`wasm-tracemalloc: native tracing unavailable: ${native.reason}\n`);
  }

  start(nframe, {
    libraryFrames: process.env.WASM_TRACEMALLOC_LIBRARY_FRAMES === '1',
    libraryPaths: pathList('WASM_TRACEMALLOC_LIBRARY_PATHS'),
    userPaths: pathList('WASM_TRACEMALLOC_USER_PATHS'),
  });

  const path = process.env.WASM_TRACEMALLOC_SNAPSHOT;
  if (path) {
    const write = (): void => {
      if (!isTracing()) return; // the program stopped tracing itself: nothing to write
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, takeSnapshot().serialize());
      renameSync(temporary, path);
    };
    process.on('exit', write);
    process.on('SIGUSR2', write);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const onSignal = (): void => {
        write();
        process.off(signal, onSignal);
        // Keep the signal's meaning: if nobody else handles it, die of it as Node would have.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      };
      process.on(signal, onSignal);
    }
  }
}

/** A JSON array of path fragments from the environment (docs/library-frames.md), or undefined. */
function pathList(name: string): string[] | undefined {
  const json = process.env[name];
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string' && p !== '')) {
    fail(`${name}=${JSON.stringify(json)}: expected a JSON array of path fragments, e.g. ["vendor/sdk/"]`);
  }
  return value as string[];
}

/** Wraps fs's file readers to note every .wasm file read: path → size (insertion ordered). */
function rememberWasmReads(): Map<string, number> {
  const seen = new Map<string, number>();
  const note = (file: unknown, data: unknown): void => {
    let path: string | null = null;
    if (typeof file === 'string') path = file;
    else if (file instanceof URL && file.protocol === 'file:') path = fileURLToPath(file);
    if (path === null || !path.endsWith('.wasm')) return;
    const size = (data as { byteLength?: number } | null)?.byteLength ?? (typeof data === 'string' ? data.length : -1);
    const absolute = resolve(path);
    seen.delete(absolute);
    seen.set(absolute, size);
    if (seen.size > 64) seen.delete(seen.keys().next().value!);
  };
  const sync = fs.readFileSync;
  fs.readFileSync = function (this: unknown, ...args: Parameters<typeof sync>) {
    const data = sync.apply(this, args);
    note(args[0], data);
    return data;
  } as typeof sync;
  const promised = fs.promises.readFile;
  fs.promises.readFile = async function (this: unknown, ...args: Parameters<typeof promised>) {
    const data = await promised.apply(this, args);
    note(args[0], data);
    return data;
  } as typeof promised;
  const callback = fs.readFile;
  fs.readFile = function (this: unknown, ...args: unknown[]) {
    const done = args[args.length - 1];
    if (typeof done === 'function') {
      args[args.length - 1] = (error: unknown, data: unknown) => {
        if (!error) note(args[0], data);
        (done as (e: unknown, d: unknown) => void)(error, data);
      };
    }
    return (callback as (...a: unknown[]) => void).apply(this, args);
  } as typeof callback;
  syncBuiltinESMExports(); // `import { readFileSync } from 'node:fs'` sees the wrappers too
  return seen;
}
