// The snapshot file format, read and written in this one place. The spec is
// docs/snapshot-format.md; keep the two in step (bump FORMAT_VERSION on any change of layout).
import { ByteReader, ByteWriter, crc32 } from './bytes';
import type { SizeClasses, TotalsColumns, TraceColumns } from './snapshot';
import { SnapshotFormatError } from './errors';
import { Tables } from './tables';
import type { SnapshotColumns } from './snapshot';
import { MAX_SIZE_CLASSES, MAX_STRINGS } from './snapshot-builder';
import { SequenceInterner, TupleInterner } from './interners';

/** 0x89 first (not ASCII: a text file never matches), then `WTM`, then CR LF SUB LF like PNG. */
export const MAGIC = Uint8Array.of(0x89, 0x57, 0x54, 0x4d, 0x0d, 0x0a, 0x1a, 0x0a);
export const FORMAT_VERSION = 3;
/** The oldest version this reader still reads (version 1 has no counts, totals or peak). */
const OLDEST_VERSION = 1;
const U32 = 0x1_0000_0000;

export function encodeSnapshot(c: SnapshotColumns): Uint8Array {
  const t = c.tables;
  const w = new ByteWriter();
  w.bytes(MAGIC);
  w.varint(FORMAT_VERSION);
  w.varint(0); // flags: none defined in version 1
  w.section((s) => {
    s.varint(c.tracebackLimit);
    s.f64(c.timestamp);
  });
  w.section((s) => {
    s.varint(t.strings.length);
    for (const text of t.strings) s.string(text);
  });
  w.section((s) => {
    // Producers intern frames in site order, so file and line usually change little from one
    // frame to the next: zigzag deltas keep them to a byte or two.
    const n = t.frameCount;
    s.varint(n);
    let file = 0;
    let line = 0;
    for (let f = 0; f < n; f++) {
      s.zigzag(t.frameFile[f]! - file);
      s.zigzag(t.frameLine[f]! - line);
      s.varint(t.frameColumn[f]!);
      s.varint(t.frameFunction[f]! + 1);
      file = t.frameFile[f]!;
      line = t.frameLine[f]!;
    }
  });
  w.section((s) => {
    const n = t.stackCount;
    s.varint(n);
    for (let k = 0; k < n; k++) {
      const start = t.stackStart[k]!;
      const end = t.stackStart[k + 1]!;
      s.varint(end - start);
      for (let i = start; i < end; i++) s.varint(t.stackFrames[i]!);
    }
  });
  w.section((s) => {
    const n = t.tracebackCount;
    s.varint(n);
    for (let k = 0; k < n; k++) {
      s.varint(t.tbStack[k]!);
      s.varint(t.tbTotal[k]! + 1);
    }
  });
  w.section((s) => {
    // Columnar: domains run-length coded (a snapshot has few domains, in long runs), then the
    // traceback id of every trace, then every size; ids and sizes are plain varints because
    // live-table order makes neighbours unrelated (deltas would only add a sign bit).
    writeRows(s, c.domain, c.traceback);
    s.varintArray(c.size);
  });
  // version 2: the blocks each trace stands for (0 = one each), the totals, the peak set
  w.section((s) => {
    s.varint(c.count ? c.count.length : 0);
    if (c.count) s.varintArray(c.count);
  });
  w.section((s) => {
    const t = c.totals;
    s.varint(t ? 1 : 0);
    if (!t) return;
    writeRows(s, t.domain, t.traceback);
    for (const column of [t.allocSize, t.allocCount, t.tempSize, t.tempCount]) s.varintArray(column);
  });
  w.section((s) => {
    const p = c.peak;
    s.varint(p ? 1 : 0);
    if (!p) return;
    writeRows(s, p.domain, p.traceback);
    s.varintArray(p.size);
    s.varintArray(p.count ?? new Float64Array(p.size.length).fill(1));
  });
  // version 3: every allocation by log2 size class
  w.section((s) => {
    const k = c.sizeClasses;
    s.varint(k ? k.count.length + 1 : 0);
    if (!k) return;
    s.varintArray(k.bytes);
    s.varintArray(k.count);
  });
  w.section((s) => {
    s.varint(c.domainNames.size);
    for (const [domain, name] of c.domainNames) {
      s.varint(domain);
      s.string(name);
    }
  });
  w.section((s) => {
    s.varint(c.metadata.size);
    for (const [key, value] of c.metadata) {
      s.string(key);
      s.string(value);
    }
  });
  const body = w.finish();
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body), true);
  return out;
}

export function decodeSnapshot(bytes: Uint8Array): SnapshotColumns {
  if (!(bytes instanceof Uint8Array)) {
    throw new SnapshotFormatError(`expected the bytes of a snapshot (a Uint8Array), got ${bytes === null ? 'null' : typeof bytes}`, -1);
  }
  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SnapshotFormatError(
      bytes.length < MAGIC.length ? `only ${bytes.length} bytes: too short for a wasm-tracemalloc snapshot` : 'wrong magic: not a wasm-tracemalloc snapshot',
      0,
    );
  }
  // The last 4 bytes are the checksum: everything before them is what we parse.
  const r = new ByteReader(bytes, MAGIC.length, Math.max(MAGIC.length, bytes.length - 4));
  const versionAt = r.pos;
  const version = r.varint('format version');
  if (version < OLDEST_VERSION || version > FORMAT_VERSION) {
    r.fail(
      version > FORMAT_VERSION
        ? `format version ${version} is newer than this reader (it reads versions ${OLDEST_VERSION} to ${FORMAT_VERSION}): upgrade wasm-tracemalloc`
        : `unknown format version ${version} (expected ${OLDEST_VERSION} to ${FORMAT_VERSION})`,
      versionAt,
    );
  }
  const flagsAt = r.pos;
  const flags = r.varint('flags');
  if (flags !== 0) r.fail(`unknown flags ${flags} (version ${version} defines none)`, flagsAt);

  const [tracebackLimit, timestamp] = r.section('header', (s) => {
    const limit = s.bounded('traceback limit', 0x80000000, 'a traceback limit below 2**31');
    const at = s.pos;
    const ts = s.f64('creation time');
    if (!Number.isFinite(ts)) s.fail(`bad creation time: ${ts}`, at);
    return [limit, ts] as const;
  });

  const strings = r.section('strings', (s) => {
    const n = s.count('string count', 1);
    if (n > MAX_STRINGS) s.fail(`bad string count: ${n} is above the limit of ${MAX_STRINGS}`);
    const list = new Array<string>(n);
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const at = s.pos;
      s.item = i;
      const text = s.string('string #');
      if (seen.has(text)) s.fail(`bad string #${i}: a duplicate of an earlier string`, at);
      seen.add(text);
      list[i] = text;
    }
    return list;
  });
  const nStrings = strings.length;

  const frames = r.section('frames', (s) => {
    const n = s.count('frame count', 4);
    const frameFile = new Int32Array(n);
    const frameLine = new Uint32Array(n);
    const frameColumn = new Uint32Array(n);
    const frameFunction = new Int32Array(n);
    const seenFrames = new TupleInterner(4, n);
    const fnExpected = `a string id + 1 (at most ${nStrings})`;
    let file = 0;
    let line = 0;
    for (let f = 0; f < n; f++) {
      const at = s.pos;
      file += s.zigzag('frame filename');
      line += s.zigzag('frame line');
      if (!(file >= 0 && file < nStrings)) s.fail(`bad frame #${f}: filename id ${file} is not below the string count ${nStrings}`, at);
      if (!(line >= 0 && line < U32)) s.fail(`bad frame #${f}: line ${line} is not in 0..2**32-1`, at);
      s.item = f;
      const column = s.bounded('frame # column', U32, 'below 2**32');
      const fn = s.bounded('frame # function', nStrings + 1, fnExpected) - 1;
      frameFile[f] = file;
      frameLine[f] = line;
      frameColumn[f] = column;
      frameFunction[f] = fn;
      // ids are interned by value: a repeated frame would split one CPython group in two
      const first = seenFrames.intern(file, line, column, fn);
      if (first !== f) s.fail(`bad frame #${f}: a duplicate of frame #${first}`, at);
    }
    return { frameFile, frameLine, frameColumn, frameFunction };
  });
  const nFrames = frames.frameFile.length;

  const stacks = r.section('stacks', (s) => {
    const n = s.count('stack count', 1);
    const stackStart = new Uint32Array(n + 1);
    // every frame id takes at least one byte: the section's length bounds the total
    const stackFrames = new Int32Array(s.remaining);
    let total = 0;
    const seenStacks = new SequenceInterner(n);
    const frameExpected = `a frame id (below ${nFrames})`;
    for (let k = 0; k < n; k++) {
      const at = s.pos;
      s.item = k;
      const depth = s.count('stack # depth', 1);
      const start = total;
      for (let i = 0; i < depth; i++) stackFrames[total++] = s.bounded('stack # frame', nFrames, frameExpected);
      stackStart[k + 1] = total;
      const first = seenStacks.intern(stackFrames, start, total);
      if (first !== k) s.fail(`bad stack #${k}: a duplicate of stack #${first}`, at);
    }
    return { stackStart, stackFrames: stackFrames.slice(0, total) };
  });
  const nStacks = stacks.stackStart.length - 1;

  const tracebacks = r.section('tracebacks', (s) => {
    const n = s.count('traceback count', 2);
    const tbStack = new Int32Array(n);
    const tbTotal = new Int32Array(n);
    const seenTracebacks = new TupleInterner(2, n);
    const stackExpected = `a stack id (below ${nStacks})`;
    for (let k = 0; k < n; k++) {
      const at = s.pos;
      s.item = k;
      tbStack[k] = s.bounded('traceback # stack', nStacks, stackExpected);
      tbTotal[k] = s.bounded('traceback # total_nframe', 0x80000001, 'below 2**31 + 1') - 1;
      const first = seenTracebacks.intern(tbStack[k]!, tbTotal[k]!);
      if (first !== k) s.fail(`bad traceback #${k}: a duplicate of traceback #${first}`, at);
    }
    return { tbStack, tbTotal };
  });
  const nTracebacks = tracebacks.tbStack.length;

  const traces = r.section('traces', (s) => {
    const { domain, traceback } = readRows(s, 'trace', nTracebacks, 2);
    return { domain, traceback, size: readSizes(s, 'trace', 'size', traceback.length) };
  });
  let count: Float64Array | undefined;
  let totals: TotalsColumns | undefined;
  let peak: TraceColumns | undefined;
  let sizeClasses: SizeClasses | undefined;
  if (version >= 2) {
    count = r.section('counts', (s) => {
      const n = s.count('trace count count', 1);
      if (n !== 0 && n !== traces.traceback.length) s.fail(`bad counts: ${n} of them for ${traces.traceback.length} traces (expected 0 or one each)`);
      return n === 0 ? undefined : readSizes(s, 'trace', 'count', n);
    });
    totals = r.section('totals', (s) => {
      if (!present(s, 'totals')) return undefined;
      const { domain, traceback } = readRows(s, 'totals row', nTracebacks, 5);
      const n = traceback.length;
      const [allocSize, allocCount, tempSize, tempCount] = ['allocated size', 'allocations', 'temporary size', 'temporary allocations'].map((what) => readSizes(s, 'totals row', what, n));
      return { domain, traceback, allocSize: allocSize!, allocCount: allocCount!, tempSize: tempSize!, tempCount: tempCount! };
    });
    peak = r.section('peak', (s) => {
      if (!present(s, 'peak')) return undefined;
      const { domain, traceback } = readRows(s, 'peak row', nTracebacks, 3);
      return { domain, traceback, size: readSizes(s, 'peak row', 'size', traceback.length), count: readSizes(s, 'peak row', 'count', traceback.length) };
    });
  }
  if (version >= 3) {
    sizeClasses = r.section('size classes', (s) => {
      const k = s.bounded('size class count', MAX_SIZE_CLASSES + 2, `0 (none) or 1 + up to ${MAX_SIZE_CLASSES} classes`);
      if (k === 0) return undefined;
      return { bytes: readSizes(s, 'size class', 'bytes', k - 1), count: readSizes(s, 'size class', 'count', k - 1) };
    });
  }

  const domainNames = r.section('domains', (s) => {
    const n = s.count('domain name count', 2);
    const map = new Map<number, string>();
    for (let k = 0; k < n; k++) {
      s.item = k;
      map.set(s.bounded('domain', U32, 'below 2**32'), s.string('domain # name'));
    }
    return map;
  });
  const metadata = r.section('metadata', (s) => {
    const n = s.count('metadata count', 2);
    const map = new Map<string, string>();
    for (let k = 0; k < n; k++) {
      s.item = k;
      map.set(s.string('metadata # key'), s.string('metadata # value'));
    }
    return map;
  });

  if (r.pos !== r.end) r.fail(`${r.end - r.pos} unexpected bytes after the last section`);
  if (bytes.length < r.end + 4) r.fail('truncated: the 4-byte checksum is missing', r.end);
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(r.end, true);
  const actual = crc32(bytes, 0, r.end);
  if (stored !== actual) r.fail(`checksum mismatch: stored ${hex(stored)}, computed ${hex(actual)} (the file is corrupted)`, r.end);

  const tables = new Tables({ strings, ...frames, ...stacks, ...tracebacks });
  return { tables, ...traces, count, totals, peak, sizeClasses, tracebackLimit, domainNames, metadata, timestamp };
}

type Writer = ByteWriter;
type Reader = ByteReader;

/** Row count, domain runs, then the traceback id of every row (traces, totals and peak rows). */
function writeRows(s: Writer, domain: Uint32Array, traceback: Int32Array): void {
  const n = traceback.length;
  s.varint(n);
  const runs: number[] = [];
  for (let i = 0; i < n; ) {
    const d = domain[i]!;
    let j = i + 1;
    while (j < n && domain[j] === d) j++;
    runs.push(d, j - i);
    i = j;
  }
  s.varint(runs.length / 2);
  for (const v of runs) s.varint(v);
  s.varintArray(traceback);
}

/** What writeRows wrote; `minBytes`: the least bytes one row takes in all (bounds the count). */
function readRows(s: Reader, row: string, nTracebacks: number, minBytes: number): { domain: Uint32Array; traceback: Int32Array } {
  const rows = row === 'trace' ? 'traces' : `${row}s`;
  const n = s.count(`${row} count`, minBytes);
  const domain = new Uint32Array(n);
  const nRuns = s.count('domain run count', 2);
  let filled = 0;
  for (let k = 0; k < nRuns; k++) {
    const d = s.bounded(`${row} domain`, U32, 'below 2**32');
    const at = s.pos;
    const run = s.varint('domain run length');
    if (run === 0 || run > n - filled) s.fail(`bad domain run #${k}: length ${run} (${n - filled} ${rows} left to cover)`, at);
    domain.fill(d, filled, filled + run);
    filled += run;
  }
  if (filled !== n) s.fail(`bad domain runs: they cover ${filled} of ${n} ${rows}`);
  const traceback = new Int32Array(n);
  s.varintArray(traceback, nTracebacks, `${row} traceback`, (i, tb) => `bad ${row} #${i}: traceback id ${tb} is not below ${nTracebacks}`);
  return { domain, traceback };
}

function readSizes(s: Reader, row: string, what: string, n: number): Float64Array {
  const out = new Float64Array(n);
  s.varintArray(out, Number.MAX_SAFE_INTEGER + 1, `${row} ${what}`, (i, v) => `bad ${row} #${i}: ${what} ${v} is above 2**53`);
  return out;
}

/** A 0/1 flag: whether an optional part follows. */
function present(s: Reader, what: string): boolean {
  return s.bounded(`${what} flag`, 2, '0 or 1') === 1;
}

function hex(n: number): string {
  return '0x' + n.toString(16).padStart(8, '0');
}
