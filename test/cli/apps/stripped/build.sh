#!/bin/sh
# Builds inventory.wasm (-O2 -g: DWARF, a name section) and its stripped copy inventory.stripped.wasm
# (no DWARF, no name section, no producers: what a release ships). Compiled and linked in two steps:
# a one-step `clang -O2 -g` runs wasm-opt at link time, which empties every .debug_line program.
# The built files are committed (CI has no clang). clang 14+ with wasi-libc.
set -e
cd "$(dirname "$0")"
clang --target=wasm32-wasi -O2 -g -c -o inventory.o inventory.c
clang --target=wasm32-wasi -o inventory.wasm inventory.o
rm inventory.o
llvm-strip --strip-all -o inventory.stripped.wasm inventory.wasm
# The oracle: llvm-symbolizer's answer for every call instruction of the code, at its offset in the
# code section (the address llvm-symbolizer takes for a wasm object: DWARF's), inlined frames listed.
start=$(wasm-objdump -h inventory.wasm | sed -n 's/^ *Code start=\(0x[0-9a-f]*\).*/\1/p')
wasm-objdump -d inventory.wasm | sed -n 's/^ \([0-9a-f]*\): 1[01] .*/\1/p' | while read -r at; do printf '0x%x\n' $((0x$at - start)); done \
  | llvm-symbolizer --inlining --print-address --obj=inventory.wasm > inventory.symbolizer.txt
# A symbol map in emcc --emit-symbol-map's format (`index:name`, every function of the index space,
# imports first), written by wabt's wasm-objdump from the -g build's name section: the oracle of
# `symbolize --symbols`, which names the stripped build's functions from it alone.
{ wasm-objdump -x -j Import inventory.wasm; wasm-objdump -x -j Function inventory.wasm; } \
  | sed -n 's/^ - func\[\([0-9]*\)\] sig=[0-9]* <\([^>]*\)>.*/\1:\2/p' > inventory.symbols
