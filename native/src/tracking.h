// What an intercept does with an event: capture the native stack, intern it, and update the
// live table. Also the per-thread recursion guard every intercept runs under: while a thread is
// inside the tracer (or inside an allocator called by the tracer), its allocations go straight to
// the real functions and are not recorded. The common case is inlined into each intercept: the
// caller cache (unwind.h) and the thread table (records.h), no call but the real function's.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>

#include "line.h"
#include "records.h"
#include "thread.h"
#include "tracebacks.h"
#include "unwind.h"

namespace wtm {

// 0 = not tracing; otherwise the number of frames to capture.
extern LineAtomic<uint32_t> g_nframe;

struct RecursionGuard {
  ThreadState& s;
  RecursionGuard() : s(t_thread) { ++s.inTracer; }
  explicit RecursionGuard(ThreadState& state) : s(state) { ++s.inTracer; }
  ~RecursionGuard() { --s.inTracer; }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
};

// True when this event should be recorded: tracing, and not re-entered from the tracer itself.
inline bool shouldTrace(const ThreadState& s = t_thread) {
  return s.inTracer == 0 && g_nframe.load(std::memory_order_relaxed) != 0;
}

// `caller` is the intercept's return address: the first frame of the traceback, and where the
// unwinder starts keeping frames (everything above it is the tracer's own). `frame` is the
// intercept's frame address: with `caller`, the key of the per-thread stack cache (unwind.h).
// nframe is read again after the real call: a stop() meanwhile records nothing.
__attribute__((always_inline)) inline void trackAlloc(void* ptr, size_t size, void* caller, void* frame) {
  uint32_t nframe = g_nframe.load(std::memory_order_relaxed);
  if (__builtin_expect(nframe == 0, 0)) return;
  uint32_t tb;
  if (__builtin_expect(nframe == 1, 1)) {
    tb = callerTraceback(reinterpret_cast<uintptr_t>(caller));
  } else {
    tb = currentTraceback(nframe < kMaxFrames ? nframe : kMaxFrames,
                          reinterpret_cast<uintptr_t>(caller), reinterpret_cast<uintptr_t>(frame));
  }
  recordsAdd(reinterpret_cast<uintptr_t>(ptr), size, tb);
}

__attribute__((always_inline)) inline void trackFree(void* ptr) {
  recordsRemove(reinterpret_cast<uintptr_t>(ptr), nullptr);
}

}  // namespace wtm
