#!/usr/bin/env node
// The zoo runner: `node zoo/run.mjs [names…] [--json FILE]`. Runs each package's workload plain,
// through the API (lib/api.mjs), under `wasm-tracemalloc run`, and under `node --import
// wasm-tracemalloc/register`, and prints one table: does the program behave the same (stdout
// and exit code) on every path, what allocator each module was found by, what was traced.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Snapshot } from 'wasm-tracemalloc';
import { PACKAGES } from './packages.mjs';
import { summarize } from './lib/summary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'bin', 'wasm-tracemalloc.js');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const unknown = args.filter((a) => !PACKAGES.some((p) => p.name === a));
if (unknown.length) {
  console.error(`zoo: no package ${unknown.map((a) => JSON.stringify(a)).join(', ')}; expected one of: ${PACKAGES.map((p) => p.name).join(', ')}`);
  process.exit(2);
}
if (!existsSync(join(here, 'node_modules'))) {
  console.error('zoo: the packages are not installed; run `npm install --ignore-scripts` in zoo/ first');
  process.exit(2);
}
// The API and register paths import `wasm-tracemalloc` by name from here: it must be this
// repository's dist/, not another checkout's that a shared node_modules happens to link to.
const resolved = fileURLToPath(import.meta.resolve('wasm-tracemalloc'));
if (!resolved.startsWith(join(here, '..') + '/')) {
  console.error(`zoo: 'wasm-tracemalloc' resolves to ${resolved}, outside this repository (${join(here, '..')}); link it: ln -s ../.. zoo/node_modules/wasm-tracemalloc`);
  process.exit(2);
}
const chosen = args.length ? PACKAGES.filter((p) => args.includes(p.name)) : PACKAGES;
const NFRAME = '16';
const TIMEOUT = 600_000;

function exec(argv, env = {}) {
  env = { ...currentEnv, ...env };
  const t0 = Date.now();
  const r = spawnSync(process.execPath, argv, { cwd: here, env: { ...process.env, ...env }, encoding: 'utf8', timeout: TIMEOUT, maxBuffer: 64 << 20 });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status ?? `signal ${r.signal}`, ms: Date.now() - t0 };
}

function loadSnapshot(path) {
  if (!existsSync(path)) return null;
  try { return summarize(Snapshot.load(path)); } catch (e) { return { error: String(e.message).split('\n')[0] }; }
}

const rows = [];
let currentEnv = {};
const nodeMajor = Number(process.versions.node.split('.')[0]);
for (const pkg of chosen) {
  // a package that needs a newer Node (`minNode`: WasmGC) is said and passed over
  if (pkg.minNode && nodeMajor < pkg.minNode) {
    console.log(`\n## ${pkg.name} — ${pkg.toolchain}: not run (needs Node ${pkg.minNode} or later; this is ${process.version})`);
    continue;
  }
  currentEnv = pkg.env ?? {};
  // Node options the workload needs (`nodeArgs`: --experimental-wasm-modules before Node 24), on every path
  const nodeArgs = nodeMajor < (pkg.nodeArgsBelow ?? Infinity) ? pkg.nodeArgs ?? [] : [];
  const dir = mkdtempSync(join(tmpdir(), 'zoo-'));
  const workload = join(here, 'workloads', pkg.workload);
  const plain = exec([...nodeArgs, workload]);
  const paths = {};
  // API
  const report = join(dir, 'api.json');
  const api = exec([...nodeArgs, join(here, 'lib', 'api.mjs'), workload, report]);
  paths.api = { ...api, result: existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : null };
  // CLI run
  const runSnap = join(dir, 'run.tmsnap');
  const run = exec([cli, 'run', '--nframe', NFRAME, '-o', runSnap, '--', process.execPath, ...nodeArgs, workload]);
  paths.run = { ...run, result: loadSnapshot(runSnap) };
  // register
  const regSnap = join(dir, 'register.tmsnap');
  const regPeak = join(dir, 'register-peak.json');
  const reg = exec([...nodeArgs, '--import', 'wasm-tracemalloc/register', '--import', './lib/peak.mjs', workload], { WASM_TRACEMALLOC: NFRAME, WASM_TRACEMALLOC_SNAPSHOT: regSnap, ZOO_PEAK: regPeak });
  const memory = existsSync(regPeak) ? JSON.parse(readFileSync(regPeak, 'utf8')) : null;
  paths.register = { ...reg, result: loadSnapshot(regSnap) && { ...loadSnapshot(regSnap), peak: memory?.[1] } };
  rmSync(dir, { recursive: true, force: true });
  const row = { name: pkg.name, toolchain: pkg.toolchain, plain: { status: plain.status, ms: plain.ms, stderr: plain.stderr.slice(-300) }, paths: {} };
  for (const [k, p] of Object.entries(paths)) {
    row.paths[k] = {
      same: p.stdout === plain.stdout && p.status === plain.status,
      status: p.status, ms: p.ms,
      // the tool's own lines, and the tail of anything else written to stderr
      toolLines: p.stderr.split('\n').filter((l) => l.startsWith('wasm-tracemalloc')).slice(0, 6),
      stderrTail: p.stdout === plain.stdout && p.status === plain.status ? undefined : p.stderr.slice(-400),
      result: p.result,
    };
  }
  rows.push(row);
  printRow(row);
  // after each package, so that a long run stopped half-way keeps what it measured
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(rows, null, 1) + '\n');
}
printTable(rows);

// The summary as a Markdown table (what zoo/README.md keeps as the baseline).
function printTable(rows) {
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  console.log('\n| package | toolchain | unchanged api/run/register | allocator found how (API) | live/peak B (API) | run live B / register live, peak B | frames named | top frame (API) | unmatched (run) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const api = r.paths.api.result;
    const same = ['api', 'run', 'register'].map((k) => (r.paths[k].same ? 'yes' : `**no** (exit ${r.paths[k].status})`)).join(' / ');
    const live = (x) => (x && x.live !== undefined ? x.live : '-');
    const named = api?.frames ? `${Math.round((100 * api.named) / api.frames)}% of ${api.frames}` : '-';
    const top = api?.top?.[0] ? `${api.top[0].frame} (${api.top[0].size} B)` : '-';
    console.log(`| ${cell(r.name)} | ${cell(r.toolchain)} | ${same} | ${cell(allocatorText(api)).slice(0, 160)} | ${live(api)}/${api?.peak ?? '-'} (memory ${api?.memory ?? '-'}) | ${live(r.paths.run.result)} / ${live(r.paths.register.result)}, ${r.paths.register.result?.peak ?? '-'} | ${named} | ${cell(top)} | ${unmatchedText(r.paths.run.result)} |`);
  }
}

/** The run's unmatched events (lib/summary.mjs), e.g. `28 frees`; '-' when none. */
function unmatchedText(result) {
  const u = result?.unmatched;
  if (!u) return '-';
  const parts = [['free', 'frees'], ['realloc', 'reallocs'], ['alloc', 'allocs at a live pointer']].filter(([k]) => u[k] > 0).map(([k, w]) => `${u[k]} ${w}`);
  return parts.length ? parts.join(', ') : '-';
}

function allocatorText(api) {
  if (!api?.modules?.length) return 'no module seen';
  return api.modules.map((m) => {
    if (m.profile === 'error') return `error: ${m.error}`;
    if (m.profile === 'none') return `none (${m.bytes} B)`;
    const how = m.discovery?.length ? m.discovery.map((d) => d.how ?? d).join(', ') : 'names';
    return `${m.profile}: ${m.allocators.length} fns by ${how}`;
  }).join('; ');
}

function printRow(row) {
  const same = ['api', 'run', 'register'].map((k) => `${k} ${row.paths[k].same ? 'same' : `CHANGED (exit ${row.paths[k].status})`}`).join(', ');
  const api = row.paths.api.result;
  const named = (r) => r && r.frames ? `${Math.round((100 * r.named) / r.frames)}% of ${r.frames}` : '-';
  const traced = (r) => r && r.traces !== undefined ? `${r.traces} live, ${r.live} B${r.peak !== undefined ? `, peak ${r.peak} B` : ''}` : r?.error ?? 'no snapshot';
  console.log(`\n## ${row.name} — ${row.toolchain} (plain: exit ${row.plain.status}, ${row.plain.ms} ms)`);
  console.log(`unchanged: ${same}`);
  console.log(`allocator (API): ${allocatorText(api)}`);
  console.log(`API: ${traced(api)}, frames named ${named(api)}${api?.memory ? `; linear memory at exit ${api.memory} B` : ''}`);
  console.log(`run: ${traced(row.paths.run.result)}, named ${named(row.paths.run.result)}, unmatched ${unmatchedText(row.paths.run.result)}; register: ${traced(row.paths.register.result)}, named ${named(row.paths.register.result)}`);
  const top = api?.top ?? [];
  if (top.length) console.log(`top (API): ${top.map((t) => `${t.frame} ${t.size} B/${t.count}`).join(' | ')}`);
  for (const k of ['api', 'run', 'register']) {
    const p = row.paths[k];
    if (p.toolLines.length) console.log(`${k} says: ${p.toolLines.join(' / ').slice(0, 400)}`);
    if (p.stderrTail) console.log(`${k} stderr: ${p.stderrTail.replace(/\s+/g, ' ').slice(-300)}`);
  }
}
