// A small C program for the Emscripten release builds of build.sh: a string table that grows
// with realloc, nodes from calloc, frees half; `heap_in_use` is dlmalloc's own count of bytes
// in use (mallinfo), the independent measure the traced figures are checked against.
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <emscripten.h>

typedef struct node { struct node *next; char *text; int n; } node;
static node *head;
static char **table;
static int used, cap;

static char *make_text(int i) {
  int len = 16 + (i * 37) % 200;
  char *s = malloc(len);
  memset(s, 'a' + i % 26, len - 1);
  s[len - 1] = 0;
  return s;
}

static void push(char *s) {
  if (used == cap) {
    cap = cap ? cap * 2 : 8;
    table = realloc(table, cap * sizeof *table);
  }
  table[used++] = s;
}

EMSCRIPTEN_KEEPALIVE int run(int n) {
  for (int i = 0; i < n; i++) {
    node *x = calloc(1, sizeof *x);
    x->text = make_text(i);
    x->n = i;
    x->next = head;
    head = x;
    push(strdup(x->text));
  }
  int kept = 0;
  for (node **p = &head; *p;) {
    node *x = *p;
    if (x->n % 2) { *p = x->next; free(x->text); free(x); } else { p = &x->next; kept++; }
  }
  return kept;
}

EMSCRIPTEN_KEEPALIVE void clear(void) {
  while (head) { node *x = head; head = x->next; free(x->text); free(x); }
  for (int i = 0; i < used; i++) free(table[i]);
  free(table);
  table = 0; used = cap = 0;
}

EMSCRIPTEN_KEEPALIVE int heap_in_use(void) { return mallinfo().uordblks; }
