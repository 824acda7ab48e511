// `node --import wasm-tracemalloc/register app.mjs` — Python's PYTHONTRACEMALLOC for wasm:
//
//   WASM_TRACEMALLOC=<nframe>          patch WebAssembly, instrument modules as they load, start
//                                      tracing with nframe frames (unset, empty or 0: do nothing)
//   WASM_TRACEMALLOC_SNAPSHOT=<path>   write a snapshot there at exit, on SIGUSR2 (the program goes
//                                      on), and on SIGINT/SIGTERM (then the signal's default runs)
//   WASM_TRACEMALLOC_NATIVE=1          also trace this process's own malloc (domain 0)
//   WASM_TRACEMALLOC_LIBRARY_FRAMES=1  keep the toolchain-runtime frames (start()'s libraryFrames)
//   WASM_TRACEMALLOC_JS_FRAMES=0       no JS caller's frames above the wasm frames (on by default:
//                                      start()'s jsFrames: true; `exact` captures at every event)
//   WASM_TRACEMALLOC_LIBRARY_PATHS=<json>, WASM_TRACEMALLOC_USER_PATHS=<json>
//                                      start()'s libraryPaths / userPaths: '["vendor/sdk/"]'
//   WASM_TRACEMALLOC_REACHABILITY=1    snapshots record which live blocks no pointer reaches any
//                                      more (start()'s reachability; `leaks` sets it)
//   WASM_TRACEMALLOC_INSTRUMENT=<json> options for instrument(), e.g. the allocator of a
//                                      minified build: '{"alloc":["Ia"],"free":["Ja"]}'
//
// This file only reads WASM_TRACEMALLOC: with tracing off (unset, empty or 0) it loads nothing
// else, so a `--import wasm-tracemalloc/register` left in NODE_OPTIONS costs a start ~nothing.
// Everything else is in register-traced.ts, run (before the program starts) only when tracing is
// on, inside the tool's one script (node/script.ts) that the program's own `import
// 'wasm-tracemalloc'` gets its API from too: one tracer.
const spec = (process.env.WASM_TRACEMALLOC ?? '').trim();
if (spec !== '' && spec !== '0') (await import('./script-loader')).toolScript().register();

export {};
