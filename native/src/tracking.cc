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

void trackFreeSlow(void* ptr) {
  uint64_t st = g_state.load(std::memory_order_acquire);
  if (nframeOf(st) == 0) return;
  recordsSync(t_thread, st);
  recordsRemove(reinterpret_cast<uintptr_t>(ptr), nullptr);
}

}  // namespace wtm
