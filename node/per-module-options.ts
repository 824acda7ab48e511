// Allocator names per module, for a program that loads several modules (register.ts).
//
// A name may say which module it is for: `app.wasm:u` (CLI `--alloc app.wasm:u`, or the same
// string in WASM_TRACEMALLOC_INSTRUMENT) applies to modules whose file ends with `app.wasm`
// (the path, or its last components: `dist/app.wasm:u`), and to no other. A name without a
// module applies where it exists: a module that has none of the names given is instrumented
// as if none had been given (its allocator is detected as usual), so `--alloc z --free A
// --alloc u --free v` traces each of two modules with its own pair. C++ names keep their `::`:
// only a prefix that ends in `.wasm` is a module.

import type { AllocatorRef } from '../instrument/index';

export const ROLE_KEYS = ['alloc', 'calloc', 'realloc', 'free', 'allocOut', 'wrapper'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

const QUALIFIED = /^(.+?\.wasm):(?!:)(.+)$/;

/** The module a reference is pinned to and the reference without it, or null for an unpinned one. */
function pinned(ref: AllocatorRef): { module: string; ref: AllocatorRef } | null {
  const name = typeof ref === 'object' && ref !== null ? ref.function : ref;
  if (typeof name !== 'string') return null;
  const m = QUALIFIED.exec(name);
  if (!m) return null;
  const bare = /^\d+$/.test(m[2]!) ? Number(m[2]) : m[2]!;
  return { module: m[1]!, ref: typeof ref === 'object' ? { ...ref, function: bare } : bare };
}

/** Whether `path` (a module's file, or undefined for bytes made in JS) is the module `spec` names. */
export function sameModule(path: string | undefined, spec: string): boolean {
  if (path === undefined) return false;
  const p = path.replace(/\\/g, '/');
  const s = spec.replace(/\\/g, '/').replace(/^\.\//, '');
  return p === s || p.endsWith(`/${s}`);
}

/** The options for one module: pinned names kept only for it, unpinned names for every module. */
export function optionsFor(extra: Record<string, unknown>, path: string | undefined): { options: Record<string, unknown>; pinnedHere: Set<string> } {
  const options: Record<string, unknown> = { ...extra };
  const pinnedHere = new Set<string>();
  for (const key of ROLE_KEYS) {
    const refs = extra[key];
    if (!Array.isArray(refs)) continue;
    const kept: AllocatorRef[] = [];
    for (const ref of refs as AllocatorRef[]) {
      const p = pinned(ref);
      if (p === null) kept.push(ref);
      else if (sameModule(path, p.module)) {
        kept.push(p.ref);
        pinnedHere.add(String(typeof p.ref === 'object' ? p.ref.function : p.ref));
      }
    }
    if (kept.length) options[key] = kept;
    else delete options[key];
  }
  return { options, pinnedHere };
}

/** Whether any allocator is named in `options`. */
export function namesAny(options: Record<string, unknown>): boolean {
  return ROLE_KEYS.some((k) => Array.isArray(options[k]) && (options[k] as unknown[]).length > 0);
}

/**
 * `options` without the named references that `message` (instrument()'s error) says are not in
 * the module, or null when the error is about something else.
 */
export function withoutMissing(options: Record<string, unknown>, message: string): { options: Record<string, unknown>; missing: string[] } | null {
  const out: Record<string, unknown> = { ...options };
  const missing: string[] = [];
  for (const key of ROLE_KEYS) {
    const refs = options[key];
    if (!Array.isArray(refs)) continue;
    const kept = (refs as AllocatorRef[]).filter((ref) => {
      const name = typeof ref === 'object' && ref !== null ? ref.function : ref;
      const absent = message.includes(`no function ${JSON.stringify(name)} in the module`);
      if (absent) missing.push(String(name));
      return !absent;
    });
    if (kept.length) out[key] = kept;
    else delete out[key];
  }
  return missing.length ? { options: out, missing } : null;
}
