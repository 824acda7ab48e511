// The zoo: one row per package (the npm package, what built its wasm, and its workload).
// Checked with wasm-objdump -x: custom sections, Tag section, export names (README.md).
export const PACKAGES = [
  { name: 'sql.js', workload: 'sql.js.mjs', toolchain: 'Emscripten C, minified exports' },
  // The same library built with names: the independent measure of the row above.
  { name: 'sql.js:debug', workload: 'sql.js.mjs', env: { ZOO_BUILD: 'debug' }, toolchain: 'the same, its debug build (exports named)' },
  { name: 'web-tree-sitter', workload: 'web-tree-sitter.mjs', toolchain: 'Emscripten C, dylink.0 main + side module' },
  { name: 'libsodium-wrappers', workload: 'libsodium-wrappers.mjs', toolchain: 'Emscripten C, base64 in JS' },
  { name: '@bokuweb/zstd-wasm', workload: 'zstd-wasm.mjs', toolchain: 'Emscripten C, minified exports' },
  { name: '@hpcc-js/wasm-graphviz', workload: 'hpcc-js-wasm-graphviz.mjs', toolchain: 'Emscripten C/C++, wasm exceptions, base64 in JS' },
  { name: 'manifold-3d', workload: 'manifold-3d.mjs', toolchain: 'Emscripten C++ embind, closure-minified' },
  { name: 'web-ifc', workload: 'web-ifc.mjs', toolchain: 'Emscripten C++, wasm exceptions (Tag section)' },
  { name: 'brotli-wasm', workload: 'brotli-wasm.mjs', toolchain: 'Rust wasm-bindgen (__wbindgen_malloc)' },
  { name: 'lz4-wasm-nodejs', workload: 'lz4-wasm-nodejs.mjs', toolchain: 'Rust wasm-bindgen (__wbindgen_malloc)' },
  { name: '@resvg/resvg-wasm', workload: 'resvg-wasm.mjs', toolchain: 'Rust wasm-bindgen (__wbindgen_malloc)' },
  { name: '@dimforge/rapier2d-compat', workload: 'rapier2d-compat.mjs', toolchain: 'Rust wasm-bindgen (__wbindgen_export_N), base64 in JS' },
  { name: 'lightningcss-wasm', workload: 'lightningcss-wasm.mjs', toolchain: 'Rust napi-wasm (napi_wasm_malloc)' },
  { name: '@chainsafe/as-sha256', workload: 'as-sha256.mjs', toolchain: 'AssemblyScript, static buffers only, base64 in JS' },
  { name: '@fluffylabs/anan-as', workload: 'anan-as.mjs', toolchain: 'AssemblyScript 0.28 release (itcms GC), no names' },
  { name: '@fluffylabs/anan-as:debug', workload: 'anan-as.mjs', env: { ZOO_BUILD: 'debug' }, toolchain: 'the same, its debug build (name section)' },
  { name: 'rabin-wasm', workload: 'rabin-wasm.mjs', toolchain: 'AssemblyScript 0.9-era ARC runtime, source map only' },
  { name: 'esbuild-wasm', workload: 'esbuild-wasm.mjs', toolchain: 'Go (own heap)' },
  { name: 'hash-wasm', workload: 'hash-wasm.mjs', toolchain: 'plain clang, static buffers, base64 in JS' },
  // Added in session 4 as packages the tool had never met (run before any code change for them).
  { name: '@sqlite.org/sqlite-wasm', workload: 'sqlite-wasm.mjs', toolchain: "Emscripten C, SQLite's official build" },
  { name: 'harfbuzzjs', workload: 'harfbuzzjs.mjs', toolchain: 'Emscripten C++' },
  { name: 'yoga-layout', workload: 'yoga-layout.mjs', toolchain: 'Emscripten C++ embind, base64 in JS' },
  { name: 'tiktoken', workload: 'tiktoken.mjs', toolchain: 'Rust wasm-bindgen' },
  { name: '@swc/wasm', workload: 'swc-wasm.mjs', toolchain: 'Rust wasm-bindgen, ~20 MB release module' },
  { name: '@jsquash/png', workload: 'jsquash-png.mjs', toolchain: 'Rust wasm-bindgen, initialised with bytes' },
  { name: 'xxhash-wasm', workload: 'xxhash-wasm.mjs', toolchain: 'hand-written wasm, static buffer, base64 in JS' },
  { name: 'wasm-vips', workload: 'wasm-vips.mjs', toolchain: 'Emscripten C/C++ with pthreads (shared memory)' },
  { name: '@oxc-parser/binding-wasm32-wasi', workload: 'oxc-parser-wasi.mjs', toolchain: 'Rust napi-rs, wasm32-wasip1-threads (shared memory)' },
];
