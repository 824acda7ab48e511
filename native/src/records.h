// The live table: pointer -> (size, traceback id), for every block allocated while tracing and
// not yet freed, with the traced memory (current and peak, process-wide as in CPython's
// tracemalloc). Each thread records into a table of its own, without atomic read-modify-writes
// on its fast path; blocks freed on another thread are found there and claimed with a
// compare-and-swap; what a thread table cannot hold goes to the shared table (shared.h).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace wtm {

struct LiveTrace {
  uintptr_t ptr;
  uint64_t size;
  uint32_t traceback;  // id from tracebacks.h; 0 = no frames
};

// Adds (or replaces: an address the allocator hands out again without our having seen the free)
// the trace of ptr. Called under the recursion guard, as are all the functions below.
void recordsAdd(uintptr_t ptr, uint64_t size, uint32_t traceback);
// Removes the trace of ptr; false when ptr was not traced (allocated before start, or by code we
// do not see). On success *out holds what was removed.
bool recordsRemove(uintptr_t ptr, LiveTrace* out);
bool recordsFind(uintptr_t ptr, LiveTrace* out);

void recordsClear();  // forget every trace, current = peak = 0
void recordsResetPeak();
void recordsTracedMemory(uint64_t* current, uint64_t* peak);
uint64_t recordsCount();
// Copies every live trace (thread tables, then the shared table).
void recordsCollect(std::vector<LiveTrace>& out);
// Held across fork() so the child never inherits a lock held by a thread that does not exist
// in it; recordsAfterForkChild() then settles the entries such a thread was moving.
void recordsLockAll();
void recordsUnlockAll();
void recordsAfterForkChild();

}  // namespace wtm
