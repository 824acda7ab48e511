// A small C program as people build it: `clang --target=wasm32-wasi -O2 aligned.c` (one step, so
// the link runs wasm-opt, which strips the names and inlines posix_memalign and realloc, each
// called once, into main). It keeps 40 of 80 cache-line-aligned records and one joined string,
// and says so: the truth `leaks` is checked against (test/cli/unmatched.test.ts).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct record { int id; char name[52]; };

int main(void) {
  struct record *records[80];
  int kept = 0;
  size_t kept_bytes = 0;
  for (int i = 0; i < 80; i++) {
    void *p = NULL;
    if (posix_memalign(&p, 64, sizeof(struct record) + (size_t)i) != 0) return 1;
    records[i] = p;
    records[i]->id = i;
    snprintf(records[i]->name, sizeof records[i]->name, "record-%d", i);
  }
  for (int i = 0; i < 80; i++) {
    if (i % 2) { free(records[i]); continue; }
    kept++;
    kept_bytes += sizeof(struct record) + (size_t)i;
  }
  char *joined = NULL;
  size_t len = 0;
  for (int i = 0; i < 80; i += 2) {
    size_t n = strlen(records[i]->name);
    joined = realloc(joined, len + n + 2);
    memcpy(joined + len, records[i]->name, n);
    len += n;
    joined[len++] = ',';
    joined[len] = 0;
  }
  printf("kept %d records (%zu bytes) and a string of %zu bytes\n", kept + 1, kept_bytes + len + 1, len + 1);
  return 0;
}
