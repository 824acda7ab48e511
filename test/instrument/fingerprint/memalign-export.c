// memalign exported (as PGlite's initdb exports emscripten_builtin_memalign): emcc -O2 inlines
// internal_memalign into dlmemalign, which passes small alignments straight to malloc, so the
// memalign fingerprint leaves it to the export that names it. Its code is then inside a hooked
// function: no "allocator code inlined?" caveat is due (there was one, naming memalign itself).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>

__attribute__((import_module("env"), import_name("checkpoint"))) void checkpoint(int n);

static void *keep[50];
__attribute__((noinline)) static void *line64(size_t n) { return memalign(64, n); }
__attribute__((noinline)) static void *line128(size_t n) { return memalign(128, n + 1); }

int main(void) {
  for (int i = 0; i < 50; i++) { keep[i] = (i & 1) ? line64(100 + i) : line128(200 + i); memset(keep[i], 1, 100); }
  for (int i = 0; i < 50; i += 2) { free(keep[i]); keep[i] = 0; }
  printf("aligned, in use %d\n", mallinfo().uordblks);
  checkpoint(1);
  return 0;
}
