// `wasm-tracemalloc instrument IN.wasm -o OUT.wasm`: rewrites a module so its allocator reports to
// the tracer (docs/hook-abi.md), with the call sites resolved to file:line from its DWARF, source
// map or name section. instrument/ is loaded only here, lazily: the other commands never pay for it.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { flag, str, type ParsedArgs } from './args';
import { ALLOCATOR_OPTIONS, allocatorOptions } from './allocators';
import { optionsFor } from '../node/per-module-options';
import { CLI_WORDING, type InstrumentErrorFields, type Wording } from '../abi/errors';
import type { Command } from './command';
import { CliError, oneLine } from './errors';
import { Progress, println, type Io } from './io';
import { readInput } from './snapshots';

export interface InstrumentCliOptions {
  /** instrument()'s allocator options (cli/allocators.ts), e.g. { alloc: ['Ia'], free: ['Ja'] } */
  allocators?: Record<string, unknown> | null;
  /** path of the module's source map */
  sourceMap?: string;
  /** folder the module's own sourceMappingURL is relative to */
  baseDir?: string;
  /** instrument a threaded module (a shared memory) instead of refusing it (instrument()'s `threads`) */
  threads?: boolean;
}

export interface InstrumentSummary {
  bytes: Uint8Array;
  profile: string;
  allocSites: number;
  frameSites: number;
  warnings: string[];
  /** How the allocator was found, when not by the name section or flags (describeDiscovery, issue 12). */
  foundBy: string | null;
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Runs instrument/ (its binary backend, loaded on first use) and returns the new module and its figures. */
export async function instrumentWasm(bytes: Uint8Array, options: InstrumentCliOptions): Promise<InstrumentSummary> {
  const { instrument } = await import('../instrument/index');
  const { readFileOptions } = await import('../instrument/glue');
  const { describeDiscovery } = await import('../instrument/discover');
  const result = instrument(bytes, {
    ...readFileOptions(options.allocators ?? {}, (p) => readFileSync(p, 'utf8'), (p) => new Uint8Array(readFileSync(p))),
    readBinaryFile: (p) => { try { return new Uint8Array(readFileSync(p)); } catch { return undefined; } },
    sourceMap: options.sourceMap !== undefined ? readText(options.sourceMap) : undefined,
    sourceMapBaseDir: options.baseDir,
    readFile: readText,
    threads: options.threads === true,
  });
  return {
    bytes: result.bytes,
    profile: result.profile,
    allocSites: result.stats.allocSites,
    frameSites: result.stats.frameSites,
    warnings: result.stats.warnings,
    foundBy: result.stats.discovery.some((d) => d.how !== 'names' && d.how !== 'options') ? describeDiscovery(result.stats.discovery) : null,
  };
}

export const instrumentCommand: Command = {
  spec: {
    name: 'instrument',
    summary: 'rewrite a .wasm so every allocation and free reaches the tracer, with file:line sites',
    positionals: [{ name: 'IN.wasm', help: 'the compiled module (any toolchain; keep -g / source maps for file:line)' }],
    options: [
      { name: 'output', short: 'o', kind: 'string', value: 'OUT.wasm', help: 'where to write the instrumented module (required)' },
      ...ALLOCATOR_OPTIONS,
      { name: 'source-map', kind: 'string', value: 'FILE', help: "the module's source map, when it is not referenced by the module itself" },
      { name: 'threads', kind: 'flag', help: 'a threaded module (shared memory, e.g. emcc -pthread): instrument it for the threaded core; the page (cross-origin isolated) or program must call start() before it makes its workers' },
    ],
    examples: ['wasm-tracemalloc instrument app.wasm -o app.traced.wasm', 'wasm-tracemalloc instrument game.wasm -o game.traced.wasm --alloc my_alloc --free my_free'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const input = args.positionals[0]!;
    const output = str(args, 'output');
    if (output === undefined) throw new CliError('`instrument` needs -o OUT.wasm (where to write the instrumented module)');
    // names pinned to another module (`--alloc other.wasm:u`, shared with `run`) do not apply here
    const named = allocatorOptions(args);
    const allocators = named && optionsFor(named, resolve(io.cwd, input)).options;
    const sourceMap = str(args, 'source-map');
    if (sourceMap !== undefined) readInput(sourceMap, 'source map');
    const bytes = readInput(input, 'module');
    const progress = new Progress(io);
    progress.update(`instrumenting ${input}`);
    let out: InstrumentSummary;
    const t0 = performance.now();
    try {
      out = await instrumentWasm(bytes, { allocators, sourceMap, baseDir: dirname(resolve(io.cwd, input)), threads: flag(args, 'threads') });
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot instrument '${input}': ${instrumentErrorLine(error)}`);
    } finally {
      progress.done();
    }
    try {
      writeFileSync(output, out.bytes);
    } catch (error) {
      throw new CliError(`cannot write '${output}': ${oneLine(error)}`);
    }
    const ms = performance.now() - t0;
    for (const w of out.warnings) io.err.write(`wasm-tracemalloc: warning: ${w}\n`);
    println(io, `wrote ${output}: allocator ${out.profile}, ${out.allocSites} allocation sites, ${out.frameSites} frame sites (${bytes.length} → ${out.bytes.length} bytes, ${ms.toFixed(0)} ms)`);
    // a release build: say how its allocator was found (exports, glue, call graph, code fingerprint)
    if (out.foundBy) println(io, `  allocator found by ${out.foundBy}`);
    return 0;
  },
};

/** An error of instrument() as one line in the CLI's words; any other error as oneLine() says it. */
export function instrumentErrorLine(error: unknown): string {
  const e = error as (Error & InstrumentErrorFields & { describe?: (w: Wording) => string }) | null;
  // By name, not instanceof: the CJS build may hold a second copy of the class.
  if (e instanceof Error && e.name === 'InstrumentError' && typeof e.describe === 'function') return e.describe(CLI_WORDING);
  return oneLine(error);
}
