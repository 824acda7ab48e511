// Corpus (oracle4): C at -O3 with LTO and wasm tail calls (return_call), and the same source at
// -Os re-optimised by wasm-opt with DWARF kept (identical functions merged, code moved). One
// helper inlined into three callers; tail calls into an allocating function; a fully unrolled
// loop of allocations; a variable-length array copied out with strdup; libc allocating for the
// program: getenv (wasi-libc builds environ on first use), tsearch, hcreate, regcomp; a bsearch
// comparator that allocates; main(argc, argv).
#include <regex.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int *v; int n, cap; } ints;

static inline void ints_push(ints *a, int x) {
  if (a->n == a->cap) {
    a->cap = a->cap ? a->cap * 2 : 3;
    a->v = realloc(a->v, a->cap * sizeof *a->v);
  }
  a->v[a->n++] = x;
}

static ints evens, odds, all;

static void keep_even(int x) { ints_push(&evens, x); }
static void keep_odd(int x) { ints_push(&odds, x * 3); }
static void keep_all(int x) { ints_push(&all, x + 1); }

__attribute__((noinline)) static char *upper_copy(const char *s, size_t extra) {
  size_t n = strlen(s);
  char *out = malloc(n + extra + 1);
  for (size_t i = 0; i < n; i++) out[i] = s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i];
  out[n] = 0;
  return out;
}
// Both end in a call whose result is returned: return_call under -mtail-call.
__attribute__((noinline)) static char *label(const char *s) { return upper_copy(s, strlen(s) & 3); }
__attribute__((noinline)) static char *shout(const char *s, int times) {
  return times > 1 ? label(s) : upper_copy(s, 8);
}

// Two functions with the same code: wasm-opt may keep one body for both.
__attribute__((noinline)) static double *vec_a(int n) { double *p = calloc(n, sizeof *p); p[0] = 1; return p; }
__attribute__((noinline)) static double *vec_b(int n) { double *p = calloc(n, sizeof *p); p[0] = 1; return p; }

static char *slots[4];
static void fill_slots(void) {
  for (int i = 0; i < 4; i++) slots[i] = malloc(16 * (i + 1));
}

static char *joined(int argc, char **argv) {
  size_t n = 1;
  for (int i = 0; i < argc; i++) n += strlen(argv[i]) + 1;
  char buf[n];
  buf[0] = 0;
  for (int i = 0; i < argc; i++) { strcat(buf, argv[i]); strcat(buf, "+"); }
  return strdup(buf);
}

typedef struct { const char *name; char *shown; } color;
static color colors[] = { {"blue", 0}, {"cyan", 0}, {"green", 0}, {"red", 0}, {"teal", 0} };
static int by_name(const void *k, const void *e) {
  color *c = (color *)e;
  if (!c->shown) c->shown = upper_copy(c->name, 1);
  return strcmp(k, c->name);
}

static int cmp_str(const void *a, const void *b) { return strcmp(a, b); }
static void *tree;
static regex_t rx;

int main(int argc, char **argv) {
  for (int i = 0; i < 20 + argc; i++) {
    keep_all(i);
    if (i % 2) keep_odd(i); else keep_even(i);
  }
  char *a = shout("tail", 2), *b = shout("call", 1);
  double *va = vec_a(5 + argc), *vb = vec_b(9);
  fill_slots();
  char *j = joined(argc, argv);
  const char *home = getenv("CORPUS_HOME");
  color *found = bsearch("green", colors, 5, sizeof *colors, by_name);
  tsearch("walnut", &tree, cmp_str);
  tsearch("almond", &tree, cmp_str);
  hcreate(7);
  int bad = regcomp(&rx, "^[a-z]+([0-9]{2,3})?$", REG_EXTENDED);
  printf("%s %s %g %g %s %s %s %d %d %d %d\n", a, b, va[0], vb[8] + 1, j, home ? home : "-", found ? found->shown : "?",
         evens.n, odds.n, all.n, bad || regexec(&rx, "abc12", 0, NULL, 0));
  free(b);
  return 0;
}
