// Corpus (oracle6): C as a one-step `clang --target=wasm32-wasi -O2 relay.c -o relay.wasm` ships it
// (wasm-opt runs at link time: no name section, no line rows; frames are function+offset), and
// the same source two-step at -Oz with DWARF. Allocations through a table of function pointers, a
// qsort comparator and a bsearch comparator that allocate, a varargs formatter, an always_inline
// chain five deep, realloc growth loops, aligned_alloc and posix_memalign, libc allocating for the
// program (strdup, asprintf, getline on fmemopen), and a free with one call site.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AI static inline __attribute__((always_inline))

AI char *deep5(size_t n) { char *p = malloc(n); p[0] = 'd'; return p; }
AI char *deep4(size_t n) { return deep5(n + 1); }
AI char *deep3(size_t n) { return deep4(n + 2); }
AI char *deep2(size_t n) { return deep3(n * 2); }
AI char *deep1(size_t n) { return deep2(n + 3); }

typedef void *(*maker)(int);
__attribute__((noinline)) static void *make_small(int i) { return calloc(i + 1, 4); }
__attribute__((noinline)) static void *make_text(int i) {
  char *s = malloc(32);
  snprintf(s, 32, "text-%d", i);
  return s;
}
__attribute__((noinline)) static void *make_aligned(int i) { return aligned_alloc(64, 64 * (i + 1)); }
__attribute__((noinline)) static void *make_posix(int i) {
  void *p = NULL;
  if (posix_memalign(&p, 32, 24 + i) != 0) return NULL;
  return p;
}
static maker makers[] = { make_small, make_text, make_aligned, make_posix };

static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  int n = vsnprintf(NULL, 0, f, ap);
  va_end(ap);
  char *out = malloc(n + 1);
  va_start(ap, f);
  vsnprintf(out, n + 1, f, ap);
  va_end(ap);
  return out;
}

// qsort comparator that keeps a memo of every key it looked at (allocating as it compares)
static char **memo;
static int memo_n, memo_cap;
static void remember(const char *k) {
  if (memo_n == memo_cap) {
    memo_cap = memo_cap ? memo_cap * 2 : 4;
    memo = realloc(memo, memo_cap * sizeof *memo);
  }
  memo[memo_n++] = strdup(k);
}
static int by_len(const void *a, const void *b) {
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  if (memo_n < 12) remember(x);
  size_t lx = strlen(x), ly = strlen(y);
  return lx < ly ? -1 : lx > ly ? 1 : strcmp(x, y);
}
static char *last_probe;
static int probe(const void *key, const void *elem) {
  free(last_probe); // (the program's one `free` call site besides release())
  last_probe = fmt("probe %s", *(const char *const *)elem);
  return strcmp(key, *(const char *const *)elem);
}

typedef struct { int *v; size_t n, cap; } vec;
static void vec_push(vec *a, int x) {
  if (a->n == a->cap) {
    a->cap = a->cap + a->cap / 2 + 2;
    a->v = realloc(a->v, a->cap * sizeof *a->v);
  }
  a->v[a->n++] = x;
}

static void *kept[64];
static int nkept;
static void keep(void *p) { kept[nkept++] = p; }
__attribute__((noinline)) static void release(int from) {
  for (int i = from; i < nkept; i += 3) { free(kept[i]); kept[i] = NULL; }
}

int main(int argc, char **argv) {
  for (int i = 0; i < 8; i++) keep(makers[i % 4](i));
  keep(deep1((size_t)argc));
  keep(deep1(10));
  const char *words[] = { "kiwi", "fig", "banana", "apple", "cherry", "date", "elderberry", "grape" };
  char *sorted[8];
  for (int i = 0; i < 8; i++) sorted[i] = strdup(words[i]);
  qsort(sorted, 8, sizeof *sorted, by_len);
  const char *want = "cherry";
  char **hit = bsearch(&want, sorted, 8, sizeof *sorted, probe);
  vec v = { 0 };
  for (int i = 0; i < 100; i++) vec_push(&v, i * i);
  char *line = NULL;
  char *msg = NULL;
  int m = asprintf(&msg, "%s has %d items, first %s", argv[0], (int)v.n, sorted[0]);
  FILE *f = fmemopen("alpha\nbeta gamma\n", 17, "r");
  size_t cap = 0;
  ssize_t got = getline(&line, &cap, f);
  fclose(f);
  keep(fmt("%d/%d/%s", argc, m, hit ? *hit : "-"));
  release(1);
  printf("%s; kept %d, memo %d, line %d, last %s\n", msg, nkept, memo_n, (int)got, last_probe);
  return 0;
}
