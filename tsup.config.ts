import { defineConfig } from 'tsup';

const common = {
  sourcemap: true,
  target: 'node20',
  splitting: true,
  shims: true,
  external: ['binaryen'],
} as const;

// The public entries with declarations; `runtime/index` and `runtime/node` are the package root.
const publicEntries = {
  'runtime/index': 'runtime/index.ts',
  'runtime/node': 'runtime/node.ts',
  'instrument/index': 'instrument/index.ts',
  'native/index': 'native/index.ts',
  'report/index': 'report/index.ts',
};

// One ESM build holds every entry, so they share one copy of the tracer's state (a module loaded
// by `--import wasm-tracemalloc/register` and the app's `import 'wasm-tracemalloc'` meet in the
// same chunk). `register` is ESM only: it needs top-level await.
// The CJS build has the rest.
export default defineConfig([
  {
    ...common,
    entry: {
      ...publicEntries,
      'cli/main': 'cli/main.ts',
      'runtime/register': 'runtime/register.ts',
    },
    format: ['esm'],
    dts: { entry: publicEntries },
  },
  {
    ...common,
    entry: { ...publicEntries, 'cli/main': 'cli/main.ts' },
    format: ['cjs'],
    dts: { entry: publicEntries },
  },
]);
