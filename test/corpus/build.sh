#!/usr/bin/env bash
# Builds the corpus (test/corpus/src → test/corpus/built) and re-derives its answers
# (test/corpus/expected/*.json) with the oracle, which never runs our code: V8's debugger stops
# at every allocator entry of the ORIGINAL module, and each stack is symbolized with
# llvm-symbolizer --inlining (DWARF) or @jridgewell/trace-mapping (source maps).
#   apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32 libc++-14-dev-wasm32 \
#     libc++abi-14-dev-wasm32 wabt emscripten rustc libstd-rust-dev-wasm32 llvm
# Usage: test/corpus/build.sh [program...]   (default: all). Same inputs, same bytes.
# Runs from the repository root so that debug info names test/corpus/src/… relatively.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
S=test/corpus/src
B=test/corpus/built
mkdir -p "$B"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

c_build() { # name opt
  clang --target=wasm32-wasi -g "-$2" -fdebug-prefix-map="$ROOT"=. -c $S/argv.c -o "$TMP/$1.o"
  # Linked in a second step without -O: a one-step optimised link runs wasm-opt, which strips DWARF.
  clang --target=wasm32-wasi -g "$TMP/$1.o" -o "$B/$1.wasm"
}
cpp_build() {
  clang++ --target=wasm32-wasi -g "-$2" -fno-exceptions -fdebug-prefix-map="$ROOT"=. -c $S/containers.cpp -o "$TMP/$1.o"
  clang++ --target=wasm32-wasi -g "$TMP/$1.o" -o "$B/$1.wasm"
}
EMCC=(emcc -fdebug-prefix-map="$ROOT"=. $S/em.c -O2 -sMODULARIZE=1 -sEXPORT_NAME=createProgram
  -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0)
build_c_O0() { c_build c-O0 O0; }
build_c_O2() { c_build c-O2 O2; }
build_cpp_O0() { cpp_build cpp-O0 O0; }
build_cpp_O2() { cpp_build cpp-O2 O2; }
build_em_O2_g() {
  "${EMCC[@]}" -g -o "$TMP/em.js"
  mv "$TMP/em.js" "$B/em-O2-g.cjs"; mv "$TMP/em.wasm" "$B/em-O2-g.wasm"
}
build_em_O2_sourcemap() {
  # Written in place: the map's sources are relative to the folder it is written to.
  "${EMCC[@]}" -gsource-map -o "$B/em-O2-sourcemap.js" 2> >(grep -v 'source-map-base' >&2)
  mv "$B/em-O2-sourcemap.js" "$B/em-O2-sourcemap.cjs"
}
rust_build() {
  /usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -g "$@" --remap-path-prefix="$ROOT"=. $S/lib.rs -o "$TMP/r.wasm"
}
build_rust_O0() { rust_build -C opt-level=0; mv "$TMP/r.wasm" "$B/rust-O0.wasm"; }
build_rust_O2() { rust_build -C opt-level=2; mv "$TMP/r.wasm" "$B/rust-O2.wasm"; }
as_build() {
  node_modules/.bin/asc $S/shapes.ts "-$2" --debug --sourceMap --runtime incremental -o "$B/$1.wasm"
}
build_as_O0() { as_build as-O0 O0; }
# Session 4's programs, written after the code they check (not tuned on it).
graph_build() {
  clang --target=wasm32-wasi -g "-$2" -fdebug-prefix-map="$ROOT"=. -c $S/graph.c -o "$TMP/$1.o"
  clang --target=wasm32-wasi -g "$TMP/$1.o" -o "$B/$1.wasm"
}
build_graph_Os() { graph_build graph-Os Os; }
build_graph_O3() { graph_build graph-O3 O3; }
build_throws_O2() {
  em++ -fdebug-prefix-map="$ROOT"=. $S/throws.cpp -O2 -g -fwasm-exceptions -sMODULARIZE=1 -sEXPORT_NAME=createProgram \
    -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -o "$TMP/throws.js"
  mv "$TMP/throws.js" "$B/throws-O2.cjs"; mv "$TMP/throws.wasm" "$B/throws-O2.wasm"
}
inventory_build() {
  node_modules/.bin/asc $S/inventory.ts "-$2" --debug --sourceMap --runtime incremental -o "$B/$1.wasm"
}
build_inventory_O3() { inventory_build inventory-O3 O3; }
build_inventory_Oz() { inventory_build inventory-Oz Oz; }
build_text_O2() { /usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -g -C opt-level=2 --remap-path-prefix="$ROOT"=. $S/text.rs -o "$B/text-O2.wasm"; }

build_as_O2() { as_build as-O2 O2; }

# Session 7: programs of kinds the corpus lacked, written before looking at the code they check.
build_arena_O2() {
  clang --target=wasm32-wasi -g -O2 -fdebug-prefix-map="$ROOT"=. -c $S/arena.c -o "$TMP/arena.o"
  clang --target=wasm32-wasi -g "$TMP/arena.o" -o "$B/arena-O2.wasm"
}
build_json_O3() {
  clang++ --target=wasm32-wasi -std=c++17 -g -O3 -fno-exceptions -fdebug-prefix-map="$ROOT"=. -c $S/json.cpp -o "$TMP/json.o"
  clang++ --target=wasm32-wasi -g "$TMP/json.o" -o "$B/json-O3.wasm"
}
build_traits_O3() { /usr/bin/rustc --target wasm32-wasi -g -C opt-level=3 --remap-path-prefix="$ROOT"=. $S/traits.rs -o "$B/traits-O3.wasm"; }
EXC=(em++ -fdebug-prefix-map="$ROOT"=. $S/exc.cpp -fexceptions -sMODULARIZE=1 -sEXPORT_NAME=createProgram
  -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0)
build_exc_O3_g() {
  "${EXC[@]}" -O3 -g -o "$TMP/exc.js"
  mv "$TMP/exc.js" "$B/exc-O3-g.cjs"; mv "$TMP/exc.wasm" "$B/exc-O3-g.wasm"
}
build_exc_Os_sourcemap() {
  "${EXC[@]}" -Os -gsource-map -o "$B/exc-Os-sourcemap.js" 2> >(grep -v 'source-map-base' >&2)
  mv "$B/exc-Os-sourcemap.js" "$B/exc-Os-sourcemap.cjs"
}
build_lto_O2() {
  # Three files, link-time optimised (wasm-ld's LTO at -O2; no -O at the link: no wasm-opt), DWARF 5.
  for f in lto_main lto_store lto_util; do
    clang --target=wasm32-wasi -gdwarf-5 -O2 -flto -fdebug-prefix-map="$ROOT"=. -c $S/$f.c -o "$TMP/$f.o"
  done
  clang --target=wasm32-wasi -flto -g "$TMP"/lto_main.o "$TMP"/lto_store.o "$TMP"/lto_util.o -o "$B/lto-O2.wasm"
}
build_jmp_O2_g() {
  emcc -fdebug-prefix-map="$ROOT"=. $S/jmp.c -O2 -g -sMALLOC=emmalloc -sMODULARIZE=1 -sEXPORT_NAME=createProgram \
    -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -o "$TMP/jmp.js"
  mv "$TMP/jmp.js" "$B/jmp-O2-g.cjs"; mv "$TMP/jmp.wasm" "$B/jmp-O2-g.wasm"
}
build_lru_Oz_lto() { /usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -g -C opt-level=z -C lto=fat -C codegen-units=1 --remap-path-prefix="$ROOT"=. $S/lru.rs -o "$B/lru-Oz-lto.wasm"; }
build_cxxnew_O2() {
  clang++ --target=wasm32-wasi -std=c++17 -g -O2 -fno-exceptions -fdebug-prefix-map="$ROOT"=. -c $S/cxxnew.cpp -o "$TMP/cxxnew.o"
  clang++ --target=wasm32-wasi -g "$TMP/cxxnew.o" -o "$B/cxxnew-O2.wasm"
}
build_cxxnew_em_O2_g() {
  em++ -std=c++17 -fdebug-prefix-map="$ROOT"=. $S/cxxnew.cpp -O2 -g -sMODULARIZE=1 -sEXPORT_NAME=createProgram \
    -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -o "$TMP/cxxnew.js"
  mv "$TMP/cxxnew.js" "$B/cxxnew-em-O2-g.cjs"; mv "$TMP/cxxnew.wasm" "$B/cxxnew-em-O2-g.wasm"
}
build_ledger_O2_g() {
  em++ -fdebug-prefix-map="$ROOT"=. $S/ledger.cpp -O2 -g -fexceptions -sMODULARIZE=1 -sEXPORT_NAME=createProgram \
    -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -o "$TMP/ledger.js"
  mv "$TMP/ledger.js" "$B/ledger-O2-g.cjs"; mv "$TMP/ledger.wasm" "$B/ledger-O2-g.wasm"
}
build_stdio_O1() {
  clang --target=wasm32-wasi -g -O1 -fdebug-prefix-map="$ROOT"=. -c $S/stdio.c -o "$TMP/stdio.o"
  clang --target=wasm32-wasi -g "$TMP/stdio.o" -o "$B/stdio-O1.wasm"
}
build_traits_Os_lto() { /usr/bin/rustc --target wasm32-wasi -g -C opt-level=s -C lto=fat -C codegen-units=1 --remap-path-prefix="$ROOT"=. $S/traits.rs -o "$B/traits-Os-lto.wasm"; }
build_exc_wasm_Os_sourcemap() {
  # the same program with wasm exceptions (try/catch in the module, no invoke_*)
  em++ -fdebug-prefix-map="$ROOT"=. $S/exc.cpp -fwasm-exceptions -sMODULARIZE=1 -sEXPORT_NAME=createProgram \
    -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -Os -gsource-map -o "$B/exc-wasm-Os-sourcemap.js" 2> >(grep -v 'source-map-base' >&2)
  mv "$B/exc-wasm-Os-sourcemap.js" "$B/exc-wasm-Os-sourcemap.cjs"
}
build_coro_O2() {
  clang++ --target=wasm32-wasi -std=c++20 -g -O2 -fno-exceptions -fdebug-prefix-map="$ROOT"=. -c $S/coro.cpp -o "$TMP/coro.o"
  clang++ --target=wasm32-wasi -g "$TMP/coro.o" -o "$B/coro-O2.wasm"
}
build_edges_O2() {
  clang --target=wasm32-wasi -g -O2 -fdebug-prefix-map="$ROOT"=. -c $S/edges.c -o "$TMP/edges.o"
  clang --target=wasm32-wasi -g "$TMP/edges.o" -o "$B/edges-O2.wasm"
}
build_animals_O3() { node_modules/.bin/asc $S/animals.ts -O3 --debug --sourceMap --runtime incremental -o "$B/animals-O3.wasm"; }
build_words_stub_O3() { node_modules/.bin/asc $S/words.ts -O3 --debug --sourceMap --runtime stub -o "$B/words-stub-O3.wasm"; }
build_words_minimal_O2() { node_modules/.bin/asc $S/words.ts -O2 --debug --sourceMap --runtime minimal -o "$B/words-minimal-O2.wasm"; }

# oracle4: programs written after session 7, in shapes the corpus lacked.
tails_flags=(--target=wasm32-wasi -g -fdebug-prefix-map="$ROOT"=.)
build_tails_O3_lto() {
  # LTO at -O3 with wasm tail calls: `return f(...)` becomes return_call (the caller's frame is gone)
  clang "${tails_flags[@]}" -O3 -flto -mtail-call -c $S/tails.c -o "$TMP/tails.o"
  clang --target=wasm32-wasi -g -flto -mtail-call -Wl,--lto-O3 "$TMP/tails.o" -o "$B/tails-O3-lto.wasm"
}
build_tails_Os_wasmopt() {
  # -Os, then wasm-opt -O3 keeping DWARF (Binaryen rewrites it): functions merged, code moved
  clang "${tails_flags[@]}" -Os -c $S/tails.c -o "$TMP/tails.o"
  clang --target=wasm32-wasi -g "$TMP/tails.o" -o "$TMP/tails.wasm"
  wasm-opt -O3 -g "$TMP/tails.wasm" -o "$B/tails-Os-wasmopt.wasm"
}
# flow.rs: wasm32-wasi (a bin: std's main, stdout) and wasm32-unknown-unknown (main exported)
flow_build() { # name target flags...
  local name=$1 target=$2; shift 2
  /usr/bin/rustc --target "$target" -C opt-level=3 -C panic=abort "$@" --remap-path-prefix="$ROOT"=. $S/flow.rs -o "$B/$name.wasm"
}
build_flow_wasi_O3_lto_g1() { flow_build flow-wasi-O3-lto-g1 wasm32-wasi -C debuginfo=1 -C lto=fat -C codegen-units=1; }
build_flow_O3_g2() { flow_build flow-O3-g2 wasm32-unknown-unknown -C debuginfo=2; }
views_cxx=(-std=c++17 -g -fdebug-prefix-map="$ROOT"=. $S/views.cpp)
build_views_O2_lto() {
  clang++ --target=wasm32-wasi "${views_cxx[@]}" -O2 -flto -fno-exceptions -c -o "$TMP/views.o"
  clang++ --target=wasm32-wasi -g -flto "$TMP/views.o" -o "$B/views-O2-lto.wasm"
}
build_views_em_O3_g() {
  em++ "${views_cxx[@]}" -O3 -sMODULARIZE=1 -sEXPORT_NAME=createProgram \
    -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -o "$TMP/views.js"
  mv "$TMP/views.js" "$B/views-em-O3-g.cjs"; mv "$TMP/views.wasm" "$B/views-em-O3-g.wasm"
}
build_queue_O3s() { node_modules/.bin/asc $S/queue.ts --optimizeLevel 3 --shrinkLevel 2 --debug --sourceMap --runtime incremental -o "$B/queue-O3s.wasm"; }
build_flow_Oz_wasmopt() {
  # as a wasm-pack release leaves it when told to keep debug info: rustc opt-level z, then wasm-opt -Oz -g
  flow_build flow-Oz-wasmopt wasm32-unknown-unknown -C debuginfo=2 -C opt-level=z
  wasm-opt -Oz -g "$B/flow-Oz-wasmopt.wasm" -o "$B/flow-Oz-wasmopt.wasm"
}
build_views_O2_wasmopt() {
  # clang++'s DWARF rewritten by wasm-opt -O3 -g (scopes whose end is lost, in C++ headers)
  clang++ --target=wasm32-wasi "${views_cxx[@]}" -O2 -fno-exceptions -c -o "$TMP/views.o"
  clang++ --target=wasm32-wasi -g "$TMP/views.o" -o "$TMP/views.wasm"
  wasm-opt -O3 -g "$TMP/views.wasm" -o "$B/views-O2-wasmopt.wasm"
}
build_views_em_Os_sourcemap() {
  em++ "${views_cxx[@]}" -Os -gsource-map -sMODULARIZE=1 -sEXPORT_NAME=createProgram \
    -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -o "$B/views-em-Os-sourcemap.js" 2> >(grep -v 'source-map-base' >&2)
  mv "$B/views-em-Os-sourcemap.js" "$B/views-em-Os-sourcemap.cjs"
}
build_tails_O1_inlined() {
  # Binaryen's own inliner (no DW_TAG_inlined_subroutine for what it inlines) at -O4 with big limits
  clang "${tails_flags[@]}" -O1 -c $S/tails.c -o "$TMP/tails.o"
  clang --target=wasm32-wasi -g "$TMP/tails.o" -o "$TMP/tails.wasm"
  wasm-opt -O4 -g --inline-functions-with-loops --flexible-inline-max-function-size 200 "$TMP/tails.wasm" -o "$B/tails-O1-inlined.wasm"
}

# oracle5: Emscripten ASYNCIFY and wasm SjLj, a Rust allocator of the program's own, C++20 over two
# files under LTO (and the same module with its name section dropped, DWARF kept).
EMRUN=(-sMODULARIZE=1 -sEXPORT_NAME=createProgram -sENVIRONMENT=node -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0 -sEXIT_RUNTIME=1)
build_sleep_O2_g() {
  emcc -fdebug-prefix-map="$ROOT"=. $S/sleep.c -O2 -g -sASYNCIFY "${EMRUN[@]}" -o "$TMP/sleep.js"
  mv "$TMP/sleep.js" "$B/sleep-O2-g.cjs"; mv "$TMP/sleep.wasm" "$B/sleep-O2-g.wasm"
}
build_sleep_O3_g() {
  emcc -fdebug-prefix-map="$ROOT"=. $S/sleep.c -O3 -g -sASYNCIFY "${EMRUN[@]}" -o "$TMP/sleep.js"
  mv "$TMP/sleep.js" "$B/sleep-O3-g.cjs"; mv "$TMP/sleep.wasm" "$B/sleep-O3-g.wasm"
}
build_sleep_Os_g() {
  emcc -fdebug-prefix-map="$ROOT"=. $S/sleep.c -Os -g -sASYNCIFY "${EMRUN[@]}" -o "$TMP/sleep.js"
  mv "$TMP/sleep.js" "$B/sleep-Os-g.cjs"; mv "$TMP/sleep.wasm" "$B/sleep-Os-g.wasm"
}
build_sleep_Os_emmalloc_sourcemap() {
  emcc -fdebug-prefix-map="$ROOT"=. $S/sleep.c -Os -gsource-map -sASYNCIFY -sMALLOC=emmalloc "${EMRUN[@]}" \
    -o "$B/sleep-Os-emmalloc-sourcemap.js" 2> >(grep -v 'source-map-base' >&2)
  mv "$B/sleep-Os-emmalloc-sourcemap.js" "$B/sleep-Os-emmalloc-sourcemap.cjs"
}
build_wjmp_O2_g() {
  emcc -fdebug-prefix-map="$ROOT"=. $S/wjmp.c -O2 -g -sSUPPORT_LONGJMP=wasm "${EMRUN[@]}" -o "$TMP/wjmp.js"
  mv "$TMP/wjmp.js" "$B/wjmp-O2-g.cjs"; mv "$TMP/wjmp.wasm" "$B/wjmp-O2-g.wasm"
}
build_wjmp_Os_sourcemap() {
  emcc -fdebug-prefix-map="$ROOT"=. $S/wjmp.c -Os -gsource-map -sSUPPORT_LONGJMP=wasm "${EMRUN[@]}" \
    -o "$B/wjmp-Os-sourcemap.js" 2> >(grep -v 'source-map-base' >&2)
  mv "$B/wjmp-Os-sourcemap.js" "$B/wjmp-Os-sourcemap.cjs"
}
build_leave_wasm_O2_g() {
  em++ -fdebug-prefix-map="$ROOT"=. $S/leave.cpp -O2 -g -fwasm-exceptions "${EMRUN[@]}" -o "$TMP/leave.js"
  mv "$TMP/leave.js" "$B/leave-wasm-O2-g.cjs"; mv "$TMP/leave.wasm" "$B/leave-wasm-O2-g.wasm"
}
build_catches_wasm_O2_g() {
  em++ -fdebug-prefix-map="$ROOT"=. $S/catches.cpp -O2 -g -fwasm-exceptions "${EMRUN[@]}" -o "$TMP/catches.js"
  mv "$TMP/catches.js" "$B/catches-wasm-O2-g.cjs"; mv "$TMP/catches.wasm" "$B/catches-wasm-O2-g.wasm"
}
build_leave_js_Os_g() {
  em++ -fdebug-prefix-map="$ROOT"=. $S/leave.cpp -Os -g -fexceptions "${EMRUN[@]}" -o "$TMP/leave.js"
  mv "$TMP/leave.js" "$B/leave-js-Os-g.cjs"; mv "$TMP/leave.wasm" "$B/leave-js-Os-g.wasm"
}
slab_build() { # name flags...
  local name=$1; shift
  /usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -g "$@" --remap-path-prefix="$ROOT"=. $S/slab.rs -o "$B/$name.wasm"
}
build_slab_O3_g2() { slab_build slab-O3-g2 -C opt-level=3; }
build_slab_Os_lto() { slab_build slab-Os-lto -C opt-level=s -C lto=fat -C codegen-units=1; }
build_slab_O3_wasmopt() {
  # a release with debug info kept through wasm-opt (Binaryen rewrites rustc's DWARF)
  slab_build slab-O3-wasmopt -C opt-level=3
  wasm-opt -O3 -g "$B/slab-O3-wasmopt.wasm" -o "$B/slab-O3-wasmopt.wasm"
}
build_parts_em_O3_lto_g() {
  for f in parts parts_lib; do
    em++ -std=c++20 -g -O3 -flto -fdebug-prefix-map="$ROOT"=. -c $S/$f.cpp -o "$TMP/$f.o"
  done
  em++ -g -O3 -flto "$TMP/parts.o" "$TMP/parts_lib.o" "${EMRUN[@]}" -o "$TMP/parts.js"
  mv "$TMP/parts.js" "$B/parts-em-O3-lto-g.cjs"; mv "$TMP/parts.wasm" "$B/parts-em-O3-lto-g.wasm"
}
build_parts_O3_lto() {
  for f in parts parts_lib; do
    clang++ --target=wasm32-wasi -std=c++20 -g -O3 -flto -fno-exceptions -fdebug-prefix-map="$ROOT"=. -c $S/$f.cpp -o "$TMP/$f.o"
  done
  clang++ --target=wasm32-wasi -g -flto -Wl,--lto-O3 "$TMP/parts.o" "$TMP/parts_lib.o" -o "$B/parts-O3-lto.wasm"
}
build_parts_O3_lto_nonames() {
  # parts-O3-lto with its "name" section cut out byte for byte (it follows the code, so every code
  # offset is unchanged; the oracle takes function names from parts-O3-lto), DWARF kept
  [ -f "$B/parts-O3-lto.wasm" ] || build_parts_O3_lto
  node -e '
    const fs = require("fs"); const b = fs.readFileSync(process.argv[1]); const out = [b.subarray(0, 8)];
    const leb = (p) => { let v = 0, s = 0, c; do { c = b[p++]; v |= (c & 0x7f) << s; s += 7; } while (c & 0x80); return [v, p]; };
    for (let p = 8; p < b.length;) {
      const [size, body] = leb(p + 1); const end = body + size;
      const [n, q] = b[p] === 0 ? leb(body) : [0, body];
      if (!(b[p] === 0 && b.subarray(q, q + n).toString() === "name")) out.push(b.subarray(p, end));
      p = end;
    }
    fs.writeFileSync(process.argv[2], Buffer.concat(out));' "$B/parts-O3-lto.wasm" "$B/parts-O3-lto-nonames.wasm"
}

# oracle6: shapes the corpus lacked, written without reading the code they check.
relay_onestep() { # name opt: as `clang -O2 x.c -o x.wasm` ships it (wasm-opt at link: no names, no line rows)
  clang --target=wasm32-wasi "-$2" $S/relay.c -o "$B/$1.wasm"
  # for the oracle only: the same link and the same wasm-opt run with its symbol map written as
  # the last pass (the names it dropped), checked to give the shipped bytes
  clang --target=wasm32-wasi "-$2" -c $S/relay.c -o "$TMP/relay.o"
  clang --target=wasm32-wasi "$TMP/relay.o" -o "$TMP/relay.wasm"
  wasm-opt "$TMP/relay.wasm" "-$2" --symbolmap="$B/$1.symbols" -o "$TMP/relay-opt.wasm"
  cmp "$TMP/relay-opt.wasm" "$B/$1.wasm"
}
build_relay_O2_onestep() { relay_onestep relay-O2-onestep O2; }
build_relay_Oz_onestep() { relay_onestep relay-Oz-onestep Oz; }
build_relay_Oz_g() {
  clang --target=wasm32-wasi -g -Oz -fdebug-prefix-map="$ROOT"=. -c $S/relay.c -o "$TMP/relay.o"
  clang --target=wasm32-wasi -g "$TMP/relay.o" -o "$B/relay-Oz-g.wasm"
}

pipes_build() { # name target opt: a release profile (fat LTO, one codegen unit, panic=abort) with debug info
  /usr/bin/rustc --target "$2" -g -C opt-level=$3 -C lto=fat -C codegen-units=1 -C panic=abort --remap-path-prefix="$ROOT"=. $S/pipes.rs -o "$B/$1.wasm"
}
build_pipes_wasi_Oz_lto() { pipes_build pipes-wasi-Oz-lto wasm32-wasi z; }
build_pipes_Os_lto() { pipes_build pipes-Os-lto wasm32-unknown-unknown s; }

HUB=(-std=c++17 -fdebug-prefix-map="$ROOT"=. $S/hub.cpp -sALLOW_MEMORY_GROWTH=1 -sSTACK_OVERFLOW_CHECK=2 "${EMRUN[@]}")
build_hub_em_Oz_memvalidate_g() { # wasm exceptions, emmalloc validating the heap at every call
  em++ "${HUB[@]}" -Oz -g -fwasm-exceptions -sMALLOC=emmalloc-memvalidate -o "$TMP/hub.js"
  mv "$TMP/hub.js" "$B/hub-em-Oz-memvalidate-g.cjs"; mv "$TMP/hub.wasm" "$B/hub-em-Oz-memvalidate-g.wasm"
}
build_hub_em_O3_jsexc_g() { # JS exceptions (invoke_*), dlmalloc
  em++ "${HUB[@]}" -O3 -g -fexceptions -o "$TMP/hub.js"
  mv "$TMP/hub.js" "$B/hub-em-O3-jsexc-g.cjs"; mv "$TMP/hub.wasm" "$B/hub-em-O3-jsexc-g.wasm"
}

tally_build() { # name runtime opt [--debug]: asc as a release ships it is without --debug (no name section)
  node_modules/.bin/asc $S/tally.ts "-$3" --runtime "$2" --sourceMap ${4:-} -o "$B/$1.wasm"
}
build_tally_O3() { tally_build tally-O3 incremental O3 --debug; }
build_tally_O3_nodebug() { tally_build tally-O3-nodebug incremental O3; }
build_tally_stub_Oz() { tally_build tally-stub-Oz stub Oz --debug; }
build_tally_stub_Oz_nodebug() { tally_build tally-stub-Oz-nodebug stub Oz; }

# oracle7: builds the corpus lacked, on programs written for them without reading the code they check.
SPRAWL=(-std=c++17 -fdebug-prefix-map="$ROOT"=. $S/sprawl.cpp)
build_sprawl_em_O2_sepdwarf() {
  # DWARF in a file of its own (-gseparate-dwarf); the module's external_debug_info names it
  # relative to the folder both are in (SEPARATE_DWARF_URL); JS exceptions (invoke_*)
  em++ "${SPRAWL[@]}" -O2 -fexceptions -gseparate-dwarf="$B/sprawl-em-O2-sepdwarf.debug.wasm" \
    -sSEPARATE_DWARF_URL=sprawl-em-O2-sepdwarf.debug.wasm "${EMRUN[@]}" -o "$TMP/sprawl.js"
  mv "$TMP/sprawl.js" "$B/sprawl-em-O2-sepdwarf.cjs"; mv "$TMP/sprawl.wasm" "$B/sprawl-em-O2-sepdwarf.wasm"
}
build_sprawl_em_O3_bigint_g() {
  # -sWASM_BIGINT: a call that may throw taking an int64_t keeps its i64 (invoke_ij, not legalised)
  em++ "${SPRAWL[@]}" -O3 -g -fexceptions -sWASM_BIGINT "${EMRUN[@]}" -o "$TMP/sprawl.js"
  mv "$TMP/sprawl.js" "$B/sprawl-em-O3-bigint-g.cjs"; mv "$TMP/sprawl.wasm" "$B/sprawl-em-O3-bigint-g.wasm"
}
build_sprawl_O2_lto_g1() {
  # line tables only (-gline-tables-only), LTO at the link's -O3
  clang++ --target=wasm32-wasi "${SPRAWL[@]}" -O2 -flto -gline-tables-only -fno-exceptions -c -o "$TMP/sprawl.o"
  clang++ --target=wasm32-wasi -gline-tables-only -flto -Wl,--lto-O3 "$TMP/sprawl.o" -o "$B/sprawl-O2-lto-g1.wasm"
}

orchard_build() { # name runtime opt [--debug]: without --debug as releases ship it (no name section)
  node_modules/.bin/asc $S/orchard.ts "-$3" --runtime "$2" --sourceMap ${4:-} -o "$B/$1.wasm"
}
build_orchard_minimal_O3() { orchard_build orchard-minimal-O3 minimal O3 --debug; }
build_orchard_minimal_O3_nodebug() { orchard_build orchard-minimal-O3-nodebug minimal O3; }
build_orchard_Oz() { orchard_build orchard-Oz incremental Oz --debug; }
build_orchard_Oz_nodebug() { orchard_build orchard-Oz-nodebug incremental Oz; }

ALL=(c-O0 c-O2 cpp-O0 cpp-O2 em-O2-g em-O2-sourcemap rust-O0 rust-O2 as-O0 as-O2 graph-Os graph-O3 throws-O2 text-O2 inventory-O3 inventory-Oz
  arena-O2 json-O3 traits-O3 exc-O3-g exc-Os-sourcemap words-stub-O3 words-minimal-O2 lto-O2 jmp-O2-g lru-Oz-lto cxxnew-O2 cxxnew-em-O2-g ledger-O2-g stdio-O1 traits-Os-lto exc-wasm-Os-sourcemap coro-O2 edges-O2 animals-O3
  tails-O3-lto tails-Os-wasmopt flow-wasi-O3-lto-g1 flow-O3-g2 views-O2-lto views-em-O3-g queue-O3s
  views-em-Os-sourcemap tails-O1-inlined flow-Oz-wasmopt views-O2-wasmopt
  sleep-Os-g sleep-Os-emmalloc-sourcemap wjmp-O2-g wjmp-Os-sourcemap slab-O3-g2 slab-O3-wasmopt parts-O3-lto parts-O3-lto-nonames
  parts-em-O3-lto-g leave-wasm-O2-g leave-js-Os-g catches-wasm-O2-g
  relay-O2-onestep relay-Oz-onestep relay-Oz-g pipes-wasi-Oz-lto pipes-Os-lto
  hub-em-Oz-memvalidate-g hub-em-O3-jsexc-g tally-O3 tally-O3-nodebug tally-stub-Oz
  sprawl-em-O2-sepdwarf sprawl-em-O3-bigint-g sprawl-O2-lto-g1
  orchard-minimal-O3 orchard-minimal-O3-nodebug orchard-Oz orchard-Oz-nodebug sleep-O2-g sleep-O3-g)
# Outside the comparison (programs.mjs OUTSIDE, README.md), built on demand: slab-Os-lto
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${ALL[@]}")
for t in "${targets[@]}"; do
  fn="build_${t//-/_}"
  if ! declare -F "$fn" >/dev/null; then
    echo "test/corpus/build.sh: no program \"$t\"; expected one of: ${ALL[*]} slab-Os-lto" >&2
    exit 2
  fi
  "$fn"
  [ -n "${NO_ORACLE:-}" ] || node test/corpus/oracle.mjs "$t"
done
