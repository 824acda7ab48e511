// The on-disk cache of instrumented modules (Node only), so a traced program's second start does
// not instrument again: instrumenting a big module takes seconds, reading it back milliseconds.
//
//   key   = sha256(format, instrumenter build id, instrument() options, the module's bytes)
//   entry = <dir>/<key>.wtmc: "WTMC3\n", u32 header length (LE), header JSON, instrumented bytes
//
// The header keeps what users see besides the bytes (the allocator profile, instrument()'s
// warnings), so a cached start prints the same messages as the first, and the files instrument()
// read (the source map, a separate DWARF file) with a hash of their content: a rebuilt source map or
// .debug.wasm beside an unchanged module is a miss. The build id (INSTRUMENTER_ID, set by tsup from the sources of instrument/
// and abi/) changes with the instrumenter's code, so a new version never reads an old entry;
// running from sources (no build id) does not cache.
//
// Folder: $WASM_TRACEMALLOC_CACHE_DIR, else $XDG_CACHE_HOME/wasm-tracemalloc, else
// ~/.cache/wasm-tracemalloc. Off with WASM_TRACEMALLOC_CACHE=0 (`run --no-cache`). Concurrent
// writers are safe: an entry is written to a file of its own, then renamed over the key (atomic on
// one file system); readers see a whole entry or none. Bounded: after a write, the oldest entries
// (by last use: a hit touches its entry) go until the folder holds ≤ WASM_TRACEMALLOC_CACHE_MB
// (default 1024) MB. Clearing it is deleting the folder. Any error of the cache itself (a full
// disk, a read-only home) falls back to instrumenting: the cache never changes a result.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { InstrumentStats } from '../instrument/result';

declare const __WTM_INSTRUMENTER_ID__: string | undefined;
/** Changes with the instrumenter's sources (tsup's define); undefined when running from sources. */
export const INSTRUMENTER_ID: string | undefined = typeof __WTM_INSTRUMENTER_ID__ === 'string' ? __WTM_INSTRUMENTER_ID__ : undefined;

const MAGIC = 'WTMC3\n'; // 3: `reads` holds binary files (a separate DWARF file); 2: the header holds `stats` (1 held `warnings`)
const DEFAULT_MAX_MB = 1024;

/** What a traced start needs from instrument(): the bytes, and what it tells the user (the
 * stats it reports, e.g. warnings, allocators and how they were found: JSON-safe). */
export interface CachedResult {
  bytes: Uint8Array<ArrayBuffer>;
  profile: string;
  stats: CachedStats;
}

/** What register tells the user about a module: its warnings, and which allocator was found how. */
export type CachedStats = Pick<InstrumentStats, 'warnings' | 'allocators' | 'discovery' | 'growsMemory'>;

interface Header {
  profile: string;
  stats: CachedStats;
  /** Files instrument() read: [path, sha256 of the content, or null when it was missing, 1 when read as bytes]. */
  reads: [string, string | null, 1?][];
  /** The instrumented module's length: a truncated entry is a miss. */
  length: number;
}

type ReadFile = (path: string) => string | undefined;
type ReadBinaryFile = (path: string) => Uint8Array | undefined;

/** The cache folder from the environment, or null when caching is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.WASM_TRACEMALLOC_CACHE === '0' || INSTRUMENTER_ID === undefined) return null;
  if (env.WASM_TRACEMALLOC_CACHE_DIR) return env.WASM_TRACEMALLOC_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'wasm-tracemalloc');
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * instrument() through the cache: `run(readFile, readBinaryFile)` instruments (reading files only
 * through the functions it is given) on a miss. `options` must be JSON-safe: they are part of the key.
 */
export function cachedInstrument(
  bytes: Uint8Array,
  options: Record<string, unknown>,
  readFile: ReadFile,
  run: (readFile: ReadFile, readBinaryFile: ReadBinaryFile) => CachedResult,
  dir: string | null = cacheDir(),
  readBinaryFile: ReadBinaryFile = () => undefined,
): CachedResult {
  if (dir === null) return run(readFile, readBinaryFile);
  const key = createHash('sha256').update(MAGIC).update(INSTRUMENTER_ID ?? '').update('\0').update(JSON.stringify(options)).update('\0').update(bytes).digest('hex');
  const file = join(dir, `${key}.wtmc`);
  const hit = readEntry(file, readFile, readBinaryFile);
  if (hit) return hit;

  const reads: [string, string | null, 1?][] = [];
  const result = run((path) => {
    const text = readFile(path);
    reads.push([path, text === undefined ? null : sha256(text)]);
    return text;
  }, (path) => {
    const data = readBinaryFile(path);
    reads.push([path, data === undefined ? null : sha256(data), 1]);
    return data;
  });
  writeEntry(dir, file, { profile: result.profile, stats: result.stats, reads, length: result.bytes.length }, result.bytes);
  return result;
}

function readEntry(file: string, readFile: ReadFile, readBinaryFile: ReadBinaryFile): CachedResult | null {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return null;
  }
  try {
    if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const headerLength = data.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(data.toString('utf8', MAGIC.length + 4, start)) as Header;
    for (const [path, hash, binary] of header.reads) {
      const content = binary ? readBinaryFile(path) : readFile(path);
      if ((content === undefined ? null : sha256(content)) !== hash) return null;
    }
    const bytes = new Uint8Array(data.buffer, data.byteOffset + start, data.length - start) as Uint8Array<ArrayBuffer>;
    // Entries are renamed in whole; a truncated copy (a full disk under a backup tool) is a miss.
    if (bytes.length !== header.length) return null;
    const now = new Date();
    try {
      utimesSync(file, now, now); // last use, for the size bound
    } catch {
      /* read-only cache: still a hit */
    }
    return { bytes, profile: header.profile, stats: header.stats };
  } catch {
    return null;
  }
}

function writeEntry(dir: string, file: string, header: Header, bytes: Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const json = Buffer.from(JSON.stringify(header));
    const head = Buffer.alloc(MAGIC.length + 4);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(json.length, MAGIC.length);
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, head);
      writeSync(fd, json);
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    prune(dir);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** The bound on the folder, in bytes: $WASM_TRACEMALLOC_CACHE_MB (default 1024) MB. */
export function cacheBound(env: NodeJS.ProcessEnv = process.env): number {
  const maxMb = Number(env.WASM_TRACEMALLOC_CACHE_MB);
  return (Number.isFinite(maxMb) && env.WASM_TRACEMALLOC_CACHE_MB !== '' && maxMb >= 0 ? maxMb : DEFAULT_MAX_MB) * 1e6;
}

export interface CacheEntry {
  path: string;
  size: number;
  /** Last use (a hit touches its entry), ms since the epoch. */
  used: number;
}

/**
 * The entries of a cache folder, least recently used first (none when it does not exist), and
 * its temporaries (a writer's file before its rename; one over an hour old is a writer that died).
 */
export function cacheEntries(dir: string): { entries: CacheEntry[]; temporaries: CacheEntry[] } {
  const entries: CacheEntry[] = [];
  const temporaries: CacheEntry[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { entries, temporaries };
  }
  for (const name of names) {
    const list = name.endsWith('.wtmc') ? entries : name.endsWith('.tmp') ? temporaries : null;
    if (!list) continue; // not ours: a cache folder the user shares is left as it is
    try {
      const stat = statSync(join(dir, name));
      list.push({ path: join(dir, name), size: stat.size, used: stat.mtimeMs });
    } catch {
      /* another process removed it */
    }
  }
  entries.sort((a, b) => a.used - b.used);
  return { entries, temporaries };
}

/** Removes every entry and temporary of the folder, nothing else; says what went. */
export function clearCache(dir: string): { entries: number; temporaries: number; bytes: number } {
  const found = cacheEntries(dir);
  const removed = { entries: 0, temporaries: 0, bytes: 0 };
  for (const kind of ['entries', 'temporaries'] as const) {
    for (const e of found[kind]) {
      try {
        rmSync(e.path);
        removed[kind]++;
        removed.bytes += e.size;
      } catch {
        /* gone already */
      }
    }
  }
  return removed;
}

/** Deletes the least recently used entries until the folder fits its bound, and stale temporaries. */
function prune(dir: string): void {
  const max = cacheBound();
  const now = Date.now();
  const { entries, temporaries } = cacheEntries(dir);
  for (const t of temporaries) if (now - t.used > 3600_000) rmSync(t.path, { force: true }); // a writer that died
  let total = entries.reduce((n, e) => n + e.size, 0);
  for (const e of entries) {
    if (total <= max) break;
    rmSync(e.path, { force: true });
    total -= e.size;
  }
}
