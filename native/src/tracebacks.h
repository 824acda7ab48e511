// Interned native tracebacks: the same return addresses -> the same id, so the live table stores
// one integer per block and a snapshot symbolises each distinct address once. Ids are dense,
// from 1 (0 = no frames). Interning is sharded by stack hash with one spinlock per shard; the
// frames themselves live in per-shard arenas that are never moved, so a reader holding an id can
// read its frames without a lock.
#pragma once
#include <cstdint>

namespace wtm {

constexpr uint32_t kMaxFrames = 128;

uint32_t tracebacksIntern(const uintptr_t* frames, uint32_t n);
// Frames of id (most recent first), or n = 0 for id 0 or an id from before the last reset.
const uintptr_t* tracebacksGet(uint32_t id, uint32_t* n);
uint32_t tracebacksEnd();  // one past the largest id handed out
// Forgets every traceback (ids restart at 1). Only with the hooks removed: a thread still in a
// hook could otherwise store an id that now means another stack.
void tracebacksReset();
void tracebacksLockAll();
void tracebacksUnlockAll();

}  // namespace wtm
