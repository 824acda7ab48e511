#!/bin/sh
# Release builds for test/instrument/release.test.ts: the same code named and stripped (wasm-strip
# removes only the name section, so the code is byte-identical), built here with the Debian
# toolchains (see fixtures/build.sh for why /usr/bin/rustc).
set -eu
cd "$(dirname "$0")"
R="/usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -C opt-level=3 -C lto=fat -C codegen-units=1 -C panic=abort"
$R bindgen.rs -o bindgen.wasm
$R --cfg renamed bindgen.rs -o bindgen-renamed.wasm
for f in bindgen bindgen-renamed; do cp $f.wasm $f-stripped.wasm; wasm-strip $f-stripped.wasm; done
# JS never frees (no free exported), and a name section naming one function (wasm-bindgen's
# `__wbindgen_closure_wrapper…`; @swc/wasm-typescript): the names cannot say, the code must.
$R --cfg renamed --cfg nofree bindgen.rs -o bindgen-nofree-stripped.wasm
wasm-strip bindgen-nofree-stripped.wasm
work=$(wasm-objdump -x -j Export bindgen-nofree-stripped.wasm | sed -n 's/.*func\[\([0-9]*\)\].*-> "work"/\1/p')
node name-one.mjs bindgen-nofree-stripped.wasm bindgen-nofree-sparse.wasm "$work" __wbindgen_closure_wrapper12
