// Random structural damage behind a VALID checksum (so the reader's own checks, not the CRC, must
// catch it): every outcome is either a SnapshotFormatError or a snapshot that works end to end.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Snapshot, SnapshotFormatError } from '../../../runtime/model/index';
import { crc32 } from '../../../runtime/model/bytes';
import { rawTraces } from './arbitraries';

function withCrc(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body), true);
  return out;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), value: fc.constant(0) }),
);

test('structurally damaged files with a valid checksum never crash, hang or over-allocate', () => {
  let rejected = 0;
  fc.assert(
    fc.property(rawTraces(0), fc.array(mutation, { minLength: 1, maxLength: 4 }), (traces, mutations) => {
      const bytes = new Snapshot(traces, 3).serialize();
      const body = Array.from(bytes.subarray(0, bytes.length - 4));
      for (const m of mutations) {
        // keep the magic: past it is where the structure is
        const at = 8 + (m.at % Math.max(1, body.length - 8));
        if (m.kind === 'set') body[at] = m.value;
        else if (m.kind === 'insert') body.splice(at, 0, m.value);
        else body.splice(at, 1);
      }
      let snapshot: Snapshot;
      try {
        snapshot = Snapshot.deserialize(withCrc(Uint8Array.from(body)));
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotFormatError);
        expect((e as SnapshotFormatError).offset).toBeGreaterThanOrEqual(0);
        expect((e as SnapshotFormatError).offset).toBeLessThanOrEqual(body.length);
        rejected++;
        return;
      }
      // accepted: it must be a consistent snapshot
      for (const t of snapshot.traces) expect(t.traceback.length).toBeGreaterThanOrEqual(0);
      snapshot.statistics('lineno');
      snapshot.statistics('traceback');
      snapshot.compareTo(snapshot, 'lineno', true);
      expect(Snapshot.deserialize(snapshot.serialize()).traces.length).toBe(snapshot.traces.length);
    }),
    { numRuns: 400 },
  );
  expect(rejected).toBeGreaterThan(100);
});
