/* The oracle of `stats` and `tree` (test/cli/stats-tree.test.ts): a program that keeps its own
 * books of every allocation it makes — how many and how many bytes in total, the temporary ones
 * (freed before the next allocation), the live set by log2 size class, the peak of live bytes, and
 * per allocation site — and prints them as JSON at exit. It never reads the tracer: its numbers
 * come from its own calls. Every allocation is also counted by log2 size class. Sizes span 0 B to 1 MiB; blocks are allocated by malloc, calloc and
 * realloc (moving and in place) from four noinline sites reached by several call paths.
 * Build from the repository root (clang 14, wasi-libc; -O2 compiled, linked without -O so the
 * name section and the DWARF survive, as fixtures/build.sh does):
 *   clang --target=wasm32-wasi -g -O2 -fdebug-prefix-map="$PWD"=. -c test/cli/apps/oracle/sizes.c -o /tmp/sizes.o
 *   clang --target=wasm32-wasi -g /tmp/sizes.o -o test/cli/apps/oracle/sizes.wasm
 * Usage: node sizes.mjs. main takes no arguments and reads no environment, so wasi-libc
 * allocates nothing of its own (argv and environ are never built). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))
#define SITES 4
#define CLASSES 34
#define MAX_LIVE 3000

enum { SMALL, LARGE, ZEROED, RESIZED };
static const char *const SITE_NAMES[SITES] = { "small", "large", "zeroed", "resized" };

static struct { void *p; size_t n; int site; } live[MAX_LIVE];
static int nlive;
static uint64_t alloc_count, alloc_bytes, temp_count, temp_bytes, live_bytes, peak_bytes;
static uint64_t site_count[SITES], site_bytes[SITES], site_temp_count[SITES], site_temp_bytes[SITES];
static void *last; /* the last block allocated, until it is freed */
static uint64_t all_count[CLASSES], all_bytes[CLASSES]; /* every allocation by size class */

/* The log2 class of a size, by shifting: 0 for 0, else its bit length. */
static int size_class(size_t n) {
  int c = 0;
  while (n) { n >>= 1; c++; }
  return c;
}

static void note_alloc(void *p, size_t n, int site) {
  live[nlive].p = p; live[nlive].n = n; live[nlive].site = site; nlive++;
  alloc_count++; alloc_bytes += n;
  site_count[site]++; site_bytes[site] += n;
  all_count[size_class(n)]++; all_bytes[size_class(n)] += n;
  live_bytes += n;
  if (live_bytes > peak_bytes) peak_bytes = live_bytes;
  last = p;
}

/* Removes live[i]; `moved`: the block's memory was given back (free, or a realloc that moved). */
static size_t note_gone(int i, int moved) {
  size_t n = live[i].n;
  if (moved && live[i].p == last) { temp_count++; temp_bytes += n; site_temp_count[live[i].site]++; site_temp_bytes[live[i].site] += n; last = 0; }
  live_bytes -= n;
  live[i] = live[--nlive];
  return n;
}

static uint32_t rng = 1;
static uint32_t next(void) { rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5; return rng; }

/* A size in a random class: mostly small, sometimes up to 1 MiB, sometimes 0. */
static size_t pick_size(void) {
  uint32_t r = next() % 100;
  int c = r < 3 ? 0 : r < 90 ? 1 + (int)(next() % 12) : 13 + (int)(next() % 8);
  if (c == 0) return 0;
  size_t low = (size_t)1 << (c - 1);
  return low + next() % low;
}

NOINLINE void *make_small(size_t n) { return malloc(n); /* @small */ }
NOINLINE void *make_large(size_t n) { return malloc(n); /* @large */ }
NOINLINE void *make_zeroed(size_t n) { return calloc(n / 4 + 1, 4); /* @zeroed */ }
NOINLINE void *resize(void *p, size_t n) { return realloc(p, n); /* @resized */ }

static void *allocate(size_t n, int *site) {
  if (n >= 4096) { *site = LARGE; return make_large(n); }
  if (next() % 4 == 0) { *site = ZEROED; return make_zeroed(n); }
  *site = SMALL;
  return make_small(n);
}

static void one_allocation(void) {
  if (nlive == MAX_LIVE) return;
  int site;
  size_t n = pick_size();
  void *p = allocate(n, &site);
  if (!p) return;
  note_alloc(p, site == ZEROED ? (n / 4 + 1) * 4 : n, site);
}

static void one_free(void) {
  if (!nlive) return;
  int i = (int)(next() % (uint32_t)nlive);
  void *p = live[i].p;
  note_gone(i, 1);
  free(p);
}

static void one_resize(void) {
  if (!nlive) return;
  int i = (int)(next() % (uint32_t)nlive);
  size_t n = pick_size();
  if (n == 0) n = 1; /* realloc(p, 0) frees: a free, not a resize */
  void *old = live[i].p;
  void *p = resize(old, n);
  if (!p) return;
  note_gone(i, p != old);
  note_alloc(p, n, RESIZED);
}

/* Frees the block allocated last (a temporary, unless that allocation was skipped). */
static void one_free_last(void) {
  void *p = live[nlive - 1].p;
  note_gone(nlive - 1, 1);
  free(p);
}

/* Three phases, so the call tree has several paths to the same sites. */
NOINLINE void build(int ops) { for (int k = 0; k < ops; k++) one_allocation(); }
NOINLINE void churn(int ops) {
  for (int k = 0; k < ops; k++) {
    uint32_t r = next() % 10;
    if (r < 4) one_allocation();
    else if (r < 8) one_free();
    else one_resize();
  }
}
NOINLINE void temporaries(int ops) {
  for (int k = 0; k < ops; k++) { one_allocation(); if (nlive) one_free_last(); }
}

int main(void) {
  build(400);
  churn(8000);
  temporaries(300);
  churn(4000);
  uint64_t cls_count[CLASSES] = {0}, cls_bytes[CLASSES] = {0};
  for (int i = 0; i < nlive; i++) { int c = size_class(live[i].n); cls_count[c]++; cls_bytes[c] += live[i].n; }
  printf("{\"allocations\":{\"count\":%llu,\"bytes\":%llu},", (unsigned long long)alloc_count, (unsigned long long)alloc_bytes);
  printf("\"temporary\":{\"count\":%llu,\"bytes\":%llu},", (unsigned long long)temp_count, (unsigned long long)temp_bytes);
  printf("\"live\":{\"blocks\":%d,\"bytes\":%llu},\"peak\":%llu,\"classes\":[", nlive, (unsigned long long)live_bytes, (unsigned long long)peak_bytes);
  for (int c = 0, first = 1; c < CLASSES; c++) {
    if (!cls_count[c]) continue;
    printf("%s{\"class\":%d,\"count\":%llu,\"bytes\":%llu}", first ? "" : ",", c, (unsigned long long)cls_count[c], (unsigned long long)cls_bytes[c]);
    first = 0;
  }
  printf("],\"allClasses\":[");
  for (int c = 0, first = 1; c < CLASSES; c++) {
    if (!all_count[c]) continue;
    printf("%s{\"class\":%d,\"count\":%llu,\"bytes\":%llu}", first ? "" : ",", c, (unsigned long long)all_count[c], (unsigned long long)all_bytes[c]);
    first = 0;
  }
  printf("],\"sites\":{");
  for (int s = 0; s < SITES; s++)
    printf("%s\"%s\":{\"count\":%llu,\"bytes\":%llu,\"temporaryCount\":%llu,\"temporaryBytes\":%llu}", s ? "," : "", SITE_NAMES[s],
           (unsigned long long)site_count[s], (unsigned long long)site_bytes[s], (unsigned long long)site_temp_count[s], (unsigned long long)site_temp_bytes[s]);
  printf("}}\n");
  return 0;
}
