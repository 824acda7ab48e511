// The CLI and the exporters on a 1M-trace snapshot, end to end as users run them (a subprocess
// each, start-up included). Anchor for `top` and `compare`: the same commands written with
// CPython's tracemalloc (Snapshot.load of the same traces, pickled, then statistics/compare_to
// and the printed lines), also as a subprocess. Times are medians of 3 runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin', 'wasm-tracemalloc.js');
const N = 1_000_000;

async function makeSnapshots(dir) {
  const { SnapshotBuilder } = await import(join(root, 'dist', 'node', 'index.js'));
  // deterministic data: 50 files, 5,000 frames, 20,000 tracebacks of 1–8 frames, 3 domains
  const make = (seed, n) => {
    const b = new SnapshotBuilder();
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const files = Array.from({ length: 50 }, (_, i) => b.internString(`src/file${i}.c`));
    const fns = Array.from({ length: 200 }, (_, i) => b.internString(`fn_${i}`));
    const frames = Array.from({ length: 5000 }, (_, i) => b.internFrame(files[i % 50], 1 + ((i * 7) % 900), { column: 3, functionName: fns[i % 200] }));
    let s2 = 7;
    const rnd2 = () => (s2 = (s2 * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const tbs = [];
    for (let i = 0; i < 20000; i++) {
      const k = 1 + Math.floor(rnd2() * 8);
      const f = [];
      for (let j = 0; j < k; j++) f.push(frames[Math.floor(rnd2() * frames.length)]);
      tbs.push(b.internTraceback(f, k));
    }
    for (let i = 0; i < n; i++) b.addTrace(1 + (i % 3), 16 + Math.floor(rnd() * 4000), tbs[Math.floor(rnd() * tbs.length)]);
    return b.build(8);
  };
  writeFileSync(join(dir, 'a.tmsnap'), make(1, N).serialize());
  writeFileSync(join(dir, 'b.tmsnap'), make(2, N).serialize());
}

const PY_CONVERT = `
import json, sys, tracemalloc
for src, dst in zip(sys.argv[1::2], sys.argv[2::2]):
    d = json.load(open(src))
    traces = [(t[0], t[1], tuple(tuple(f) for f in t[2]), t[3]) for t in d['traces']]
    tracemalloc.Snapshot(traces, d['tracebackLimit']).dump(dst)
`;
const PY_TOP = `
import sys, tracemalloc
s = tracemalloc.Snapshot.load(sys.argv[1])
stats = s.statistics('lineno')
print('[ Top 10 lines ]')
for st in stats[:10]: print(st)
rest = stats[10:]
print('%d more: size=%d, count=%d' % (len(rest), sum(x.size for x in rest), sum(x.count for x in rest)))
print('Total allocated size: %d' % sum(x.size for x in stats))
`;
const PY_COMPARE = `
import sys, tracemalloc
old = tracemalloc.Snapshot.load(sys.argv[1]); new = tracemalloc.Snapshot.load(sys.argv[2])
diffs = new.compare_to(old, 'lineno')
print('[ Top 10 differences ]')
for d in diffs[:10]: print(d)
`;

function time(cmd, args, cwd) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
    runs.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.trim().split('\n')[0]}`);
  }
  return runs.sort((a, b) => a - b)[1];
}

const ms = (x) => `${x.toFixed(0)} ms`;

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'wtm-bench-cli-'));
  try {
    await makeSnapshots(dir);
    const node = process.execPath;
    const rows = [];
    const ours = {
      top: time(node, [BIN, 'top', 'a.tmsnap'], dir),
      compare: time(node, [BIN, 'compare', 'a.tmsnap', 'b.tmsnap'], dir),
      report: time(node, [BIN, 'report', 'a.tmsnap', '--diff', 'b.tmsnap', '-o', 'r.html'], dir),
      pprof: time(node, [BIN, 'export', 'a.tmsnap', '-f', 'pprof', '-o', 'a.pb.gz'], dir),
      heapprofile: time(node, [BIN, 'export', 'a.tmsnap', '-f', 'heapprofile', '-o', 'a.heapprofile'], dir),
      json: time(node, [BIN, 'export', 'a.tmsnap', '-f', 'json', '-o', 'a.json'], dir),
    };
    let python = null;
    try {
      execFileSync(node, [BIN, 'export', 'b.tmsnap', '-f', 'json', '-o', 'b.json'], { cwd: dir });
      execFileSync('python3', ['-c', PY_CONVERT, 'a.json', 'a.pickle', 'b.json', 'b.pickle'], { cwd: dir, maxBuffer: 1 << 26 });
      python = {
        top: time('python3', ['-c', PY_TOP, 'a.pickle'], dir),
        compare: time('python3', ['-c', PY_COMPARE, 'b.pickle', 'a.pickle'], dir),
      };
    } catch (error) {
      python = { error: String(error.message).split('\n')[0] };
    }
    for (const k of ['top', 'compare']) {
      const anchor = python[k];
      rows.push({
        benchmark: `cli ${k} (1M traces, end to end)`,
        measured: ms(ours[k]),
        anchor: anchor === undefined ? `CPython: ${python.error}` : `${ms(anchor)} CPython tracemalloc`,
        ratio: anchor === undefined ? '' : `${(ours[k] / anchor).toFixed(2)}×`,
        target: '≤ 1×',
      });
    }
    const size = (f) => `${(statSync(join(dir, f)).size / 1048576).toFixed(1)} MiB`;
    rows.push({ benchmark: 'cli report --diff (1M traces)', measured: `${ms(ours.report)}, ${size('r.html')}`, anchor: `${ms(ours.top)} cli top`, ratio: `${(ours.report / ours.top).toFixed(2)}×`, target: '' });
    for (const k of ['pprof', 'heapprofile', 'json']) {
      const file = { pprof: 'a.pb.gz', heapprofile: 'a.heapprofile', json: 'a.json' }[k];
      rows.push({ benchmark: `cli export ${k} (1M traces)`, measured: `${ms(ours[k])}, ${size(file)}`, anchor: `${ms(ours.top)} cli top`, ratio: `${(ours[k] / ours.top).toFixed(2)}×`, target: '' });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
