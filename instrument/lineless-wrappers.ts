// Functions whose allocation calls no line covers become wrappers (the strdup role).
//
// Why: a site must name a line the user can read. AssemblyScript's constructors allocate `this`
// before any source-map entry, libc functions built without debug info (fopen, printf) allocate
// inside code no line table covers: their sites would read `Point#constructor+0x1e:0`. When the
// module does carry lines elsewhere, such a function's allocations report the line of the call
// INTO it instead — the user's `new Point()` or `fopen(...)` — exactly as strdup's do.
import type { CodeLayout } from './code-reader';
import type { AllocatorFn, ModuleFunction } from './detect';
import type { Resolver } from './resolve';

/** The allocators found, plus such wrappers (none when nothing allocates or no line exists). */
export function withLinelessWrappers(allocators: AllocatorFn[], funcs: ModuleFunction[], layout: CodeLayout, resolver: Resolver): AllocatorFn[] {
  // No lines anywhere: the names are all there is.
  if (allocators.length === 0 || resolver.kind === 'names') return allocators;
  const allocating = new Set(allocators.filter((a) => a.spec.role !== 'free' && a.spec.role !== 'wrapper').map((a) => a.fn.index));
  const known = new Set(allocators.map((a) => a.fn.index));
  const out: AllocatorFn[] = [];
  for (const body of layout.funcs) {
    if (known.has(body.index)) continue;
    const calls = body.calls.filter((c) => c.op === 'call' && allocating.has(c.callee));
    if (calls.length === 0) continue;
    const lineless = calls.every((c) => {
      const loc = resolver.resolve(c.offset);
      return loc.file === null || loc.line === 0;
    });
    const fn = funcs[body.index];
    if (lineless && fn) out.push({ fn, label: `${fn.name} (no line covers its allocations)`, family: 'wrapper', spec: { role: 'wrapper' } });
  }
  return out.length ? [...allocators, ...out].sort((a, b) => a.fn.index - b.fn.index) : allocators;
}
