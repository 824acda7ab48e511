// The API path: `node lib/api.mjs WORKLOAD REPORT.json`. Instruments every module the workload
// loads through setInstrumenter + patchWebAssembly (the README's glue-code path), runs it
// unchanged, and at exit writes what was traced to REPORT.json (never to the workload's stdout).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as tracemalloc from 'wasm-tracemalloc';
import { instrument } from 'wasm-tracemalloc/instrument';
import { summarize } from './summary.mjs';

const [workload, reportPath] = process.argv.slice(2);
process.argv.splice(2, 2); // the workload sees the argv it would see alone
const modules = [];
tracemalloc.setInstrumenter((bytes) => {
  try {
    const r = instrument(bytes, { allowNoAllocator: true });
    modules.push({ bytes: bytes.length, profile: r.profile, allocators: r.stats.allocators, discovery: r.stats.discovery ?? null, warnings: r.stats.warnings });
    return r.bytes;
  } catch (error) {
    modules.push({ bytes: bytes.length, profile: 'error', error: String(error?.message ?? error).split('\n')[0] });
    throw error;
  }
});
tracemalloc.patchWebAssembly();
tracemalloc.start(16);
process.on('exit', () => {
  const [current, peak] = tracemalloc.isTracing() ? tracemalloc.getTracedMemory() : [0, 0];
  const snapshot = tracemalloc.isTracing() ? tracemalloc.takeSnapshot() : null;
  writeFileSync(reportPath, JSON.stringify({ modules, current, peak, ...(snapshot ? summarize(snapshot) : {}) }));
});
await import(pathToFileURL(workload).href);
