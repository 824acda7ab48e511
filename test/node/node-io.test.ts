// The Node entry: dump(path) / Snapshot.load(path), and source lines read from disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { Snapshot, SnapshotFormatError, Traceback } from '../../node/index';

const dir = mkdtempSync(join(tmpdir(), 'wtm-node-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('dump writes serialize() bytes; load reads them back', () => {
  const s = new Snapshot([[1, 100, [['a.c', 3], ['main.c', 9]], 2], [2, 7, [['b.c', 1]], 1]], 5);
  const path = join(dir, 'x.wtsnap');
  s.dump(path);
  expect(new Uint8Array(readFileSync(path))).toEqual(s.serialize());
  const back = Snapshot.load(path);
  expect(Array.from(back.traces, (t) => t.toRaw())).toEqual(Array.from(s.traces, (t) => t.toRaw()));
  expect(back.compareTo(s, 'traceback').every((d) => d.sizeDiff === 0 && d.countDiff === 0)).toBe(true);
});

test('load of a file that is not a snapshot is a SnapshotFormatError', () => {
  const path = join(dir, 'text.wtsnap');
  writeFileSync(path, 'hello');
  expect(() => Snapshot.load(path)).toThrow(SnapshotFormatError);
});

test('format() shows source lines read from disk', () => {
  const path = join(dir, 'src.c');
  writeFileSync(path, 'int x;\n   char *p = malloc(4);   \n');
  expect(new Traceback([[path, 2]]).format()).toEqual([`  File "${path}", line 2`, '    char *p = malloc(4);']);
  expect(new Traceback([[path, 9]]).format()).toEqual([`  File "${path}", line 9`]);
});
