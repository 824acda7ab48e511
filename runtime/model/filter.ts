// Filter and DomainFilter: CPython's filters for `Snapshot.filterTraces()`. Matching is done on
// interned ids by the snapshot (see filter-traces.ts); these classes hold the parameters and the
// per-frame rule.
import { checkUint, quote, TracemallocError } from './errors';
import { fnmatch } from './fnmatch';

/** CPython's `_normalize_filename` on POSIX: a trailing `.pyc` becomes `.py`. */
export function normalizeFilename(filename: string): string {
  return filename.endsWith('.pyc') ? filename.slice(0, -1) : filename;
}

export abstract class BaseFilter {
  readonly inclusive: boolean;
  constructor(inclusive: boolean) {
    if (typeof inclusive !== 'boolean') {
      throw new TracemallocError(`inclusive must be true or false, not ${quote(inclusive)}`, 'TypeError');
    }
    this.inclusive = inclusive;
  }
}

export class Filter extends BaseFilter {
  readonly filenamePattern: string;
  readonly lineno: number | null;
  readonly allFrames: boolean;
  readonly domain: number | null;

  constructor(inclusive: boolean, filenamePattern: string, lineno: number | null = null, allFrames = false, domain: number | null = null) {
    super(inclusive);
    // CPython accepts '' (it matches only an empty filename) and the conformance cases use it, so
    // an empty pattern is valid; a pattern that is not a string is the caller's bug.
    if (typeof filenamePattern !== 'string') {
      throw new TracemallocError(`filenamePattern must be a string (an fnmatch pattern such as '*.c'), not ${quote(filenamePattern)}`, 'TypeError');
    }
    this.filenamePattern = normalizeFilename(filenamePattern);
    this.lineno = lineno === null || lineno === undefined ? null : checkUint(lineno, 'Filter lineno');
    if (typeof allFrames !== 'boolean') {
      throw new TracemallocError(`allFrames must be true or false, not ${quote(allFrames)}`, 'TypeError');
    }
    this.allFrames = allFrames;
    this.domain = domain === null || domain === undefined ? null : checkUint(domain, 'Filter domain');
  }

  /** Whether `filename` matches the pattern (without the inclusive flag). */
  matchFilename(filename: string): boolean {
    return fnmatch(normalizeFilename(filename), this.filenamePattern);
  }

  /** CPython's `_match_frame_impl`: pattern and, when set, line number on the same frame. */
  matchFrame(filename: string, lineno: number): boolean {
    return this.matchFilename(filename) && (this.lineno === null || lineno === this.lineno);
  }
}

export class DomainFilter extends BaseFilter {
  readonly domain: number;
  constructor(inclusive: boolean, domain: number) {
    super(inclusive);
    this.domain = checkUint(domain, 'DomainFilter domain');
  }
}

export type AnyFilter = Filter | DomainFilter;
