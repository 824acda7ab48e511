// memalign and posix_memalign both used (FFmpeg's av_malloc and its libraries, the zoo's
// @ffmpeg/core): internal_memalign has two callers, so emcc -O2 keeps it a function of its own,
// and dlmemalign (aligned_alloc, emscripten_builtin_memalign) and posix_memalign stay small
// functions that pick malloc or internal_memalign. Found as neither, every aligned block read at
// the allocator's own entry (`emscripten_builtin_memalign+0x13`), not at the program's call.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>

__attribute__((import_module("env"), import_name("checkpoint"))) void checkpoint(int n);

static void *frames[48];
static void *rows[40];

// called through pointers, as a library's allocator table would: wasm-opt then inlines neither
// dlmemalign nor posix_memalign into the program (in @ffmpeg/core dlmemalign is exported)
static void *(*volatile memalign_fn)(size_t, size_t) = memalign;
static int (*volatile posix_memalign_fn)(void **, size_t, size_t) = posix_memalign;
__attribute__((noinline)) static void *frame_buffer(size_t n) { return memalign_fn(64, n); }
__attribute__((noinline)) static void *small_aligned(size_t n) { return memalign_fn(8, n); }
__attribute__((noinline)) static int row_buffer(void **out, size_t n) { return posix_memalign_fn(out, 32, n); }

int main(void) {
  for (int i = 0; i < 48; i++) { frames[i] = (i % 3) ? frame_buffer(3000 + i * 64) : small_aligned(100 + i); memset(frames[i], i, 64); }
  for (int i = 0; i < 40; i++) if (row_buffer(&rows[i], 500 + i * 10) != 0) return 1;
  for (int i = 0; i < 48; i += 2) { free(frames[i]); frames[i] = 0; }
  for (int i = 0; i < 40; i += 3) { free(rows[i]); rows[i] = 0; }
  char *c = malloc(7000);
  struct mallinfo mi = mallinfo();
  printf("aligned kept, in use %d\n", mi.uordblks);
  checkpoint(1);
  for (int i = 0; i < 48; i++) free(frames[i]);
  for (int i = 0; i < 40; i++) free(rows[i]);
  free(c);
  return 0;
}
