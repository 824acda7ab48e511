// What each thread keeps for the intercepts' fast path, in ONE thread-local block: its address
// is computed once per intercept (one load of the TLS offset), and every field is then one load.
// initial-exec: the general-dynamic model would call __tls_get_addr, which may itself allocate
// the first time a thread touches this object's TLS. The block is small (static TLS is scarce
// in a dlopen'd object): the tables themselves live in pages of their own.
#pragma once
#include <cstddef>
#include <cstdint>

#include "line.h"

namespace wtm {

struct ThreadTable;  // records.h: this thread's live table
struct TableSet;     // one set of 4 ways of it
struct CallerCache;  // unwind.h: return address -> traceback id, for nframe=1
struct TableEntry;   // records.h: one way of a set
struct Hints;        // records.h: way pointers by address, for frees

struct ThreadState {
  // The recursion guard and the free's check in one word: kNeverState while this thread is
  // inside the tracer (or inside an allocator called by the tracer), else a copy of `seen`. A
  // free's fast path is then one compare with g_state: outside the tracer and in step at once.
  // Written by the guards alone (enterGuard/leaveGuard, tracking.h): a guard left outermost
  // copies `seen` again, which only code under a guard changes.
  uint64_t open;
  uint32_t shift;      // 64 - log2(sets) of the table's current array
  // The g_state this thread last caught up with (recordsSync): while g_state still equals it,
  // its table is ready (no clear since), its caller cache holds ids of the current tracebacks,
  // and a peak reset since would have been seen. 0 = never, or no table.
  uint64_t seen;
  // seen again when its nframe is 1, else kNeverState: the allocations' fast path at nframe=1
  // is one compare with g_state (nframe and step at once). Written with seen (setSeen).
  uint64_t seenShallow;
  TableSet* sets;      // the table's current array (only this thread replaces it)
  ThreadTable* table;  // null until this thread's first event
  CallerCache* callers;
  // The block this thread's last event freed, and the way of the table it emptied (records.h:
  // an allocator hands the block just freed back first). kNoFreed after any other event: never
  // an allocation's result, null included (the allocations' fast path compares it with the
  // result before any null test: hooks.cc).
  uintptr_t freedPtr;
  TableEntry* freedWay;
  // The table's hints (records.h: Hints): where a block this thread freed last lay, by its
  // address; each one checked before use. Set with the table (never null while in step).
  Hints* hints;
  // The table's ring of recent allocations (records.h: the ring), and the slot the next one
  // takes. Set with the table.
  TableEntry* ring;
  uint32_t ringNext;
  // The caller of this thread's last allocation at nframe=1 that its caller cache served, and
  // that caller's traceback id (one that fits a table entry): a program allocating from one call
  // site again and again (a loop) finds its id by one compare, without the cache's hash and
  // lookup (tracking.h: finishAllocation). 0 = none (no return address is 0). Emptied whenever
  // the thread catches up with g_state (setSeen), so an id read here is always of the current
  // tracebacks: it is used only while the thread is still in step.
  uint64_t lastTraceback;  // (64 bits: ORed into an entry from memory, tracking.h)
  uintptr_t lastCaller;
  // The size an allocation intercept asked the real function for, kept here across that call
  // (hooks.cc: no register of the intercept's then lives across it). Read under the guard only.
  size_t allocSize;
  // The table where this thread's last free not found in its own table was found (records.cc:
  // removeElsewhere); null after a free found in its own. While set, a free that misses its hint
  // fetches its block's set line in that table first (records.h: recordsTakeOwn).
  ThreadTable* remoteOwner;
  bool noTable;  // no table, for good or while one is set up
  void* allocResult;  // what the real function returned, for the tail calls after it (tracking.h)
  bool forkOuter;  // fork's prepare handler entered the guard outermost (addon.cc)
  // Where a free this thread took from its own table ends (hooks.cc: freeTailFor): the real free
  // while its table is small, else a function that first checks the big table for shrinking
  // (records.h: recordsAfterOwnFree) and then calls it. Set with the table's array (records.cc:
  // mirror), so the free's fast path ends in one indirect jump, without testing `shift`.
  void (*freeTail)(void*);
};
// The free's tail for a table that is big (records.h: isBigTable) or not (hooks.cc).
void (*freeTailFor(bool bigTable))(void*);

// The state word every intercept reads: nframe in the low 8 bits (0 = not tracing), above them
// a count of the changes a thread's fast path depends on (start/stop, a clear of the traces, a
// reset of the peak or of the tracebacks), bumped after each. One load and one compare with
// ThreadState::seen stand for the checks of nframe, the table's epoch, the caller cache's
// generation and the peak's epoch at every event.
extern WTM_HIDDEN LineAtomic<uint64_t> g_state;
constexpr uint64_t kNframeMask = 0xff;
inline uint32_t nframeOf(uint64_t state) { return uint32_t(state & kNframeMask); }
constexpr uintptr_t kNoFreed = 1;  // ThreadState::freedPtr: no block (blocks are 8-aligned)
// Never g_state's value (nframe 0xff is above kMaxFrames).
constexpr uint64_t kNeverState = ~uint64_t(0);
inline void setSeen(ThreadState& s, uint64_t state) {
  s.seen = state;
  s.seenShallow = nframeOf(state) == 1 ? state : kNeverState;
  s.lastCaller = 0;  // (its id may be of tracebacks reset since)
}
void stateChanged();                    // after a change (release)
void stateSetNframe(uint32_t nframe);  // start (nframe <= kMaxFrames) or stop (0)

extern __thread ThreadState t_thread __attribute__((tls_model("initial-exec")));

}  // namespace wtm
