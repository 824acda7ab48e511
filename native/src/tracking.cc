#include "tracking.h"

namespace wtm {

__thread ThreadState t_thread __attribute__((tls_model("initial-exec"))) = {};
LineAtomic<uint64_t> g_state{0};

void stateChanged() { g_state.fetch_add(kNframeMask + 1, std::memory_order_acq_rel); }

void stateSetNframe(uint32_t nframe) {
  uint64_t st = g_state.load(std::memory_order_relaxed);
  while (!g_state.compare_exchange_weak(st, ((st | kNframeMask) + 1) | nframe,
                                        std::memory_order_acq_rel)) {
  }
}

// The cases the intercepts' inline paths leave: a thread out of step with g_state (its first
// event, or a change since its last), stop() during the real call, no table.
void trackAllocSlow(void* ptr, size_t size, void* caller, void* frame) {
  uint64_t st = g_state.load(std::memory_order_acquire);
  uint32_t nframe = nframeOf(st);
  if (nframe == 0) return;  // stopped meanwhile: nothing recorded
  recordsSync(t_thread, st);
  uint32_t tb;
  if (nframe == 1) {
    tb = callerTraceback(reinterpret_cast<uintptr_t>(caller));
  } else {
    tb = currentTraceback(nframe < kMaxFrames ? nframe : kMaxFrames,
                          reinterpret_cast<uintptr_t>(caller), reinterpret_cast<uintptr_t>(frame));
  }
  recordsAdd(reinterpret_cast<uintptr_t>(ptr), size, tb);
}

void trackAllocCallerMiss(ThreadState& s, void* ptr, size_t size, void* caller) {
  uint32_t tb = internCaller(reinterpret_cast<uintptr_t>(caller),
                             g_generation.load(std::memory_order_acquire));
  recordsAddSynced(s, reinterpret_cast<uintptr_t>(ptr), size, tb);
}

// nframe >= 2 comes here on every allocation: without a frame pointer, as the intercepts.
__attribute__((optimize("omit-frame-pointer"))) void* allocNotShallow(void* caller, void* frame) {
  ThreadState& s = t_thread;
  if (s.allocResult == nullptr) return allocLeave(s, nullptr);
  uint64_t st = g_state.load(std::memory_order_relaxed);
  if (__builtin_expect(st != s.seen, 0)) {
    trackAllocSlow(s.allocResult, s.allocSize, caller, frame);
    return allocLeave(s, s.allocResult);
  }
  // 2 or more (seen never holds a state with nframe 0, seenShallow holds 1), at most
  // kMaxFrames (start() checks it: thread.h)
  uint32_t tb = currentTracebackInline(nframeOf(st), reinterpret_cast<uintptr_t>(caller),
                                       reinterpret_cast<uintptr_t>(frame));
  // p and seen read again after the call: only the TLS offset lives across it
  return allocRecord(s, s.allocResult, tb, s.seen);
}

void* allocCallerMiss(void* caller) {
  ThreadState& s = t_thread;
  void* p = s.allocResult;
  if (p == nullptr) return allocLeave(s, p);
  trackAllocCallerMiss(s, p, s.allocSize, caller);
  return allocLeave(s, p);
}

// Allocations of a block other than the thread's last freed one (most of them in zlib's or
// crypto's work) come here: without a frame pointer, as the intercepts.
__attribute__((optimize("omit-frame-pointer"))) void* allocSearched(uint32_t traceback) {
  ThreadState& s = t_thread;
  void* p = s.allocResult;
  if (p == nullptr) return allocLeave(s, p);
  uintptr_t ptr = reinterpret_cast<uintptr_t>(p);
  size_t size = s.allocSize;
  // (ptr is not s.freedPtr: the caller checked) Into the ring: its set line fetched, not
  // waited for (records.h).
  if (__builtin_expect(recordsDefer(s, ptr, size, (size << kTracebackBits) | traceback), 0)) {
    ThreadTable* t = s.table;
    recordsSumPeak(t, currentOf(t));
  }
  return allocLeave(s, p);
}

void* allocAddSlow(uint32_t traceback) {
  ThreadState& s = t_thread;
  void* p = s.allocResult;
  if (p == nullptr) return allocLeave(s, p);
  recordsAddSlow(reinterpret_cast<uintptr_t>(p), s.allocSize, traceback);
  return allocLeave(s, p);
}

void* allocSumPeak() {  // (p was recorded: not null)
  ThreadState& s = t_thread;
  void* p = s.allocResult;
  ThreadTable* t = s.table;
  recordsSumPeak(t, currentOf(t));
  return allocLeave(s, p);
}

void trackFreeSlow(void* ptr) {
  uint64_t st = g_state.load(std::memory_order_acquire);
  if (nframeOf(st) == 0) return;
  recordsSync(t_thread, st);
  recordsRemove(reinterpret_cast<uintptr_t>(ptr), nullptr);
}

}  // namespace wtm
