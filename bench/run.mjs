#!/usr/bin/env node
// Runs every bench/*.bench.mjs and prints one table. Each bench runs in its own Node process (a
// crash, a native hook or a 1M-trace heap in one cannot disturb the next); a bench that throws
// or dies shows its error in its row and the others go on.
//   node bench/run.mjs [name-filter ...]   e.g. `node bench/run.mjs model`
//   node bench/run.mjs --json              rows as JSON
//   BENCH_NODE=/path/to/node node bench/run.mjs overhead   each bench under that Node (e.g. 24)
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const COLUMNS = ['benchmark', 'measured', 'anchor', 'ratio', 'target'];

async function runOne(file) {
  // child mode: run one bench, print its rows as JSON on the last line
  const mod = await import(pathToFileURL(file).href);
  if (typeof mod.default !== 'function') throw new Error(`${basename(file)} has no default-exported run()`);
  const rows = await mod.default();
  if (!Array.isArray(rows)) throw new Error(`${basename(file)}: run() returned ${typeof rows}, not an array of rows`);
  process.stdout.write('\n' + JSON.stringify(rows.map((r) => Object.fromEntries(COLUMNS.map((c) => [c, String(r[c] ?? '')])))) + '\n');
}

// A bench's own process is stopped after this long (its row then says so). The zoo bench takes
// 27-35 min at 3 rounds on 2 loaded vCPUs (one re2-wasm exit hang costs it 300 s: zoo/README.md).
const TIMEOUT_MIN = Number(process.env.BENCH_TIMEOUT_MIN) || 75;
// The Node each bench runs under (and the programs it starts with process.execPath): this one, or
// BENCH_NODE's (Node 24's inlining of wasm calls changes the wrappers' cost: bench/README.md).
const NODE = process.env.BENCH_NODE || process.execPath;

function spawnOne(file) {
  return new Promise((resolve) => {
    execFile(NODE, ['--expose-gc', fileURLToPath(import.meta.url), '--one', file], { maxBuffer: 1 << 26, timeout: TIMEOUT_MIN * 60_000 }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (!error) {
        try {
          resolve(JSON.parse(last));
          return;
        } catch {
          /* fall through to the error row */
        }
      }
      // Say how it ended: an exit code or a signal (an OOM kill prints nothing), and the first error
      // line, else the last line of stderr.
      const lines = stderr.trim().split('\n').filter(Boolean);
      const how = error ? (error.killed || error.signal ? `killed by ${error.signal ?? 'a signal'}` : `exit code ${error.code}`) : 'exit 0';
      const why = `${how}: ${(lines.find((l) => /Error|error/.test(l)) ?? lines.at(-1) ?? 'no rows printed, nothing on stderr').trim()}`;
      resolve([{ benchmark: basename(file, '.bench.mjs'), measured: `ERROR: ${why.slice(0, 200)}`, anchor: '', ratio: '', target: '' }]);
    });
  });
}

function printTable(rows) {
  const width = COLUMNS.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => '| ' + cells.map((s, i) => s.padEnd(width[i])).join(' | ') + ' |';
  console.log(line(COLUMNS));
  console.log('|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(COLUMNS.map((c) => r[c])));
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return runOne(args[1]);
  const json = args.includes('--json');
  const filters = args.filter((a) => !a.startsWith('--'));
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.mjs'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort()
    .map((f) => join(here, f));
  const rows = [];
  if (NODE !== process.execPath) process.stderr.write(`bench: under ${NODE}\n`);
  for (const file of files) {
    process.stderr.write(`bench: ${basename(file)}…\n`);
    rows.push(...(await spawnOne(file)));
  }
  if (json) console.log(JSON.stringify(rows, null, 2));
  else printTable(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
