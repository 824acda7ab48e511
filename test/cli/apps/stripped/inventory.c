// A small inventory kept in a hash table of shelves, built -O2 -g (so calls are inlined into
// their callers) and shipped stripped: the oracle of test/cli/symbolize.test.ts. Its blocks come
// from malloc, calloc, realloc and strdup at different depths, some in inlined code.
// Build: see build.sh (clang --target=wasm32-wasi -O2 -g; then a stripped copy).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item { struct item *next; char *label; unsigned qty; };
struct shelf { struct item **slots; unsigned nslots, count; };

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;
  while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

static inline struct item *new_item(const char *label, unsigned qty) {
  struct item *it = malloc(sizeof *it);
  it->label = strdup(label);
  it->qty = qty;
  it->next = NULL;
  return it;
}

__attribute__((noinline)) static void grow(struct shelf *s) {
  unsigned n = s->nslots ? s->nslots * 2 : 4;
  struct item **slots = calloc(n, sizeof *slots);
  for (unsigned i = 0; i < s->nslots; i++) {
    for (struct item *it = s->slots[i], *next; it; it = next) {
      next = it->next;
      unsigned k = hash(it->label) & (n - 1);
      it->next = slots[k];
      slots[k] = it;
    }
  }
  free(s->slots);
  s->slots = slots;
  s->nslots = n;
}

__attribute__((noinline)) static void put(struct shelf *s, const char *label, unsigned qty) {
  if (s->count + 1 > s->nslots * 3 / 4) grow(s);
  struct item *it = new_item(label, qty);
  unsigned k = hash(label) & (s->nslots - 1);
  it->next = s->slots[k];
  s->slots[k] = it;
  s->count++;
}

__attribute__((noinline)) static char *report(const struct shelf *s) {
  size_t cap = 16, len = 0;
  char *out = malloc(cap);
  out[0] = 0;
  for (unsigned i = 0; i < s->nslots; i++) {
    for (const struct item *it = s->slots[i]; it; it = it->next) {
      size_t need = strlen(it->label) + 12;
      if (len + need >= cap) { cap = 2 * (len + need); out = realloc(out, cap); }
      len += (size_t)snprintf(out + len, cap - len, "%s=%u;", it->label, it->qty);
    }
  }
  return out;
}

int main(int argc, char **argv) {
  (void)argv;
  struct shelf shelf = { 0 };
  char label[32];
  unsigned n = 40 + (unsigned)argc;
  for (unsigned i = 0; i < n; i++) {
    snprintf(label, sizeof label, "part-%u", i * 7919u % 1000u);
    put(&shelf, label, i);
  }
  char *text = report(&shelf);
  printf("%u items, report of %zu bytes\n", shelf.count, strlen(text));
  // the report is kept (leaked) on purpose; the shelf stays live
  return 0;
}
