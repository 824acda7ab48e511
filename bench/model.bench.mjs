// Scale bench of the data model (issue 3 item 6): the same 1,000,000-trace data set built in
// CPython 3.11's tracemalloc (python3 subprocess, bench/model_cpython.py) and in ours (dist/),
// timing statistics, compareTo, filterTraces, serialize size and load throughput side by side.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.MODEL_BENCH_TRACES ?? 1_000_000);
const RUNS = 5;
const PY_RUNS = 3;
const LIMIT = 5;

// Deterministic data: 400 files, 20,000 (file, line) frames, 50,000 stacks of depth 1..5 whose
// popularity follows a power law (a few allocation sites dominate, as in real programs), sizes
// log-uniform from 8 B to 64 KiB, 90% in wasm domain 1 and 10% in the native domain 0.
function makeData() {
  let seed = 0x9e3779b9;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const files = Array.from({ length: 400 }, (_, i) => (i === 0 ? '<unknown>' : `src/dir${i % 23}/file${i}.c`));
  const frames = Array.from({ length: 20_000 }, () => [files[Math.floor(rand() ** 2 * files.length)], 1 + Math.floor(rand() * 3000)]);
  const stacks = Array.from({ length: 50_000 }, () => Array.from({ length: 1 + Math.floor(rand() * LIMIT) }, () => Math.floor(rand() * frames.length)));
  const part = () => {
    const domain = new Array(N);
    const size = new Array(N);
    const stack = new Array(N);
    for (let i = 0; i < N; i++) {
      domain[i] = rand() < 0.1 ? 0 : 1;
      size[i] = Math.round(8 * 2 ** (rand() * 13));
      stack[i] = Math.floor(rand() ** 3 * stacks.length);
    }
    return { domain, size, stack };
  };
  return { limit: LIMIT, frames, stacks, new: part(), old: part() };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs = RUNS) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return [median(times), result];
}

const ms = (s) => (s < 0.01 ? `${(s * 1000).toFixed(2)} ms` : `${(s * 1000).toFixed(0)} ms`);
const ratio = (ours, theirs) => `${(ours / theirs).toFixed(3)}×`;

export default async function run() {
  const tm = await import('../dist/runtime/index.js');
  const data = makeData();

  // CPython first (its own process), so our timings do not share the machine with it
  const dir = mkdtempSync(join(tmpdir(), 'wtm-model-bench-'));
  let py;
  try {
    const path = join(dir, 'data.json');
    writeFileSync(path, JSON.stringify(data));
    py = JSON.parse(execFileSync('python3', [join(here, 'model_cpython.py'), path, String(PY_RUNS)], { maxBuffer: 1 << 26 }).toString());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const build = (part) => {
    const b = new tm.SnapshotBuilder();
    const fileIds = new Map();
    const frameIds = data.frames.map(([file, line]) => {
      let id = fileIds.get(file);
      if (id === undefined) fileIds.set(file, (id = b.internString(file)));
      return b.internFrame(id, line);
    });
    const tbIds = data.stacks.map((s) => b.internTraceback(s.map((f) => frameIds[f]), s.length));
    const { domain, size, stack } = part;
    for (let i = 0; i < N; i++) b.addTrace(domain[i], size[i], tbIds[stack[i]]);
    return b.build(LIMIT);
  };
  const [tBuild, snap] = time(() => build(data.new), 3);
  const old = build(data.old);

  const [tLineno, stats] = time(() => snap.statistics('lineno'));
  const [tTraceback] = time(() => snap.statistics('traceback'));
  const [tFileCum] = time(() => snap.statistics('filename', true));
  const [tCompare, diffs] = time(() => snap.compareTo(old, 'lineno'));
  const [tCompareTb] = time(() => snap.compareTo(old, 'traceback'));
  const [tFilter, kept] = time(() => snap.filterTraces([new tm.Filter(false, '<unknown>'), new tm.Filter(false, 'src/dir1*')]));
  const [tSerialize, bytes] = time(() => snap.serialize());
  const [tLoad, loaded] = time(() => tm.Snapshot.deserialize(bytes));

  // the two implementations must agree before their times mean anything
  const same = (a, b, what) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what} differs from CPython: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  };
  same(stats.slice(0, 3).map(String), py.statistics_lineno_top, "statistics('lineno')");
  same(diffs.slice(0, 3).map(String), py.compare_lineno_top, "compareTo('lineno')");
  same(kept.traces.length, py.filter_kept, 'filterTraces');
  same(loaded.statistics('lineno').slice(0, 3).map(String), py.statistics_lineno_top, 'statistics of the reloaded snapshot');

  const M = (N / 1e6).toLocaleString('en');
  const cp = `CPython ${py.python}`;
  const row = (benchmark, ours, theirs, target) => ({ benchmark, measured: ms(ours), anchor: `${cp}: ${ms(theirs)}`, ratio: ratio(ours, theirs), target });
  const perTrace = bytes.length / N;
  const pyPerTrace = py.pickle_bytes / N;
  return [
    row(`model: build ${M}M-trace snapshot (SnapshotBuilder; CPython: raw tuples + Snapshot())`, tBuild, py.build, '—'),
    row(`model: statistics('lineno'), ${M}M traces`, tLineno, py.statistics_lineno, '≤ 0.5×'),
    row(`model: statistics('traceback'), ${M}M traces`, tTraceback, py.statistics_traceback, '—'),
    row(`model: statistics('filename', cumulative), ${M}M traces`, tFileCum, py.statistics_filename_cumulative, '—'),
    row(`model: compareTo('lineno'), 2 × ${M}M traces`, tCompare, py.compare_lineno, '≤ 0.5×'),
    row(`model: compareTo('traceback'), 2 × ${M}M traces`, tCompareTb, py.compare_traceback, '—'),
    row(`model: filterTraces (2 exclude filters), ${M}M traces`, tFilter, py.filter, '—'),
    {
      benchmark: `model: snapshot file size, ${M}M traces`,
      measured: `${perTrace.toFixed(2)} B/trace (${(bytes.length / 1e6).toFixed(1)} MB)`,
      anchor: `${cp} pickle: ${pyPerTrace.toFixed(2)} B/trace`,
      ratio: ratio(perTrace, pyPerTrace),
      target: '≤ 12 B/trace',
    },
    row(`model: serialize, ${M}M traces`, tSerialize, py.pickle_dump, '—'),
    {
      benchmark: `model: load (deserialize), ${M}M traces`,
      measured: `${(N / tLoad / 1e6).toFixed(1)} M traces/s (${ms(tLoad)})`,
      anchor: `${cp} pickle.loads: ${(N / py.pickle_load / 1e6).toFixed(1)} M traces/s`,
      ratio: ratio(tLoad, py.pickle_load),
      target: '≥ 5 M traces/s',
    },
  ];
}
