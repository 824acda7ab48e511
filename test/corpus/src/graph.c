// Corpus (session 4): a graph built with realloc growth, constructors reached through a table of
// function pointers, recursion that allocates, aligned and zeroed blocks, libc's own allocations.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int *to; int n, cap; } adj;
typedef struct { adj *nodes; int n; } graph;

static inline __attribute__((always_inline)) void push_edge(adj *a, int v) {
  if (a->n == a->cap) {
    a->cap = a->cap ? a->cap * 2 : 2;
    a->to = realloc(a->to, a->cap * sizeof(int));
  }
  a->to[a->n++] = v;
}

__attribute__((noinline)) graph *make_graph(int n) {
  graph *g = malloc(sizeof(graph));
  g->nodes = calloc(n, sizeof(adj));
  g->n = n;
  for (int i = 0; i < n; i++)
    for (int k = 1; k <= 3; k++) push_edge(&g->nodes[i], (i * k + 1) % n);
  return g;
}

// Paths found by a depth-first walk: each level copies the path so far.
__attribute__((noinline)) int *walk(graph *g, int at, int depth, int *path, int len, int **keep) {
  int *mine = malloc((len + 1) * sizeof(int));
  if (len) memcpy(mine, path, len * sizeof(int));
  mine[len] = at;
  if (depth == 0) { *keep = mine; return mine; }
  int *last = walk(g, g->nodes[at].to[0], depth - 1, mine, len + 1, keep);
  free(mine);
  return last;
}

typedef struct shape { const char *kind; double *coords; } shape;
static shape *circle(int n) { shape *s = malloc(sizeof(shape)); s->kind = "circle"; s->coords = calloc(2 * n, sizeof(double)); return s; }
static shape *square(int n) { shape *s = malloc(sizeof(shape)); s->kind = "square"; s->coords = malloc(8 * n * sizeof(double)); return s; }
typedef shape *(*ctor)(int);
ctor volatile makers[2] = { circle, square };

__attribute__((noinline)) char *label(const char *kind, int i) {
  size_t len = strlen(kind) + 12;
  char *s = malloc(len);
  snprintf(s, len, "%s#%d", kind, i);
  char *copy = strdup(s); // libc allocates the block kept
  free(s);
  return copy;
}

graph *kept_graph;
int *kept_path;
shape *kept_shapes[4];
char *kept_labels[4];
void *kept_aligned;

int main(int argc, char **argv) {
  kept_graph = make_graph(24 + argc);
  int *end = walk(kept_graph, 0, 5, NULL, 0, &kept_path);
  for (int i = 0; i < 4; i++) kept_shapes[i] = makers[i & 1](3 + i);
  for (int i = 0; i < 4; i++) kept_labels[i] = label(kept_shapes[i]->kind, i);
  if (posix_memalign(&kept_aligned, 64, 200) != 0) return 1;
  void *tmp = aligned_alloc(32, 96);
  free(tmp);
  printf("graph %d nodes, path ends at %d, %s %s, %s\n", kept_graph->n, end[5], kept_shapes[0]->kind, kept_shapes[1]->kind, argv[0]);
  return 0;
}
