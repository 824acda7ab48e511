// Corpus: an Emscripten program at -O2 (DWARF and source map builds of the same source).
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

typedef struct { float *weights; int n; } layer;

static inline __attribute__((always_inline)) float *fill_weights(int n) {
  float *w = malloc(n * sizeof(float));
  for (int i = 0; i < n; i++) w[i] = (float)i / 7.0f;
  return w;
}

__attribute__((noinline)) layer *make_layer(int n) {
  layer *l = calloc(1, sizeof(layer));
  l->weights = fill_weights(n);
  l->n = n;
  return l;
}

__attribute__((noinline)) char *join(const char *a, const char *b) {
  char *s = malloc(strlen(a) + strlen(b) + 1);
  strcpy(s, a);
  strcat(s, b);
  return s;
}

layer *kept[4];
char *kept_text;

int main(void) {
  for (int i = 0; i < 4; i++) kept[i] = make_layer(100 + 10 * i);
  kept_text = join("hello, ", "world");
  char *scratch = strdup(kept_text);
  printf("%s %d\n", scratch, kept[3]->n);
  free(scratch);
  return 0;
}
