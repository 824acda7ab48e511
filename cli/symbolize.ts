// `wasm-tracemalloc symbolize SNAPSHOT --module NAME=DEBUG.wasm -o OUT`: names, later, the frames of
// a module traced without debug info (a stripped release build), as llvm-symbolizer and pprof do
// with build ids. A frame without a line carries the call's offset in the module's code section
// (its column) and the snapshot each module's code identity (docs/snapshot-format.md); the debug
// build (DWARF, a source map its sourceMappingURL names, a name section, or `--symbols`) must have
// the same code section. Its frames are made by instrument/'s resolver and site table and
// runtime/'s SiteTable, inlined calls expanded and library frames folded as when tracing the debug
// build itself.

import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { flag, list, str, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError, oneLine } from './errors';
import { instrumentErrorLine } from './instrument';
import { println, type Io } from './io';
import { loadSnapshot, readInput } from './snapshots';
import { Snapshot } from '../node/index';
import { SnapshotBuilder } from '../runtime/model/snapshot-builder';
import { parseCodeIdentity, type CodeIdentity } from '../abi';
import { recordedModules } from '../runtime/tracer/modules';
import { domainModule } from '../runtime/tracer/frame-names';
import { SiteTable, type SiteFrame } from '../runtime/tracer/site-table';
import { foldFrames, isLibraryFrame } from '../runtime/tracer/library-frames';

/** Metadata entry a symbolized snapshot carries: which modules were symbolized, with what. */
export const SYMBOLIZED_METADATA = 'symbolized';

export const symbolizeCommand: Command = {
  spec: {
    name: 'symbolize',
    summary: 'name the frames of a stripped module later, from its debug build (file:line)',
    positionals: [{ name: 'SNAPSHOT', help: 'a snapshot of a program whose module had no debug info (frames read wasm-function[N]+0x…)' }],
    options: [
      { name: 'module', short: 'm', kind: 'list', value: 'NAME=FILE', help: 'the module NAME (its file name, as the snapshot lists it) and a build of the same code with debug info: DWARF (-g, or -gseparate-dwarf\'s file), a sourceMappingURL, a name section' },
      { name: 'symbols', kind: 'list', value: '[NAME=]FILE', help: 'a symbol map (emcc --emit-symbol-map: index:name lines) for the --module NAME, or for every --module without one of its own' },
      { name: 'library-frames', kind: 'flag', help: 'keep the toolchain\'s own frames (as `run --library-frames` traced)' },
      { name: 'output', short: 'o', kind: 'string', value: 'FILE', help: 'where to write (default SNAPSHOT with .sym before its extension)' },
    ],
    description: 'The debug build must be the same code as the module traced: its code section is compared with the one the snapshot recorded ' +
      '(size and SHA-256; llvm-strip and wasm-opt --strip-debug keep it). Frames without a line carry their call\'s offset in the code section, ' +
      'the address llvm-symbolizer --obj=DEBUG.wasm takes for a wasm object.',
    examples: [
      'wasm-tracemalloc symbolize app.tmsnap --module app.wasm=app.debug.wasm -o app.sym.tmsnap',
      'wasm-tracemalloc symbolize app.tmsnap -m app.wasm=app.wasm --symbols app.js.symbols',
      'wasm-tracemalloc symbolize app.tmsnap -m a.wasm=a.wasm -m b.wasm=b.wasm --symbols a.wasm=a.symbols --symbols b.wasm=b.symbols',
    ],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const path = args.positionals[0]!;
    const specs = list(args, 'module');
    if (specs.length === 0) throw new CliError('`symbolize` needs --module NAME=FILE (the module as the snapshot names it, and its debug build)');
    const output = resolve(io.cwd, str(args, 'output') ?? path.replace(/(\.[^./]*)?$/, (ext) => `.sym${ext || '.tmsnap'}`));
    const modules = specs.map((spec) => {
      const eq = spec.indexOf('=');
      if (eq <= 0 || eq === spec.length - 1) throw new CliError(`--module expects NAME=FILE (the module's name in the snapshot = its debug build), got '${spec}'`);
      return { name: spec.slice(0, eq), file: spec.slice(eq + 1) };
    });
    const symbolMaps = symbolMapsOf(list(args, 'symbols'), modules.map((m) => m.name));
    let snapshot = loadSnapshot(resolve(io.cwd, path));
    const done: { module: string; file: string; resolver: string; frames: number }[] = [];
    for (const { name, file } of modules) {
      const symbolsFile = symbolMaps.get(name) ?? symbolMaps.get('');
      const symbols = symbolsFile === undefined ? undefined : new TextDecoder().decode(readInput(resolve(io.cwd, symbolsFile), 'symbol map'));
      const result = await symbolizeModule(snapshot, path, name, resolve(io.cwd, file), file, { symbols, symbolsFile, libraryFrames: flag(args, 'library-frames') });
      snapshot = result.snapshot;
      done.push({ module: name, file, resolver: result.resolver, frames: result.frames });
      for (const w of result.warnings) println(io, `wasm-tracemalloc: ${file}: ${w}`);
      println(io, `${name}: ${result.frames} frame${result.frames === 1 ? '' : 's'} symbolized from ${file} (${result.resolver})`);
    }
    try {
      snapshot.dump(output);
    } catch (error) {
      throw new CliError(`cannot write '${output}': ${oneLine(error)}`);
    }
    println(io, `wrote ${output}`);
    return 0;
  },
};


/**
 * `--symbols [NAME=]FILE…`: the symbol map of each --module NAME, and ('' key) the one for every
 * module without its own. A NAME no --module names is an error (its map would apply to nothing).
 */
function symbolMapsOf(values: readonly string[], names: readonly string[]): Map<string, string> {
  const maps = new Map<string, string>();
  for (const value of values) {
    const eq = value.indexOf('=');
    const [name, file] = eq < 0 ? ['', value] : [value.slice(0, eq), value.slice(eq + 1)];
    if (eq >= 0 && (name === '' || file === '')) throw new CliError(`--symbols expects FILE or NAME=FILE (a --module NAME = its symbol map), got '${value}'`);
    const module = name === '' ? '' : names.find((n) => n === name) ?? names.find((n) => basename(n) === basename(name));
    if (module === undefined) throw new CliError(`--symbols ${value}: no --module ${name} (the modules given: ${names.join(', ')})`);
    if (maps.has(module)) throw new CliError(`--symbols given twice for ${module === '' ? 'every module' : module}: '${maps.get(module)}' and '${file}'`);
    maps.set(module, file);
  }
  return maps;
}


async function symbolizeModule(snapshot: Snapshot, path: string, name: string, file: string, shown: string, opts: { symbols?: string; symbolsFile?: string; libraryFrames: boolean }) {
  const modules = (recordedModules(snapshot.metadata) ?? []).filter((m) => m.traced);
  const entry = modules.find((m) => m.source === name) ?? modules.find((m) => basename(m.source) === basename(name));
  if (!entry) {
    const known = modules.map((m) => basename(m.source));
    throw new CliError(`'${path}' traced no module '${name}' (${known.length ? `it traced: ${known.join(', ')}` : 'it records no traced module'})`);
  }
  const expected = parseCodeIdentity(entry.code);
  if (!expected) throw new CliError(`'${path}' records no code identity for ${entry.source} (written by a wasm-tracemalloc before 0.x symbolize, or instrumented by one): trace it again to symbolize it`);
  const bytes = readInput(file, 'debug build');
  const { moduleCodeIdentity, siteTableAt, InstrumentError } = await import('../instrument/index');
  let got: CodeIdentity | null;
  try {
    got = moduleCodeIdentity(bytes);
  } catch (error) {
    throw new CliError(`'${shown}' is not a wasm module: ${oneLine(error)}`);
  }
  if (!got) throw new CliError(`'${shown}' has no code section (a wasm module with code was expected: the debug build of ${basename(entry.source)})`);
  if (got.sha256 !== expected.sha256 || got.codeSize !== expected.codeSize) {
    const ids = expected.buildId !== undefined || got.buildId !== undefined ? `; build id ${got.buildId ?? 'none'}, expected ${expected.buildId ?? 'none'}` : '';
    throw new CliError(`'${shown}' is not the code ${basename(entry.source)} ran: its code section is ${got.codeSize} bytes, sha256 ${got.sha256.slice(0, 16)}…, ` +
      `expected ${expected.codeSize} bytes, sha256 ${expected.sha256.slice(0, 16)}…${ids} (use the debug build of the very build traced; llvm-strip keeps the code)`);
  }

  const base = basename(entry.source);
  const domains = new Set([...snapshot.domainNames].filter(([, n]) => domainModule(n) === base).map(([d]) => d));
  const c = snapshot.columns;
  const t = c.tables;
  // the tracebacks of this module's rows, and the code offsets of their frames without a line
  const tracebacks = new Set<number>();
  const rows = (domain: ArrayLike<number>, tb: ArrayLike<number>) => { for (let i = 0; i < tb.length; i++) if (domains.has(domain[i]!)) tracebacks.add(tb[i]!); };
  rows(c.domain, c.traceback);
  if (c.totals) rows(c.totals.domain, c.totals.traceback);
  if (c.peak) rows(c.peak.domain, c.peak.traceback);
  const offsetIds = new Map<number, number>();
  const codeOffset = (f: number): number => (t.frameLine[f] === 0 ? t.frameColumn[f]! : 0);
  for (const tb of tracebacks) {
    const s = t.tbStack[tb]!;
    for (let i = t.stackStart[s]!; i < t.stackStart[s + 1]!; i++) {
      const at = codeOffset(t.stackFrames[i]!);
      if (at > 0 && at < expected.codeSize && !offsetIds.has(at)) offsetIds.set(at, offsetIds.size + 1);
    }
  }
  const dir = dirname(file);
  const readText = (p: string): string | undefined => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } };
  let made: ReturnType<typeof siteTableAt>;
  try {
    made = siteTableAt(bytes, [...offsetIds.keys()], {
      symbols: opts.symbols, sourceMapBaseDir: dir, readFile: readText,
      readBinaryFile: (p) => { try { return new Uint8Array(readFileSync(p)); } catch { return undefined; } },
    });
  } catch (error) {
    // in the CLI's words (`--symbols`), about the file it is about: the symbol map or the debug build
    if (error instanceof InstrumentError) throw new CliError(`'${error.option === 'symbols' ? opts.symbolsFile : shown}': ${instrumentErrorLine(error)}`);
    throw error;
  }
  const sites = SiteTable.parse(made.table, shown, got.codeStart);
  return { snapshot: rebuild(snapshot, domains, tracebacks, (f) => { const id = offsetIds.get(codeOffset(f)); return id === undefined ? null : sites.frames(id); }, opts.libraryFrames, { module: base, file: shown, resolver: made.resolver }),
    resolver: made.resolver, frames: offsetIds.size, warnings: made.warnings };
}

/**
 * The snapshot with the tracebacks of `domains`' rows made again: each frame `framesOf` knows
 * replaced by its frames (inlined ones expanded), those folded as the tracer folds a module's frames
 * (runtime/tracer/wasm-domain.ts: the others, JS frames, never), cut to the traceback limit.
 */
function rebuild(snapshot: Snapshot, domains: Set<number>, tracebacks: Set<number>, framesOf: (frame: number) => readonly SiteFrame[] | null,
  libraryFrames: boolean, what: { module: string; file: string; resolver: string }): Snapshot {
  const c = snapshot.columns;
  const t = c.tables;
  const b = new SnapshotBuilder();
  const str = (id: number) => b.internString(t.strings[id]!);
  const copyFrame = (f: number): number => b.internFrame(str(t.frameFile[f]!), t.frameLine[f]!, { column: t.frameColumn[f]!, functionName: t.frameFunction[f]! >= 0 ? str(t.frameFunction[f]!) : undefined });
  const siteFrame = (f: SiteFrame): number => b.internFrame(b.internString(f.filename), f.lineno, { column: f.column, functionName: f.functionName ? b.internString(f.functionName) : undefined });
  const copied = new Map<number, number>();
  const made = new Map<number, number>();
  const limit = Math.max(1, snapshot.tracebackLimit);
  const copy = (tb: number): number => {
    let id = copied.get(tb);
    if (id === undefined) {
      const s = t.tbStack[tb]!;
      const frames: number[] = [];
      for (let i = t.stackStart[s]!; i < t.stackStart[s + 1]!; i++) frames.push(copyFrame(t.stackFrames[i]!));
      copied.set(tb, (id = b.internTraceback(frames, t.tbTotal[tb]! < 0 ? null : t.tbTotal[tb]!)));
    }
    return id;
  };
  const remake = (tb: number): number => {
    if (!tracebacks.has(tb)) return copy(tb);
    let id = made.get(tb);
    if (id === undefined) {
      const s = t.tbStack[tb]!;
      // [frame, whether it is the module's (folded), else another's kept as it is]
      const all: { id: number; own: boolean; library: boolean }[] = [];
      for (let i = t.stackStart[s]!; i < t.stackStart[s + 1]!; i++) {
        const f = t.stackFrames[i]!;
        const own = framesOf(f);
        if (own === null) all.push({ id: copyFrame(f), own: false, library: false });
        else for (const sf of own) all.push({ id: siteFrame(sf), own: true, library: isLibraryFrame(sf.filename, sf.lineno) });
      }
      let shown = all;
      if (!libraryFrames) {
        const kept = new Set(foldFrames(all.filter((x) => x.own), (x) => x.library));
        shown = all.filter((x) => !x.own || kept.has(x));
      }
      const total = t.tbTotal[tb]!;
      made.set(tb, (id = b.internTraceback(shown.slice(0, limit).map((x) => x.id), total < 0 ? null : total)));
    }
    return id;
  };
  const tbOf = (domain: number, tb: number) => (domains.has(domain) ? remake(tb) : copy(tb));
  for (let i = 0; i < c.traceback.length; i++) b.addTrace(c.domain[i]!, c.size[i]!, tbOf(c.domain[i]!, c.traceback[i]!));
  // totals and the peak are one row per (domain, traceback): two old tracebacks made one are summed
  if (c.totals) {
    b.keepTotals();
    const sums = new Map<string, [number, number, number, number, number, number]>();
    const tt = c.totals;
    for (let i = 0; i < tt.traceback.length; i++) {
      const tb = tbOf(tt.domain[i]!, tt.traceback[i]!);
      const key = `${tt.domain[i]}:${tb}`;
      const row = sums.get(key) ?? [tt.domain[i]!, tb, 0, 0, 0, 0];
      row[2] += tt.allocSize[i]!; row[3] += tt.allocCount[i]!; row[4] += tt.tempSize[i]!; row[5] += tt.tempCount[i]!;
      sums.set(key, row);
    }
    for (const r of sums.values()) b.addTotals(...r);
  }
  if (c.peak) {
    b.keepPeak();
    const sums = new Map<string, [number, number, number, number]>();
    const p = c.peak;
    for (let i = 0; i < p.traceback.length; i++) {
      const tb = tbOf(p.domain[i]!, p.traceback[i]!);
      const key = `${p.domain[i]}:${tb}`;
      const row = sums.get(key) ?? [p.domain[i]!, 0, 0, tb];
      row[1] += p.size[i]!; row[2] += p.count?.[i] ?? 1;
      sums.set(key, row);
    }
    for (const r of sums.values()) b.addPeak(...r);
  }
  if (c.sizeClasses) b.addSizeClasses([...c.sizeClasses.bytes], [...c.sizeClasses.count]);
  for (const [d, n] of c.domainNames) b.setDomainName(d, n);
  for (const [k, v] of c.metadata) b.setMetadata(k, v);
  const before = parseSymbolized(c.metadata.get(SYMBOLIZED_METADATA));
  b.setMetadata(SYMBOLIZED_METADATA, JSON.stringify({ version: 1, modules: [...before, what] }));
  b.setTimestamp(c.timestamp);
  const out = b.build(c.tracebackLimit);
  return c.count ? Snapshot.fromColumns({ ...out.columns, count: c.count }) : out;
}

function parseSymbolized(raw: string | undefined): unknown[] {
  try {
    const v = raw === undefined ? null : (JSON.parse(raw) as { modules?: unknown });
    return Array.isArray(v?.modules) ? v.modules : [];
  } catch {
    return [];
  }
}
