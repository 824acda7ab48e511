# Oracle for cpython-diff.test.ts: reads cases (JSON) on stdin, answers with what CPython's own
# tracemalloc / fnmatch / _format_size give for them (JSON on stdout).
import fnmatch, json, sys, tracemalloc

def snap(traces, limit):
    return tracemalloc.Snapshot([(d, s, tuple(tuple(f) for f in fr), t) for d, s, fr, t in traces], limit)

def make_filter(f):
    if f['type'] == 'DomainFilter':
        return tracemalloc.DomainFilter(f['inclusive'], f['domain'])
    return tracemalloc.Filter(f['inclusive'], f['pattern'], f['lineno'], f['all_frames'], f['domain'])

def attempt(fn):
    try:
        return fn()
    except Exception as e:  # the test compares the exception type with ours
        return {'error': type(e).__name__}

req = json.load(sys.stdin)
out = {'snapshots': [], 'fnmatch': [], 'format_size': []}
for case in req['snapshots']:
    new = snap(case['new'], 5)
    old = snap(case['old'], 5)
    res = {}
    for key in ('lineno', 'filename', 'traceback'):
        for cum in (False, True):
            if key == 'traceback' and cum:
                continue
            res[f'{key}/{cum}'] = {
                'stats': attempt(lambda: [str(s) for s in new.statistics(key, cum)]),
                'diffs': attempt(lambda: [str(d) for d in new.compare_to(old, key, cum)]),
            }
    res['reprs'] = [repr(t.traceback) for t in new.traces] + [repr(t) for t in new.traces[:3]]
    res['filtered'] = attempt(lambda: [[t.domain, t.size, [[f.filename, f.lineno] for f in t.traceback]]
                                       for t in new.filter_traces([make_filter(f) for f in case['filters']]).traces])
    out['snapshots'].append(res)
for name, pat in req['fnmatch']:
    out['fnmatch'].append(fnmatch.fnmatchcase(name, pat))
for size, sign in req['format_size']:
    out['format_size'].append(tracemalloc._format_size(size, sign))
json.dump(out, sys.stdout)
