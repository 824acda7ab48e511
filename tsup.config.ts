import { defineConfig } from 'tsup';

// One build for every entry point; ESM and CJS, declarations for the public ones.
export default defineConfig({
  entry: {
    'runtime/index': 'runtime/index.ts',
    'runtime/node': 'runtime/node.ts',
    'runtime/register': 'runtime/register.ts',
    'instrument/index': 'instrument/index.ts',
    'native/index': 'native/index.ts',
    'cli/main': 'cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  shims: true,
  external: ['binaryen'],
});
