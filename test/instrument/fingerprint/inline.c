// A program whose one realloc call and one posix_memalign call get inlined into their caller by
// emcc -O2 (wasm-opt: a sole caller). That caller, `work(int, int)`, then carries realloc's code,
// calls memalign and free, and has realloc's signature — but is no realloc: taken for one (as a
// program's `main(argc, argv)` was), everything inside it went untraced. Kept: 80 blocks of
// 400+ bytes aligned to 64, and a text grown by realloc; the test's checkpoint before exit.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((import_module("env"), import_name("checkpoint"))) void checkpoint(int n);

static void *kept[80];

__attribute__((noinline)) int work(int count, int step) {
  for (int i = 0; i < count; i += step) {
    void *p = NULL;
    if (posix_memalign(&p, 64, 400 + (size_t)i) != 0) return 1;
    memset(p, i, 400);
    if (i % 2) free(p); else kept[i / 2] = p;
  }
  char *text = NULL;
  size_t len = 0;
  for (int i = 0; i < count / 2; i += step) {
    char item[16];
    int n = snprintf(item, sizeof item, "%d;", i);
    text = realloc(text, len + (size_t)n + 1);
    memcpy(text + len, item, (size_t)n + 1);
    len += (size_t)n;
  }
  printf("kept %d aligned blocks and %zu bytes of text (%p)\n", count / 2, len + 1, kept[0]);
  return (int)len;
}

int main(int argc, char **argv) {
  (void)argv;
  // argc (1) unknown when compiling: both parameters stay; a second caller keeps `work` a
  // function (realloc and posix_memalign still have one caller each: `work`)
  int len = work(159 + argc, argc);
  len += work(argc - 1, argc);
  checkpoint(1);
  return len > 0 ? 0 : 1;
}
