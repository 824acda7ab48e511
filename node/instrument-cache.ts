// The on-disk cache of instrumented modules (Node only), so a traced program's second start does
// not instrument again: instrumenting a big module takes seconds, reading it back milliseconds.
//
//   key   = sha256(format, instrumenter build id, instrument() options, the module's bytes)
//   entry = <dir>/<key>.wtmc: "WTMC4\n", u32 header length (LE), header JSON, the site table's
//           default weights (header.weights bytes), instrumented bytes
//   index = <dir>/<FNV-1a of its record, options sampled: indexName>.wtmi: the record (format, build id, options, file, dev,
//           inode, size, mtime, ctime), a newline, the key of the bytes that file held (register
//           knows which file bytes were read from); its record is compared whole when read
//   reads index = <dir>/<key>.wtmi: "WTMR1\n", then each file the entry's instrument() read
//           (a source map, a separate DWARF file) with its stat (dev:inode:size:mtime:ctime, '-'
//           when missing) when it was last hashed and found as the entry recorded
//
// The index spares a start hashing its module (sha256 of DuckDB's 39 MB: 25–80 ms of CPU): when
// the file's stat is the one recorded, the bytes are compared with the file instead (read back in
// 1 MiB pieces into one buffer, from the page cache: ~5x cheaper than hashing them), so bytes
// the program changed after reading them, or another file of the same size, are hashed as
// before. Any write to the file changes its ctime, which no utimes() can set back, so a content
// change with the size and the mtime put back is a new index key. An index is written only for a
// file whose mtime and ctime are older than RACY_MS (a file written twice within one timestamp
// tick, as racy-git: the next start records it), and only once the bytes were compared equal.
// A start that finds its key so loads no node:crypto at all. The files an entry's instrument()
// read are, likewise, hashed again only when their stat is not the one the entry's reads index
// holds (a source map beside a module: the hash loaded node:crypto, ~20–28 M instructions, and
// read the map, at every start); the index is written only when every one of them is a plain
// file (or missing) not written within RACY_MS, whose size is what was read.
//
// An entry of cacheTuning.mapMinBytes (4 MiB) or more is mapped rather than read (readWhole: the
// native addon's mapFile, a private mmap; the page cache's pages, no fresh memory), and read when
// the addon is not built. Entries are only ever renamed over, never rewritten in place, so a
// mapped file does not shrink under its mapping.
//
// With the bytes, each site's weight for the core under the default folding (InstrumentedModule.
// weights, runtime/tracer/site-table.ts defaultWeights): a cached start reads them instead of
// decoding every row of the site table before the program runs (sql.js: ~10 k rows, DuckDB:
// ~450 k). The build id covers the runtime's sources that compute them.
// The header keeps what users see besides the bytes (the allocator profile, instrument()'s
// warnings), so a cached start prints the same messages as the first, and the files instrument()
// read (the source map, a separate DWARF file) with a hash of their content: a rebuilt source map or
// .debug.wasm beside an unchanged module is a miss. The build id (INSTRUMENTER_ID, set by tsup from the sources of instrument/,
// abi/ and the runtime's weights) changes with the instrumenter's code, so a new version never reads an old entry;
// running from sources (no build id) does not cache.
//
// Folder: $WASM_TRACEMALLOC_CACHE_DIR, else $XDG_CACHE_HOME/wasm-tracemalloc, else
// ~/.cache/wasm-tracemalloc. Off with WASM_TRACEMALLOC_CACHE=0 (`run --no-cache`). Concurrent
// writers are safe: an entry is written to a file of its own, then renamed over the key (atomic on
// one file system); readers see a whole entry or none. Bounded: after a write, the oldest entries
// (by last use: a hit touches its entry) go until the folder holds ≤ WASM_TRACEMALLOC_CACHE_MB
// (default 1024) MB. Clearing it is deleting the folder. Any error of the cache itself (a full
// disk, a read-only home) falls back to instrumenting: the cache never changes a result.
import type { createHash as CreateHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { createRequire } from 'node:module';
import { loadBinding } from '../native/addon';
import { fs, path } from './builtins';
import { INSTRUMENTER_ID, cacheDir } from './cache-dir';
import { writeAside } from './write-aside';

export { INSTRUMENTER_ID, cacheDir };
import type { InstrumentStats } from '../instrument/result';

const { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, utimesSync } = fs;
const { join } = path;

const MAGIC = 'WTMC4\n'; // 4: the default weights before the bytes; 3: `reads` holds binary files (a separate DWARF file); 2: the header holds `stats` (1 held `warnings`)
const DEFAULT_MAX_MB = 1024;

/** What a traced start needs from instrument(): the bytes, and what it tells the user (the
 * stats it reports, e.g. warnings, allocators and how they were found: JSON-safe). */
export interface CachedResult {
  bytes: Uint8Array<ArrayBuffer>;
  profile: string;
  stats: CachedStats;
  /** The site table's weights under the default folding (runtime/tracer/site-table.ts defaultWeights), when it has one. */
  weights?: Uint8Array;
  /** The entry's key (a sha256 of the options and the module's bytes), when the cache is on: the
   * module's identity for the runtime's once-per-module line (InstrumentedModule.id). */
  key?: string;
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
  /** The weights' length (0: none), stored before the module. */
  weights: number;
}

type ReadFile = (path: string) => string | undefined;
type ReadBinaryFile = (path: string) => Uint8Array | undefined;

// node:crypto is required when first hashed: a start that finds its key through the index loads none of it
let hasher: typeof CreateHash | undefined;
const createHash: typeof CreateHash = (...args) => (hasher ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash)(...args);
const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Two FNV-1a hashes of 32 bits, in hex: an index's file name (its record, inside, is what is
 * compared; the record holds the options, a glue script among them: ~0.1 MB for sql.js). Of the
 * options (`sampled`) only the length and at most ~4 k characters spread over them are hashed:
 * every character, in JS that V8 had not compiled yet, cost a start 3–5 ms on a 33 KB record
 * (anan-as) and an optimizing compile of the loop. Records alike at every sampled character
 * share a name, and overwrite each other's index: a miss (the key hashed), never a wrong hit. */
function indexName(sampled: string, whole: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const mix = (c: number): void => {
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  };
  const step = Math.max(1, Math.floor(sampled.length / 4096));
  for (let i = 0; i < sampled.length; i += step) mix(sampled.charCodeAt(i));
  mix(sampled.length);
  for (let i = 0; i < whole.length; i++) mix(whole.charCodeAt(i));
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** An index is written only for a file untouched for this long (see the header: racy-git). */
export const RACY_MS = 2000;

/** How the keys were found, for tests: modules hashed, and found through the index instead;
 * entries read through a mapping of their file (readWhole). */
export const cacheCounts = { hashed: 0, indexed: 0, mapped: 0 };

/**
 * Entries of `mapMinBytes` and more are mapped (the native addon's mapFile, native/src/map-file.cc)
 * rather than read: reading DuckDB's 50 MB entry into a fresh buffer took ~0.2–0.35 s of CPU on
 * this VM (a page fault per 4 KiB), mapping it ~3 ms; loading the addon costs ~1–3 ms, as much as
 * reading an entry of a MB or two. Tests lower it.
 */
export const cacheTuning = { mapMinBytes: 4 << 20 };
let mapFile: ((path: string) => ArrayBuffer | null) | null | undefined;

/** An entry's bytes: mapped when big and the addon is there (an older build has no mapFile), else read. */
function readWhole(file: string): Buffer {
  if (statSync(file).size >= cacheTuning.mapMinBytes) {
    if (mapFile === undefined) {
      const binding = loadBinding().binding;
      mapFile = typeof binding?.mapFile === 'function' ? binding.mapFile.bind(binding) : null;
    }
    const mapped = mapFile?.(file);
    if (mapped) {
      cacheCounts.mapped++;
      return Buffer.from(mapped);
    }
  }
  return readFileSync(file);
}

/**
 * instrument() through the cache: `run(readFile, readBinaryFile)` instruments (reading files only
 * through the functions it is given) on a miss. `options` must be JSON-safe: they are part of the key.
 * `source`: the file the bytes were read from, when known (the index above); a guess is safe, as
 * the bytes are compared with that file before its index is trusted or written.
 * `fileReads`: `readFile` and `readBinaryFile` read the file system's files at the paths given
 * (register's do), so a file's stat can stand for its content (the reads index above).
 */
export function cachedInstrument(
  bytes: Uint8Array,
  options: Record<string, unknown>,
  readFile: ReadFile,
  run: (readFile: ReadFile, readBinaryFile: ReadBinaryFile) => CachedResult,
  dir: string | null = cacheDir(),
  readBinaryFile: ReadBinaryFile = () => undefined,
  source?: string,
  fileReads = false,
): CachedResult {
  if (dir === null) return run(readFile, readBinaryFile);
  const prefix = `${MAGIC}${INSTRUMENTER_ID ?? ''}\0${JSON.stringify(options)}\0`;
  const stat = source === undefined ? null : statOf(source, bytes.length);
  const where = stat && `${source}\0${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  const record = where && `${prefix}${where}`;
  const index = record && join(dir, `${indexName(prefix, where!)}.wtmi`);
  let key = index && indexedKey(index, record!, bytes, source!, stat!);
  const indexed = key !== null;
  if (key === null) {
    key = createHash('sha256').update(prefix).update(bytes).digest('hex');
    cacheCounts.hashed++;
  } else cacheCounts.indexed++;
  const file = join(dir, `${key}.wtmc`);
  const remember = (): void => {
    if (!indexed && index && !racy(stat!) && sameAsFile(bytes, source!) && unchanged(source!, stat!)) writeIndex(dir, index, `${record}\n${key}`);
  };
  const hit = readEntry(file, readFile, readBinaryFile, dir, fileReads ? join(dir, `${key}.wtmi`) : null);
  if (hit) {
    remember();
    return { ...hit, key };
  }

  const reads: [string, string | null, 1?][] = [];
  const signatures: (string | undefined)[] = [];
  const result = run((path) => {
    const signature = fileSignature(path);
    const text = readFile(path);
    reads.push([path, text === undefined ? null : sha256(text)]);
    signatures.push(vouches(signature, text) ? signature : undefined);
    return text;
  }, (path) => {
    const signature = fileSignature(path);
    const data = readBinaryFile(path);
    reads.push([path, data === undefined ? null : sha256(data), 1]);
    signatures.push(vouches(signature, data) ? signature : undefined);
    return data;
  });
  const weights = result.weights ?? new Uint8Array(0);
  writeEntry(dir, file, { profile: result.profile, stats: result.stats, reads, length: result.bytes.length, weights: weights.length }, weights, result.bytes);
  if (fileReads) writeReadsIndex(dir, join(dir, `${key}.wtmi`), reads, signatures);
  remember();
  return { ...result, key };
}

/** The file's stat when it is a file of `size` bytes, else null (no index for it). */
function statOf(path: string, size: number): BigIntStats | null {
  try {
    const stat = statSync(path, { bigint: true });
    return stat.isFile() && stat.size === BigInt(size) ? stat : null;
  } catch {
    return null;
  }
}

const unchanged = (path: string, was: BigIntStats): boolean => {
  const now = statOf(path, Number(was.size));
  return now !== null && now.dev === was.dev && now.ino === was.ino && now.mtimeNs === was.mtimeNs && now.ctimeNs === was.ctimeNs;
};

const racy = (stat: BigIntStats): boolean => {
  const newest = stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs;
  return BigInt(Date.now() - RACY_MS) * 1_000_000n < newest;
};

/** The key an index holds, when the bytes are still the file's and the file is as recorded; else null. */
function indexedKey(index: string, record: string, bytes: Uint8Array, source: string, stat: BigIntStats): string | null {
  let text: string;
  try {
    text = readFileSync(index, 'utf8');
  } catch {
    return null;
  }
  const key = text.slice(record.length + 1);
  if (!text.startsWith(record) || text[record.length] !== '\n' || !/^[0-9a-f]{64}$/.test(key)) return null;
  if (!sameAsFile(bytes, source) || !unchanged(source, stat)) return null;
  try {
    const now = new Date();
    utimesSync(index, now, now); // last use, as an entry's: prune() keeps the indexes in use
  } catch {
    /* read-only cache: still a hit */
  }
  return key;
}

/** Whether the file at `path` holds exactly `bytes`, read in 1 MiB pieces into one buffer. */
function sameAsFile(bytes: Uint8Array, path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const piece = Buffer.allocUnsafeSlow(Math.max(1, Math.min(bytes.length, 1 << 20)));
    for (let at = 0; at < bytes.length;) {
      const n = readSync(fd, piece, 0, Math.min(piece.length, bytes.length - at), at);
      if (n <= 0 || Buffer.compare(piece.subarray(0, n), bytes.subarray(at, at + n)) !== 0) return false;
      at += n;
    }
    return readSync(fd, piece, 0, 1, bytes.length) === 0; // and nothing after them
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

function writeIndex(dir: string, index: string, text: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeAside(index, [text]);
  } catch {
    /* no index: the next start hashes the module */
  }
}

/**
 * What a stat says of a file instrument() reads, taken before it is read: `dev:ino:size:mtimeNs:ctimeNs`,
 * '-' when there is no such file; undefined when it cannot vouch for the read (not a plain file,
 * written within RACY_MS, no stat).
 */
function fileSignature(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (stat === undefined) return '-';
    return stat.isFile() && !racy(stat) ? `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a signature taken before a read stands for what the read gave: nothing for a missing
 * file, as many bytes as the file had otherwise (a reader that is not the file system's fails it). */
function vouches(signature: string | undefined, content: string | Uint8Array | undefined): signature is string {
  if (signature === undefined || signature === '-' || content === undefined) return signature === '-' && content === undefined;
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  return signature.split(':')[2] === String(size);
}

const READS_MAGIC = 'WTMR1\n';

/** The reads index of an entry (`<key>.wtmi`): each file instrument() read, with its signature
 * when it was last hashed and found as the entry recorded; written only when every read has one. */
function writeReadsIndex(dir: string, index: string, reads: readonly [string, string | null, 1?][], signatures: readonly (string | undefined)[]): void {
  if (reads.length === 0 || signatures.length !== reads.length || signatures.some((s) => s === undefined)) return;
  writeIndex(dir, index, READS_MAGIC + JSON.stringify(reads.map(([path], i) => [path, signatures[i]])));
}

/** Whether every file the entry's instrument() read is as its reads index says (so as it was when
 * it was last hashed): then a hit neither reads nor hashes them (and loads no node:crypto). */
function readsUnchanged(index: string, reads: readonly [string, string | null, 1?][]): boolean {
  let recorded: unknown;
  try {
    const text = readFileSync(index, 'utf8');
    if (!text.startsWith(READS_MAGIC)) return false;
    recorded = JSON.parse(text.slice(READS_MAGIC.length));
  } catch {
    return false;
  }
  if (!Array.isArray(recorded) || recorded.length !== reads.length) return false;
  for (let i = 0; i < reads.length; i++) {
    const entry = recorded[i] as unknown;
    if (!Array.isArray(entry) || entry[0] !== reads[i][0] || typeof entry[1] !== 'string' || fileSignature(reads[i][0]) !== entry[1]) return false;
  }
  try {
    const now = new Date();
    utimesSync(index, now, now); // last use: prune() keeps the indexes in use
  } catch {
    /* read-only cache: still a hit */
  }
  return true;
}

function readEntry(file: string, readFile: ReadFile, readBinaryFile: ReadBinaryFile, dir: string, readsIndex: string | null): CachedResult | null {
  let data: Buffer;
  try {
    data = readWhole(file);
  } catch {
    return null;
  }
  try {
    if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const headerLength = data.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(data.toString('utf8', MAGIC.length + 4, start)) as Header;
    if (header.reads.length > 0 && !(readsIndex !== null && readsUnchanged(readsIndex, header.reads))) {
      const signatures: (string | undefined)[] = [];
      for (const [path, hash, binary] of header.reads) {
        const signature = fileSignature(path);
        const content = binary ? readBinaryFile(path) : readFile(path);
        if ((content === undefined ? null : sha256(content)) !== hash) return null;
        signatures.push(vouches(signature, content) ? signature : undefined);
      }
      if (readsIndex !== null) writeReadsIndex(dir, readsIndex, header.reads, signatures);
    }
    const weightsLength = header.weights;
    if (!Number.isSafeInteger(weightsLength) || weightsLength < 0) return null;
    const bytes = new Uint8Array(data.buffer, data.byteOffset + start + weightsLength, data.length - start - weightsLength) as Uint8Array<ArrayBuffer>;
    // Entries are renamed in whole; a truncated copy (a full disk under a backup tool) is a miss.
    if (bytes.length !== header.length) return null;
    const weights = weightsLength > 0 ? new Uint8Array(data.buffer, data.byteOffset + start, weightsLength) : undefined;
    const now = new Date();
    try {
      utimesSync(file, now, now); // last use, for the size bound
    } catch {
      /* read-only cache: still a hit */
    }
    return { bytes, profile: header.profile, stats: header.stats, ...(weights ? { weights } : {}) };
  } catch {
    return null;
  }
}

function writeEntry(dir: string, file: string, header: Header, weights: Uint8Array, bytes: Uint8Array): void {
  try {
    mkdirSync(dir, { recursive: true });
    const json = Buffer.from(JSON.stringify(header));
    const head = Buffer.alloc(MAGIC.length + 4);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(json.length, MAGIC.length);
    writeAside(file, [head, json, weights, bytes]);
    prune(dir);
  } catch {
    /* not cached: the next start instruments again */
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
 * The entries of a cache folder, least recently used first (none when it does not exist), its
 * temporaries (a writer's file before its rename; one over an hour old is a writer that died), and
 * the V8 code caches of the tool's own JS (`.wtmv8`, one per build, path and Node version: node/script-loader.ts).
 */
export function cacheEntries(dir: string): { entries: CacheEntry[]; temporaries: CacheEntry[]; indexes: CacheEntry[]; code: CacheEntry[] } {
  const entries: CacheEntry[] = [];
  const temporaries: CacheEntry[] = [];
  const indexes: CacheEntry[] = [];
  const code: CacheEntry[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { entries, temporaries, indexes, code };
  }
  for (const name of names) {
    const list = name.endsWith('.wtmc') ? entries : name.endsWith('.tmp') ? temporaries : name.endsWith('.wtmi') ? indexes : name.endsWith('.wtmv8') ? code : null;
    if (!list) continue; // not ours: a cache folder the user shares is left as it is
    try {
      const stat = statSync(join(dir, name));
      list.push({ path: join(dir, name), size: stat.size, used: stat.mtimeMs });
    } catch {
      /* another process removed it */
    }
  }
  entries.sort((a, b) => a.used - b.used);
  return { entries, temporaries, indexes, code };
}

/** Removes every entry, index, code cache and temporary of the folder, nothing else; says what went (indexes: in bytes only). */
export function clearCache(dir: string): { entries: number; temporaries: number; code: number; bytes: number } {
  const found = cacheEntries(dir);
  const removed = { entries: 0, temporaries: 0, code: 0, bytes: 0 };
  for (const kind of ['entries', 'temporaries', 'indexes', 'code'] as const) {
    for (const e of found[kind]) {
      try {
        rmSync(e.path);
        if (kind !== 'indexes') removed[kind]++;
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
  const found = cacheEntries(dir);
  const { temporaries, indexes } = found;
  for (const t of temporaries) if (now - t.used > 3600_000) rmSync(t.path, { force: true }); // a writer that died
  // the code caches go by age with the entries (a build or Node version no longer used is never rewritten)
  const entries = [...found.entries, ...found.code].sort((a, b) => a.used - b.used);
  let total = entries.reduce((n, e) => n + e.size, 0);
  let kept = 0;
  for (const e of entries) {
    if (total <= max) break;
    rmSync(e.path, { force: true });
    total -= e.size;
    kept++;
  }
  // an index last used before the oldest entry kept was likely names one that went: a start that
  // still needs it hashes its module once more and writes it again
  const oldest = entries[kept]?.used ?? now;
  for (const i of indexes) if (i.used < oldest) rmSync(i.path, { force: true });
}
