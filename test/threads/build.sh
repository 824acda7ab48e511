#!/bin/sh
# Rebuilds built/ (committed): emcc 3.1.6 -pthread at -O2 with DWARF, run under Node (no fetch of
# the .wasm: the test preloads test/users/no-fetch.cjs, as Node 20's --no-experimental-fetch).
# emcc 3.1.6's JS optimizer needs acorn: NODE_PATH points it at the repository's node_modules.
# built/package.json makes the glue and its worker scripts CommonJS inside this "type": "module" package.
# tally.c is built twice, for Node and for a page (-sENVIRONMENT=web,worker: test/browser/threaded.browser.test.ts);
# the two .wasm are the same bytes, so the page's is not kept (the test serves tally-O2.wasm instrumented).
set -e
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
export NODE_PATH="$ROOT/node_modules"
FLAGS="-O2 -g -pthread -sENVIRONMENT=node -sEXIT_RUNTIME=1 -fdebug-prefix-map=$ROOT=."
emcc $FLAGS -sPTHREAD_POOL_SIZE=4 src/pool.c -o built/pool-O2.js
emcc $FLAGS -sPROXY_TO_PTHREAD -sPTHREAD_POOL_SIZE=3 src/proxy.c -o built/proxy-O2.js
emcc $FLAGS -sPTHREAD_POOL_SIZE=4 src/tally.c -o built/tally-O2.js
WEB="-O2 -g -pthread -sENVIRONMENT=web,worker -sEXIT_RUNTIME=1 -fdebug-prefix-map=$ROOT=."
emcc $WEB -sPTHREAD_POOL_SIZE=4 src/tally.c -o built/tally-web-O2.js
cmp built/tally-O2.wasm built/tally-web-O2.wasm && rm built/tally-web-O2.wasm
# own.c: clang + wasi-libc (its dlmalloc), on a shared imported memory; a worker compiles it itself
# (node/own-compile.test.ts). wasi-libc here has no threaded build (no atomics in libc.a), so the
# link skips the feature check; the program never runs two threads in the allocator at once.
clang --target=wasm32-wasi -O1 -g -matomics -mbulk-memory -fdebug-prefix-map=$ROOT=. -c src/own.c -o /tmp/own.o
wasm-ld /tmp/own.o /usr/lib/wasm32-wasi/libc.a --no-entry --import-memory --shared-memory --max-memory=16777216 --no-check-features -o built/own.wasm
rm /tmp/own.o
