#!/usr/bin/env node
// The CLI lives in dist/ (built by `npm install`'s prepare step, or `npm run build`).
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('wasm-tracemalloc: the package is not built (dist/cli/main.js is missing); run `npm run build`\n');
    process.exit(2);
  }
  throw err;
}
process.exitCode = await main(process.argv.slice(2));
