#!/bin/sh
# Rebuilds built/ (committed): emcc 3.1.6 -pthread at -O2 with DWARF, run under Node (no fetch of
# the .wasm: the test preloads test/users/no-fetch.cjs, as Node 20's --no-experimental-fetch).
# emcc 3.1.6's JS optimizer needs acorn: NODE_PATH points it at the repository's node_modules.
# built/package.json makes the glue and its worker scripts CommonJS inside this "type": "module" package.
set -e
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
export NODE_PATH="$ROOT/node_modules"
FLAGS="-O2 -g -pthread -sENVIRONMENT=node -sEXIT_RUNTIME=1 -fdebug-prefix-map=$ROOT=."
emcc $FLAGS -sPTHREAD_POOL_SIZE=4 src/pool.c -o built/pool-O2.js
emcc $FLAGS -sPROXY_TO_PTHREAD -sPTHREAD_POOL_SIZE=3 src/proxy.c -o built/proxy-O2.js
