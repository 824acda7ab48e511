// A dev tool (not a *.bench.mjs; bench/README.md, "Starting faster again"): what a V8 code cache
// of register's own JS would save a second start, measured on a prototype that is NOT the tool.
//
//   node bench/code-cache-proto.mjs [outdir]     (after `npm run build`; default outdir: a temp folder)
//
// It bundles node/register-traced.ts and its static graph into one CommonJS script (esbuild, ASCII; the
// top-level awaits of the snapshot model's fallback, the glue's and companions' imports and the
// native hook's are made static or dropped: the prototype serves Node >= 20.19 without
// WASM_TRACEMALLOC_NATIVE), and writes a loader that runs it through `vm.Script` with the V8 code
// cache kept beside it (made at exit by the first run, when absent or rejected). Then compare
//
//   WASM_TRACEMALLOC=16 node --import <outdir>/loader.mjs app          (the prototype, second run on)
//   WASM_TRACEMALLOC=16 node --import wasm-tracemalloc/register app    (the tool)
//
// under callgrind (`--single-threaded`; V8 rejects a cache made under other flags, so make it under
// the measured ones). Not the tool because it breaks one promise: the program's own
// `import 'wasm-tracemalloc'` would get the ES build's copy of the tracer's state, not the one this
// script started (bench/README.md says what a real design needs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'wtm-code-cache-'));
const id = /INSTRUMENTER_ID = true \? "([0-9a-f]+)"/.exec(
  execFileSync('grep', ['-rho', 'INSTRUMENTER_ID = true ? "[0-9a-f]*"', join(root, 'dist')], { encoding: 'utf8' }),
)?.[1];
if (!id) throw new Error('no build id in dist/: run `npm run build` first');

const edits = [
  ["const { readFileOptions, scriptFromStack } = await import('../instrument/glue');", "import { readFileOptions, scriptFromStack } from '../instrument/glue';"],
  ["const { findCompanions } = await import('../instrument/companions');", "import { findCompanions } from '../instrument/companions';"],
  ["const native = await import('../native/index');", "const native = { available: false, reason: 'not in the code-cache prototype', register() {} };"],
  ['else setSnapshotModel((await import(new URL(MODEL, import.meta.url).href)) as SnapshotModel);', ''],
];
let source = readFileSync(join(root, 'node/register-traced.ts'), 'utf8');
for (const [from, to] of edits) {
  if (!source.includes(from)) throw new Error(`node/register-traced.ts changed: no ${JSON.stringify(from)}`);
  source = source.replace(from, to);
}
const entry = join(root, 'node', '.code-cache-proto.ts'); // beside the original: its relative imports hold
writeFileSync(entry, source);
try {
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [
    entry, '--bundle', '--platform=node', '--format=cjs', '--target=node20', '--external:binaryen', '--log-level=warning',
    // comments out and ASCII only: V8 makes a source with one non-ASCII character a two-byte string, slowly (bench/README.md)
    '--minify-whitespace', '--charset=ascii',
    `--define:__WTM_INSTRUMENTER_ID__=${JSON.stringify(id)}`, '--define:import.meta.url=__registerUrl', `--outfile=${join(out, 'register.cjs')}`,
  ], { stdio: 'inherit' });
} finally {
  rmSync(entry);
}

// import.meta.url: the real register-traced.js, so that the model, the instrumenter and dist/ are found
const registerUrl = pathToFileURL(join(root, 'dist/node/register-traced.js')).href;
writeFileSync(join(out, 'loader.mjs'), `import vm from 'node:vm';
import fs from 'node:fs';
import { createRequire } from 'node:module';
const file = ${JSON.stringify(join(out, 'register.cjs'))};
const cacheFile = ${JSON.stringify(join(out, 'register.cache'))};
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script('(function (exports, require, module, __filename, __dirname, __registerUrl) {' + fs.readFileSync(file, 'latin1') + '\\n})', { filename: file, cachedData });
if (process.env.CODE_CACHE_PROTO_DEBUG) console.error('code cache', cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'absent');
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, ${JSON.stringify(out)}, ${JSON.stringify(registerUrl)});
if (!cachedData || script.cachedDataRejected) process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
`);
console.log(`${out}/loader.mjs: WASM_TRACEMALLOC=16 node --import ${out}/loader.mjs <app> (the first run makes ${out}/register.cache)`);
