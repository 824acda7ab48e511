// Run on Node 24 by exnref.test.ts (Node 20's V8 has no exnref), preloaded with
// test/users/no-fetch.cjs. Runs catches.cpp's module in the try_table encoding twice through its
// Emscripten glue:
//   oracle  the original (uninstrumented) exnref module with one change made by Binaryen: each
//           allocator function's body starts with a call to the JS import `oracle.at(k)`, which
//           records V8's own stack (`new Error().stack`, function names from the name section)
//   ours    the instrumented exnref module under the tracer at nframe 16, the `alloc` and
//           `realloc` hooks wrapped so that each allocation's traceback is read as soon as it is
//           recorded (getObjectTraceback), blocks freed later included
// and prints both lists, in program order, as JSON.
//   node exnref-run.mjs GLUE ORACLE_WASM TRACED_WASM DIST_INDEX NAMES_JSON LIBRARY_FRAMES(0|1)
import { readFileSync } from 'node:fs';
import { runEmscripten } from '../../fixtures/harness/emscripten.mjs';

const [glue, oraclePath, tracedPath, dist, namesJson, libraryFrames] = process.argv.slice(2);
/** The probed functions, by probe number (the names of the allocators' entries). */
const probed = JSON.parse(namesJson);

// --- the oracle: V8's stack at each allocator entry -----------------------------------------
Error.stackTraceLimit = Infinity;
const WASM_FRAME = /^\s*at (.*) \(wasm:\/\/wasm\/[^\s]*:wasm-function\[\d+\]:0x[0-9a-f]+\)$/;
const seen = [];
const oracle = await runEmscripten(glue, readFileSync(oraclePath), {
  untilExit: true,
  imports: {
    oracle: {
      at(k) {
        // the wasm frames, most recent first: the allocator's own frame is the first
        const names = new Error().stack.split('\n').map((l) => l.match(WASM_FRAME)?.[1]).filter((n) => n !== undefined);
        if (names[0] !== probed[k]) throw new Error(`oracle: the top wasm frame is ${names[0]}, not ${probed[k]}`);
        seen.push(names);
      },
    },
  },
});

// --- ours: the instrumented module under the tracer -----------------------------------------
const tracemalloc = await import(dist);
tracemalloc.start(16, { libraryFrames: libraryFrames === '1' });
const traced = [];
const names = (ptr) => {
  const tb = tracemalloc.getObjectTraceback(ptr >>> 0);
  // a Traceback is oldest first; most recent first here, as V8's stack
  return tb ? [...tb].reverse().map((f) => f.functionName ?? `(no name: ${f.filename}:${f.lineno})`) : null;
};
const ours = await runEmscripten(glue, readFileSync(tracedPath), {
  untilExit: true,
  instantiate: async (bytes, imports) => {
    const module = new WebAssembly.Module(bytes);
    const attached = tracemalloc.attach(imports, { name: 'catches-exnref.wasm', module });
    const hooks = attached.imports['wasm-tracemalloc'];
    const { alloc, realloc } = hooks;
    attached.imports['wasm-tracemalloc'] = {
      ...hooks,
      alloc(ptr, size, site) { alloc(ptr, size, site); traced.push({ size, frames: names(ptr) }); },
      realloc(old, ptr, size, site) { realloc(old, ptr, size, site); traced.push({ size, frames: names(ptr) }); },
    };
    return attached.bind(new WebAssembly.Instance(module, attached.imports), module);
  },
});
tracemalloc.stop();

process.stdout.write(JSON.stringify({
  version: process.versions.node,
  oracle: { stdout: oracle.stdout, exitCode: oracle.exitCode, stacks: seen },
  ours: { stdout: ours.stdout, exitCode: ours.exitCode, traces: traced },
}));
