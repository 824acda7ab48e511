// The fingerprint corpus program (test/instrument/fingerprint/): every allocation shape the
// allocators expose, realloc from several callers (so no optimizer inlines it into one), blocks
// kept to the end. Prints the allocator's own count of bytes in use where it has one (Emscripten).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __EMSCRIPTEN__
#include <malloc.h>
#endif

__attribute__((import_module("env"), import_name("checkpoint"))) void checkpoint(int n);

static void *keep[96];
static char *text;

__attribute__((noinline)) static void *grow_a(void *p, size_t n) { return realloc(p, n); }
__attribute__((noinline)) static void *grow_b(void *p, size_t n) { void *q = realloc(p, n * 2); if (q) memset(q, 1, n); return q; }

int main(void) {
  for (int i = 0; i < 96; i++) keep[i] = malloc(24 + i * 40);
  for (int i = 0; i < 96; i += 3) { free(keep[i]); keep[i] = 0; }
  char *c = calloc(100, 7);
  for (int n = 800; n <= 12800; n *= 2) c = grow_a(c, n);      /* grows: in place or moved */
  c = grow_b(c, 300);                                         /* shrinks in place */
  void *a = aligned_alloc(64, 640);
  void *b = 0;
  if (posix_memalign(&b, 128, 777) != 0) return 1;
  for (int i = 1; i < 96; i += 3) keep[i] = grow_a(keep[i], 24 + i * 80);
  free(a);
  text = strdup("fingerprints");
  unsigned long sum = 0;
  for (int i = 0; i < 96; i++) sum += keep[i] != 0;
#ifdef __EMSCRIPTEN__
  struct mallinfo mi = mallinfo();
  printf("%s %lu in use %d\n", text, sum, mi.uordblks);
#else
  printf("%s %lu\n", text, sum);
#endif
  checkpoint(1); /* the test's snapshot: the live set the line above describes */
  free(b);
  return c[0] == 1 ? 0 : 2;
}
