// `wasm-tracemalloc instrument IN.wasm -o OUT.wasm`: rewrites a module so its allocator reports to
// the tracer (docs/hook-abi.md), with the call sites resolved to file:line from its DWARF, source
// map or name section. Binaryen is loaded only here, lazily: the other commands never pay for it.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { list, str, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError, oneLine } from './errors';
import { Progress, println, type Io } from './io';
import { readInput } from './snapshots';

/** Families of the built-in allocator profiles (instrument/profiles.ts); `none` = only --alloc/--free. */
export const PROFILES = ['auto', 'libc', 'c++', 'rust', 'wasm-bindgen', 'assemblyscript', 'none'] as const;

export interface InstrumentCliOptions {
  alloc?: string[];
  free?: string[];
  profile?: string;
  sourceMap?: string;
  name?: string;
}

/** A function reference from the command line: a name, an export name, or a function index. */
function ref(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** Runs instrument/ (loaded on first use) and returns the new module's bytes. */
export async function instrumentWasm(bytes: Uint8Array, options: InstrumentCliOptions): Promise<Uint8Array> {
  const mod = (await import('../instrument/index')) as unknown as {
    instrument: (bytes: Uint8Array, options: Record<string, unknown>) => unknown;
  };
  const opts: Record<string, unknown> = {};
  if (options.alloc?.length) opts.alloc = options.alloc.map(ref);
  if (options.free?.length) opts.free = options.free.map(ref);
  if (options.profile && options.profile !== 'auto') {
    if (options.profile === 'none') opts.detect = false;
    else opts.profiles = [options.profile];
  }
  if (options.sourceMap !== undefined) opts.sourceMap = readFileSync(options.sourceMap, 'utf8');
  if (options.name !== undefined) opts.name = options.name;
  const result = await mod.instrument(bytes, opts);
  if (result instanceof Uint8Array) return result;
  const r = result as { bytes?: Uint8Array; binary?: Uint8Array; wasm?: Uint8Array };
  const out = r.bytes ?? r.binary ?? r.wasm;
  if (!(out instanceof Uint8Array)) throw new CliError('instrument() returned no module bytes');
  return out;
}

export const instrumentCommand: Command = {
  spec: {
    name: 'instrument',
    summary: 'rewrite a .wasm so every allocation and free reaches the tracer, with file:line sites',
    positionals: [{ name: 'IN.wasm', help: 'the compiled module (any toolchain; keep -g / source maps for file:line)' }],
    options: [
      { name: 'output', short: 'o', kind: 'string', value: 'OUT.wasm', help: 'where to write the instrumented module (required)' },
      { name: 'alloc', kind: 'list', value: 'NAME', help: 'a malloc-like function (result = f(size)) by name, export name or index' },
      { name: 'free', kind: 'list', value: 'NAME', help: 'a free-like function (f(ptr)) by name, export name or index' },
      { name: 'profile', kind: 'string', value: 'NAME', choices: PROFILES, help: `allocators to detect: ${PROFILES.join(', ')} (default auto)` },
      { name: 'source-map', kind: 'string', value: 'FILE', help: "the module's source map, when it is not referenced by the module itself" },
    ],
    examples: ['wasm-tracemalloc instrument app.wasm -o app.traced.wasm', 'wasm-tracemalloc instrument game.wasm -o game.traced.wasm --alloc my_alloc --free my_free'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const input = args.positionals[0]!;
    const output = str(args, 'output');
    if (output === undefined) throw new CliError('`instrument` needs -o OUT.wasm (where to write the instrumented module)');
    const sourceMap = str(args, 'source-map');
    if (sourceMap !== undefined) readInput(sourceMap, 'source map');
    const bytes = readInput(input, 'module');
    const progress = new Progress(io);
    progress.update(`instrumenting ${input}`);
    let out: Uint8Array;
    const t0 = performance.now();
    try {
      out = await instrumentWasm(bytes, { alloc: list(args, 'alloc'), free: list(args, 'free'), profile: str(args, 'profile'), sourceMap, name: basename(input) });
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot instrument '${input}': ${oneLine(error)}`);
    } finally {
      progress.done();
    }
    try {
      writeFileSync(output, out);
    } catch (error) {
      throw new CliError(`cannot write '${output}': ${oneLine(error)}`);
    }
    const ms = performance.now() - t0;
    println(io, `wrote ${output} (${bytes.length} → ${out.length} bytes, ${ms.toFixed(0)} ms)`);
    return 0;
  },
};
