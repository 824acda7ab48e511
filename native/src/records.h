// The live table: pointer -> (size, traceback id), for every block allocated while tracing and
// not yet freed, with the traced memory (current and peak, process-wide as in CPython's
// tracemalloc). Each thread records into a table of its own, without atomic read-modify-writes
// on its fast path; blocks freed on another thread are found there and claimed with a
// compare-and-swap; what a thread table cannot hold goes to the shared table (shared.h).
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "line.h"
#include "thread.h"

namespace wtm {

struct LiveTrace {
  uintptr_t ptr;
  uint64_t size;
  uint32_t traceback;  // id from tracebacks.h; 0 = no frames
};

// Adds (or replaces: an address the allocator hands out again without our having seen the free)
// the trace of ptr. Called under the recursion guard, as are all the functions below.
inline void recordsAdd(uintptr_t ptr, uint64_t size, uint32_t traceback);
// Removes the trace of ptr; false when ptr was not traced (allocated before start, or by code we
// do not see). On success *out (when out is not null) holds what was removed.
inline bool recordsRemove(uintptr_t ptr, LiveTrace* out);
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

// ---- The thread tables' layout and the fast paths (inlined into the intercepts); records.cc
// has the protocol and every other case. ----

constexpr unsigned kWays = 4;
constexpr unsigned kTracebackBits = 24;
constexpr uint64_t kTracebackMask = (uint64_t(1) << kTracebackBits) - 1;
constexpr uint64_t kMaxPackedSize = (uint64_t(1) << (64 - kTracebackBits)) - 1;
constexpr unsigned kShrinkAboveBits = 12;  // only tables above 4096 sets ever shrink

struct TableEntry {
  std::atomic<uintptr_t> key;  // 0 = empty
  std::atomic<uint64_t> packed;  // size << kTracebackBits | traceback
};
struct alignas(64) TableSet {
  TableEntry way[kWays];
};
// ptr's set: its 32-byte window of the address space, plus a hash of its 64 KiB region. Within
// a region, neighbouring blocks land in neighbouring sets: a program allocating (or a collector
// freeing) a run of blocks walks the table line after line, which the hardware prefetcher
// follows, instead of missing the cache on a random line each event (most of the hook's time
// in crypto.createHash's waves of ~40k live blocks went to that miss). A window holds at most
// one of glibc's blocks (32-byte minimum chunks) and regions spread like a plain hash, so a set
// of 4 fills up no sooner than with a plain hash of ptr.
inline TableSet* setOf(TableSet* sets, uint32_t shift, uintptr_t p) {
  uint64_t region = (uint64_t(p) >> 16) * 0x9E3779B97F4A7C15ull;  // its top 64 - shift bits
  // (window + region's top bits) mod the number of sets, computed in the top bits: the low
  // bits of (window << shift) are zero, so the low bits of region carry nothing into them.
  return &sets[(((uint64_t(p) >> 5) << shift) + region) >> shift];
}

// The hints: a direct-mapped array of {address, way pointer} by a block's 32-byte window (a
// window holds at most one block), filled when a free finds its block by the search of its set.
// The same address freed again (glibc hands the blocks of a size back in a cycle, and most blocks
// die young) then finds its way by one compare with the hint's address and one with the way's
// key, without hashing or searching the set; the way is used only when it still holds that
// address (the allocation that follows a free may take another way of the set: the search then
// runs, and the hint is set again). The address is kept beside the way so that a hint left by
// another block is told apart in the hint array itself, without loading that block's table line:
// where most frees find another block's hint (crypto.createHash: ~40 k blocks live over a heap of
// megabytes, 78 % of the main thread's frees), that load was a cache miss of its own before the
// set's. Hints point into the table's current array: replacing the array (resize, shrink, wipe to
// the initial size) resets every address to kNoHint first, as its old arrays may be unmapped.
// 32 KiB a table (the addresses, then the ways), read and written by its owner alone: the window
// modulo 64 KiB, the address's low 16 bits (a 16-bit load of it and a shift, no mask: one
// instruction fewer a free than 32 KiB of address, and fewer collisions: a 16 KiB span left the 64
// blocks of the churn loop colliding in some heap layouts, 228-247 instructions a pair over seven
// runs against 228-233 with 32 KiB; bench/README.md).
constexpr unsigned kHintBits = 11;
extern WTM_HIDDEN TableEntry g_noWay;  // key 1: no address's way
constexpr uintptr_t kNoHint = 1;  // a hint's address when unset: no block's, and not null
struct Hints {
  uintptr_t ptr[1u << kHintBits];
  TableEntry* way[1u << kHintBits];  // ptr's way when it was set (checked before use)
};
// A table's hints lie in the pages after its header (records.cc: hintsOf), so a thread in step
// finds its table from its hints without loading it (ThreadState::hints is set with table).
constexpr size_t kHintsOffset = 4096;
inline ThreadTable* tableOfHints(Hints* h) {
  return reinterpret_cast<ThreadTable*>(reinterpret_cast<char*>(h) - kHintsOffset);
}
inline uintptr_t hintIndex(uintptr_t p) {
  static_assert(kHintBits + 5 == 16, "the window of the address's low 16 bits");
#if defined(__x86_64__)
  uintptr_t i;  // (GCC shifts a copy as 16 bits, then zero-extends: one instruction more)
  __asm__("movzwl %w1, %k0\n\tshrl $5, %k0" : "=r"(i) : "r"(p));  // (32-bit writes zero the top)
  return i;
#else
  return uint32_t(uint16_t(p)) >> 5;
#endif
}

struct SetArray;
// Four cache lines, by who writes them: a thread freeing another thread's block reads the
// first (epoch, array) of the owner's table, which its owner writes only on a clear, a resize or
// a thread change, so it stays shared in every core's cache; the counts the owner writes on
// every event are on the second line, which other threads read only to sum the totals. (In one
// line, each such free missed on it as well as on the set line: a fifth of the time the crypto
// workload spent in removeElsewhere.) The third is the owner's alone; the fourth counts the
// ways other threads' frees emptied, written by them and read by the owner only when it
// resizes or its big table runs low (records.cc: absorbClaims).
struct ThreadTable {
  // Read by whoever sums the totals or searches the table; written by the owner, rarely.
  alignas(64) std::atomic<uint32_t> epoch;
  std::atomic<bool> inUse;  // false: its thread exited, free for the next one
  std::atomic<SetArray*> array;
  // The array's sets and 64 - log2(their number), as the owner's ThreadState has them: read by
  // other threads only to prefetch a set line (records.h: recordsTakeOwn), never to read it (a
  // prefetch of a replaced, unmapped array, or of the two read across a resize, does not fault).
  std::atomic<TableSet*> sets;
  std::atomic<uint32_t> shift;
  // Written by the owner at every event; read by whoever sums the totals or reads the peaks.
  // limit - current, where limit = peak - others is the highest current that cannot set a new
  // peak. The table's current is not kept: it is limit - room (currentOf, readCurrent), so an
  // event changes room alone, one add to memory (current and room were two). An allocation takes
  // its size from room, and one that takes it below 0 may set a new peak (current > limit) and
  // sums (recordsCount); a free adds its size back. setLimit changes limit and room together
  // (current stays), under limitVersion for the other threads' reads.
  alignas(64) std::atomic<int64_t> room;
  std::atomic<int64_t> count;
  std::atomic<uint32_t> peakEpoch;  // g_peakEpoch when `peak` was first set
  std::atomic<uint64_t> peak;       // the highest total this thread saw
  std::atomic<uint32_t> searching;  // 1 while this thread searches other threads' tables
  std::atomic<int64_t> limit;  // (room) written by the owner at a sum only
  // Odd while the owner changes limit and room together (setLimit), when `settled` holds the
  // current (which does not change meanwhile): a reader on another thread takes that, or reads
  // limit and room again if the version moved while it read them (readCurrent). (No reader
  // waits for an update to end: a forked child may hold a table whose thread stopped in one.)
  std::atomic<uint32_t> limitVersion;
  std::atomic<int64_t> settled;
  // Owner only.
  // The ways the owner filled and has not emptied itself (>= the entries), less `count`: the
  // two move together at every fast-path event, so only count is written there (filledOf).
  alignas(64) int64_t filledOverCount;
  uint32_t nextVictim;
  uint32_t lastOwner;  // the table where this thread last found a block it freed
  uint32_t lowFrees;   // frees since the table went under 1/16 full (records.cc: shrinking)
  uint32_t shrunkFrom;  // the array's bits before its last shrink (0: never shrunk)
  SetArray* retired;   // replaced arrays not yet unmapped
  int64_t others;      // the total but this table's current, when last summed
  uint32_t othersAge;  // allocations `others` may still serve; 0 = sum again
  bool waves;           // it grew back to about that size since: shrink only after a long low stretch
  bool shrankLast;      // its last resize was a shrink (a second one keeps shrunkFrom)
  uint64_t claimedSeen;  // `claimed` when filled was last made exact (records.cc: absorbClaims)
  // Written by the threads that free this table's blocks: the ways they emptied (claimed), ever.
  // The owner's `filled` does not see those (it counts the ways it filled and has not emptied
  // itself); it subtracts them when it decides to shrink or grow (records.cc: absorbClaims).
  alignas(64) std::atomic<uint64_t> claimed;
};
static_assert(sizeof(ThreadTable) == 256, "four lines");

constexpr uint32_t kMaxTables = 4096;
// Owner only (count is written by its owner alone).
inline uint64_t filledOf(const ThreadTable* t) {
  return uint64_t(t->count.load(std::memory_order_relaxed) + t->filledOverCount);
}
inline void setFilled(ThreadTable* t, uint64_t filled) {
  t->filledOverCount = int64_t(filled) - t->count.load(std::memory_order_relaxed);
}

extern WTM_HIDDEN std::atomic<ThreadTable*> g_tables[kMaxTables];
extern WTM_HIDDEN std::atomic<uint32_t> g_tableCount;
extern WTM_HIDDEN std::atomic<uint32_t> g_epoch;  // bumped by a clear
// Events on threads without a table, and exits.
extern WTM_HIDDEN std::atomic<int64_t> g_retiredCurrent;
extern WTM_HIDDEN std::atomic<uint32_t> g_peakEpoch;  // bumped by a peak reset
// The table of the thread whose event raised the counts last (null: a thread without a table,
// a clear, an exit). Frees do not write it (records.cc: a free only lowers the total). Written
// only when it changes: a thread allocating alone reads it, as a shared cache line, and never
// writes it.
extern WTM_HIDDEN LineAtomic<ThreadTable*> g_lastWriter;
constexpr uint32_t kOthersMaxAge = 256;  // re-summed this often even so (see records.cc)

// g_lastWriter == t: on x86-64 one compare with memory (a plain load is an acquire load there;
// the compiler loads an atomic into a register first).
inline bool isLastWriter(ThreadTable* t) {
#if defined(__x86_64__)
  bool same;
  __asm__("cmp %1, %2" : "=@cce"(same) : "r"(t), "m"(*reinterpret_cast<ThreadTable* const*>(&g_lastWriter)));
  return same;
#else
  return g_lastWriter.load(std::memory_order_acquire) == t;
#endif
}

// After every event that may raise t's counts (t null: the counts of threads without a table).
inline void noteWriter(ThreadTable* t) {
  if (__builtin_expect(!isLastWriter(t), 0)) {
    g_lastWriter.store(t, std::memory_order_release);
    if (t) t->othersAge = 0;
  }
}

inline void ownerAdd(std::atomic<int64_t>& a, int64_t d) {  // single writer: no RMW needed
#if defined(__x86_64__)
  // One add to memory, without a lock prefix: a single aligned 8-byte store, which other threads
  // read whole, as they would a relaxed store (one instruction instead of three).
  __asm__("addq %1, %0" : "+m"(*reinterpret_cast<int64_t*>(&a)) : "er"(d));
#else
  a.store(a.load(std::memory_order_relaxed) + d, std::memory_order_relaxed);
#endif
}

// room -= d, true when it went below 0 (signed): one subtract from memory and its flags on x86-64.
inline bool roomDown(std::atomic<int64_t>& room, int64_t d) {
#if defined(__x86_64__)
  bool below;
  __asm__("subq %2, %0" : "+m"(*reinterpret_cast<int64_t*>(&room)), "=@ccl"(below) : "er"(d));
  return below;
#else
  int64_t r = room.load(std::memory_order_relaxed) - d;
  room.store(r, std::memory_order_relaxed);
  return r < 0;
#endif
}
// The table's current (ThreadTable::room), read by its owner.
inline int64_t currentOf(const ThreadTable* t) {
  return t->limit.load(std::memory_order_relaxed) - t->room.load(std::memory_order_relaxed);
}
// The same, read by any thread: limit and room of one setLimit (its owner may be in one).
inline int64_t readCurrent(const ThreadTable* t) {
  for (;;) {
    uint32_t v = t->limitVersion.load(std::memory_order_acquire);
    if (v & 1) return t->settled.load(std::memory_order_relaxed);
    int64_t current = t->limit.load(std::memory_order_relaxed) - t->room.load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    if (t->limitVersion.load(std::memory_order_relaxed) == v) return current;
  }
}
// A new limit (peak - others), owner only: room from it, current unchanged.
inline void setLimit(ThreadTable* t, int64_t limit) {
  int64_t current = currentOf(t);
  uint32_t v = t->limitVersion.load(std::memory_order_relaxed);
  t->settled.store(current, std::memory_order_relaxed);
  t->limitVersion.store(v + 1, std::memory_order_release);  // (after settled)
  std::atomic_thread_fence(std::memory_order_release);
  t->limit.store(limit, std::memory_order_relaxed);
  t->room.store(limit - current, std::memory_order_relaxed);
  t->limitVersion.store(v + 2, std::memory_order_release);
}

inline void ownerSub(std::atomic<int64_t>& a, int64_t d) {  // the same, a subtraction
#if defined(__x86_64__)
  __asm__("subq %1, %0" : "+m"(*reinterpret_cast<int64_t*>(&a)) : "er"(d));
#else
  a.store(a.load(std::memory_order_relaxed) - d, std::memory_order_relaxed);
#endif
}

// x, opaque to the optimizer (which then computes again what it derived from it).
inline uintptr_t launder(uintptr_t x) {
  __asm__("" : "+r"(x));
  return x;
}

// The traced memory now: every live table's current, and what retired threads left.
inline int64_t totalCurrent() {
  int64_t sum = g_retiredCurrent.load(std::memory_order_relaxed);
  uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    const ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (t->epoch.load(std::memory_order_acquire) == epoch)
      sum += readCurrent(t);
  }
  return sum;
}

// Frees of blocks that were not traced (allocated before start, or by code we do not see):
// each one searched every table, so a high count is a cost (diagnostics, hookInfo()).
uint64_t recordsUntracedFrees();
// Entries written from the rings into their sets (records.h: the ring), every table's, ever.
uint64_t recordsRingWrites();

void recordsAddSlow(uintptr_t ptr, uint64_t size, uint32_t traceback);
bool recordsRemoveSlow(uintptr_t ptr, LiveTrace* out);
void recordsSumPeak(ThreadTable* t, int64_t mine);
void recordsShrink(ThreadTable* t);

// Brings this thread in step with g_state `state` (nframe not 0): its table (set up at its first
// event, wiped after a clear), its caller cache (emptied after a reset of the tracebacks), its
// peak (summed again at its next allocation after a peak reset); then seen = state, or 0 when
// the thread has no table (its events then take the slow paths).
void recordsSync(ThreadState& s, uint64_t state);

// x == y ? a : b as a compare and a conditional move, not a branch (the compiler turned the
// last of a row of such selects into a branch before: mispredicted on a quarter of the frees).
template <typename T>
inline T* selectIfEqual(uintptr_t x, uintptr_t y, T* a, T* b) {
#if defined(__x86_64__)
  __asm__("cmp %2, %3\n\tcmove %1, %0" : "+r"(b) : "r"(a), "r"(x), "r"(y) : "cc");
  return b;
#else
  T* r = x == y ? a : b;
  __asm__("" : "+r"(r));
  return r;
#endif
}

// --n, true when n was 0 (it wraps; the caller sets it again): one subtract from memory and its
// borrow on x86-64.
inline bool countDown(uint32_t& n) {
#if defined(__x86_64__)
  bool borrow;
  __asm__("subl $1, %0" : "+m"(n), "=@ccb"(borrow));
  return borrow;
#else
  return n-- == 0;
#endif
}

// The ring: where an allocation of a block other than the one this thread just freed waits
// before its entry is written into its set. Its set line is fetched for writing when the block
// is allocated (a prefetch: nothing waits for it), and written kRing allocations later, when the
// ring comes back to its slot (or earlier: recordsFlushRing). Where the table's lines are not in
// cache (crypto.createHash: ~40 k live blocks over megabytes of heap, one line a block, and the
// lines V8's threads' frees took to the other core), the allocation waited for that line's miss
// before; now the misses of kRing allocations overlap. The ring is part of the table: frees,
// searches of other threads, snapshots and lookups look there too (records.cc). The ring's keys
// follow the ways' protocol: only the owner writes a non-zero key; another thread's free claims
// one with a compare-and-swap ptr -> 0; the owner moves an entry into its set by marking its
// key ptr|kMoving with a compare-and-swap (a claim may win: nothing to move), writing the way,
// then emptying the slot (recordsInsert). A block is in at most one of the
// ring and the sets of its table, but for one the allocator handed out again without our seeing
// its free (a stale entry): the ring then holds the newer, and it is replaced in the set when the
// ring's entry is written (as an allocation replaced it before), or taken along with the ring's
// by the owner's free of the block.
constexpr unsigned kRing = 8;
constexpr size_t kRingOffset = 256;  // in the table's header page, after the header
static_assert(kRing * sizeof(TableEntry) + 64 <= 4096 - kRingOffset, "the ring in the header page");
inline TableEntry* ringOf(ThreadTable* t) {
  return reinterpret_cast<TableEntry*>(reinterpret_cast<char*>(t) + kRingOffset);
}
// The entries its owner wrote from the ring into their sets, ever (hookInfo), in the line after
// the ring.
inline uint64_t& ringWritesOf(ThreadTable* t) {
  return *reinterpret_cast<uint64_t*>(reinterpret_cast<char*>(t) + kRingOffset + kRing * sizeof(TableEntry));
}
// The ring's entry `slot` (key k, not 0) into its set (owner only); the rare cases (a stale
// entry of k in the set, a full set) out of line.
void recordsInsertSlow(ThreadState& s, TableEntry* slot, uintptr_t k);
// Every entry of the ring into its set (owner only).
void recordsFlushRing(ThreadState& s);

// The search of ptr's set for a free way: null when the set is full or holds ptr already (a
// stale entry).
__attribute__((always_inline)) inline TableEntry* recordsSearchFreeWay(ThreadState& s, uintptr_t ptr) {
  TableEntry* way = setOf(s.sets, s.shift, ptr)->way;
  uintptr_t k0 = way[0].key.load(std::memory_order_relaxed);
  uintptr_t k1 = way[1].key.load(std::memory_order_relaxed);
  uintptr_t k2 = way[2].key.load(std::memory_order_relaxed);
  uintptr_t k3 = way[3].key.load(std::memory_order_relaxed);
  unsigned empty = unsigned(k0 == 0) | unsigned(k1 == 0) << 1 | unsigned(k2 == 0) << 2 |
                   unsigned(k3 == 0) << 3;
  bool stale = (k0 == ptr) | (k1 == ptr) | (k2 == ptr) | (k3 == ptr);
  if (__builtin_expect(!empty || stale, 0)) return nullptr;
  return &way[__builtin_ctz(empty)];
}

constexpr uintptr_t kRingMoving = 1;  // records.cc: kMoving
// The ring's entry `slot` (key k) into its set, owner only: the slot marked k|kMoving first
// (a free on another thread claims an entry by a compare-and-swap k -> 0: one of the two wins),
// then the way written, then the slot emptied. The locked compare-and-swap comes before the
// stores to the set line, so it does not wait for that line (it is fetched by then, or the
// stores wait in the store buffer).
__attribute__((always_inline)) inline void recordsInsert(ThreadState& s, TableEntry* slot, uintptr_t k) {
  uintptr_t expected = k;
  if (__builtin_expect(!slot->key.compare_exchange_strong(expected, k | kRingMoving, std::memory_order_acq_rel,
                                                          std::memory_order_relaxed), 0))
    return;  // claimed meanwhile by another thread's free (which counted it)
  TableEntry* w = recordsSearchFreeWay(s, k);
  if (__builtin_expect(w == nullptr, 0)) {
    recordsInsertSlow(s, slot, k);
    return;
  }
  w->packed.store(slot->packed.load(std::memory_order_relaxed), std::memory_order_relaxed);
  w->key.store(k, std::memory_order_release);
  slot->key.store(0, std::memory_order_release);
  ++ringWritesOf(s.table);
}

// Counts an allocation of size bytes on this thread (an entry now in a way or the ring). True
// when the peak is due to be summed: recordsSumPeak(t, t's current).
__attribute__((always_inline)) inline bool recordsCount(ThreadState& s, uint64_t size) {
  ThreadTable* t = s.table;
  ownerAdd(t->count, 1);  // (and filled, with it)
  noteWriter(t);
  // Peak (records.cc): `others` is at least what the other threads hold now (they may have
  // freed since it was summed), so mine + others bounds the total; summed again when that bound
  // would set a new peak for this thread (mine above limit = peak - others), or `others` is
  // too old. (An entry of the ring that will replace a stale one counts both until then: the
  // bound only rises, and recordsSumPeak writes the ring out before it sums.)
  // (mine > limit, mine the current now: room below 0; room first, so that it always counts
  // the size: a sum sets othersAge again anyway)
  return __builtin_expect(roomDown(t->room, int64_t(size)) || countDown(t->othersAge), 0);
}

// The common case of an allocation, on a thread in step with g_state (its table ready), size
// and traceback within their packed bits (size <= kMaxPackedSize, traceback <= kTracebackMask:
// the caller checked). Neither function calls anything but on rare paths: the intercepts end in
// a tail call for what is left.
//
// The block this thread's last event freed, handed back (glibc's tcache is last in, first out):
// the way (or ring slot) that held it is still empty (only this thread fills ways, and any
// other event forgets freedPtr) and ptr is in no other way of this table (it was in that one).
// `slot` is s.freedWay. packed is size << kTracebackBits | traceback. True when the peak is due
// to be summed: recordsSumPeak(t, t's current).
__attribute__((always_inline)) inline bool recordsFillWay(ThreadState& s, TableEntry* slot, uintptr_t ptr,
                                                       uint64_t size, uint64_t packed) {
  s.freedPtr = kNoFreed;
  slot->packed.store(packed, std::memory_order_relaxed);
  slot->key.store(ptr, std::memory_order_release);
  return recordsCount(s, size);
}

// The line at p, fetched for writing (PREFETCHW: GCC's __builtin_prefetch emits a read
// prefetch on x86-64, which leaves a line another core wrote shared, to be taken again at the
// write).
inline void recordsPrefetchWrite(const void* p) {
#if defined(__x86_64__)
  __asm__ volatile("prefetchw %0" : : "m"(*static_cast<const char*>(p)));
#else
  __builtin_prefetch(p, 1, 3);
#endif
}

// ptr's slot in this thread's ring; null when ptr is not there, and for a null ptr.
__attribute__((always_inline)) inline TableEntry* recordsFindRing(ThreadState& s, uintptr_t ptr) {
  if (ptr == 0) return nullptr;
  TableEntry* r = s.ring;
  static_assert(kRing == 8, "eight slots");
  TableEntry* found = &r[7];
#pragma GCC unroll 8
  for (int i = 6; i >= 0; --i)  // (unrolled: 4 instructions a slot, where the loop took 6)
    found = selectIfEqual(r[i].key.load(std::memory_order_relaxed), ptr, &r[i], found);
  if (__builtin_expect(found->key.load(std::memory_order_relaxed) != ptr, 1)) return nullptr;
  return found;
}
// ptr's stale entry in the ring (its free unseen) taken out, counted as replaced.
void recordsReplaceInRing(ThreadState& s, TableEntry* e, uintptr_t ptr);

// Any other block: into the ring (its set line fetched now, written later), the entry that
// was in its slot written into its set first.
__attribute__((always_inline)) inline bool recordsDefer(ThreadState& s, uintptr_t ptr, uint64_t size,
                                                     uint64_t packed) {
  // Already in the ring: the allocator handed ptr out again without our seeing its free (a
  // stale entry, replaced as in its set: two entries of a block in the ring would leave one
  // behind at its free).
  if (TableEntry* stale = recordsFindRing(s, ptr)) recordsReplaceInRing(s, stale, ptr);
  uint32_t i = s.ringNext;
  TableEntry* slot = &s.ring[i];
  uintptr_t k = slot->key.load(std::memory_order_relaxed);
  if (k) recordsInsert(s, slot, k);
  recordsPrefetchWrite(setOf(s.sets, s.shift, ptr));
  s.ringNext = (i + 1) & (kRing - 1);
  s.freedPtr = kNoFreed;
  // A hint left on ptr by an earlier life of the block (its way then holds a stale entry of it,
  // or nothing): the owner's free must look in the ring first, which it does only without a hint.
  uintptr_t h = hintIndex(ptr);
  if (__builtin_expect(s.hints->ptr[h] == ptr, 0)) s.hints->ptr[h] = kNoHint;
  if (__builtin_expect(s.hints->ptr[h ^ 1] == ptr, 0)) s.hints->ptr[h ^ 1] = kNoHint;  // (its alternate)
  slot->packed.store(packed, std::memory_order_relaxed);
  slot->key.store(ptr, std::memory_order_release);
  return recordsCount(s, size);
}

// Both cases, and what is left.
__attribute__((always_inline)) inline void recordsAddFitting(ThreadState& s, uintptr_t ptr,
                                                          uint64_t size, uint32_t traceback) {
  uint64_t packed = (size << kTracebackBits) | traceback;
  bool sum = __builtin_expect(ptr == s.freedPtr, 1) ? recordsFillWay(s, s.freedWay, ptr, size, packed)
                                                    : recordsDefer(s, ptr, size, packed);
  if (__builtin_expect(sum, 0)) {
    ThreadTable* t = s.table;
    recordsSumPeak(t, currentOf(t));
  }
}

// The same, any size and traceback.
__attribute__((always_inline)) inline void recordsAddSynced(ThreadState& s, uintptr_t ptr,
                                                         uint64_t size, uint32_t traceback) {
  static_assert(kMaxPackedSize == (uint64_t(1) << (64 - kTracebackBits)) - 1, "the size's bits");
  if (__builtin_expect(((size >> (64 - kTracebackBits)) | (traceback >> kTracebackBits)) != 0, 0)) {
    recordsAddSlow(ptr, size, traceback);
    return;
  }
  recordsAddFitting(s, ptr, size, traceback);
}

// Any thread, any state (realloc's paths, the slow paths).
inline void recordsAdd(uintptr_t ptr, uint64_t size, uint32_t traceback) {
  ThreadState& s = t_thread;
  if (g_state.load(std::memory_order_relaxed) == s.seen) {
    recordsAddSynced(s, ptr, size, traceback);
  } else {
    recordsAddSlow(ptr, size, traceback);
  }
}

inline bool holds(const TableEntry* e, uintptr_t ptr) {
#if defined(__x86_64__)
  // One compare with memory (GCC loads an atomic into a register first: one instruction more a
  // free). A relaxed load of an aligned word is a plain load on x86-64.
  bool same;
  __asm__("cmp %1, %2" : "=@cce"(same) : "r"(ptr), "m"(*reinterpret_cast<const uintptr_t*>(&e->key)));
  return same;
#else
  return e->key.load(std::memory_order_relaxed) == ptr;
#endif
}

// ptr's way in this thread's own table (its hint set to it), found by a search of its set;
// null when ptr is not there, and for a null ptr.
__attribute__((always_inline)) inline TableEntry* recordsFindOwn(ThreadState& s, uintptr_t ptr) {
  if (ptr == 0) return nullptr;
  TableEntry* way = setOf(s.sets, s.shift, ptr)->way;
  // Which way holds ptr (ptr is in at most one), without a branch a way: the way is random, a
  // branch on each one mispredicted on most frees. The last way unless an earlier one holds
  // it (conditional moves), then checked.
  static_assert(kWays == 4, "one line of four ways");
  TableEntry* found = &way[3];
  found = selectIfEqual(way[2].key.load(std::memory_order_relaxed), ptr, &way[2], found);
  found = selectIfEqual(way[1].key.load(std::memory_order_relaxed), ptr, &way[1], found);
  found = selectIfEqual(way[0].key.load(std::memory_order_relaxed), ptr, &way[0], found);
  if (__builtin_expect(found->key.load(std::memory_order_relaxed) != ptr, 0)) return nullptr;
  // Its hint: in its own slot, unless that slot holds another block's that is still good (the
  // way it names holds that block: a block allocated again since its free, at the same address)
  // and the alternate slot (the neighbouring window's) does not: ptr's then goes there. Two
  // live blocks whose windows collide (the same address modulo 64 KiB: the churn loop's 64
  // blocks collided so in about half the heap layouts) then both find their hint, where each
  // free of one took the other's slot and every free of both searched (recordsTakeOwn reads
  // the alternate after a miss). (kNoHint names g_noWay, whose key is kNoHint: not good.)
  uintptr_t i = hintIndex(ptr);
  uintptr_t held = s.hints->ptr[i];
  if (__builtin_expect(held != ptr && held != kNoHint && holds(s.hints->way[i], held), 0)) {
    uintptr_t j = i ^ 1;
    uintptr_t other = s.hints->ptr[j];
    if (other == ptr || other == kNoHint || !holds(s.hints->way[j], other)) i = j;
  }
  s.hints->ptr[i] = ptr;
  s.hints->way[i] = found;
  return found;
}

void recordsTakeRing(ThreadState& s, TableEntry& e, uintptr_t ptr, LiveTrace* out);

// ptr's way by its hint, in *e (the caller then takes it, recordsTakeWay); false when the hint
// is another address's (checked in the hint array alone), or its way no longer holds ptr.
__attribute__((always_inline)) inline bool recordsHinted(const ThreadState& s, uintptr_t ptr,
                                                      TableEntry** e) {
  uintptr_t i = hintIndex(ptr);
  if (__builtin_expect(s.hints->ptr[i] != ptr, 0)) return false;
  *e = s.hints->way[i];
  return holds(*e, ptr);
}

// The same by the alternate slot (recordsFindOwn), after a miss of its own.
__attribute__((always_inline)) inline bool recordsHintedAlternate(const ThreadState& s, uintptr_t ptr,
                                                               TableEntry** e) {
  uintptr_t i = hintIndex(ptr) ^ 1;
  if (__builtin_expect(s.hints->ptr[i] != ptr, 1)) return false;
  *e = s.hints->way[i];
  return holds(*e, ptr);
}

// Empties e, the way of this thread's own table that holds ptr (a thread in step with g_state).
// t is s.table (the free's hinted path passes tableOfHints(s.hints): its hints are in a register
// already).
__attribute__((always_inline)) inline void recordsTakeWay(ThreadState& s, ThreadTable* t, TableEntry& e,
                                                        uintptr_t ptr, LiveTrace* out) {
  uint64_t v = e.packed.load(std::memory_order_relaxed);
  e.key.store(0, std::memory_order_release);  // seen by whoever gets the block next
  s.freedPtr = ptr;
  s.freedWay = &e;
  if (out) *out = LiveTrace{ptr, v >> kTracebackBits, uint32_t(v & kTracebackMask)};
  ownerAdd(t->room, int64_t(v >> kTracebackBits));  // (current less the size)
  ownerAdd(t->count, -1);  // and filled; (a free only lowers the total: no noteWriter)
}

// ptr from this thread's own table, on a thread in step with g_state: false (nothing changed)
// when ptr is not in its set there, and for a null ptr. The caller then checks a big table for
// shrinking (recordsAfterOwnFree) when the thread's shift says it is one.
__attribute__((always_inline)) inline bool recordsTakeOwn(ThreadState& s, uintptr_t ptr,
                                                       LiveTrace* out) {
  TableEntry* e;
  if (__builtin_expect(!recordsHinted(s, ptr, &e) && !recordsHintedAlternate(s, ptr, &e), 0)) {
    // A thread that frees another thread's blocks (V8's workers freeing what the main thread
    // allocated) fetches the block's set line in that table now: the miss on it (the line comes
    // from the other core) overlaps the search of its own table and the way to the other's.
    if (ThreadTable* o = s.remoteOwner)
      recordsPrefetchWrite(setOf(o->sets.load(std::memory_order_relaxed), o->shift.load(std::memory_order_relaxed), ptr));
    // The ring first: its entry is newer than a stale one of the same block in the set. (A
    // block in the ring has no hint: recordsDefer.)
    e = recordsFindRing(s, ptr);
    if (__builtin_expect(e != nullptr, 0)) {
      recordsTakeRing(s, *e, ptr, out);
      return true;
    }
    e = recordsFindOwn(s, ptr);
    if (e == nullptr) return false;
  }
  if (__builtin_expect(s.remoteOwner != nullptr, 0)) s.remoteOwner = nullptr;
  recordsTakeWay(s, s.table, *e, ptr, out);
  return true;
}

inline bool isBigTable(const ThreadState& s) { return s.shift < 64 - kShrinkAboveBits; }

// After a free from a big table: shrink it when it stays under 1/16 full (recordsShrink).
inline void recordsAfterOwnFree(ThreadState& s) {
  ThreadTable* t = s.table;
  if (filledOf(t) * 16 < (uint64_t(kWays) << (64 - s.shift)))
    recordsShrink(t);
  else if (t->lowFrees)
    t->lowFrees = 0;  // 1/16 full or more: the low stretch (recordsShrink) starts again
}

__attribute__((always_inline)) inline bool recordsRemoveSynced(ThreadState& s, uintptr_t ptr,
                                                            LiveTrace* out) {
  if (__builtin_expect(recordsTakeOwn(s, ptr, out), 1)) {
    if (__builtin_expect(isBigTable(s), 0)) recordsAfterOwnFree(s);
    return true;
  }
  LiveTrace unused;
  return recordsRemoveSlow(ptr, out ? out : &unused);
}

inline bool recordsRemove(uintptr_t ptr, LiveTrace* out) {
  ThreadState& s = t_thread;
  if (g_state.load(std::memory_order_relaxed) == s.seen) return recordsRemoveSynced(s, ptr, out);
  LiveTrace unused;
  return recordsRemoveSlow(ptr, out ? out : &unused);
}

}  // namespace wtm
