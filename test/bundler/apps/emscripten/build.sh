#!/usr/bin/env bash
# Rebuilds build/ (committed, so the tests need no emcc): fixtures/emscripten-common/program.c with
# the flags of fixtures/emscripten-sourcemap (-O0 -gsource-map), for the web, as an ES module.
# Emscripten 3.1.6 (Debian). The map's sources are relative to build/, five folders below the
# repository root, as are the tests' copies under .tmp/bundler/<test>/emscripten/build/.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p build
emcc ../../../../fixtures/emscripten-common/program.c -O0 -gsource-map -sMODULARIZE=1 -sEXPORT_ES6=1 \
  -sEXPORT_NAME=createProgram -sENVIRONMENT=web -o build/program.js 2> >(grep -v 'source-map-base' >&2)
# The same program as ONE file (-sSINGLE_FILE: the .wasm embedded in the glue as base64, no asset
# for a bundler to see), with DWARF inside the module (-g, paths relative to this folder).
emcc ../../../../fixtures/emscripten-common/program.c -O0 -g -fdebug-prefix-map="$PWD"=. -sSINGLE_FILE=1 -sMODULARIZE=1 \
  -sEXPORT_ES6=1 -sEXPORT_NAME=createProgram -sENVIRONMENT=web -o build/program-single.js
