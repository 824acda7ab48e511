// The hook imports of an instrumented module (docs/hook-abi.md, "Imports"): one name per rule,
// shared by the instrumenter that writes them and the runtime that supplies them.

/** Version of the contract below and of the site table (`SiteTable.version`). */
export const HOOK_ABI_VERSION = 1;

/** Import module name of every hook. */
export const HOOK_MODULE = 'wasm-tracemalloc';

/** The two imported globals, always present: `tracing` (0 = off, else nframe) and `depth`. */
export const HOOK_GLOBALS = ['tracing', 'depth'] as const;

/** The hook functions, in the order the instrumenter imports the ones it uses. */
export const HOOK_FUNCTIONS = ['alloc', 'free', 'realloc', 'enter', 'leave'] as const;
export type HookFunction = (typeof HOOK_FUNCTIONS)[number];

/** Each hook function's signature: number of i32 params, number of i32 results. */
export const HOOK_SIGNATURES: Readonly<Record<HookFunction, readonly [params: number, results: number]>> = {
  alloc: [3, 0], // (ptr, size, site)
  free: [2, 0], // (ptr, site)
  realloc: [4, 0], // (old, new, size, site)
  enter: [1, 1], // (site) -> token
  leave: [1, 0], // (token)
};

/**
 * Bit 31 of a `free`/`realloc` site: a quiet event, whose pointer may legitimately be missing
 * from the table (AssemblyScript's TLSF `insertBlock` also sees blocks never handed out). Real
 * site ids never reach it; the tracer core strips it.
 */
export const QUIET_SITE_BIT = 0x80000000;

/**
 * Names (in the name section) of the module-internal globals that carry a pointer call's site to
 * an allocator's entry ("Allocations through function pointers"). Defined, not imported.
 */
export const INDIRECT_SITE_GLOBAL = 'indirect_site';

/**
 * Name (in the name section, after `wasm-tracemalloc.`) of the module-internal global a frame site
 * sets to its site right before its call, for the callee to push at entry ("Deeper frames").
 */
export const FRAME_SITE_GLOBAL = 'site';
