// The live table: pointer -> (size, traceback id), for every block allocated while tracing and
// not yet freed. Sharded by pointer hash, one spinlock per shard, so threads allocating at the
// same time rarely meet, and a block freed on another thread than the one that allocated it is
// found in the same shard. current/peak are process-wide, as in CPython's tracemalloc.
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
// the trace of ptr.
void recordsAdd(uintptr_t ptr, uint64_t size, uint32_t traceback);
// Removes the trace of ptr; false when ptr was not traced (allocated before start, or by code we
// do not see). On success *out holds what was removed.
bool recordsRemove(uintptr_t ptr, LiveTrace* out);
bool recordsFind(uintptr_t ptr, LiveTrace* out);

void recordsClear();  // forget every trace, current = peak = 0
void recordsResetPeak();
void recordsTracedMemory(uint64_t* current, uint64_t* peak);
uint64_t recordsCount();
// Copies every live trace (shard by shard, each under its lock). Called with the recursion
// guard held, so the vector's own allocations are not traced.
void recordsCollect(std::vector<LiveTrace>& out);
// Held across fork() so the child never inherits a shard locked by a thread that does not exist
// in it.
void recordsLockAll();
void recordsUnlockAll();

}  // namespace wtm
