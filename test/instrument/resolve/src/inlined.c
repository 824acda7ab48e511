#include <stdlib.h>

void *keep[4];

static inline __attribute__((always_inline)) void *checked_alloc(size_t n) {
  void *p = malloc(n);
  if (!p) abort();
  return p;
}

static inline __attribute__((always_inline)) int *make_ints(size_t n) {
  int *v = checked_alloc(n * sizeof(int));
  v[0] = 7;
  return v;
}

__attribute__((export_name("run"))) int run(int n) {
  int *a = make_ints(n + 4);
  char *b = checked_alloc(32);
  keep[0] = a;
  keep[1] = b;
  return a[0] + b[0];
}

__attribute__((export_name("release"))) void release(void) {
  free(keep[0]);
  free(keep[1]);
}
