#include "pages.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>

namespace wtm {

static std::atomic<size_t> g_inUse{0};

static size_t roundToPage(size_t bytes) { return (bytes + 4095) & ~size_t(4095); }

void* pagesAlloc(size_t bytes, bool populate) {
  bytes = roundToPage(bytes);
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | (populate ? MAP_POPULATE : 0), -1, 0);
  if (p == MAP_FAILED) {
    // Inside a malloc hook there is no caller to report to; losing traces silently would make
    // every figure wrong, so fail loudly.
    fprintf(stderr, "wasm-tracemalloc/native: mmap of %zu bytes for the trace table failed\n", bytes);
    abort();
  }
  g_inUse.fetch_add(bytes, std::memory_order_relaxed);
  return p;
}

void pagesFree(void* p, size_t bytes) {
  if (!p) return;
  bytes = roundToPage(bytes);
  munmap(p, bytes);
  g_inUse.fetch_sub(bytes, std::memory_order_relaxed);
}

size_t pagesInUse() { return g_inUse.load(std::memory_order_relaxed); }

}  // namespace wtm
