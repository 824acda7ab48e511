// Overhead of the native hook (issue 7): native allocation-heavy workloads, untraced vs traced
// with nframe=1 and nframe=16, through the public entry (dist/native, which starts the tracer).
// Target: <= 1.5x (memray's --native mode costs about 1.65x).
//
// Workloads:
//   churn   the test addon's loop (test/native/addon/fixture.cc, compiled here with g++):
//           2 M malloc/free pairs of 64-95 B with 64 blocks live. Nothing but the allocator, so
//           this is the worst case: it prices the hook itself (~20-25 ns per event).
//   crypto  crypto.createHash('sha256') x 20 k: OpenSSL and Node allocate and free a dozen
//           blocks per hash through malloc and operator new.
//   zlib    zlib.deflateSync of a 16 KiB input x 300 (Node's bundled zlib: ~270 KiB of state
//           allocated and freed per call, compression work in between).
// Each mode runs in its own process (the hooks patch the whole process); every process times 5
// runs after a warm-up and reports the median. The modes are interleaved over 5 rounds and the
// lowest median of each mode is kept: on a shared 2-core machine the least disturbed figure is
// the most faithful one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 5;
const MODES = [0, 1, 16];

const child = String.raw`
const [, workload, nframeText, fixturePath, entry] = process.argv;
const nframe = Number(nframeText);
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const fixture = workload === 'churn' ? require(fixturePath) : null;
const input = Buffer.alloc(16 << 10);
let x = 1;
for (let i = 0; i < input.length; i++) { x = (x * 1103515245 + 12345) >>> 0; input[i] = (x >>> 24) & 0x1f; }
const work = {
  churn: () => fixture.churn(2_000_000, 64),
  crypto: () => { for (let i = 0; i < 20_000; i++) crypto.createHash('sha256').update('abc').digest(); },
  zlib: () => { for (let i = 0; i < 300; i++) zlib.deflateSync(input, { level: 6 }); },
}[workload];
const native = await import(entry);
if (nframe > 0) native.start(nframe);
work();
const times = [];
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  work();
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const traces = nframe > 0 ? native.source.traceCount() : 0;
if (nframe > 0) native.stop();
console.log(JSON.stringify({ ms: times[2], traces }));
`;

function nodeInclude() {
  const dir = resolve(dirname(process.execPath), '..', 'include', 'node');
  return existsSync(join(dir, 'node_api.h')) ? dir : null;
}

export default async function run() {
  const entry = join(root, 'dist', 'native', 'index.js');
  const native = await import(pathToFileURL(entry).href);
  if (!native.available) {
    return [{ benchmark: 'native hook', measured: `unavailable: ${native.reason}`, anchor: '', ratio: '', target: '≤ 1.5×' }];
  }
  const tmp = mkdtempSync(join(tmpdir(), 'wtm-native-bench-'));
  try {
    const fixturePath = join(tmp, 'fixture.node');
    const include = nodeInclude();
    let haveFixture = false;
    if (include) {
      try {
        execFileSync('g++', ['-shared', '-fPIC', '-O2', '-std=c++17', `-I${include}`, '-DNODE_GYP_MODULE_NAME=fixture',
          '-o', fixturePath, join(root, 'test/native/addon/fixture.cc'), '-lpthread', '-ldl'], { stdio: 'pipe' });
        haveFixture = true;
      } catch {
        haveFixture = false;
      }
    }
    const workloads = [...(haveFixture ? ['churn'] : []), 'crypto', 'zlib'];
    const best = new Map();
    for (let round = 0; round < ROUNDS; round++) {
      for (const w of workloads) {
        for (const mode of MODES) {
          const out = execFileSync(process.execPath, ['--input-type=module', '-e', child, '--', w, String(mode), fixturePath, pathToFileURL(entry).href], {
            encoding: 'utf8', timeout: 10 * 60_000,
          });
          const { ms } = JSON.parse(out.trim().split('\n').pop());
          const key = `${w}/${mode}`;
          best.set(key, Math.min(best.get(key) ?? Infinity, ms));
        }
      }
    }
    const rows = [];
    for (const w of workloads) {
      const base = best.get(`${w}/0`);
      for (const mode of [1, 16]) {
        const t = best.get(`${w}/${mode}`);
        rows.push({
          benchmark: `native ${w}, nframe=${mode}`,
          measured: `${t.toFixed(1)} ms`,
          anchor: `untraced ${base.toFixed(1)} ms`,
          ratio: `${(t / base).toFixed(2)}×`,
          target: '≤ 1.5×',
        });
      }
    }
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
