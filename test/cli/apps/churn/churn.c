/* The program of the peak / totals / lines / growth tests (test/cli/views.test.ts): a large
 * temporary that sets the peak, a loop of short-lived blocks, a list that only grows, all from
 * noinline functions at known lines. Build from the repository root (clang 14, wasi-libc; the
 * link without -O keeps the name section and the DWARF, as fixtures/build.sh does):
 *   clang --target=wasm32-wasi -g -O1 -fdebug-prefix-map="$PWD"=. -c test/cli/apps/churn/churn.c -o /tmp/churn.o
 *   clang --target=wasm32-wasi -g /tmp/churn.o -o test/cli/apps/churn/churn.wasm
 * Usage (churn.mjs): node churn.mjs [rounds=1] [instances=1] [delayMs=0] */
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

static unsigned hash = 2166136261u;
struct node { struct node *next; char payload[40]; };
static struct node *volatile list;

NOINLINE void mix(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i += 64) hash = (hash ^ p[i]) * 16777619u;
}

/* Sets the peak: 3,000,000 bytes live for a moment, freed before returning. */
NOINLINE void big_temporary(void) {
  char *t = malloc(3000000); /* @temporary */
  memset(t, 7, 3000000);
  mix((unsigned char *)t, 3000000);
  free(t);
}

/* 1000 blocks of 100 bytes, each freed before the next allocation: temporaries. */
NOINLINE void churn(int n) {
  for (int i = 0; i < n; i++) {
    char *p = malloc(100); /* @churn */
    memset(p, i, 100);
    mix((unsigned char *)p, 100);
    free(p);
  }
}

NOINLINE struct node *make_node(int i) {
  struct node *p = malloc(sizeof(struct node)); /* @node */
  memset(p->payload, i, sizeof p->payload);
  return p;
}

/* Grows the list by n nodes, and keeps one 1000-byte block per call. */
NOINLINE void grow(int n) {
  char *extra = malloc(1000); /* @extra */
  mix((unsigned char *)extra, 1000);
  for (int i = 0; i < n; i++) {
    struct node *p = make_node(i); /* @grow */
    p->next = list;
    list = p;
  }
  ((struct node *)extra)->next = list;
}

/* main(void) and the environment, not argv: wasi-libc's __main_void allocates argv without line
 * info, and the instrumenter then treats it as a wrapper of everything main allocates. */
int main(void) {
  const char *env = getenv("ROUNDS");
  int rounds = env ? atoi(env) : 1;
  for (int r = 0; r < rounds; r++) {
    big_temporary();
    churn(1000);
    grow(10);
  }
  return (int)(hash & 0);
}
