import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
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

// The tool's Node code as one CommonJS script, dist/node/script.cjs (node/script.ts), run through
// `vm.Script` with V8's code cache (node/script-loader.ts), and the Node entries that hold the
// tracer's state made facades over it: each exports, from the part of the script it names, the
// names its ES build exported (read from that build's `export { … }`; every one a const, a class
// or a function: an exported `let` would lose its live binding, and the build stops on one).
// ASCII only: V8 makes a source with one non-ASCII character a two-byte string, slowly.
const SCRIPT_PARAMS = 'exports, require, module, __filename, __dirname, __wtmUrl';
const FACADES = [
  // [the facade, the ES build whose names it exports, the script's part]
  ['node/index.js', 'node/index.js', 'node'],
  ['node/browser.js', 'runtime/index.js', 'node'], // `wasm-tracemalloc/browser` under Node (package.json)
  ['native/index.js', 'native/index.js', 'native'],
  ['report/index.js', 'report/index.js', 'report'],
] as const;
// The CommonJS entries (`require`) too: the same object (script-loader.ts keeps it on a global symbol).
const CJS_FACADES = [['node/index.cjs', 'node'], ['native/index.cjs', 'native'], ['report/index.cjs', 'report']] as const;

function writeCjsFacades(): void {
  for (const [facade, part] of CJS_FACADES) {
    writeFileSync(
      `dist/${facade}`,
      `"use strict";\n// A facade (tsup.config.ts): the tool's one script holds this entry's code and state (node/script.ts).\n` +
        `module.exports = require('../node/script-loader.cjs').toolScript().${part}();\n`,
    );
    rmSync(`dist/${facade}.map`, { force: true });
  }
}

/** The names of every module-level `let`/`var` of the sources the script holds (column 0). */
function moduleLets(): Set<string> {
  const names = new Set<string>();
  for (const folder of ['runtime', 'node', 'native', 'report', 'abi']) {
    for (const file of readdirSync(folder, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(`${folder}/${file}`, 'utf8').matchAll(/^(?:export )?(?:let|var) ([\w$]+)/gm)) names.add(m[1]!);
    }
  }
  return names;
}

async function buildScript(): Promise<void> {
  const result = await build({
    entryPoints: ['node/script.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    external: [...common.external],
    define: { ...common.define, 'import.meta.url': '__wtmUrl' },
    minifyWhitespace: true,
    charset: 'ascii',
    legalComments: 'none',
    plugins: [reportUiEsbuildPlugin()],
    logLevel: 'warning',
  });
  const body = `(function (${SCRIPT_PARAMS}) {${result.outputFiles[0]!.text}\n})`;
  if (/[^\x00-\x7f]/.test(body)) throw new Error('dist/node/script.cjs: not ASCII');
  const id = createHash('sha256').update(body).digest('hex').slice(0, 16);
  writeFileSync('dist/node/script.cjs', `/*wasm-tracemalloc ${id}*/${body}`);
  for (const [facade, from, part] of FACADES) {
    const built = readFileSync(`dist/${from}`, 'utf8');
    const list = /\nexport \{([^}]*)\};\s*(\/\/# sourceMappingURL=.*\s*)?$/.exec(built)?.[1];
    if (list === undefined || /^export (?!\{)/m.test(built)) throw new Error(`dist/${from}: no single export list to make a facade of`);
    const names = list.split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!).filter(Boolean);
    const lets = moduleLets();
    for (const n of names) if (lets.has(n)) throw new Error(`${n} (dist/${from}) is a module-level let: a facade would lose its live binding`);
    writeFileSync(
      `dist/${facade}`,
      `// A facade (tsup.config.ts): the tool's one script holds this entry's code and state (node/script.ts).\n` +
        `import { toolScript } from '../node/script-loader.js';\n` +
        `export const { ${names.join(', ')} } = toolScript().${part}();\n`,
    );
    rmSync(`dist/${facade}.map`, { force: true });
  }
}

// One ESM build holds every entry, so the browser entries share one copy of the tracer's state;
// under Node, the entries that hold it are facades over the one script (above), where
// `--import wasm-tracemalloc/register` and the app's `import 'wasm-tracemalloc'` meet.
// `register` is ESM only: it needs top-level await (to run the script before the program).
// The CJS build has the rest. One declaration build serves both (`types` has no condition).
export default defineConfig([
  {
    ...common,
    entry: {
      ...publicEntries,
      'cli/main': 'cli/main.ts',
      'node/register': 'node/register.ts',
      // what runs the tool's one script (dist/node/script.cjs, made after this build: buildScript)
      'node/script-loader': 'node/script-loader.ts',
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
    onSuccess: buildScript,
  },
  {
    ...common,
    // node/worker: what Node's Worker threads preload after the API's start() (--require: CommonJS
    // starts no ES module loader in the worker), and the tool it requires there
    entry: { ...publicEntries, 'cli/main': 'cli/main.ts', 'node/worker': 'node/worker.ts', 'runtime/worker': 'runtime/worker.ts', 'node/script-loader': 'node/script-loader.ts' },
    format: ['cjs'],
    onSuccess: async () => writeCjsFacades(),
  },
]);
