// A C `xmalloc` (malloc, else abort) is not operator new: no 0-made-1 step. The operator-new
// shape must leave it alone (fingerprint.test.ts's sweep over every named module).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) abort();
  return p;
}

int main(void) {
  char *keep[8];
  for (int i = 0; i < 8; i++) { keep[i] = xmalloc(16 * (i + 1)); memset(keep[i], i, 16); }
  printf("%d\n", keep[3][0]);
  for (int i = 0; i < 8; i++) free(keep[i]);
  return 0;
}
