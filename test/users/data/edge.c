#include <stdlib.h>

void *keep[8] __attribute__((used));
__attribute__((export_name("kept"))) void *kept(int i) { return keep[i]; }

__attribute__((export_name("go"))) int go(void) {
  keep[0] = realloc(NULL, 40);            /* = malloc(40) */
  void *p = malloc(30);
  keep[1] = realloc(p, 0);                /* dlmalloc (no REALLOC_ZERO_BYTES_FREES): a live 0-byte block */
  free(NULL);
  keep[2] = calloc((size_t)1 << 30, 16);  /* overflow: NULL */
  void *q = 0;
  int rc = posix_memalign(&q, 64, 200);
  keep[3] = q;
  keep[4] = aligned_alloc(128, 256);
  void *r = malloc(10);
  keep[5] = realloc(r, 5000);             /* moves */
  keep[6] = realloc(keep[5], 4000);       /* shrinks in place */
  return rc + (keep[2] != 0);
}
