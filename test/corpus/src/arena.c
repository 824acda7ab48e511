// Corpus (session 7): C -O2 with the allocations in a header's static inline helpers and macros
// (arena.h), a vasprintf-like varargs formatter, qsort with a comparator that allocates (a memo
// of sort keys), recursion through a table of function pointers, and main(argc, argv).
#include <stdarg.h>
#include <stdio.h>
#include "arena.h"

static char *format(const char *fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = malloc(n + 1);
  vsnprintf(s, n + 1, fmt, again);
  va_end(again);
  return s;
}

// Sort keys computed once per string and kept: the comparator allocates the first time it sees one.
typedef struct memo { const char *word; char *key; struct memo *next; } memo;
static memo *memos;
static const char *key_of(const char *w) {
  for (memo *m = memos; m; m = m->next)
    if (m->word == w) return m->key;
  memo *m = NEW(memo);
  m->word = w;
  m->key = format("%c%03d", w[strlen(w) - 1], (int)strlen(w));
  m->next = memos;
  memos = m;
  return m->key;
}
static int by_key(const void *a, const void *b) {
  return strcmp(key_of(*(const char *const *)a), key_of(*(const char *const *)b));
}

// An expression tree built by recursion through function pointers.
typedef struct node { char op; int value; struct node *l, *r; char *text; } node;
typedef node *(*builder)(arena *, int);
static node *leaf(arena *a, int d);
static node *plus(arena *a, int d);
static node *times(arena *a, int d);
static builder volatile builders[3] = { leaf, plus, times };

static node *leaf(arena *a, int d) {
  node *n = arena_push(a, sizeof(node));
  n->op = 'n';
  n->value = d + 1;
  n->l = n->r = NULL;
  n->text = arena_strdup(a, d & 1 ? "odd" : "even");
  return n;
}
static node *binary(arena *a, int d, char op) {
  node *n = arena_push(a, sizeof(node));
  n->op = op;
  n->l = builders[(d + 1) % 3](a, d - 1);
  n->r = builders[d % 2](a, d - 1);
  n->text = format("(%c at depth %d)", op, d);
  return n;
}
static node *plus(arena *a, int d) { return d <= 0 ? leaf(a, d) : binary(a, d, '+'); }
static node *times(arena *a, int d) { return d <= 0 ? leaf(a, d) : binary(a, d, '*'); }

static int eval(const node *n) {
  if (n->op == 'n') return n->value;
  int l = eval(n->l), r = eval(n->r);
  return n->op == '+' ? l + r : l * r;
}

typedef VEC(char *) strings;
static arena names = { NULL, 96 };
static arena trees = { NULL, 256 };
static strings kept;
static node *root;

int main(int argc, char **argv) {
  const char *words[] = { "pear", "fig", "banana", "kiwi", "plum", "cherry", "lime", "apricot", "date", "quince" };
  const char *sorted[10];
  memcpy(sorted, words, sizeof words);
  qsort(sorted, 10, sizeof *sorted, by_key);
  for (int i = 0; i < 10; i++) VEC_PUSH(&kept, arena_strdup(&names, sorted[i]));
  for (int i = 0; i < argc + 6; i++) VEC_PUSH(&kept, format("%s-%d", argv[0], i));
  root = builders[2](&trees, 4);
  char *tmp = format("%d", eval(root));
  printf("first %s last %s value %s kept %d\n", kept.items[0], kept.items[9], tmp, kept.len);
  free(tmp);
  return 0;
}
