// Four pthreads (a pool of 4) that allocate and free, each from its own entry function (so each
// thread's blocks have tracebacks of their own), each keeping one block alive and handing one to
// main, which frees it (a free on another thread than the allocation). Main allocates too.
// It prints its own accounting, the oracle of the tests: per thread, how many blocks it allocated
// and how many bytes, and the sizes of the blocks still live at exit.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4

struct tally { long blocks, bytes; };
static struct tally tallies[THREADS + 1];  // [THREADS]: main
static void *kept[THREADS], *handed[THREADS];
static void *volatile seen;  // every block escapes, so the compiler keeps each malloc/free pair

static void *make(struct tally *t, size_t n) {
  void *p = malloc(n);
  memset(p, 7, n);
  seen = p;
  t->blocks++;
  t->bytes += (long)n;
  return p;
}

// `rounds` rounds of two blocks, one freed at once, the other a round later
static void churn(int id, int rounds, size_t base) {
  struct tally *t = &tallies[id];
  void *previous = NULL;
  for (int i = 0; i < rounds; i++) {
    void *a = make(t, base + (size_t)(i * 13 + id * 7) % 300);
    void *b = make(t, 8 + (size_t)(i * 5) % 64);
    free(a);
    free(previous);
    previous = b;
  }
  free(previous);
  kept[id] = make(t, 500 + (size_t)id);    // live at exit
  handed[id] = make(t, 600 + (size_t)id);  // freed by main
}

static void *thread0(void *arg) { churn(0, 1000, 16); return arg; }
static void *thread1(void *arg) { churn(1, 1500, 32); return arg; }
static void *thread2(void *arg) { churn(2, 700, 48); return arg; }
static void *thread3(void *arg) { churn(3, 1200, 64); return arg; }

int main(void) {
  void *(*entries[THREADS])(void *) = { thread0, thread1, thread2, thread3 };
  static void *volatile own;
  own = make(&tallies[THREADS], 777);  // live at exit
  void *scratch = make(&tallies[THREADS], 123);
  pthread_t th[THREADS];
  for (int t = 0; t < THREADS; t++) pthread_create(&th[t], NULL, entries[t], NULL);
  for (int t = 0; t < THREADS; t++) pthread_join(th[t], NULL);
  for (int t = 0; t < THREADS; t++) free(handed[t]);
  free(scratch);
  for (int t = 0; t < THREADS; t++) printf("thread %d: %ld blocks, %ld bytes\n", t, tallies[t].blocks, tallies[t].bytes);
  printf("main: %ld blocks, %ld bytes\n", tallies[THREADS].blocks, tallies[THREADS].bytes);
  printf("expected live: 777 500 501 502 503\n");
  return 0;
}
