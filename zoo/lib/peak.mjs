// `--import ./lib/peak.mjs` after wasm-tracemalloc/register: at exit, writes the traced
// [current, peak] to $ZOO_PEAK (the register path's snapshot has the live set, not the peak).
import { writeFileSync } from 'node:fs';
import { getTracedMemory, isTracing } from 'wasm-tracemalloc';
process.on('exit', () => {
  if (process.env.ZOO_PEAK) writeFileSync(process.env.ZOO_PEAK, JSON.stringify(isTracing() ? getTracedMemory() : null));
});
