// Native stack capture, and a per-thread cache that makes repeated stacks cheap.
//
// _Unwind_Backtrace interprets DWARF CFI for every frame: ~100 ns a frame here, 2 us for a deep
// stack, on every allocation. But an allocation-heavy program allocates from the same few stacks
// over and over. So each thread remembers, for a (return address, stack position) key, the frames
// it found AND the stack slots where each frame's return address was read from; a later
// allocation with the same key is the same stack if every remembered slot still holds the same
// return address (one load and compare per frame, no CFI). The slots are checked to lie inside
// the thread's own stack, between the current frame and the stack's top, before they are read.
#pragma once
#include <atomic>
#include <cstdint>

#include "thread.h"

namespace wtm {

// Frames from `caller` (the intercept's return address) outwards, most recent first. When
// `slots` is given, slots[k] (k >= 1) is the stack address frame k's return address was read
// from, or 0 when unknown (then a cached copy of this stack is never trusted).
uint32_t unwindStack(uintptr_t* frames, uintptr_t* slots, uint32_t max, uintptr_t caller);

// The interned traceback id of the current stack: from this thread's cache when it can be
// proven the same, else unwound and interned (and cached). `frame` is the intercept's frame
// address, which with `caller` identifies the call position. nframe >= 2 (1: callerTraceback).
uint32_t currentTraceback(uint32_t nframe, uintptr_t caller, uintptr_t frame);

// nframe=1: the traceback is the caller alone, so the caller is the whole key (no stack check):
// a direct-mapped cache per thread. The addresses and the ids in two arrays, so that both are
// read at the slot's index scaled (x86-64: no shift to a 16-byte entry's offset).
constexpr uint32_t kCallerEntries = 256;
struct CallerCache {
  uint32_t generation;  // g_generation the ids below were interned in
  uintptr_t caller[kCallerEntries];     // 0 = empty
  uint32_t traceback[kCallerEntries];  // caller[i]'s id
};
// Bumped when the tracebacks are reset.
extern WTM_HIDDEN std::atomic<uint32_t> g_generation;

uint32_t internCaller(uintptr_t caller, uint32_t generation);

// Fibonacci hashing of the address's low 32 bits (a multiply by a 32-bit constant: no 64-bit
// constant to load); the top 8 bits of the 32-bit product.
inline uint32_t callerSlot(uintptr_t caller) {
  static_assert(kCallerEntries == 256, "8 bits");
  return (uint32_t(caller) * 0x9E3779B1u) >> 24;
}

inline uint32_t callerTraceback(uintptr_t caller) {
  uint32_t generation = g_generation.load(std::memory_order_acquire);
  CallerCache* c = t_thread.callers;
  if (__builtin_expect(c != nullptr, 1)) {
    uint32_t i = callerSlot(caller);
    if (c->caller[i] == caller && c->generation == generation) return c->traceback[i];
  }
  return internCaller(caller, generation);
}

// On a thread in step with g_state (ThreadState::seen), its cache's generation was brought up to
// date then (callerCacheSync): a hit compares the address alone (trackAlloc, tracking.h).
// s.callers is never null on such a thread: a thread without a cache of its own (not made yet,
// or freed at its exit) reads g_noCallers, where every address misses.
extern WTM_HIDDEN CallerCache g_noCallers;  // never written

// Empties this thread's caller cache if the tracebacks were reset since it was filled (and
// points a thread without one at g_noCallers).
void callerCacheSync();

// Full unwinds done (cache misses and uncached threads), and how many of them gave a stack the
// cache cannot hold (a frame whose return-address slot is unknown).
void unwindCounters(uint64_t* unwinds, uint64_t* uncacheable);

// Invalidates every thread's cache (tracebacks were reset: the cached ids mean nothing now).
void stackCacheInvalidate();

}  // namespace wtm
