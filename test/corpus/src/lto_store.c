// Corpus (session 7): a chained hash table whose nodes and keys come from lto_util.c's helpers,
// inlined across files by the link-time optimiser.
#include <stdlib.h>
#include <string.h>
#include "lto_util.h"

static size_t hash(const char *s) {
  size_t h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}

store *store_new(size_t nbuckets) {
  store *s = xmalloc(sizeof *s);
  s->nbuckets = nbuckets;
  s->size = 0;
  s->buckets = xmalloc(nbuckets * sizeof *s->buckets);
  memset(s->buckets, 0, nbuckets * sizeof *s->buckets);
  return s;
}

void store_rehash(store *s) {
  size_t n = s->nbuckets * 2;
  entry **b = xmalloc(n * sizeof *b);
  memset(b, 0, n * sizeof *b);
  for (size_t i = 0; i < s->nbuckets; i++) {
    for (entry *e = s->buckets[i], *next; e; e = next) {
      next = e->next;
      size_t h = hash(e->key) % n;
      e->next = b[h];
      b[h] = e;
    }
  }
  free(s->buckets);
  s->buckets = b;
  s->nbuckets = n;
}

entry *store_add(store *s, const char *key) {
  size_t h = hash(key) % s->nbuckets;
  for (entry *e = s->buckets[h]; e; e = e->next)
    if (strcmp(e->key, key) == 0) { e->count++; return e; }
  if (s->size + 1 > s->nbuckets) {
    store_rehash(s);
    h = hash(key) % s->nbuckets;
  }
  entry *e = xmalloc(sizeof *e);
  size_t n = strlen(key) + 1;
  e->key = memcpy(xmalloc(n), key, n);
  e->count = 1;
  e->next = s->buckets[h];
  s->buckets[h] = e;
  s->size++;
  return e;
}
