// Reading snapshot files and turning --include/--exclude/--domain into tracemalloc filters.
// Every failure becomes a CliError that names the file or the option and the bad value.

import { readFileSync } from 'node:fs';
import { DomainFilter, Filter, Snapshot } from '../node/index';
import { fromJson } from '../report/json';
import { CliError, oneLine } from './errors';

export function readInput(path: string, what = 'file'): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such ${what}: '${path}'`);
    if (code === 'EISDIR') throw new CliError(`'${path}' is a directory, expected a ${what}`);
    throw new CliError(`cannot read ${what} '${path}': ${oneLine(error)}`);
  }
}

/** A snapshot written by `Snapshot.dump()` / `run -o`, or the JSON of `export --format json`. */
export function loadSnapshot(path: string): Snapshot {
  const bytes = readInput(path, 'snapshot');
  try {
    if (bytes[0] === 0x7b /* '{' */) return fromJson(new TextDecoder().decode(bytes));
    return Snapshot.deserialize(bytes);
  } catch (error) {
    throw new CliError(`'${path}' is not a valid snapshot: ${oneLine(error)}`);
  }
}

export interface FilterOptions {
  include: string[];
  exclude: string[];
  domain?: number;
}

/** `--include PAT[:LINENO]` keeps traces whose most recent frame matches (fnmatch, as
 * tracemalloc.Filter); `--exclude` drops them; `--domain N` keeps one domain only. The groups
 * are ANDed: patterns first (any include may match, every exclude must pass), then the domain —
 * one filterTraces() call would OR an inclusive DomainFilter with the include patterns. */
export function buildFilters(opts: FilterOptions): (Filter | DomainFilter)[][] {
  const patterns: Filter[] = [];
  const make = (inclusive: boolean, raw: string): Filter => {
    const option = inclusive ? '--include' : '--exclude';
    const m = /^(.*):(\d+)$/.exec(raw);
    const pattern = m ? m[1]! : raw;
    const lineno = m ? Number(m[2]) : undefined;
    if (pattern === '') throw new CliError(`option '${option}' expects a filename pattern such as '*.c' or 'src/app.c:42', got '${raw}'`);
    try {
      return lineno === undefined ? new Filter(inclusive, pattern) : new Filter(inclusive, pattern, lineno);
    } catch (error) {
      throw new CliError(`bad pattern '${raw}' for '${option}': ${oneLine(error)}`);
    }
  };
  for (const p of opts.include) patterns.push(make(true, p));
  for (const p of opts.exclude) patterns.push(make(false, p));
  const passes: (Filter | DomainFilter)[][] = [];
  if (patterns.length) passes.push(patterns);
  if (opts.domain !== undefined) passes.push([new DomainFilter(true, opts.domain)]);
  return passes;
}

export function applyFilters(snapshot: Snapshot, passes: (Filter | DomainFilter)[][]): Snapshot {
  let out = snapshot;
  for (const filters of passes) out = out.filterTraces(filters);
  return out;
}

/** The same snapshot with more metadata (the timeline, the command): shares every column. */
export function withMetadata(snapshot: Snapshot, entries: Record<string, string>): Snapshot {
  const metadata = new Map(snapshot.metadata);
  for (const [k, v] of Object.entries(entries)) metadata.set(k, v);
  return Snapshot.fromColumns({ ...snapshot.columns, metadata });
}
