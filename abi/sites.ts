// The site table (docs/hook-abi.md, "The site table"): the custom section an instrumented module
// carries, written by instrument/site-table.ts and read by runtime/tracer/site-table.ts.

/** Name of the custom section; its presence also marks a module as already instrumented. */
export const SITES_SECTION = 'wasm-tracemalloc.sites';

/**
 * Optional custom section: where the module's bytes came from (UTF-8), written when the instrumenter
 * is told (`origin`: a bundler knows the file or the script embedding the bytes, the page does not).
 */
export const ORIGIN_SECTION = 'wasm-tracemalloc.origin';

/**
 * Optional custom section: the instrumenter's caveats about this module (UTF-8, one per line:
 * `isCaveat()` warnings of abi/errors.ts), so a module instrumented ahead of time (CLI
 * `instrument`, a bundler) still says, when it loads, what its numbers may miss.
 */
export const CAVEATS_SECTION = 'wasm-tracemalloc.caveats';

/**
 * Custom section of a threaded module (its memory is shared), written when the instrumenter is told
 * it may trace one (`threads: true`): its instances share one core per group (docs/hook-abi.md,
 * "Threaded modules"). Empty. The runtime appends THREADS_GROUP_SECTION (a nonce) to each compile.
 */
export const THREADS_SECTION = 'wasm-tracemalloc.threads';
/** The nonce of one compile of a threaded module: 8 random bytes, appended by the runtime. */
export const THREADS_GROUP_SECTION = 'wasm-tracemalloc.group';

/** `kind` of a site: a direct call to an allocator, or a call on a path that can reach one. */
export const SiteKind = { allocator: 0, frame: 1 } as const;
export type SiteKind = (typeof SiteKind)[keyof typeof SiteKind];

/** One site: `fileIndex`/`functionIndex` -1 when unknown, `line` 0 when unknown. */
export type SiteRow = [fileIndex: number, line: number, column: number, functionIndex: number, kind: number];

/** `sites[0]`: the unknown site (entered from JS, or through a path the instrumenter cannot see). */
export const UNKNOWN_SITE_ROW: Readonly<SiteRow> = [-1, 0, 0, -1, 0];

/** A frame inlined at a site, innermost first: a row without its kind. */
export type InlinedRow = [fileIndex: number, line: number, column: number, functionIndex: number];

/** The section's JSON. Readers ignore members they do not know. */
export interface SiteTable {
  version: 1;
  files: string[];
  /** As frames show them: demangled (the section keeps the module's own names mangled, site-codec.ts). */
  functions: string[];
  sites: SiteRow[];
  /** Which source resolved the sites: 'dwarf' | 'sourcemap' | 'names'. */
  resolver: string;
  /** Module byte offset of each site's call in the ORIGINAL module (-1 unknown; 0 for site 0). */
  offsets: number[];
  /** site id -> frames inlined at that site, innermost first. */
  inlined?: Record<string, InlinedRow[]>;
  /**
   * The live table's key minus the pointer the program holds, when they differ: AssemblyScript
   * keys objects by their block (object - 16), so getObjectTraceback(object) looks up both.
   */
  objectKeyOffset?: number;
}

/**
 * Custom section: the original module's code identity (UTF-8 JSON, abi/code-identity.ts
 * `CodeIdentity`): where its code section's payload starts in the file, its size, its SHA-256 and
 * the `build_id` section's bytes when there is one. A frame with no line carries the call's
 * offset in that code section (its column), and a snapshot each module's identity: `wasm-tracemalloc
 * symbolize` matches them to a debug build of the same code (docs/snapshot-format.md).
 */
export const CODE_SECTION = 'wasm-tracemalloc.code';

/**
 * Optional custom section: the module's initial memory image, the bytes of its memory 0 that its
 * active data segments write when it is instantiated (constant offsets only, above the stack
 * pointer's initial value: instrument/memory-image.ts), as UTF-8 JSON
 * `{"ranges":[start, length, gap, length, …]}`: the first range's start and length, then for each
 * next one its distance from the previous one's end and its length (ranges closer than
 * IMAGE_GAP merged). A heap pre-initialised at build time (Wizer, Binaryen's wasm-ctor-eval: the
 * memory snapshotted into data segments) has its blocks there, allocated before any hook could see
 * them: the runtime counts a free of a pointer inside these ranges apart from the unmatched frees
 * (runtime/tracer/unmatched.ts), as CPython ignores the free of a block allocated before tracing.
 */
export const IMAGE_SECTION = 'wasm-tracemalloc.image';
/** Data segments closer than this many bytes are one range of the image. */
export const IMAGE_GAP = 16;

/** The image's ranges, [starts[i], ends[i]), ascending and disjoint. */
export interface MemoryImage {
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** An IMAGE_SECTION payload for `ranges` ([start, end) pairs, ascending, disjoint). */
export function encodeMemoryImage(ranges: readonly (readonly [number, number])[]): Uint8Array {
  const out: number[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    out.push(start - at, end - start);
    at = end;
  }
  return new TextEncoder().encode(JSON.stringify({ ranges: out }));
}

/** Reads an IMAGE_SECTION payload; null when it is not one. */
export function parseMemoryImage(bytes: ArrayBuffer | Uint8Array | null | undefined): MemoryImage | null {
  if (!bytes) return null;
  try {
    const v = JSON.parse(new TextDecoder().decode(bytes)) as { ranges?: unknown };
    if (!Array.isArray(v.ranges) || v.ranges.length % 2 !== 0) return null;
    const n = v.ranges.length / 2;
    const starts = new Uint32Array(n), ends = new Uint32Array(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const gap = v.ranges[2 * i] as unknown, len = v.ranges[2 * i + 1] as unknown;
      if (typeof gap !== 'number' || typeof len !== 'number' || !(gap >= 0 && len > 0) || at + gap + len > 2 ** 32) return null;
      starts[i] = at + gap;
      ends[i] = at = at + gap + len;
    }
    return { starts, ends };
  } catch {
    return null;
  }
}

/** Whether `ptr` lies in one of the image's ranges. */
export function inMemoryImage(image: MemoryImage, ptr: number): boolean {
  let lo = 0, hi = image.starts.length; // the first range starting after ptr: hi
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (image.starts[mid]! <= ptr) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ptr < image.ends[lo - 1]!;
}
