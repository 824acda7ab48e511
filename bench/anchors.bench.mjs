// The anchors of issue 13, on the same program as overhead.bench.mjs's "C binary trees + churn"
// rows (TREES_C; those rows give wasm-tracemalloc's nframe=1/16 ratios in the same run):
//   - the C program natively (clang -O2), untraced and under heaptrack (Debian's package)
//   - the same program in Python (anchors_trees.py), untraced and under -X tracemalloc=1 / 16
// CPU time (user + system) of the whole process tree, from getrusage, medians of 3: the
// machine is shared, and time spent waiting for a core is not the tracer's cost.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TREES_ARGS, TREES_C } from './overhead.bench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = 3;
// Runs argv and prints `cpu SECONDS` (user + system of it and its waited-for children, from
// getrusage: microseconds, where /usr/bin/time rounds to 10 ms) on stderr.
// A run longer than the timeout (seconds; 0: none) is killed and exits 124. What the rusage of
// children held before the run is subtracted: when python3 is a shim (pyenv's is a bash script
// that runs pyenv, then execs python), the shim's own children stay counted across the exec
// (~0.1-0.3 s here, added to every figure before this was subtracted).
// Its wall-clock time (exec to exit, monotonic clock) comes on the same line: `cpu S wall S`.
const CPU_OF_CHILD = `import resource, subprocess, sys, time
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
t0 = time.monotonic()
try:
    code = subprocess.run(sys.argv[2:], timeout=float(sys.argv[1]) or None).returncode
except subprocess.TimeoutExpired:
    print('timed out after %s s' % sys.argv[1], file=sys.stderr)
    sys.exit(124)
wall = time.monotonic() - t0
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print('cpu %.6f wall %.6f faults %d' % (r.ru_utime + r.ru_stime - r0.ru_utime - r0.ru_stime, wall, r.ru_minflt - r0.ru_minflt), file=sys.stderr)
sys.exit(code)`;

/** CPU ms (`t`), wall ms and minor page faults of one run of `argv` (and its children), its stdout and stderr. */
export function cpuRun(argv, cwd, env = process.env, timeoutSeconds = 0) {
  const r = spawnSync('python3', ['-c', CPU_OF_CHILD, String(timeoutSeconds), ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${(r.stderr || '').trim().split('\n').slice(-2).join(' ')}`);
  const m = /cpu (\S+) wall (\S+) faults (\d+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`no CPU time line from ${argv[0]}`);
  return { t: Number(m[1]) * 1000, wall: Number(m[2]) * 1000, faults: Number(m[3]), stdout: r.stdout.trim(), stderr: r.stderr.replace(/cpu \S+ wall \S+ faults \d+\s*$/, '') };
}

/** Median CPU ms per variant, interleaved runs; every variant must print the same. */
function timeVariants(variants, cwd) {
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const outputs = new Set();
  for (let i = 0; i < RUNS; i++) {
    for (const [name, argv] of Object.entries(variants)) {
      const r = cpuRun(argv, cwd);
      times[name].push(r.t);
      outputs.add(r.stdout.split('\n').find((l) => /^-?\d+$/.test(l))); // heaptrack adds its own lines
    }
  }
  if (outputs.size !== 1) throw new Error(`the variants printed different sums: ${[...outputs].join(' | ')}`);
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, [...v].sort((a, b) => a - b)[v.length >> 1]]));
}

const ms = (t) => `${t.toFixed(0)} ms CPU`;
const x = (a, b) => `${(a / b).toFixed(2)}×`;

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'wtm-anchors-'));
  const rows = [];
  const label = `binary trees + churn (depth ${TREES_ARGS[0]}, churn ${TREES_ARGS[1]})`;
  try {
    writeFileSync(join(dir, 'trees.c'), TREES_C);
    execFileSync('clang', ['-O2', '-g', join(dir, 'trees.c'), '-o', join(dir, 'trees')]);
    const native = [join(dir, 'trees'), ...TREES_ARGS];
    const python = ['python3', join(here, 'anchors_trees.py'), ...TREES_ARGS];
    const withPy = (n) => ['python3', `-X`, `tracemalloc=${n}`, join(here, 'anchors_trees.py'), ...TREES_ARGS];
    let heaptrack = true;
    try {
      execFileSync('heaptrack', ['--version'], { stdio: 'ignore' });
    } catch {
      heaptrack = false;
    }
    const t = timeVariants({
      native,
      ...(heaptrack ? { heaptrack: ['heaptrack', '-o', join(dir, 'ht'), ...native] } : {}),
      python,
      py1: withPy(1),
      py16: withPy(16),
    }, dir);
    rows.push({ benchmark: `${label}: C natively, untraced`, measured: ms(t.native), anchor: '', ratio: '1.00×', target: '' });
    rows.push(heaptrack
      ? { benchmark: `${label}: C natively under heaptrack (whole process)`, measured: ms(t.heaptrack), anchor: ms(t.native), ratio: x(t.heaptrack, t.native), target: 'anchor' }
      : { benchmark: `${label}: heaptrack`, measured: 'skipped: heaptrack not installed', anchor: '', ratio: '', target: '' });
    rows.push({ benchmark: `${label}: Python 3 untraced`, measured: ms(t.python), anchor: '', ratio: '1.00×', target: '' });
    rows.push({ benchmark: `${label}: Python -X tracemalloc=1`, measured: ms(t.py1), anchor: ms(t.python), ratio: x(t.py1, t.python), target: 'anchor' });
    rows.push({ benchmark: `${label}: Python -X tracemalloc=16`, measured: ms(t.py16), anchor: ms(t.python), ratio: x(t.py16, t.python), target: 'anchor' });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
