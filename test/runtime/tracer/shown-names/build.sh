#!/bin/sh
# The cpp fixture's program (fixtures/cpp/main.cpp: same stdout, same allocations) built without
# DWARF and with its name section's names as the linker has them, mangled (`_Z4leafj`): what the
# site table then keeps, and the runtime shows demangled (test/runtime/tracer/shown-names.test.ts).
# clang++ 14's driver drops `-Wl,--no-demangle` for wasm32-wasi, so wasm-ld is run as it would run it.
# Needs Debian's clang-14, lld-14, wasi-libc, libc++-14-dev-wasm32 (fixtures/build.sh's packages).
set -eu
cd "$(dirname "$0")"
ROOT=../../../..
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
clang++ --target=wasm32-wasi -O1 -fno-exceptions -c "$ROOT/fixtures/cpp/main.cpp" -o "$TMP/main.o"
BUILTINS=$(clang++ --target=wasm32-wasi -print-libgcc-file-name)
wasm-ld -m wasm32 -L/usr/lib/wasm32-wasi /usr/lib/wasm32-wasi/crt1-command.o "$TMP/main.o" -lc++ -lc++abi -lc "$BUILTINS" \
  --no-demangle -o cpp-mangled.wasm
