// Corpus (session 7): the allocator's edge cases as real C code meets them: realloc(p, 0) used as
// free, realloc(NULL, n) as malloc, malloc(0), calloc whose product overflows (NULL), realloc
// that fails (NULL, the old block kept), shrinking and same-size realloc, free(NULL),
// posix_memalign with a bad alignment (EINVAL, nothing allocated), reallocarray.
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *kept[12];
static int nkept;
static void keep(void *p) { if (p) kept[nkept++] = p; }

__attribute__((noinline)) static char *grow_then_shrink(size_t big, size_t small) {
  char *p = realloc(NULL, big);     // realloc(NULL, n): an allocation
  memset(p, 'x', big);
  p = realloc(p, small);            // shrink, likely in place
  return realloc(p, small);         // same size
}

int main(void) {
  void *freed = malloc(40);
  void *gone = realloc(freed, 0);   // frees (dlmalloc returns NULL or a minimum block)
  keep(gone);
  keep(malloc(0));
  keep(calloc(SIZE_MAX / 2, 4));    // overflow: NULL, nothing allocated
  char *big = malloc(64);
  char *failed = realloc(big, SIZE_MAX - 64);  // fails: NULL, big still live
  keep(failed ? failed : big);
  keep(grow_then_shrink(300, 20));
  free(NULL);
  void *al = NULL;
  int bad = posix_memalign(&al, 3, 64);        // EINVAL: not a power of two
  keep(al);
  int *arr = reallocarray(NULL, 10, sizeof(int));
  arr = reallocarray(arr, 20, sizeof(int));
  keep(arr);
  printf("%d kept, bad=%d, realloc(p,0)=%s, failed=%s\n", nkept, bad == EINVAL, gone ? "block" : "NULL", failed ? "block" : "NULL");
  return 0;
}
