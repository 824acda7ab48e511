// Corpus: a wasi-libc command with argc/argv, inlining, strdup/calloc/realloc, a custom
// allocator named by flags (arena_alloc) and allocation through function pointers.
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

struct node { struct node *next; int value; };

static inline __attribute__((always_inline)) struct node *node_new(int v) {
  struct node *n = malloc(sizeof *n);
  n->value = v;
  n->next = 0;
  return n;
}

static inline __attribute__((always_inline)) struct node *push(struct node *head, int v) {
  struct node *n = node_new(v);
  n->next = head;
  return n;
}

__attribute__((noinline)) char *copy_name(const char *s) {
  return strdup(s);
}

__attribute__((noinline)) int *zeroed(int n) {
  return calloc(n, sizeof(int));
}

__attribute__((noinline)) char *grow(char *buf, int n) {
  return realloc(buf, n);
}

// A bump allocator the instrumenter knows only through options: alloc = ['arena_alloc'].
static char arena[1 << 16];
static int arena_top;
__attribute__((noinline)) void *arena_alloc(int n) {
  void *p = arena + arena_top;
  arena_top += (n + 7) & ~7;
  return p;
}

struct allocator { void *(*alloc)(size_t); void (*release)(void *); };
static struct allocator heap = { malloc, free };

__attribute__((noinline)) void *through(struct allocator *a, size_t n) {
  return a->alloc(n);
}

struct node *keep_list;
char *keep_name, *keep_buf;
int *keep_zeroed;
void *keep_arena[3], *keep_pointer[2];

int main(int argc, char **argv) {
  struct node *head = 0;
  for (int i = 0; i < 5 + argc; i++) head = push(head, i);
  keep_list = head;
  keep_name = copy_name(argc > 0 ? argv[0] : "none");
  keep_zeroed = zeroed(311);
  char *buf = malloc(1234);
  for (int n = 2000; n <= 8000; n += 3000) buf = grow(buf, n);
  keep_buf = buf;
  for (int i = 0; i < 3; i++) keep_arena[i] = arena_alloc(48 + i);
  keep_pointer[0] = through(&heap, 777);
  keep_pointer[1] = heap.alloc(888);
  heap.release(malloc(99));
  printf("%d %d\n", keep_list->value, argc);
  return 0;
}
