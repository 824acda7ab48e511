// What an intercept does with an event: capture the native stack, intern it, and update the
// live table. Also the per-thread recursion guard every intercept runs under: while a thread is
// inside the tracer (or inside an allocator called by the tracer), its allocations go straight to
// the real functions and are not recorded.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace wtm {

// initial-exec: the guard is read on every allocation; the general-dynamic model would call
// __tls_get_addr, which may itself allocate the first time a thread touches this object's TLS.
extern __thread int t_inTracer __attribute__((tls_model("initial-exec")));

// 0 = not tracing; otherwise the number of frames to capture.
extern std::atomic<uint32_t> g_nframe;

struct RecursionGuard {
  RecursionGuard() { ++t_inTracer; }
  ~RecursionGuard() { --t_inTracer; }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
};

// True when this event should be recorded: tracing, and not re-entered from the tracer itself.
inline bool shouldTrace() {
  return t_inTracer == 0 && g_nframe.load(std::memory_order_relaxed) != 0;
}

// `caller` is the intercept's return address: the first frame of the traceback, and where the
// unwinder starts keeping frames (everything above it is the tracer's own). `frame` is the
// intercept's frame address: with `caller`, the key of the per-thread stack cache (unwind.h).
void trackAlloc(void* ptr, size_t size, void* caller, void* frame);
void trackFree(void* ptr);

}  // namespace wtm
