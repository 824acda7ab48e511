/**
 * Which live blocks no pointer reaches any more: LeakSanitizer's and valgrind's "lost" blocks,
 * told apart from the "still reachable" ones (a global container, a cache) that a program simply
 * never frees before it exits. Asked for with `start(n, { reachability: true })` (`leaks` does);
 * each snapshot then carries the metadata entry `reachability` (docs/snapshot-format.md).
 *
 * The scan is conservative, as LeakSanitizer's: every aligned 32-bit word of the module's memory
 * outside the live blocks is a root (static data, the C stack, the allocator's own records), and
 * every aligned word inside a reached block is a pointer too; a word that falls at a block's
 * start or anywhere inside it reaches it. So a block called unreachable has no pointer to it left
 * anywhere in the module's memory, directly or through other blocks. What the scan cannot see:
 * addresses held by JavaScript (objects a binding layer handed to JS: embind, wasm-bindgen) or
 * kept in wasm globals, and pointers stored disguised (tagged, XOR-ed, as offsets); stale copies
 * of a pointer (a freed chunk, the stack below its top) make a lost block look reachable.
 */

export const REACHABILITY_METADATA = 'reachability';
const VERSION = 1;
/** Unreachable tracebacks kept per domain: the ones holding the most bytes. */
const MAX_TRACEBACKS = 1000;

/**
 * Marks the blocks reachable from the memory outside all blocks. `ptr` is sorted ascending, the
 * blocks do not overlap; returns 1 for each reached block, 0 for the others.
 */
export function markReachable(memory: ArrayBufferLike, ptr: Uint32Array, size: Uint32Array): Uint8Array {
  const n = ptr.length;
  const reached = new Uint8Array(n);
  if (n === 0) return reached;
  const words = new Uint32Array(memory, 0, memory.byteLength >>> 2);
  const lo = ptr[0]!;
  const hi = ptr[n - 1]! + Math.max(size[n - 1]!, 1);
  const pending: number[] = [];
  // the block holding address v (its start, or inside it; a block of 0 bytes: its start), or -1
  const holder = (v: number): number => {
    let a = 0;
    let b = n - 1;
    while (a < b) {
      const m = (a + b + 1) >>> 1;
      if (ptr[m]! <= v) a = m;
      else b = m - 1;
    }
    return v - ptr[a]! < Math.max(size[a]!, 1) ? a : -1;
  };
  const scan = (from: number, to: number): void => {
    // the aligned words wholly inside [from, to)
    const end = Math.min(Math.floor(to / 4), words.length);
    for (let w = Math.ceil(from / 4); w < end; w++) {
      const v = words[w]!;
      if (v < lo || v >= hi) continue;
      const i = holder(v);
      if (i >= 0 && reached[i] === 0) {
        reached[i] = 1;
        pending.push(i);
      }
    }
  };
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    scan(cursor, ptr[i]!);
    cursor = Math.max(cursor, ptr[i]! + size[i]!);
  }
  scan(cursor, memory.byteLength);
  while (pending.length) {
    const i = pending.pop()!;
    scan(ptr[i]!, ptr[i]! + size[i]!);
  }
  return reached;
}

/** A traceback's frames as the snapshot shows them, most recent first: [filename, lineno] each. */
export type FramesKey = readonly (readonly [string, number])[];

/** One domain's answer. */
export type DomainReachability =
  | {
      readonly domain: number;
      readonly name: string;
      readonly checked: true;
      /** All unreachable blocks and their bytes (also those past the kept tracebacks). */
      readonly blocks: number;
      readonly bytes: number;
      /** Per traceback, most bytes first. */
      readonly unreachable: readonly { readonly frames: FramesKey; readonly blocks: number; readonly bytes: number }[];
    }
  | { readonly domain: number; readonly name: string; readonly checked: false; readonly why: string };

/** The metadata entry for these domains. */
export function reachabilityMetadata(domains: readonly DomainReachability[]): string {
  return JSON.stringify({ version: VERSION, domains: domains.map((d) => (d.checked ? { ...d, unreachable: d.unreachable.slice(0, MAX_TRACEBACKS) } : d)) });
}

/** What a snapshot recorded; null when nothing (or an entry that does not parse, or a newer one). */
export function recordedReachability(metadata: ReadonlyMap<string, string> | undefined): DomainReachability[] | null {
  const raw = metadata?.get(REACHABILITY_METADATA);
  if (raw === undefined) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; domains?: unknown };
    if (typeof parsed.version !== 'number' || parsed.version > VERSION || !Array.isArray(parsed.domains)) return null;
    const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    const frame = (f: unknown): f is [string, number] => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'number';
    return (parsed.domains as Record<string, unknown>[]).filter((d) => typeof d === 'object' && d !== null).map((d): DomainReachability => {
      const domain = count(d.domain);
      const name = typeof d.name === 'string' ? d.name : `#${domain}`;
      if (d.checked !== true) return { domain, name, checked: false, why: typeof d.why === 'string' ? d.why : 'not recorded' };
      const unreachable = (Array.isArray(d.unreachable) ? d.unreachable : [])
        .filter((u): u is { frames: unknown[]; blocks: unknown; bytes: unknown } => typeof u === 'object' && u !== null && Array.isArray(u.frames) && u.frames.every(frame))
        .map((u) => ({ frames: u.frames as [string, number][], blocks: count(u.blocks), bytes: count(u.bytes) }));
      return { domain, name, checked: true, blocks: count(d.blocks), bytes: count(d.bytes), unreachable };
    });
  } catch {
    return null;
  }
}

/** The key of a traceback's frames (most recent first), to match a snapshot's statistics. */
export function framesKey(frames: Iterable<{ readonly filename: string; readonly lineno: number }>): string {
  return JSON.stringify([...frames].map((f) => [f.filename, f.lineno]));
}

/** Unreachable blocks and bytes per traceback key, summed over the checked domains. */
export function unreachableByTraceback(domains: readonly DomainReachability[]): Map<string, { blocks: number; bytes: number }> {
  const out = new Map<string, { blocks: number; bytes: number }>();
  for (const d of domains) {
    if (!d.checked) continue;
    for (const u of d.unreachable) {
      const key = JSON.stringify(u.frames);
      const sum = out.get(key) ?? { blocks: 0, bytes: 0 };
      out.set(key, { blocks: sum.blocks + u.blocks, bytes: sum.bytes + u.bytes });
    }
  }
  return out;
}
