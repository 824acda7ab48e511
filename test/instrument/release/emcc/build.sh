#!/bin/sh
# Emscripten release builds of prog.c for ../release.test.ts (emcc 3.1.6 from Debian, dlmalloc):
# the same program minified with --closure 1 (+ its symbol map), with -gseparate-dwarf, and with
# names. Debian's emcc lacks two node tools its -O2 JS passes need: acorn (taken from the
# repository's node_modules) and the closure compiler (`npm install google-closure-compiler` in
# a scratch folder, then CLOSURE=that/node_modules/.bin/google-closure-compiler ./build.sh).
set -eu
cd "$(dirname "$0")"
export NODE_PATH="$(cd ../../../.. && pwd)/node_modules"
export EM_CLOSURE_COMPILER="${CLOSURE:?set CLOSURE to a google-closure-compiler binary}"
E="emcc prog.c -O2 -s MODULARIZE=1 -s EXPORT_NAME=createModule -s ENVIRONMENT=node -s EXPORTED_FUNCTIONS=_run,_clear,_heap_in_use,_malloc,_free -s ALLOW_MEMORY_GROWTH=1"
$E --closure 1 --emit-symbol-map -o closure.js
$E -g -gseparate-dwarf=dwarf.debug.wasm -o dwarf.js
$E --profiling-funcs -o named.js
