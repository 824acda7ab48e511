// Threads that allocate and free, blocks handed from one thread to another and freed there, one
// block leaked on a worker, a block of a worker kept by main: run on a pool of 4 pthreads.
// It prints its own accounting: the blocks it still holds at exit (the expected live set).
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define ROUNDS 3000
#define QUEUE 64

struct queue { pthread_mutex_t lock; void *items[QUEUE]; int n; };
static struct queue queues[THREADS];
static void *handed[THREADS];
static void *leaked;
static atomic_long allocated, freed;
static void *volatile seen;  // every block escapes, so the compiler keeps each malloc/free pair

static void *make(size_t n) {
  void *p = malloc(n);
  memset(p, 1, n);
  seen = p;
  atomic_fetch_add(&allocated, 1);
  return p;
}

static void drop(void *p) {
  free(p);
  atomic_fetch_add(&freed, 1);
}

// the next thread frees what this one pushes
static void push(int to, void *p) {
  struct queue *q = &queues[to];
  pthread_mutex_lock(&q->lock);
  if (q->n == QUEUE) {
    drop(q->items[--q->n]);
  }
  q->items[q->n++] = p;
  pthread_mutex_unlock(&q->lock);
}

static void pop_all(int self) {
  struct queue *q = &queues[self];
  pthread_mutex_lock(&q->lock);
  while (q->n > 0) drop(q->items[--q->n]);
  pthread_mutex_unlock(&q->lock);
}

static void *work(void *arg) {
  int t = (int)(long)arg;
  handed[t] = make(1000 + t);  // freed by main, except thread 3's
  for (int i = 0; i < ROUNDS; i++) {
    void *mine = make(16 + (i * 7 + t) % 200);
    push((t + 1) % THREADS, make(24 + (i + t) % 100));
    if (i % 16 == 0) pop_all(t);
    drop(mine);
  }
  if (t == 2) leaked = make(4096);  // never freed
  return NULL;
}

int main(void) {
  for (int t = 0; t < THREADS; t++) pthread_mutex_init(&queues[t].lock, NULL);
  static void *volatile own;
  own = make(777);
  pthread_t th[THREADS];
  for (int t = 0; t < THREADS; t++) pthread_create(&th[t], NULL, work, (void *)(long)t);
  for (int t = 0; t < THREADS; t++) pthread_join(th[t], NULL);
  for (int t = 0; t < THREADS; t++) pop_all(t);
  for (int t = 0; t < THREADS - 1; t++) drop(handed[t]);  // blocks of other threads, freed here
  printf("allocated %ld blocks, freed %ld\n", (long)allocated, (long)freed);
  printf("expected live: %d %d %d\n", 777, 1000 + THREADS - 1, 4096);
  return 0;
}
