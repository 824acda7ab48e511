// Corpus (session 7): small helpers a link-time optimiser inlines into other files' functions:
// the frame of each allocation is here, its caller in lto_main.c or lto_store.c.
#include <stdlib.h>
#include <string.h>
#include "lto_util.h"

void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) abort();
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q) abort();
  return q;
}

void sb_appendn(strbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->data = xrealloc(b->data, b->cap);
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

void sb_append(strbuf *b, const char *s) { sb_appendn(b, s, strlen(s)); }

char *sb_take(strbuf *b) {
  char *s = xmalloc(b->len + 1);
  memcpy(s, b->data ? b->data : "", b->len + 1 > 1 ? b->len + 1 : 1);
  if (!b->data) s[0] = 0;
  b->len = 0;
  return s;
}
