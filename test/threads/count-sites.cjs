// Preloaded (--require, so in every worker thread too, before the tool's own script) by
// test/node/register-threaded.test.ts: appends a line "<threadId>" to the file $SITES_LOG each
// time a worker thread asks a module for its site table section (wasm-tracemalloc.sites), which
// is what decoding a module's site table starts with (runtime/tracer/site-table.ts
// SiteTable.fromModule). The main thread's reads are not counted (its snapshot decodes the table).
const { isMainThread, threadId } = require('node:worker_threads');
const { appendFileSync } = require('node:fs');
const customSections = WebAssembly.Module.customSections;
WebAssembly.Module.customSections = function (module, name) {
  if (!isMainThread && name === 'wasm-tracemalloc.sites') appendFileSync(process.env.SITES_LOG, `${threadId}\n`);
  return customSections.call(this, module, name);
};
