#!/bin/sh
# Builds a.wasm and b.wasm (two wasi-libc reactors, stripped: no names, no DWARF), their debug
# builds a.debug.wasm, b.debug.wasm (-O2 -g, the same code), and symbol maps a.symbols, b.symbols
# in emcc --emit-symbol-map's format (`index:name`), written by wabt's wasm-objdump from the debug
# builds' name sections, for test/cli/two-stripped.test.ts. Compiled and linked in two steps (a
# one-step `clang -O2 -g` runs wasm-opt at link time, which empties .debug_line). The built files
# are committed (CI has no clang).
set -e
cd "$(dirname "$0")"
for m in a b; do
  clang --target=wasm32-wasi -O2 -g -c -o $m.o $m.c
  clang --target=wasm32-wasi -mexec-model=reactor -o $m.debug.wasm $m.o
  llvm-strip --strip-all -o $m.wasm $m.debug.wasm
  rm $m.o
  # (no Import section here: no WASI call is linked in)
  { wasm-objdump -x -j Import $m.debug.wasm 2>/dev/null || true; wasm-objdump -x -j Function $m.debug.wasm; } \
    | sed -n 's/^ - func\[\([0-9]*\)\] sig=[0-9]* <\([^>]*\)>.*/\1:\2/p' > $m.symbols
done
