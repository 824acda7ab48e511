#!/bin/sh
# The fingerprint corpus (fingerprint.test.ts): prog.c and lib.rs built by every toolchain here at
# the levels people ship, WITH names (the test strips them itself, so the stripped code is the
# same bytes): the name section is the oracle for which function each fingerprint picked.
# Needs Debian's emcc 3.1.6, clang 14 + wasi-libc and /usr/bin/rustc (see fixtures/build.sh).
set -eu
cd "$(dirname "$0")"
for o in O0 O2 Oz; do
  emcc -$o --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 prog.c -o em-dl-$o.wasm
  # wasi-libc: compile optimised, link without -O (a -O link runs wasm-opt, which drops the names)
  clang --target=wasm32-wasi -$o -c prog.c -o /tmp/fingerprint-prog.o && clang --target=wasm32-wasi -Wl,--strip-debug /tmp/fingerprint-prog.o -o wasi-$o.wasm
done
for o in O0 O2; do
  emcc -$o --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 -sMALLOC=emmalloc prog.c -o em-emm-$o.wasm
done
# inline.c: realloc and posix_memalign inlined into their one caller, a function of realloc's signature
emcc -O2 --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 -sMALLOC=emmalloc inline.c -o em-emm-inline-O2.wasm
# posix-memalign.c: posix_memalign the only aligned allocation, internal_memalign inlined into it
emcc -O2 --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 posix-memalign.c -o em-dl-pm-O2.wasm
# memalign-both.c: memalign and posix_memalign (through pointers), internal_memalign kept between them
emcc -O2 --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 memalign-both.c -o em-dl-memalign-both-O2.wasm
# memalign-export.c: memalign exported, internal_memalign inlined into it
emcc -O2 --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 -sEXPORTED_FUNCTIONS=_main,_memalign,_malloc,_free memalign-export.c -o em-dl-memalign-export-O2.wasm
# xmalloc.c: a C malloc-or-abort wrapper, which the operator-new shape must not take for operator new
clang --target=wasm32-wasi -O2 -c xmalloc.c -o /tmp/fingerprint-xmalloc.o && clang --target=wasm32-wasi -Wl,--strip-debug /tmp/fingerprint-xmalloc.o -o wasi-xmalloc-O2.wasm
# shapes.cpp: C++ through operator new (libc++'s new_handler loop: abort, or with wasm exceptions, throw)
for o in O2 Oz; do
  em++ -$o --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 shapes.cpp -o em-cxx-$o.wasm
done
# with LTO the link sees that nothing sets a new_handler: operator new is malloc, else abort (no loop)
# libc++ >= 15's operator new compiled in: the new_handler loop in its own function, operator new
# calls it and aborts on null (draco3d's encoder)
em++ -Oz --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 shapes-new-split.cpp -o em-cxx-split-Oz.wasm
em++ -O2 -flto --profiling-funcs -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 shapes.cpp -o em-cxx-lto-O2.wasm
em++ -O2 --profiling-funcs -fwasm-exceptions -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 shapes.cpp -o em-cxx-eh-O2.wasm
# emmalloc: its memalign inlined into malloc (no memalign function left)
em++ -O2 --profiling-funcs -sMALLOC=emmalloc -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sERROR_ON_UNDEFINED_SYMBOLS=0 shapes.cpp -o em-cxx-emm-O2.wasm
# orders.rs: Rust's std over wasi-libc's malloc (System: __rdl_alloc/__rdl_realloc), names kept
for o in 2 s; do
  /usr/bin/rustc --target wasm32-wasi -C opt-level=$o -C strip=debuginfo orders.rs -o rust-wasi-O$o.wasm
done
for o in 2 z; do
  /usr/bin/rustc --target wasm32-unknown-unknown --crate-type cdylib -C opt-level=$o -C lto=fat -C panic=abort -C strip=debuginfo lib.rs -o rust-O$o-lto.wasm
done
# prog.c on a threaded heap as newer Emscripten builds it (onnxruntime-web's threaded build):
# dlmalloc with USE_LOCKS (-pthread: a lock around each call, ensure_initialization a call of its
# own) and compute_tree_index through __builtin_clz — 3.1.6's dlmalloc.c with that one change
python3 - /usr/share/emscripten/system/lib/dlmalloc.c /tmp/fingerprint-dlmalloc-clz.c <<'PY'
import sys
s = open(sys.argv[1]).read()
marker = "#else /* GNUC */\n#define compute_tree_index(S, I)\\\n"
assert marker in s
clz = """#elif defined(__GNUC__)
#define compute_tree_index(S, I)\\
{\\
  unsigned int X = S >> TREEBIN_SHIFT;\\
  if (X == 0)\\
    I = 0;\\
  else if (X > 0xFFFF)\\
    I = NTREEBINS-1;\\
  else {\\
    unsigned int K = (unsigned) sizeof(X)*__CHAR_BIT__ - 1 - (unsigned) __builtin_clz(X); \\
    I =  (bindex_t)((K << 1) + ((S >> (K + (TREEBIN_SHIFT-1)) & 1)));\\
  }\\
}

"""
open(sys.argv[2], "w").write(s.replace(marker, clz + marker, 1))
PY
# (the JS glue's optimizer fails on this combination in 3.1.6; the .wasm is written before it runs)
emcc -O2 -pthread --profiling-funcs -sMALLOC=none -sERROR_ON_UNDEFINED_SYMBOLS=0 prog.c /tmp/fingerprint-dlmalloc-clz.c -o /tmp/fingerprint-pthread.js || true
cp /tmp/fingerprint-pthread.wasm em-dl-pthread-clz-O2.wasm
# shapes.cpp with -pthread: libc++'s threaded operator new reads the new_handler with i32.atomic.load
# (onnxruntime-web's threaded build: every C++ block read at operator new). The .wasm is written
# before the JS glue's optimizer fails on this combination in 3.1.6.
em++ -O2 -pthread --profiling-funcs -sERROR_ON_UNDEFINED_SYMBOLS=0 shapes.cpp -o /tmp/fingerprint-cxx-pthread.js || true
cp /tmp/fingerprint-cxx-pthread.wasm em-cxx-pthread-O2.wasm
rm -f /tmp/fingerprint-prog.o /tmp/fingerprint-xmalloc.o
