// Corpus (session 7): a hand-rolled arena and growable vector whose allocations sit in static
// inline helpers and macros of this header: the frame's file is arena.h, not the .c file.
#ifndef CORPUS_ARENA_H
#define CORPUS_ARENA_H
#include <stdlib.h>
#include <string.h>

typedef struct chunk { struct chunk *next; size_t used, cap; unsigned char data[]; } chunk;
typedef struct { chunk *head; size_t chunk_size; } arena;

static inline chunk *arena_grow(arena *a, size_t need) {
  size_t cap = need > a->chunk_size ? need : a->chunk_size;
  chunk *c = malloc(sizeof(chunk) + cap);
  c->next = a->head;
  c->used = 0;
  c->cap = cap;
  a->head = c;
  return c;
}

static inline void *arena_push(arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  chunk *c = a->head;
  if (!c || c->cap - c->used < n) c = arena_grow(a, n);
  void *p = c->data + c->used;
  c->used += n;
  return p;
}

static inline char *arena_strdup(arena *a, const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(arena_push(a, n), s, n);
}

// A typed growable vector: the realloc is written inside the macro, so its line is the line
// where the macro is used.
#define VEC(T) struct { T *items; int len, cap; }
#define VEC_PUSH(v, x)                                                              \
  do {                                                                              \
    if ((v)->len == (v)->cap) {                                                     \
      (v)->cap = (v)->cap ? (v)->cap * 2 : 4;                                       \
      (v)->items = realloc((v)->items, (size_t)(v)->cap * sizeof(*(v)->items));     \
    }                                                                               \
    (v)->items[(v)->len++] = (x);                                                   \
  } while (0)

#define NEW(T) ((T *)calloc(1, sizeof(T)))

#endif
