# CPython side of model.bench.mjs: builds the same data set with tracemalloc.Snapshot(raw_traces,
# limit) and times the same operations. Reads the data set (JSON) from the path in argv[1];
# prints {name: median seconds, ...} as JSON.
import json, pickle, statistics, sys, time, tracemalloc

RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 3

with open(sys.argv[1]) as fp:
    data = json.load(fp)

frames = [tuple(f) for f in data['frames']]
# _tracemalloc shares one tuple per traceback among its traces; do the same
stacks = [tuple(frames[i] for i in s) for s in data['stacks']]

def raw_traces(part):
    return [(d, s, stacks[k], len(stacks[k])) for d, s, k in zip(part['domain'], part['size'], part['stack'])]

old_raw = raw_traces(data['old'])
limit = data['limit']

def timed(fn):
    times = []
    result = None
    for _ in range(RUNS):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result

out = {}
# _tracemalloc._get_traces() builds the raw tuples (one shared tuple per traceback) and Snapshot()
# stores them: time both, the counterpart of our SnapshotBuilder filling its columns
out['build'], new = timed(lambda: tracemalloc.Snapshot(raw_traces(data['new']), limit))
old = tracemalloc.Snapshot(old_raw, limit)
out['statistics_lineno'], stats = timed(lambda: new.statistics('lineno'))
out['statistics_lineno_top'] = [str(s) for s in stats[:3]]
out['statistics_traceback'], _ = timed(lambda: new.statistics('traceback'))
out['statistics_filename_cumulative'], _ = timed(lambda: new.statistics('filename', cumulative=True))
out['compare_lineno'], diffs = timed(lambda: new.compare_to(old, 'lineno'))
out['compare_lineno_top'] = [str(d) for d in diffs[:3]]
out['compare_traceback'], _ = timed(lambda: new.compare_to(old, 'traceback'))
out['filter'], kept = timed(lambda: new.filter_traces([tracemalloc.Filter(False, '<unknown>'), tracemalloc.Filter(False, 'src/dir1*')]))
out['filter_kept'] = len(kept.traces)
out['pickle_dump'], blob = timed(lambda: pickle.dumps(new, pickle.HIGHEST_PROTOCOL))
out['pickle_bytes'] = len(blob)
out['pickle_load'], _ = timed(lambda: pickle.loads(blob))
out['runs'] = RUNS
out['python'] = sys.version.split()[0]
json.dump(out, sys.stdout)
