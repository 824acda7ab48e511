// Snapshot storage: round trips, and every kind of damage gives a SnapshotFormatError (never a
// crash, a hang or a huge allocation).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DomainFilter, Snapshot, SnapshotBuilder, SnapshotFormatError } from '../../../runtime/model/index';
import { FORMAT_VERSION, MAGIC } from '../../../runtime/model/codec';
import { crc32 } from '../../../runtime/model/bytes';

function sample(): Snapshot {
  const b = new SnapshotBuilder();
  const app = b.internString('src/app.c');
  const lib = b.internString('lib/𝒳 ünïcode.rs');
  const fn = b.internString('make_node');
  const f1 = b.internFrame(app, 42, { column: 7, functionName: fn });
  const f2 = b.internFrame(lib, 4294967295);
  const f3 = b.internFrame(app, 3);
  const t1 = b.internTraceback([f1, f2], 5);
  const t2 = b.internTraceback([f3], null);
  const t3 = b.internTraceback([], 0);
  b.addTrace(1, 16, t1);
  b.addTrace(1, 2 ** 53 - 1, t2);
  b.addTrace(0, 0, t1);
  b.addTrace(7, 4096, t3);
  b.setDomainName(1, 'app.wasm#1');
  b.setDomainName(0, 'native');
  b.setMetadata('command', 'node app.mjs');
  b.setMetadata('', '');
  b.setTimestamp(1_700_000_000_123.5);
  return b.build(8);
}

function rawOf(s: Snapshot) {
  return Array.from(s.traces, (t) => [t.domain, t.size, Array.from(t.traceback, (f) => [f.filename, f.lineno, f.column, f.functionName]), t.traceback.totalNframe]);
}

describe('serialize / deserialize', () => {
  test('round trip keeps traces, frames (with column and function), names, metadata, limit and time', () => {
    const s = sample();
    const bytes = s.serialize();
    expect(Array.from(bytes.subarray(0, 8))).toEqual(Array.from(MAGIC));
    const back = Snapshot.deserialize(bytes);
    expect(rawOf(back)).toEqual(rawOf(s));
    expect(back.tracebackLimit).toBe(8);
    expect(back.timestamp).toBe(1_700_000_000_123.5);
    expect([...back.domainNames]).toEqual([...s.domainNames]);
    expect([...back.metadata]).toEqual([['command', 'node app.mjs'], ['', '']]);
    const stats = (x: Snapshot) => x.statistics('lineno').map((st) => [st.size, st.count, st.traceback.toRaw()]);
    expect(stats(back)).toEqual(stats(s));
    // encoding is deterministic
    expect(back.serialize()).toEqual(bytes);
  });

  test('size classes (version 3) round-trip, summed over domains; a version 2 file has none', () => {
    const b = new SnapshotBuilder();
    b.addSizeClasses([0, 0, 5, 2 ** 53 - 1], [1, 0, 2, 1]);
    b.addSizeClasses([0, 1], [2, 1]);
    const back = Snapshot.deserialize(b.build(1).serialize()).columns.sizeClasses!;
    expect([Array.from(back.bytes), Array.from(back.count)]).toEqual([[0, 1, 5, 2 ** 53 - 1], [3, 1, 2, 1]]);
    expect(Snapshot.deserialize(new SnapshotBuilder().build(1).serialize()).columns.sizeClasses).toBeUndefined();
    const v2 = Snapshot.deserialize(new Uint8Array(readFileSync(new URL('../snapshot-corpus/release-v2.wtsnap', import.meta.url))));
    expect([v2.traces.length, v2.hasTotals, v2.columns.sizeClasses]).toEqual([21, false, undefined]);
    // a filtered snapshot holds some traces; the size classes are the whole run's: dropped, as totals
    expect(b.build(1).filterTraces([new DomainFilter(true, 1)]).columns.sizeClasses).toBeUndefined();
  });

  test('an empty snapshot round-trips', () => {
    const s = new Snapshot([], 1);
    const back = Snapshot.deserialize(s.serialize());
    expect(back.traces.length).toBe(0);
    expect(back.tracebackLimit).toBe(1);
  });

  test('every truncation is a SnapshotFormatError with an offset inside the file', () => {
    const bytes = sample().serialize();
    for (let n = 0; n < bytes.length; n++) {
      let error: unknown;
      try {
        Snapshot.deserialize(bytes.subarray(0, n));
      } catch (e) {
        error = e;
      }
      expect(error, `length ${n}`).toBeInstanceOf(SnapshotFormatError);
      expect((error as SnapshotFormatError).offset).toBeLessThanOrEqual(n);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  test('every single-byte corruption is detected', () => {
    const bytes = sample().serialize();
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const damaged = bytes.slice();
        damaged[i]! ^= flip;
        expect(() => Snapshot.deserialize(damaged), `byte ${i} ^ ${flip}`).toThrow(SnapshotFormatError);
      }
    }
  });

  test('structural damage with a valid checksum still gives a precise error, never a big allocation', () => {
    // header + a strings section claiming 2**40 strings, checksum fixed up
    const body = [...MAGIC, FORMAT_VERSION, 0, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20];
    const bytes = withCrc(Uint8Array.from(body));
    expect(() => Snapshot.deserialize(bytes)).toThrow(/bad string count: .* cannot fit in the 0 bytes left at byte 21/);
  });

  test('future version and wrong magic', () => {
    const bytes = sample().serialize();
    const future = bytes.slice();
    future[8] = FORMAT_VERSION + 1;
    expect(() => Snapshot.deserialize(future)).toThrow(`format version ${FORMAT_VERSION + 1} is newer than this reader`);
    expect(() => Snapshot.deserialize(new TextEncoder().encode('{"traces": []}'))).toThrow('wrong magic: not a wasm-tracemalloc snapshot at byte 0');
  });

  test('dump/load without the Node entry say what to use instead', () => {
    expect(() => sample().dump('/tmp/x.snap')).toThrow(/needs a file system.*serialize\(\)/);
  });
});

function withCrc(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body), true);
  return out;
}
