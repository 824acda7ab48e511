#include "tracking.h"

#include "records.h"
#include "tracebacks.h"
#include "unwind.h"

namespace wtm {

__thread int t_inTracer __attribute__((tls_model("initial-exec"))) = 0;
std::atomic<uint32_t> g_nframe{0};

void trackAlloc(void* ptr, size_t size, void* caller, void* frame) {
  uint32_t nframe = g_nframe.load(std::memory_order_relaxed);
  if (nframe == 0) return;
  if (nframe > kMaxFrames) nframe = kMaxFrames;
  uint32_t tb = currentTraceback(nframe, reinterpret_cast<uintptr_t>(caller),
                                 reinterpret_cast<uintptr_t>(frame));
  recordsAdd(reinterpret_cast<uintptr_t>(ptr), size, tb);
}

void trackFree(void* ptr) {
  LiveTrace gone;
  recordsRemove(reinterpret_cast<uintptr_t>(ptr), &gone);
}

}  // namespace wtm
