#!/bin/sh
# Half an allocator (half.test.ts): clang -O2 + wasi-libc, names stripped; onlymalloc.c never frees
# (wasm-ld drops dlmalloc's free), onlyfree.c never allocates (malloc dropped). Committed.
set -e
cd "$(dirname "$0")"
clang --target=wasm32-wasi -O2 -mexec-model=reactor onlymalloc.c -Wl,--strip-all -Wl,--export=malloc -o onlymalloc.wasm
clang --target=wasm32-wasi -O2 -mexec-model=reactor onlyfree.c -Wl,--strip-all -Wl,--export=free -o onlyfree.wasm
