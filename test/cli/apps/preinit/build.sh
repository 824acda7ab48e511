#!/bin/sh
# Builds preinit.wasm: a wasi-libc reactor (preinit.c) whose constructor allocates, pre-initialised
# at build time by Binaryen's wasm-ctor-eval (Debian's binaryen): `_initialize` (the constructors)
# is run and the memory it leaves is written into the module's data segments, the export removed,
# as Wizer does for a `wasi-vfs pack`ed module (ruby.wasm). The built file is committed (CI has no clang).
set -e
cd "$(dirname "$0")"
# compiled and linked in two steps: a one-step `clang -O2` runs wasm-opt at link time, which
# inlines realloc into its sole caller (then a caveat, and blocks resized unseen)
clang --target=wasm32-wasi -O2 -c -o preinit.o preinit.c
clang --target=wasm32-wasi -mexec-model=reactor -o preinit.plain.wasm preinit.o
wasm-ctor-eval --ctors=_initialize preinit.plain.wasm -o preinit.wasm
rm preinit.o preinit.plain.wasm
