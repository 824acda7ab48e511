// Corpus (session 7): three files linked with -flto -O2 and DWARF 5 (-gdwarf-5): functions of
// lto_util.c and lto_store.c inlined into this file's, and the other way round.
#include <stdio.h>
#include <stdlib.h>
#include "lto_util.h"

static store *words;
static char *report;

static void count_words(const char *text) {
  strbuf w = {0};
  for (const char *p = text;; p++) {
    if (*p == ' ' || *p == 0) {
      if (w.len) { store_add(words, w.data); w.len = 0; }
      if (*p == 0) break;
    } else {
      sb_appendn(&w, p, 1);
    }
  }
  free(w.data);
}

static char *describe(void) {
  strbuf b = {0};
  char num[16];
  for (size_t i = 0; i < words->nbuckets; i++) {
    for (entry *e = words->buckets[i]; e; e = e->next) {
      if (e->count < 2) continue;
      sb_append(&b, e->key);
      snprintf(num, sizeof num, "=%d ", e->count);
      sb_append(&b, num);
    }
  }
  char *s = sb_take(&b);
  free(b.data);
  return s;
}

int main(void) {
  words = store_new(4);
  count_words("it was the best of times it was the worst of times it was the age of wisdom "
              "it was the age of foolishness it was the epoch of belief");
  report = describe();
  printf("%zu words in %zu buckets; %s\n", words->size, words->nbuckets, report);
  return 0;
}
