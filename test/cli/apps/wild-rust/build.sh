#!/bin/sh
# Builds wild.wasm: a Rust program (wild.rs) for wasm32-wasi with Rust's default layout, the stack
# first (the stack at [0, 1 MiB), its static data above it, then the heap from __heap_base, which
# rustc exports), freeing two statics it never allocated. Debian's rustc 1.63 (/usr/bin/rustc,
# which has the wasm32-wasi std); debug info stripped, names kept. The built file is committed.
set -e
cd "$(dirname "$0")"
/usr/bin/rustc --target wasm32-wasi -O -C strip=debuginfo wild.rs -o wild.wasm
