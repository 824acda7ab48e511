// posix_memalign as Binaryen's arena uses it (the zoo's binaryen package): the program's only
// aligned allocation, from several callers, so wasm-opt (emcc -O2) inlines internal_memalign into
// posix_memalign (its one caller) and no memalign function is left. posix_memalign hands out a
// pointer inside the block malloc returned (the leading and trailing space given back): hooked by
// nothing, its blocks read as phantom malloc blocks and their frees matched nothing.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>

__attribute__((import_module("env"), import_name("checkpoint"))) void checkpoint(int n);

static void *arena[40];
static void *small[60];

__attribute__((noinline)) static void *chunk_of(size_t align, size_t n) {
  void *p = NULL;
  return posix_memalign(&p, align, n) == 0 ? p : NULL;
}
__attribute__((noinline)) static int line_of(void **out, size_t n) { return posix_memalign(out, 64, n); }

int main(void) {
  for (int i = 0; i < 40; i++) { arena[i] = chunk_of(16 << (i % 4), 4096 + i * 100); memset(arena[i], i, 64); }
  for (int i = 0; i < 60; i++) { small[i] = malloc(24 + i * 8); if (line_of(&small[i], 100 + i) != 0) return 1; }
  for (int i = 0; i < 40; i += 2) { free(arena[i]); arena[i] = 0; }
  for (int i = 1; i < 60; i += 3) { free(small[i]); small[i] = 0; }
  for (int i = 0; i < 40; i += 4) arena[i] = chunk_of(32, 2000 + i);
  char *c = malloc(5000);
  struct mallinfo mi = mallinfo();
  printf("arena kept, in use %d\n", mi.uordblks);
  checkpoint(1); /* the test's snapshot: the live set the line above describes */
  for (int i = 0; i < 40; i++) free(arena[i]);
  free(c);
  return 0;
}
