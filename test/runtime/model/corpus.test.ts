// Each committed file of test/runtime/snapshot-corpus/ (made by make-corpus.mjs) must give its
// one-line SnapshotFormatError, or load when it is one of the valid files.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Snapshot, SnapshotFormatError } from '../../../runtime/model/index';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../snapshot-corpus');
const expected: Record<string, { error?: string; ok?: boolean; traces?: number }> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

describe('damaged snapshot corpus', () => {
  test('every file has an expectation, and most are damaged', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.wtsnap')).sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(Object.values(expected).filter((e) => e.error).length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, want] of Object.entries(expected)) {
    test(name, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      if (want.ok) {
        expect(Snapshot.deserialize(bytes).traces.length).toBe(want.traces);
        return;
      }
      let error: unknown;
      try {
        Snapshot.deserialize(bytes);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SnapshotFormatError);
      const message = (error as Error).message;
      expect(message).toBe(want.error);
      expect(message).not.toContain('\n');
      expect(message).toMatch(/ at byte \d+$/);
    });
  }
});
