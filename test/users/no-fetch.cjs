// Preloaded (`node --require`) before Emscripten 3.1.6 glue, which takes a global fetch to mean a
// browser and fetch()es its .wasm by path. Node 20's `--no-experimental-fetch` did this; Node 24
// has no such flag.
delete globalThis.fetch;
