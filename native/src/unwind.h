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
#include <cstdint>

namespace wtm {

// Frames from `caller` (the intercept's return address) outwards, most recent first. When
// `slots` is given, slots[k] (k >= 1) is the stack address frame k's return address was read
// from, or 0 when unknown (then a cached copy of this stack is never trusted).
uint32_t unwindStack(uintptr_t* frames, uintptr_t* slots, uint32_t max, uintptr_t caller);

// The interned traceback id of the current stack: from this thread's cache when it can be
// proven the same, else unwound and interned (and cached). `frame` is the intercept's frame
// address, which with `caller` identifies the call position.
uint32_t currentTraceback(uint32_t nframe, uintptr_t caller, uintptr_t frame);

// Full unwinds done (cache misses and uncached threads), and how many of them gave a stack the
// cache cannot hold (a frame whose return-address slot is unknown).
void unwindCounters(uint64_t* unwinds, uint64_t* uncacheable);

// Invalidates every thread's cache (tracebacks were reset: the cached ids mean nothing now).
void stackCacheInvalidate();

}  // namespace wtm
