#!/usr/bin/env python3
# Self cost per region of a callgrind run of bench/core-trees.mjs: each tracer-core function (by
# name), the program's wasm, the wrappers, the rest (bench/README.md, "Deep stacks"). A dev tool.
#   valgrind --tool=callgrind --cache-sim=yes --D1=49152,12,64 --LL=1048576,16,64 --dump-instr=yes \
#     --dump-line=no --compress-strings=no --compress-pos=no --smc-check=all --callgrind-out-file=cg.out \
#     node --single-threaded --no-liftoff --no-wasm-tier-up --log-code --logfile=v8.log \
#     --no-logfile-per-isolate bench/core-trees.mjs dir f16 core.wasm 14 1000000
#   python3 bench/callgrind-wasm.py cg.out v8.log core.names
# core.names: "index name" per line, the core's functions in index order (imports first), e.g.
# from compileWat(..., { text: true }). V8 logs a wasm function as wasm-function[i] with its
# module's base + i as the last field: the module whose functions have the smallest indices is
# taken as the core (CORE_ALONE=1: a run whose only logged wasm module is the core, e.g. bench/core-real.mjs,
# where V8 logs the program's functions by their names).
import os, sys, bisect, re, collections
out, log, names = sys.argv[1:4]
nm = {}
for l in open(names):
    i, n = l.split(None, 1); nm[int(i)] = n.strip()
ranges = []  # (start, end, label)
# a wasm function's last field is its module's base + its index: group by module
groups = collections.defaultdict(list)
for l in open(log, errors='replace'):
    if not l.startswith('code-creation'): continue
    f = l.split(',')
    m = re.match(r'wasm-function\[(\d+)\]', f[6]) if len(f) > 7 else None
    if m: groups[int(f[7], 16) - int(m.group(1))].append(int(m.group(1)))
coreBase = min(groups, key=lambda g: max(groups[g])) if len(groups) > 1 else (next(iter(groups)) if os.environ.get('CORE_ALONE') else None)
for l in open(log, errors='replace'):
    if not l.startswith('code-creation'): continue
    f = l.split(',')
    try: addr = int(f[4], 16); size = int(f[5])
    except: continue
    name = f[6]
    m = re.match(r'wasm-function\[(\d+)\]', name)
    if m:
        label = ('core:' + nm.get(int(m.group(1)), m.group(1))) if int(f[7], 16) - int(m.group(1)) == coreBase else 'program-wasm'
    elif name.startswith('wasm-to-js') or name.startswith('js-to-wasm'):
        label = 'wrappers:' + name.split(':')[0]
    elif f[1] == 'JS' and f[2] == '4':
        label = 'program-wasm'  # a wasm function logged by its name (a module with a name section)
    else:
        continue
    ranges.append((addr, addr + size, label))
ranges.sort()
starts = [r[0] for r in ranges]
def label(a):
    i = bisect.bisect_right(starts, a) - 1
    if i >= 0 and a < ranges[i][1]: return ranges[i][2]
    return None
events = None
tot = collections.defaultdict(lambda: [0]*13)
skip = False; fn = ''
for l in open(out):
    if l.startswith('events:'): events = l.split()[1:]; continue
    if l.startswith('fn='): fn = l[3:].strip(); continue
    if l.startswith('calls='): skip = True; continue
    if l[:2] == '0x':
        if skip: skip = False; continue
        p = l.split()
        a = int(p[0], 16)
        lab = label(a) or ('other:' + (fn if not fn.startswith('0x') else 'jit?'))
        v = tot[lab]
        for k, x in enumerate(p[1:]): v[k] += int(x)
    else:
        skip = False if not l.startswith('calls=') else skip
agg = collections.defaultdict(lambda: [0]*13)
for k, v in tot.items():
    key = k if os.environ.get("RAW") or (k.startswith('core:') or k.startswith('program') or k.startswith('wrappers')) else 'other'
    for i, x in enumerate(v): agg[key][i] += x
print('\t'.join(['region'] + events))
for k in sorted(agg, key=lambda k: -agg[k][0]):
    print('\t'.join([k] + [str(x) for x in agg[k]]))
tt = [sum(agg[k][i] for k in agg) for i in range(len(events))]
print('\t'.join(['TOTAL'] + [str(x) for x in tt]))
