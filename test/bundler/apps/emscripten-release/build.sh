#!/usr/bin/env bash
# Rebuilds symbols/ and dwarf/ (committed, so the tests need no emcc): release builds of
# fixtures/emscripten-common/program.c, for the web, as ES modules, with emcc 3.1.6 (Debian).
#   symbols/  -O2 --emit-symbol-map: a stripped module (no name section, malloc not exported) and
#             program.js.symbols beside it
#   dwarf/    -O2 -gseparate-dwarf: a module with no DWARF of its own, whose external_debug_info
#             section names program.debug.wasm (beside it: -sSEPARATE_DWARF_URL). Its DWARF names
#             the source relative to the repository (-fdebug-prefix-map), as fixtures/emscripten-g.
set -euo pipefail
app=test/bundler/apps/emscripten-release
cd "$(dirname "$0")/../../../.."
root=$PWD
# -O2 runs emcc's JS optimizer, which needs `acorn`: the one in the repository's node_modules
export NODE_PATH="$root/node_modules${NODE_PATH:+:$NODE_PATH}"
flags=(-fdebug-prefix-map="$root"=. fixtures/emscripten-common/program.c -O2 -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createProgram -sENVIRONMENT=web)
rm -rf "$app/symbols" "$app/dwarf"
mkdir -p "$app/symbols" "$app/dwarf"
emcc "${flags[@]}" --emit-symbol-map -o "$app/symbols/program.js"
emcc "${flags[@]}" -gseparate-dwarf="$app/dwarf/program.debug.wasm" -sSEPARATE_DWARF_URL=program.debug.wasm -o "$app/dwarf/program.js"
