// A reactor whose constructor fills a table with blocks: built, then pre-initialised with
// Binaryen's wasm-ctor-eval (build.sh), so those blocks are in the module's data segments before
// it is ever instantiated, as in a Wizer-packed module (ruby.wasm). `run` frees some of them and
// makes blocks of its own; `free_later`/`take` let a caller free a block it made before tracing
// started. The program prints what it did, counted by itself: the test's oracle.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EARLY 6
static const size_t early_sizes[EARLY] = {24, 100, 1000, 4000, 32, 640};
static char *early[EARLY];

__attribute__((constructor)) static void fill(void) {
  for (int i = 0; i < EARLY; i++) {
    early[i] = malloc(early_sizes[i]);
    memset(early[i], 'a' + i, early_sizes[i]);
  }
}

static char *kept;

/* Frees the first `n` constructor blocks (realloc's the next one when `grow`), and keeps one
 * block of its own. */
__attribute__((export_name("run"))) int run(int n, int grow) {
  size_t freed = 0, bytes = 0;
  for (int i = 0; i < n && i < EARLY; i++) {
    bytes += early_sizes[i];
    free(early[i]);
    early[i] = NULL;
    freed++;
  }
  if (grow && n < EARLY) early[n] = realloc(early[n], 2 * early_sizes[n]);
  char *scratch = malloc(300);
  memset(scratch, 1, 300);
  free(scratch);
  kept = malloc(777);
  memset(kept, 2, 777);
  printf("freed %zu blocks from the constructor (%zu bytes)%s; kept 1 block (777 bytes)\n", freed, bytes,
         grow && n < EARLY ? ", moved 1 by realloc" : "");
  return (int)freed;
}

__attribute__((export_name("take"))) void *take(int size) { return malloc(size); }
__attribute__((export_name("give"))) void give(void *p) { free(p); }
