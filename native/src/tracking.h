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

// The recursion guard (ThreadState::open): while a thread is inside the tracer (or inside an
// allocator called by the tracer), its allocations go straight to the real functions and are not
// recorded. Entering returns whether this is the outermost guard; only that one, leaving, opens
// the thread again (open = seen, which code under the guard may have changed). The signal fences
// keep the compiler from moving table writes out of it (a signal handler that allocates
// meanwhile goes to the real functions).
inline bool isOpen(const ThreadState& s) { return s.open != kNeverState; }
inline bool enterGuard(ThreadState& s) {
  bool outer = isOpen(s);
  s.open = kNeverState;
  std::atomic_signal_fence(std::memory_order_seq_cst);
  return outer;
}
inline void leaveGuard(ThreadState& s, bool outer) {
  std::atomic_signal_fence(std::memory_order_seq_cst);
  if (outer) s.open = s.seen;
}

// The intercepts' own guard: entered only when the thread is open (they all check it first).
struct InterceptGuard {
  ThreadState& s;
  explicit InterceptGuard(ThreadState& state) : s(state) {
    s.open = kNeverState;
    std::atomic_signal_fence(std::memory_order_seq_cst);
  }
  ~InterceptGuard() { leaveGuard(s, true); }
  InterceptGuard(const InterceptGuard&) = delete;
  InterceptGuard& operator=(const InterceptGuard&) = delete;
};

struct RecursionGuard {
  ThreadState& s;
  bool outer;
  RecursionGuard() : s(t_thread), outer(enterGuard(s)) {}
  explicit RecursionGuard(ThreadState& state) : s(state), outer(enterGuard(s)) {}
  ~RecursionGuard() { leaveGuard(s, outer); }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
};

// True when this event should be recorded: tracing, and not re-entered from the tracer itself.
inline bool shouldTrace(const ThreadState& s = t_thread) {
  return isOpen(s) && nframeOf(g_state.load(std::memory_order_relaxed)) != 0;
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
    uint32_t i = callerSlot(reinterpret_cast<uintptr_t>(caller));
    if (__builtin_expect(s.callers->caller[i] != reinterpret_cast<uintptr_t>(caller), 0)) {
      trackAllocCallerMiss(s, ptr, size, caller);
      return;
    }
    tb = s.callers->traceback[i];
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

// The allocation intercepts' own path (hooks.cc: WTM_ALLOCATION), after the real call made
// under the guard with s.allocSize set: records p and leaves the guard. A null p is found out
// of line: the common case needs p to be the thread's last freed block (freedPtr, never null),
// and every function below tests p first. Nothing but p
// lives across a call: every case out of line is a tail call to a function that records, leaves
// the guard and returns p, so the intercept saves no register of its own.
// Each finds p in s.allocResult: the intercept keeps p in its return register, and stores it
// only on the way to one of these (as an argument, GCC moved p to the first argument's register
// and back on the common path too).
void* allocNotShallow(void* caller, void* frame);  // nframe >= 2, or out of step
void* allocCallerMiss(void* caller);
void* allocSearched(uint32_t traceback);  // p is not this thread's last freed block
void* allocAddSlow(uint32_t traceback);
void* allocSumPeak();
inline void* allocLeave(ThreadState& s, void* p) {
  leaveGuard(s, true);
  return p;
}

// p's entry, its traceback known (any id: one that does not fit an entry goes to allocAddSlow);
// `seen` is s.seen (the thread is in step), what leaving the guard stores.
// kLast: tb is s.lastTraceback, read by the OR that makes the entry (one instruction where its
// load and the OR were two; the slow paths load it again).
template <bool kLast = false>
__attribute__((always_inline)) inline void* allocRecord(ThreadState& s, void* p, uint64_t tb,
                                                    uint64_t seen) {
  size_t size = s.allocSize;
  // Whether size and tb fit an entry: size by the overflow flag of one multiply (trackAlloc).
  int64_t shifted;
  if (__builtin_expect(__builtin_mul_overflow(int64_t(size), int64_t(1) << kTracebackBits, &shifted), 0))
    return s.allocResult = p, allocAddSlow(kLast ? s.lastTraceback : tb);
  if (__builtin_expect(reinterpret_cast<uintptr_t>(p) != s.freedPtr, 0))
    return s.allocResult = p, allocSearched(kLast ? s.lastTraceback : tb);
  uint64_t packed = uint64_t(shifted);
  if (kLast) {
#if defined(__x86_64__)
    __asm__("or %1, %0" : "+r"(packed) : "m"(s.lastTraceback) : "cc");
#else
    packed |= s.lastTraceback;
#endif
  } else {
    packed |= tb;
  }
  if (__builtin_expect(recordsFillWay(s, s.freedWay, reinterpret_cast<uintptr_t>(p), size, packed), 0))
    return s.allocResult = p, allocSumPeak();
  std::atomic_signal_fence(std::memory_order_seq_cst);
  s.open = seen;
#if defined(__x86_64__)
  __asm__("" : "+a"(p));  // p stays in the return register (GCC moved it out and back)
#endif
  return p;
}

template <typename FrameFn>
__attribute__((always_inline)) inline void* finishAllocation(ThreadState& s, void* p, void* caller,
                                                         FrameFn&& frameOf) {
  uint64_t st = g_state.load(std::memory_order_relaxed);
  if (__builtin_expect(st != s.seenShallow, 0)) return s.allocResult = p, allocNotShallow(caller, frameOf());
  // In step, nframe=1 (st is seen). The same caller as the last allocation's the cache served
  // (a loop): its id by one compare (ThreadState::lastCaller). Else the caller cache, which holds
  // only ids that fit a table entry (internCaller): a hit needs no check of the id (and becomes
  // the last caller); a miss is recorded out of line.
  // (The id is then in lastTraceback either way, where the entry's OR reads it: allocRecord.)
  uintptr_t c = reinterpret_cast<uintptr_t>(caller);
  if (__builtin_expect(c != s.lastCaller, 0)) {
    uint32_t i = callerSlot(c);
    if (__builtin_expect(s.callers->caller[i] != c, 0)) return s.allocResult = p, allocCallerMiss(caller);
    s.lastTraceback = s.callers->traceback[i];
    s.lastCaller = c;
  }
  return allocRecord<true>(s, p, 0, st);
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
