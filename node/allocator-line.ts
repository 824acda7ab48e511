// How a module's allocator was found, as its line says it (node/register.ts under `run`, and the
// bundler plugin's build log): `libc, found by code fingerprint: dlmalloc (malloc, free)`.
// No imports: register loads it at every start.

/**
 * `libc, found by exports + call graph: malloc, free, calloc, 5 more`: which allocator was hooked
 * and how it was found (instrument()'s stats.discovery, issue 12), in one clause.
 */
export function describeAllocators(profile: string, stats: { allocators: { name: string; role: string }[]; discovery?: { how: string; found: string[] }[] }, named: boolean): string {
  const steps = stats.discovery ?? [];
  const hows = named ? ['your names', ...steps.map((d) => d.how).filter((h) => h !== 'options')] : steps.map((d) => d.how);
  // what was found, by the names the module knows them by; a nameless function shows its role
  const found = steps.length ? steps.flatMap((d) => d.found) : stats.allocators.map((a) => (/^\d*$/.test(a.name) ? `${a.role} #${a.name}` : a.name));
  const names = [...new Set(found)];
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return `${profile}${hows.length ? `, found by ${[...new Set(hows)].join(' + ')}` : ''}: ${shown.join(', ')}`;
}
