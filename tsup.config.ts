import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';
// @ts-expect-error: a plain .mjs build helper without types
import { reportUiEsbuildPlugin } from './report/ui/bundle.mjs';

// The instrumenter's identity for the cache of instrumented modules (node/instrument-cache.ts):
// the package version and every source that decides instrument()'s output, and the runtime's
// sources that compute the site table's default weights the cache keeps with it.
function instrumenterId(): string {
  const hash = createHash('sha256').update(JSON.parse(readFileSync('package.json', 'utf8')).version);
  for (const folder of ['instrument', 'abi']) {
    for (const file of (readdirSync(folder, { recursive: true }) as string[]).sort()) {
      if (file.endsWith('.ts')) hash.update(file).update(readFileSync(`${folder}/${file}`));
    }
  }
  for (const file of ['runtime/tracer/site-table.ts', 'runtime/tracer/library-frames.ts']) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

// Chunks are named by their content's hash, so a build writes new ones beside the old: the old
// ones go first, or `npm pack` would ship every chunk ever built. Only dist/'s top level holds
// chunks; entries (in its folders) are overwritten, and declarations are left alone.
for (const file of existsSync('dist') ? readdirSync('dist') : []) {
  if (/\.c?js(\.map)?$/.test(file)) rmSync(`dist/${file}`);
}

// Declarations are the slow part of a build (tens of seconds): `npm run build` and `npm pack`
// (prepack, so every published or git-installed copy ships them) make them; the JavaScript-only
// build that `npm install` (prepare) and the tests' global setup run skips them.
const types = process.env.WTM_DTS === '1';

const common = {
  define: { __WTM_INSTRUMENTER_ID__: JSON.stringify(instrumenterId()) },
  sourcemap: true,
  target: 'node20',
  splitting: true,
  shims: true,
  external: ['binaryen', 'unplugin'],
  // the report page's script, bundled from report/ui/ (TypeScript) into a string at build time
  esbuildPlugins: [reportUiEsbuildPlugin()],
} as const;

// The public entries; `runtime/index` (browsers) and `node/index` (Node) are the package root.
const publicEntries = {
  'runtime/index': 'runtime/index.ts',
  'node/index': 'node/index.ts',
  'instrument/index': 'instrument/index.ts',
  'native/index': 'native/index.ts',
  'report/index': 'report/index.ts',
  'bundler/vite': 'bundler/vite.ts',
  'bundler/webpack': 'bundler/webpack.ts',
  'bundler/rollup': 'bundler/rollup.ts',
  'bundler/esbuild': 'bundler/esbuild.ts',
};

// One ESM build holds every entry, so they share one copy of the tracer's state (a module loaded
// by `--import wasm-tracemalloc/register` and the app's `import 'wasm-tracemalloc'` meet in the
// same chunk). `register` is ESM only: it needs top-level await.
// The CJS build has the rest. One declaration build serves both (`types` has no condition).
export default defineConfig([
  {
    ...common,
    entry: {
      ...publicEntries,
      'cli/main': 'cli/main.ts',
      'node/register': 'node/register.ts',
      // imported by register.ts when tracing is on; an entry of its own so that it sits in
      // dist/node/ (it finds dist/instrument/ beside it)
      'node/register-traced': 'node/register-traced.ts',
      // the snapshot model, which register-traced.ts requires by this name when a snapshot is
      // first made (runtime/tracer/snapshot-model.ts)
      'runtime/snapshot-model': 'runtime/model/snapshot-model.ts',
      // what the bundler plugin injects into the page: ESM, browser-safe
      'bundler/client': 'bundler/client.ts',
      // the tool in a page's worker before its own script (threaded modules outside register)
      'runtime/worker': 'runtime/worker.ts',
    },
    format: ['esm'],
    // the page's client maps JS frames with trace-mapping (bundler/js-source-maps.ts): bundled in,
    // since a page whose bundler does not resolve node_modules (rollup without node-resolve) would
    // meet a bare specifier it cannot load
    noExternal: ['@jridgewell/trace-mapping', '@jridgewell/sourcemap-codec', '@jridgewell/resolve-uri'],
    dts: types ? { entry: { ...publicEntries, 'bundler/client': 'bundler/client.ts' } } : false,
  },
  {
    ...common,
    // node/worker: what Node's Worker threads preload after the API's start() (--require: CommonJS
    // starts no ES module loader in the worker), and the tool it requires there
    entry: { ...publicEntries, 'cli/main': 'cli/main.ts', 'node/worker': 'node/worker.ts', 'runtime/worker': 'runtime/worker.ts' },
    format: ['cjs'],
  },
]);
