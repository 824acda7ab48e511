// How a module's allocator was found, as its line says it (register under `run`, the API path
// when its instrumenter hands back instrument()'s result, and the bundler plugin's build log):
// `libc, found by code fingerprint: dlmalloc (malloc, free)`. Imports only abi/ (register loads it at every start).
import { halfFound, type HalfAllocator } from '../../abi/errors';

/** What instrument() says of a module: enough of its result to describe what was hooked. */
export interface AllocatorVerdict {
  /** The allocator families found, e.g. `libc+c++`, or `none`. */
  profile: string;
  stats: { allocators: { name: string; role: string }[]; discovery?: { how: string; found: string[] }[]; growsMemory?: boolean; warnings?: readonly string[]; half?: HalfAllocator };
}

/**
 * `libc, found by exports + call graph: malloc, free, calloc, 5 more`: which allocator was hooked
 * and how it was found (instrument()'s stats.discovery, issue 12), in one clause.
 */
export function describeAllocators(profile: string, stats: AllocatorVerdict['stats'], named: boolean): string {
  const steps = stats.discovery ?? [];
  const hows = named ? ['your names', ...steps.map((d) => d.how).filter((h) => h !== 'options')] : steps.map((d) => d.how);
  // what was found, by the names the module knows them by; a nameless function shows its role
  const found = steps.length ? steps.flatMap((d) => d.found) : stats.allocators.map((a) => (/^\d*$/.test(a.name) ? `${a.role} #${a.name}` : a.name));
  const names = [...new Set(found)];
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return `${profile}${hows.length ? `, found by ${[...new Set(hows)].join(' + ')}` : ''}: ${shown.join(', ')}`;
}

/** The reason of a module with no allocator that never grows its memory (its memory its own). */
export const STATIC_BUFFERS = 'static buffers only: it has no allocator and never grows its memory, so it allocates nothing at run time';
/** The same, when the memory is imported: another module's heap (a component's adapter or shim, jco). */
export const IMPORTED_MEMORY = 'no allocator of its own: it works in a memory it imports (another module\'s heap, traced where that module allocates), which it never grows, so it allocates nothing itself';

/** Why a module with no allocator hooked is run untraced; `how` says how to name the functions
 * where this runs (`missing`: only that half; null: both). */
export function noAllocatorReason(stats: AllocatorVerdict['stats'], how: (missing: 'alloc' | 'free' | null) => string): string {
  if (stats.half) return halfFound(stats.half, how(stats.half.missing));
  return stats.growsMemory === false ? STATIC_BUFFERS : `no allocator found (stripped or minified? ${how(null)})`;
}
