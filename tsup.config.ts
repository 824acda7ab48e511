import { defineConfig } from 'tsup';

const common = {
  sourcemap: true,
  target: 'node20',
  splitting: true,
  shims: true,
  external: ['binaryen'],
} as const;

// Every entry point in ESM and CJS with declarations, except `register`: it needs top-level await
// (Binaryen must be loaded before any synchronous `new WebAssembly.Module`), so it is ESM only.
export default defineConfig([
  {
    ...common,
    entry: {
      'runtime/index': 'runtime/index.ts',
      'runtime/node': 'runtime/node.ts',
      'instrument/index': 'instrument/index.ts',
      'native/index': 'native/index.ts',
      'cli/main': 'cli/main.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
  },
  {
    ...common,
    entry: { 'runtime/register': 'runtime/register.ts' },
    format: ['esm'],
  },
]);
