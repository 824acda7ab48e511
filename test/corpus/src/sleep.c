// Corpus (oracle5): Emscripten -sASYNCIFY. emscripten_sleep unwinds every frame on the stack
// (each function returns to its caller, saving its locals) and rewinds them later (each is called
// again and skips to where it stopped), so allocations happen before an unwind, after a rewind,
// in frames that were unwound while they held blocks, through a function pointer that sleeps,
// and in a recursion that sleeps at its bottom. The program ends with exit(3).
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct level { int depth; char *before; char *after; struct level *below; } level;

static level *keep_levels;
static char **lines;
static int nlines;

static void pause_a_little(int ms) { emscripten_sleep(ms); }

// Allocates on the way down, sleeps at the bottom, allocates on the way back up.
static level *descend(int depth, int bottom) {
  level *l = malloc(sizeof *l);
  l->depth = depth;
  l->before = malloc(16 + depth);
  snprintf(l->before, 16 + depth, "down %d", depth);
  if (depth < bottom) l->below = descend(depth + 1, bottom);
  else { l->below = NULL; pause_a_little(1); }
  l->after = malloc(48 + depth);
  snprintf(l->after, 48 + depth, "up %d", depth);
  return l;
}

static void add_line(const char *text) {
  lines = realloc(lines, (nlines + 1) * sizeof *lines);
  lines[nlines++] = strdup(text);
}

typedef char *(*producer)(int);

static char *slow_word(int i) {
  char *w = malloc(24);
  emscripten_sleep(0);
  snprintf(w, 24, "slow-%d", i);
  return w;
}

static char *fast_word(int i) {
  char *w = calloc(4, 8);
  snprintf(w, 32, "fast-%d", i);
  return w;
}

static producer pick(int i) { return i % 3 == 0 ? slow_word : fast_word; }

int main(void) {
  keep_levels = descend(0, 5);
  char buf[64];
  for (int i = 0; i < 7; i++) {
    char *w = pick(i)(i);
    snprintf(buf, sizeof buf, "%s/%d", w, keep_levels->depth + i);
    if (i % 2) free(w);
    add_line(buf);
    if (i == 4) pause_a_little(2);
  }
  int *grown = NULL;
  for (int n = 1; n <= 40; n *= 3) {
    grown = realloc(grown, n * sizeof *grown);
    grown[n - 1] = n;
    emscripten_sleep(0);
  }
  level *spare = descend(10, 11);
  free(spare->before);
  free(spare);
  printf("%d lines, last %s, grown %d, bottom %s\n", nlines, lines[nlines - 1], grown[26], keep_levels->below->below->after);
  fprintf(stderr, "leaving with 3\n");
  exit(3);
}
