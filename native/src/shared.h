// The shared live table: pointer -> (size, traceback id), sharded by pointer hash with one
// spinlock per shard, so any thread can find any block in it. It holds what the per-thread
// tables (records.cc) do not: blocks evicted from a full set of a thread's table, the blocks of
// a thread that exited, blocks traced on a thread without a table, and those too large for a
// thread table's compact entry. It keeps no byte counts: records.cc owns current and peak.
#pragma once
#include <cstdint>
#include <vector>

#include "records.h"

namespace wtm {

// Adds ptr's trace; when ptr was already there (an address the allocator handed out again
// without our seeing its free) the old trace is replaced, copied to *replaced, and true returned.
bool sharedAdd(uintptr_t ptr, uint64_t size, uint32_t traceback, LiveTrace* replaced);
bool sharedRemove(uintptr_t ptr, LiveTrace* out);
bool sharedFind(uintptr_t ptr, LiveTrace* out);
void sharedClear();  // forget every trace and give the pages back
// Appends every trace, shard by shard, each under its lock (called under the recursion guard).
void sharedCollect(std::vector<LiveTrace>& out);
void sharedLockAll();
void sharedUnlockAll();

}  // namespace wtm
