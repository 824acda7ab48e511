#include <stdlib.h>
#include <string.h>

struct item {
  struct item *next;
  char *name;
  int qty;
};

struct table {
  struct item **buckets;
  unsigned nbuckets;
};

static unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}

__attribute__((noinline)) static char *copy_name(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  memcpy(p, s, n);
  return p;
}

__attribute__((noinline)) static struct table *table_new(unsigned nbuckets) {
  struct table *t = malloc(sizeof *t);
  t->buckets = calloc(nbuckets, sizeof *t->buckets);
  t->nbuckets = nbuckets;
  return t;
}

__attribute__((noinline)) static void table_put(struct table *t, const char *name, int qty) {
  struct item *it = malloc(sizeof *it);
  it->name = copy_name(name);
  it->qty = qty;
  unsigned b = hash(name) % t->nbuckets;
  it->next = t->buckets[b];
  t->buckets[b] = it;
}

__attribute__((noinline)) static void table_grow(struct table *t) {
  unsigned n = t->nbuckets * 2;
  struct item **nb = calloc(n, sizeof *nb);
  for (unsigned i = 0; i < t->nbuckets; i++) {
    struct item *it = t->buckets[i];
    while (it) {
      struct item *next = it->next;
      unsigned b = hash(it->name) % n;
      it->next = nb[b];
      nb[b] = it;
      it = next;
    }
  }
  free(t->buckets);
  t->buckets = nb;
  t->nbuckets = n;
}

__attribute__((noinline)) static void table_free(struct table *t, int leak_names) {
  for (unsigned i = 0; i < t->nbuckets; i++) {
    struct item *it = t->buckets[i];
    while (it) {
      struct item *next = it->next;
      if (!leak_names) free(it->name);
      free(it);
      it = next;
    }
  }
  free(t->buckets);
  free(t);
}

static char namebuf[32];

__attribute__((export_name("fill"))) struct table *fill(int count) {
  struct table *t = table_new(8);
  for (int i = 0; i < count; i++) {
    int n = i, k = 0;
    namebuf[k++] = 'i';
    do { namebuf[k++] = '0' + n % 10; n /= 10; } while (n);
    namebuf[k] = 0;
    table_put(t, namebuf, i);
  }
  table_grow(t);
  return t;
}

__attribute__((export_name("drop"))) void drop(struct table *t, int leak_names) {
  table_free(t, leak_names);
}

__attribute__((export_name("scratch"))) void *scratch(int n) {
  void *p = malloc(n);
  p = realloc(p, n * 2);
  return p;
}
