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

// The intercepts' own guard: entered only when inTracer is 0 (they all check it first), so it
// sets 1 and 0 instead of counting. The signal fences keep the compiler from moving table
// writes out of it (a signal handler that allocates meanwhile goes to the real functions).
struct InterceptGuard {
  ThreadState& s;
  explicit InterceptGuard(ThreadState& state) : s(state) {
    s.inTracer = 1;
    std::atomic_signal_fence(std::memory_order_seq_cst);
  }
  ~InterceptGuard() {
    std::atomic_signal_fence(std::memory_order_seq_cst);
    s.inTracer = 0;
  }
  InterceptGuard(const InterceptGuard&) = delete;
  InterceptGuard& operator=(const InterceptGuard&) = delete;
};

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
  return s.inTracer == 0 && nframeOf(g_state.load(std::memory_order_relaxed)) != 0;
}

void trackAllocSlow(void* ptr, size_t size, void* caller, void* frame);
void trackFreeSlow(void* ptr);
// nframe=1 on a thread in step with g_state, its caller not in its caller cache: interned (and
// cached), then recorded.
void trackAllocCallerMiss(ThreadState& s, void* ptr, size_t size, void* caller);

// `caller` is the intercept's return address: the first frame of the traceback, and where the
// unwinder starts keeping frames (everything above it is the tracer's own). `frameOf()` gives
// the intercept's stack position (hooks.cc: FRAME): with `caller`, the key of the per-thread
// stack cache (unwind.h); read only where it is used (nframe >= 2, the slow path).
// g_state is read after the real call only (the allocation intercepts check the guard alone
// before it: stop() removes the hooks, so a call while not tracing is rare): not tracing then
// records nothing (trackAllocSlow); any other change since this thread's last event takes the
// slow path, which catches up first.
template <typename FrameFn>
__attribute__((always_inline)) inline void trackAlloc(ThreadState& s, void* ptr, size_t size,
                                                   void* caller, FrameFn&& frameOf) {
  uint64_t st = g_state.load(std::memory_order_relaxed);
  uint32_t tb;
  if (__builtin_expect(st == s.seenShallow, 1)) {
    // In step, nframe=1. The caller cache holds only ids that fit a table entry
    // (internCaller): a hit needs no check of the id; a miss is recorded out of line.
    const auto& e = s.callers->entries[callerSlot(reinterpret_cast<uintptr_t>(caller))];
    if (__builtin_expect(e.caller != reinterpret_cast<uintptr_t>(caller), 0)) {
      trackAllocCallerMiss(s, ptr, size, caller);
      return;
    }
    tb = e.traceback;
  } else if (__builtin_expect(st == s.seen, 1)) {
    // 2 or more (seen never holds a state with nframe 0, seenShallow holds 1), at most
    // kMaxFrames (start() checks it: thread.h)
    uint32_t nframe = nframeOf(st);
    tb = currentTraceback(nframe,
                          reinterpret_cast<uintptr_t>(caller), reinterpret_cast<uintptr_t>(frameOf()));
    if (__builtin_expect(tb > kTracebackMask, 0)) {
      recordsAddSlow(reinterpret_cast<uintptr_t>(ptr), size, tb);
      return;
    }
  } else {
    trackAllocSlow(ptr, size, caller, frameOf());
    return;
  }
  // Whether size fits an entry, by the overflow flag of one multiply (size << kTracebackBits
  // as an int64_t): sizes from 2^39 take the slow path, which packs up to kMaxPackedSize. (A
  // block that was allocated is far below 2^63: size is not negative as an int64_t.)
  int64_t shifted;
  if (__builtin_expect(__builtin_mul_overflow(int64_t(size), int64_t(1) << kTracebackBits, &shifted), 0)) {
    recordsAddSlow(reinterpret_cast<uintptr_t>(ptr), size, tb);
    return;
  }
  recordsAddFitting(s, reinterpret_cast<uintptr_t>(ptr), size, tb);
}

// ptr is not null.
__attribute__((always_inline)) inline void trackFree(ThreadState& s, void* ptr) {
  if (__builtin_expect(g_state.load(std::memory_order_relaxed) == s.seen, 1)) {
    recordsRemoveSynced(s, reinterpret_cast<uintptr_t>(ptr), nullptr);
  } else {
    trackFreeSlow(ptr);
  }
}

}  // namespace wtm
