#!/bin/sh
# The demangling oracles (not our code): llvm-cxxfilt for Rust v0 (rustc-demangle's form, no crate
# hashes; LLVM escapes non-ASCII chars) and c++filt -s rust (binutils) for legacy Rust, whose
# trailing `::h<hash>` we drop, as frames do. The .syms come from the name sections of
# rust-v0-a.rs / rust-v0-b.rs built with /usr/bin/rustc -C symbol-mangling-version=v0, and of
# the same a.rs built with legacy mangling (std's own symbols).
set -eu
cd "$(dirname "$0")"
for f in rust-v0-a rust-v0-b; do llvm-cxxfilt < $f.syms | sed 's/ (\.llvm\.[0-9]*)$//' > $f.expected; done
# the same v0 symbols demangled verbosely (binutils: crate hashes, typed constants), the form a
# name section may already hold (wasm-bindgen writes rustc-demangle's): read as the .expected
for f in rust-v0-a rust-v0-b; do c++filt -s rust < $f.syms > $f.verbose; done
# rust-v0-biome.syms: closures nested in closures (two empty identifiers, `…00E`), the 50 such
# names of @biomejs/wasm-nodejs 2.5.14's name section (the zoo's biome_wasm_bg.wasm); llvm-cxxfilt's
# `(.N)` suffix note dropped as frames drop it
llvm-cxxfilt < rust-v0-biome.syms | sed 's/ (\.llvm\.[0-9]*)$//; s/ (\.[0-9]*)$//' > rust-v0-biome.expected
c++filt -s rust < rust-legacy.syms | sed 's/::h[0-9a-f]\{16\}$//' > rust-legacy.expected
# Itanium: every symbol of Emscripten's wasm32 libc++.a (llvm-nm), and of itanium-cx.cpp
# (clang++ --target=wasm32-wasi -O1 -c). Symbols whose template arguments are expressions are
# left out: those we print as the qualified name alone (no oracle prints that).
for f in itanium-libcxx itanium-cx; do llvm-cxxfilt < $f.syms > $f.expected; done
