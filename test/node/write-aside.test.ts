// node/write-aside.ts: every file the tool writes for another reader (snapshots, workers' snapshots,
// the instrumented-module cache, the script's code cache) goes through a temporary file renamed
// over the real one. What a reader may see: the old whole file or the new whole file, never a part,
// and no temporary left behind when the write fails.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAside } from '../../node/write-aside';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wtm-aside-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAside', () => {
  it('writes its parts in order, strings as UTF-8 and views from their own offset', () => {
    const big = new Uint8Array(3 << 20).map((_, i) => (i * 7) & 0xff);
    const view = big.subarray(5, big.length - 3); // a view not at its buffer's start
    const file = join(dir, 'out.bin');
    writeAside(file, ['é\n', view, new Uint8Array([1, 2, 3])]);
    const back = readFileSync(file);
    expect(back.length).toBe(3 + view.length + 3);
    expect(back.subarray(0, 3).toString('utf8')).toBe('é\n');
    expect(Buffer.compare(back.subarray(3, 3 + view.length), Buffer.from(view))).toBe(0);
    expect([...back.subarray(back.length - 3)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['out.bin']);
  });

  it('replaces a whole file with a whole file', () => {
    const file = join(dir, 'snap');
    writeFileSync(file, 'old');
    writeAside(file, ['new contents']);
    expect(readFileSync(file, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['snap']);
  });

  it('makes the folder when asked, and only then', () => {
    const file = join(dir, 'a', 'b', 'cache.wtmv8');
    expect(() => writeAside(file, ['x'])).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
    writeAside(file, ['x'], true);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('throws and leaves no temporary file when the rename fails, the old file untouched', () => {
    const file = join(dir, 'taken');
    mkdirSync(file); // a folder with something in it: rename cannot replace it
    writeFileSync(join(file, 'inside'), 'keep');
    expect(() => writeAside(file, [new Uint8Array(1000)])).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(file, 'inside'), 'utf8')).toBe('keep');
  });
});
