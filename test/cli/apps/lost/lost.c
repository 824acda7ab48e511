// Blocks kept and blocks lost, in numbers the program counts itself: the oracle of
// test/cli/reachability.test.ts. Kept: pointers in a global array, a chain hanging from a global,
// a block whose only pointer points into its middle. Lost: blocks whose pointer never reaches
// memory, a chain whose head is dropped, a cycle nothing points to, a global pointer overwritten.
// Build (clang 14, wasi-libc; linked without -O, which would run wasm-opt and inline free into main):
//   clang --target=wasm32-wasi -O2 -g -c -o lost.o lost.c && clang --target=wasm32-wasi -o lost.wasm lost.o
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; char pad[20]; };

static void *kept[40];
static struct node *chain;
static char *inside;
static char *later;
static unsigned long lost_blocks, lost_bytes, kept_blocks;
// Called through a volatile pointer, so the compiler cannot see that it does nothing: each block
// handed to it escapes (clang may not elide its malloc) while its address stays in wasm locals.
static void nothing(void *p) { (void)p; }
static void (*volatile escape)(void *) = nothing;

static void lose(unsigned long bytes) {
  lost_blocks++;
  lost_bytes += bytes;
}

__attribute__((noinline)) static void keep_direct(int n) {
  for (int i = 0; i < n; i++) kept[i] = malloc(16 + i);
  kept_blocks += n;
}

__attribute__((noinline)) static void keep_chain(int n) {
  for (int i = 0; i < n; i++) {
    struct node *x = malloc(sizeof *x);
    x->next = chain;
    chain = x;
  }
  kept_blocks += n;
}

__attribute__((noinline)) static void keep_inside(void) {
  char *b = malloc(100);
  escape(b);
  inside = b + 50;
  kept_blocks++;
}

__attribute__((noinline)) static void drop_direct(int n) {
  for (int i = 0; i < n; i++) {
    char *b = malloc(64 + i);
    escape(b);
    lose(64 + i);
  }
}

__attribute__((noinline)) static void drop_chain(int n) {
  struct node *head = 0;
  for (int i = 0; i < n; i++) {
    struct node *x = malloc(sizeof *x);
    x->next = head;
    head = x;
    escape(x);
    lose(sizeof *x);
  }
}

__attribute__((noinline)) static void drop_cycle(int n) {
  struct node *first = malloc(sizeof *first), *last = first;
  lose(sizeof *first);
  for (int i = 1; i < n; i++) {
    struct node *x = malloc(sizeof *x);
    last->next = x;
    last = x;
    lose(sizeof *x);
  }
  last->next = first;
  escape(first);
}

__attribute__((noinline)) static void drop_global(void) {
  later = malloc(48);
  escape(later);
}

int main(void) {
  keep_direct(40);
  keep_chain(25);
  keep_inside();
  drop_direct(9);
  drop_chain(12);
  drop_cycle(7);
  drop_global();
  // freed and reused: neither kept nor lost
  for (int i = 0; i < 100; i++) {
    void *p = malloc(32 + i);
    escape(p);
    free(p);
  }
  escape(later);
  later = 0;
  lose(48);
  printf("kept %lu blocks; lost %lu blocks, %lu bytes\n", kept_blocks, lost_blocks, lost_bytes);
  return 0;
}
