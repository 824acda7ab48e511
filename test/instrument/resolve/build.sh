#!/bin/sh
# Rebuilds the committed test modules of test/instrument/resolve/data/ from src/, with Debian's
# toolchains (apt-get install clang lld wasi-libc libc++-14-dev-wasm32 libc++abi-14-dev-wasm32
# libclang-rt-14-dev-wasm32 wabt llvm rustc libstd-rust-dev-wasm32 emscripten), and the
# expectations the tests compare against, written by independent tools:
#   NAME.objdump.txt     every call instruction: offset, op, callee (wasm-objdump -d)
#   NAME.refs.txt        every global.get/global.set/ref.func: offset, op, index (wasm-objdump -d)
#   NAME.symbolizer.txt  every call's frames, innermost first (llvm-symbolizer --inlining)
# Tests never run a toolchain; run this when a source changes and commit the results.
set -eu
cd "$(dirname "$0")"
S=src D=data T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p $D

# C, wasi-libc. Compile and link in two steps: a one-step optimised link runs wasm-opt, which
# drops the line table. Paths are relative (-fdebug-prefix-map) so the data do not depend on
# where the repository lives.
cc() { # cc OUT SRC FLAGS...
  out=$1 src=$2; shift 2
  clang --target=wasm32-wasi -g -fdebug-prefix-map="$PWD"=. "$@" -c "$S/$src" -o "$T/$out.o"
  clang --target=wasm32-wasi -g "$T/$out.o" -o "$D/$out.wasm" -Wl,--no-entry -mexec-model=reactor
}
cc sites-O0 sites.c -O0
cc sites-O1 sites.c -O1
cc sites-O1-dwarf5 sites.c -O1 -gdwarf-5
cc inlined-O1 inlined.c -O1
# The trap the two-step build avoids: a one-step optimised link runs wasm-opt (binaryen's, when
# installed), which keeps the DWARF sections but empties every line program.
command -v wasm-opt >/dev/null || { echo "build.sh needs wasm-opt (apt-get install binaryen)" >&2; exit 1; }
clang --target=wasm32-wasi -g -O1 -fdebug-prefix-map="$PWD"=. $S/sites.c -o $D/sites-O1-wasmopt.wasm -Wl,--no-entry -mexec-model=reactor
cc inlined-O1-dwarf5 inlined.c -O1 -gdwarf-5 -gembed-source
clang++ --target=wasm32-wasi -g -fdebug-prefix-map="$PWD"=. -O1 -fno-exceptions -c $S/vector.cpp -o $T/vector.o
clang++ --target=wasm32-wasi -g $T/vector.o -o $D/vector-O1.wasm -Wl,--no-entry -mexec-model=reactor

# Rust, Debian's rustc (the rustup toolchain has no wasm target).
# (Debian's rustc 1.63 writes DWARF 4; fat LTO keeps only the std code that is used.)
/usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -g -C opt-level=1 -C lto=fat -C panic=abort \
  --remap-path-prefix "$PWD"=. $S/alloc.rs -o $D/rust-alloc.wasm

# A modern rustc (rustup's) for DWARF 5 and v0 mangling; skipped when there is none.
RUSTUP_RUSTC=${RUSTUP_RUSTC:-$HOME/.cargo/bin/rustc}
if [ -x "$RUSTUP_RUSTC" ]; then
  RUSTC_BOOTSTRAP=1 "$RUSTUP_RUSTC" --target wasm32-unknown-unknown --crate-type cdylib -g -C opt-level=1 \
    -C dwarf-version=5 -C panic=abort --remap-path-prefix "$PWD"=. $S/nocore.rs -o $D/rust-v0-dwarf5.wasm \
    -C link-arg=--allow-undefined
fi

# AssemblyScript, source map (no DWARF).
(cd $S && ../../../../node_modules/.bin/asc as/index.ts --debug --sourceMap -o "$T/as-debug.wasm")
cp $T/as-debug.wasm $T/as-debug.wasm.map $D/

# Emscripten, source map (DWARF stripped) and DWARF.
# Built inside data/ so the map's sources are relative to it (../src/sites.c).
if command -v emcc >/dev/null; then
  (cd $D && emcc -O1 -gsource-map ../$S/sites.c -o em-sites.js -sEXPORTED_FUNCTIONS=_run && rm em-sites.js)
  (cd $D && emcc -O1 -g -fdebug-prefix-map="$PWD"=. ../$S/sites.c -o em-sites-g.js -sEXPORTED_FUNCTIONS=_run && rm em-sites-g.js)
  # DWARF in a separate file, named by the module's external_debug_info section.
  (cd $D && emcc -O1 -g -gseparate-dwarf=em-sep.debug.wasm -fdebug-prefix-map="$PWD"=. ../$S/sites.c -o em-sep.js -sEXPORTED_FUNCTIONS=_run && rm em-sep.js)
fi

# Every opcode family wabt knows (the GC/typed-reference part is assembled by Binaryen in the test).
wat2wasm --enable-all $S/opcodes.wat -o $D/opcodes.wasm

for f in $D/*.wasm; do
  n=${f%.wasm}
  wasm-objdump -d "$f" | grep -E '\| *(return_)?call' \
    | sed -E 's/^ *([0-9a-f]+):.*\| *([a-z_]+) ([0-9]+) \(type ([0-9]+)\).*/\1 \2 \4/; s/^ *([0-9a-f]+):.*\| *([a-z_]+) ([0-9]+).*/\1 \2 \3/' > "$n.objdump.txt"
  wasm-objdump -d "$f" | grep -E '\| *(global\.get|global\.set|ref\.func) [0-9]' \
    | sed -E 's/^ *([0-9a-f]+):.*\| *([a-z._]+) ([0-9]+).*/\1 \2 \3/' > "$n.refs.txt"
  if llvm-dwarfdump --debug-line "$f" 2>/dev/null | grep -q 'Line table prologue'; then
    base=$(wasm-objdump -h "$f" | sed -nE 's/^ *Code start=0x([0-9a-f]+).*/\1/p')
    while read -r off _; do printf '0x%x\n' $((0x$off - 0x$base)); done < "$n.objdump.txt" > $T/addrs
    llvm-symbolizer --obj="$f" --inlining --functions=linkage --no-demangle < $T/addrs > "$n.symbolizer.txt"
  fi
done
ls -l $D
