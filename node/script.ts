// The tool's Node code as ONE script: the entry of dist/node/script.cjs (CommonJS, built by
// tsup.config.ts with esbuild), which node/script-loader.ts runs once per process through
// `vm.Script` with V8's code cache, so a traced program's second start neither parses nor
// compiles again the tool's own JS (bench/README.md, "Starting faster again").
//
// Every Node entry that holds the tracer's state is a facade over this one object (the ES files
// dist/node/index.js, dist/node/browser.js, dist/native/index.js, dist/report/index.js, and the
// CommonJS dist/{node,native,report}/index.cjs; register calls `register()`): `--import wasm-tracemalloc/register` and the program's own
// `import 'wasm-tracemalloc'` meet in the same tracer. Each part is run when first asked for
// (esbuild runs a module `require`d in a bundle at that require), so register alone runs neither
// the API's model nor the report.
export const node = (): typeof import('./index') => require('./index') as typeof import('./index');
export const native = (): typeof import('../native/index') => require('../native/index') as typeof import('../native/index');
export const report = (): typeof import('../report/index') => require('../report/index') as typeof import('../report/index');
/** register's body (node/register-traced.ts), when WASM_TRACEMALLOC asks for tracing. */
export const register = (): void => void require('./register-traced');
/** The loader makes its code cache before the tool changes a V8 flag (node/v8-flags.ts). */
export { beforeV8FlagsChange } from './v8-flags';
