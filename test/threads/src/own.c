// A module whose second thread compiles this file itself (test/node/own-compile.test.ts): the main
// thread instantiates own.wasm on a shared memory and makes blocks; a worker reads own.wasm,
// compiles and instantiates it on the same memory (posted to it), frees some of main's blocks and
// makes its own. wasi-libc has no threaded build here, so its dlmalloc takes no lock: the two
// threads never run in it at once (main waits for the worker's reply, in JS).
#include <stdlib.h>
#include <string.h>

#define SLOTS 64
static char *slot[SLOTS];

// n blocks of size + i bytes in slots first.., each filled with its index
__attribute__((export_name("make"))) int make(int first, int n, int size) {
  int made = 0;
  for (int i = first; i < first + n && i < SLOTS; i++) {
    slot[i] = malloc(size + i);
    memset(slot[i], i, size + i);
    made++;
  }
  return made;
}

// frees the blocks in slots first..first+n-1; how many there were
__attribute__((export_name("drop"))) int drop(int first, int n) {
  int freed = 0;
  for (int i = first; i < first + n && i < SLOTS; i++)
    if (slot[i]) {
      free(slot[i]);
      slot[i] = 0;
      freed++;
    }
  return freed;
}

// bytes held in slots first..first+n-1 (read from the blocks' contents: each byte is its slot's index)
__attribute__((export_name("held"))) int held(int first, int n, int size) {
  int total = 0;
  for (int i = first; i < first + n && i < SLOTS; i++)
    if (slot[i] && slot[i][size + i - 1] == (char)i) total += size + i;
  return total;
}
