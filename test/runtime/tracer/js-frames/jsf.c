// JS frames oracle program (test/runtime/tracer/js-frames.test.ts): exports that allocate,
// called from known JS lines, and the allocator itself exported for JS to call.
#include <stdlib.h>
#include <string.h>
#include <emscripten.h>

static char *copy_of(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  memcpy(p, s, n + 1);
  return p;
}

// allocates in its own body: no frame of the activation under the JS caller
EMSCRIPTEN_KEEPALIVE char *keep_flat(int n) {
  return malloc(n);
}

// allocates one call deeper: the activation's frame holds the JS caller's frames
EMSCRIPTEN_KEEPALIVE char *keep_copy(const char *s) {
  return copy_of(s);
}
