/**
 * Events the live table could not match, kept with a snapshot (its `unmatched` metadata entry):
 * frees and reallocs of pointers never seen allocated, and allocations at pointers still traced
 * as live (wasm-domain.ts's InvalidFree). Blocks allocated before start() cause the first kind;
 * so do double or wild frees, and an allocator function the instrumenter did not hook (say
 * posix_memalign inlined into its only caller by LTO: it hands out a pointer inside the block its
 * hooked malloc returned). Then the live set holds blocks that are in fact gone, so `top`, `leaks`
 * and `run` print them beside it (cli/coverage.ts) rather than leave the numbers unqualified.
 * Frees of a block in a module's initial memory image (its data segments: a heap pre-initialised
 * at build time by Wizer or wasm-ctor-eval) are none of these: the block was allocated before the
 * module ran, as CPython's tracemalloc ignores the free of a block from before start(). They are
 * only counted (`initialMemoryFrees`), and no line warns of them.
 */
import type { InvalidFree, InvalidKind } from './wasm-domain';

export const UNMATCHED_METADATA = 'unmatched';
const VERSION = 1;
/** Sites kept per snapshot: the ones with the most events. */
const MAX_SITES = 20;

export interface UnmatchedSite {
  readonly kind: InvalidKind;
  readonly filename: string;
  readonly lineno: number;
  readonly count: number;
}

export interface Unmatched {
  /** Events of each kind, all sites. */
  readonly totals: Readonly<Record<InvalidKind, number>>;
  /** The sites with the most events, most first. */
  readonly sites: readonly UnmatchedSite[];
  /** Frees and reallocs of blocks in a module's initial memory image (not unmatched: see above). */
  readonly initialMemoryFrees: number;
}

/** The metadata entry for these events; null when there are none. */
export function unmatchedMetadata(events: readonly InvalidFree[], initialMemoryFrees = 0): string | null {
  if (events.length === 0 && initialMemoryFrees === 0) return null;
  const totals: Record<InvalidKind, number> = { free: 0, realloc: 0, alloc: 0 };
  for (const e of events) totals[e.kind] += e.count;
  const sites = [...events].sort((a, b) => b.count - a.count).slice(0, MAX_SITES)
    .map(({ kind, filename, lineno, count }) => ({ kind, filename, lineno, count }));
  return JSON.stringify({ version: VERSION, totals, sites, ...(initialMemoryFrees ? { initialMemoryFrees } : {}) });
}

/** What a snapshot recorded; null when it recorded nothing (or an entry that does not parse). */
export function recordedUnmatched(metadata: ReadonlyMap<string, string> | undefined): Unmatched | null {
  const raw = metadata?.get(UNMATCHED_METADATA);
  if (raw === undefined) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; totals?: Record<string, unknown>; sites?: unknown; initialMemoryFrees?: unknown };
    if (typeof parsed.version !== 'number' || parsed.version > VERSION || typeof parsed.totals !== 'object' || parsed.totals === null || !Array.isArray(parsed.sites)) return null;
    const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    const totals = { free: count(parsed.totals.free), realloc: count(parsed.totals.realloc), alloc: count(parsed.totals.alloc) };
    const sites = parsed.sites.filter(
      (s): s is UnmatchedSite => typeof s === 'object' && s !== null && ['free', 'realloc', 'alloc'].includes(s.kind) && typeof s.filename === 'string' && typeof s.lineno === 'number' && typeof s.count === 'number',
    );
    return { totals, sites, initialMemoryFrees: count(parsed.initialMemoryFrees) };
  } catch {
    return null;
  }
}
