// `report` and `export` from the built CLI: the files they write are read back.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-process';
import { writeCheckpoints } from './fixture-snapshots';

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  writeCheckpoints(dir);
});

describe('export', () => {
  it('pprof: gzip\'d profile with the snapshot\'s totals', () => {
    const r = cli(['export', 'checkpoint-3.tmsnap', '--format', 'pprof', '-o', 'c3.pb.gz'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*c3\.pb\.gz \(pprof, \d+ bytes\)\n$/);
    const profile = Profile.decode(gunzipSync(readFileSync(join(dir, 'c3.pb.gz'))));
    const sum = (i: number) => profile.sample.reduce((a, s) => a + Number(s.value[i]), 0);
    expect([sum(0), sum(1)]).toEqual([12, 42517]);
  });

  it('heapprofile: DevTools JSON whose self sizes add up', () => {
    expect(cli(['export', 'checkpoint-3.tmsnap', '-f', 'heapprofile', '-o', 'c3.heapprofile'], { cwd: dir }).code).toBe(0);
    const p = JSON.parse(readFileSync(join(dir, 'c3.heapprofile'), 'utf8'));
    let total = 0;
    const walk = (n: { selfSize: number; children: unknown[] }) => {
      total += n.selfSize;
      n.children.forEach((c) => walk(c as typeof n));
    };
    walk(p.head);
    expect(total).toBe(42517);
    expect(p.samples).toHaveLength(12);
  });

  it('json: default output name, and top reads it back with the same text', () => {
    const r = cli(['export', 'checkpoint-3.tmsnap', '--format=json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'checkpoint-3.json'))).toBe(true);
    const fromJson = cli(['top', 'checkpoint-3.json', '--key', 'traceback'], { cwd: dir });
    const fromBinary = cli(['top', 'checkpoint-3.tmsnap', '--key', 'traceback'], { cwd: dir });
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toBe(fromBinary.stdout);
  });
});

describe('report', () => {
  it('writes one self-contained HTML file with the data and the diff', () => {
    const r = cli(['report', 'checkpoint-3.tmsnap', '--diff', 'checkpoint-2.tmsnap', '-o', 'out/r.html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*out\/r\.html \(\d+ KiB\)\n$/);
    const html = readFileSync(join(dir, 'out', 'r.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!;
    const data = JSON.parse(json);
    expect(data.title).toBe('checkpoint-3.tmsnap');
    expect(data.oldTitle).toBe('checkpoint-2.tmsnap');
    expect(data.diff[0].text).toBe('fixtures/c/basic.c:31: size=20.2 KiB (+20.2 KiB), count=6 (+6), average=3456 B');
    expect(data.lines[0].text).toBe('fixtures/c/basic.c:31: size=20.2 KiB, count=6, average=3456 B');
  });
  it('defaults to report.html in the current folder', () => {
    expect(cli(['report', 'checkpoint-4.tmsnap'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('fixtures/c/basic.c:49: size=4321 B, count=1, average=4321 B');
  });
});
