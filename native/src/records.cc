// Per-thread live tables. An atomic read-modify-write costs ~10 ns here, three times a glibc
// malloc/free; a lock plus a shared counter per event made the hook cost 3-5x on allocation
// churn. So each thread records into a table of its own, with plain loads and stores:
//
// - A thread table is an array of sets of 4 entries {key = ptr, packed = size << 24 |
//   traceback}, one cache line a set, 2^bits sets (256 to start; doubled when a set is full and
//   the table 3/8 full, shrunk to 1/4 full when a big table stays under 1/16 full: see
//   recordsShrink). ptr's set is its 32-byte window plus a hash of its 64 KiB region (setOf in
//   records.h: neighbouring blocks in neighbouring lines). An allocation takes a free way of ptr's set; a free on the same
//   thread clears it, and the thread remembers that way (t_thread.freedPtr/freedWay): an
//   allocation of the same block right after (glibc's tcache is LIFO) takes it without a
//   search. It is still empty (only the owner fills ways) and ptr is in no other way; any
//   other event of the thread, and any change of its array, forgets it.
// - Only the owner writes a non-zero key. A block freed on another thread is claimed by that
//   thread with a compare-and-swap of key: ptr -> 0 (packed read before: the owner writes a
//   way's packed only while its key is not that ptr, and the ptr cannot come back before the
//   real free that follows). The owner's own free needs no CAS: two frees of one block at once
//   would be the program's double free.
// - The owner moves an entry (to the shared table when its set is full in a table under 3/8
//   full; to a new array when it resizes) by first marking its key ptr|kMoving with a CAS, so a
//   remote free cannot take it halfway. A moved-to-shared entry's key is overwritten after the
//   insert; a resized array's keys stay marked, and the new array is published after every
//   entry is copied. A remote reader that meets ptr|kMoving waits for the key or the array to
//   change, then looks again (the new array, or, not finding it, the shared table). Thread
//   tables are searched before the shared table for the same reason.
// - Arrays a resize replaced are unmapped only when no other thread is searching: a searching
//   thread raises a flag in its own table header with a plain store, and the resizing owner
//   issues membarrier(PRIVATE_EXPEDITED) before reading the flags (an asymmetric fence: the
//   rare side pays it); without membarrier both sides fence.
// - current and count are per thread (net of what the thread allocated and freed, whoever
//   allocated it); the totals are their sum. At each allocation the thread compares that sum
//   with the highest it has seen, kept in its own header; peak is the highest of those (and of
//   g_peakBase, the total at the last reset): exact when one thread allocates at a time; with
//   several allocating at the same instant, an allocation in flight on another thread may be
//   missed, as any instant's reading would. resetPeak bumps g_peakEpoch, so what threads saw
//   before it no longer counts.
// - The sum is not read table by table at each allocation: a thread keeps the sum of the
//   others (`others`, owner only, summed at its last allocation that read the tables) and reads
//   the tables again only (a) when g_lastWriter says another thread RAISED its counts since:
//   every allocation stores its table there, but only when it is not already the one there, so a
//   thread allocating alone never writes that line; (b) when the bound below would set a new
//   peak for this thread; (c) at least every kOthersMaxAge allocations, which bounds how long an
//   allocation racing with a sum is missed; (d) after a peak reset.
//   Frees do not write g_lastWriter. A free only lowers the total, so while no other thread
//   allocated since the sum, what the others hold now is at most `others`, and mine + others is
//   an upper bound of the total at this allocation. When that bound is not above the highest
//   total this thread has seen (its `peak`, never above the peak reported), the true total is
//   no new peak either, and nothing is lost by not summing; when it is above, the thread sums
//   exactly and records that. So the peak is still the highest exact total at an allocation,
//   with one thread allocating at a time (frees on other threads meanwhile included: a free
//   that lands while the tables are summed is ordered before the allocation). This matters
//   where one thread allocates and another frees its blocks (V8's sweeper thread freeing what
//   the main thread allocated: crypto.createHash): when frees wrote g_lastWriter, the two
//   threads took its line from each other at each change of hands (126 k stores of it in 11 x
//   20 k hashes; 256 now, for 46 k sums instead of 19 k). A thread that only allocates (a growth
//   phase) sums at each allocation that sets a new peak, reading two header lines per thread,
//   in its cache while the others are idle (2-4 ns an allocation, growing by 200 k blocks in Node).
//   test/native/threads.test.ts ("does not count again a block another thread freed") fails
//   when the bound is taken as the total.
// - clearTraces bumps g_epoch: a table of an older epoch counts as empty and its owner wipes
//   it at its next event, so nothing writes another thread's table but the claims above.
// - At thread exit the table's entries move to the shared table and its counts to g_retired*;
//   the table itself is kept (never unmapped: other threads may be reading it) for the next
//   thread.
#include "records.h"

#include <linux/membarrier.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>

#include "line.h"
#include "pages.h"
#include "shared.h"
#include "spinlock.h"
#include "tracking.h"
#include "unwind.h"

namespace wtm {
namespace {

constexpr unsigned kInitialBits = 8;  // 256 sets = 1024 entries, 16 KiB
constexpr uintptr_t kMoving = 1;      // malloc's blocks are at least 8-aligned: bit 0 is free
static_assert(kMoving == kRingMoving, "the ring's moves (records.h)");

using Entry = TableEntry;
using Set = TableSet;

}  // namespace

// One mapping: this header line, then the sets.
struct alignas(64) SetArray {
  uint32_t bits;
  SetArray* nextRetired;
  Set* sets() { return reinterpret_cast<Set*>(this + 1); }
  Set& setOf(uintptr_t p) { return *wtm::setOf(sets(), 64 - bits, p); }
  uint64_t capacity() const { return uint64_t(kWays) << bits; }
};
static_assert(sizeof(SetArray) == 64, "the sets start one line in");

std::atomic<ThreadTable*> g_tables[kMaxTables];
std::atomic<uint32_t> g_tableCount{0};
std::atomic<uint32_t> g_epoch{1};
std::atomic<int64_t> g_retiredCurrent{0};
std::atomic<uint32_t> g_peakEpoch{1};
LineAtomic<ThreadTable*> g_lastWriter{nullptr};
TableEntry g_noWay{1, 0};  // records.h: no address's way

namespace {

SetArray* newArray(unsigned bits) {
  // Populated at once: a resize writes all over it, one fault a page otherwise.
  auto* a = static_cast<SetArray*>(pagesAlloc(sizeof(SetArray) + (sizeof(Set) << bits), true));
  a->bits = bits;
  return a;
}
void freeArray(SetArray* a) { pagesFree(a, sizeof(SetArray) + (sizeof(Set) << a->bits)); }

SpinLock g_registryLock;  // adding/retiring tables, and reading the totals
pthread_key_t g_tableKey;
pthread_once_t g_tableKeyOnce = PTHREAD_ONCE_INIT;
std::atomic<int64_t> g_readers{0};  // threads without a table searching the tables right now
std::atomic<bool> g_membarrier{false};
pthread_once_t g_membarrierOnce = PTHREAD_ONCE_INIT;

void setUpMembarrier() {
  long cmds = syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  if (cmds > 0 && (cmds & MEMBARRIER_CMD_PRIVATE_EXPEDITED) &&
      syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0)
    g_membarrier.store(true, std::memory_order_release);
}

std::atomic<int64_t> g_retiredCount{0};
std::atomic<uint64_t> g_peakBase{0};  // the total at the last reset; peaks seen without a table
LineAtomic<uint64_t> g_untracedFrees{0};

// The table's hints (records.h: Hints), in the pages after its header.
static_assert(sizeof(ThreadTable) <= kHintsOffset, "the header in its own page");
inline Hints* hintsOf(ThreadTable* t) {
  return reinterpret_cast<Hints*>(reinterpret_cast<char*>(t) + kHintsOffset);
}
void resetHints(ThreadTable* t) {
  Hints* hints = hintsOf(t);
  for (size_t i = 0; i < (size_t(1) << kHintBits); ++i) {
    hints->ptr[i] = kNoHint;  // (records.h)
    hints->way[i] = &g_noWay;
  }
}

// The owner's copy of its current array in t_thread, for the fast paths.
void mirror(ThreadTable* t) {
  {
    SetArray* a = t->array.load(std::memory_order_relaxed);
    t->sets.store(a->sets(), std::memory_order_relaxed);
    t->shift.store(64 - a->bits, std::memory_order_relaxed);
  }
  if (t != t_thread.table) return;
  t_thread.hints = hintsOf(t);
  t_thread.ring = ringOf(t);
  SetArray* a = t->array.load(std::memory_order_relaxed);
  t_thread.sets = a->sets();
  t_thread.shift = 64 - a->bits;
  t_thread.freeTail = freeTailFor(isBigTable(t_thread));
  t_thread.freedPtr = kNoFreed;  // its way was in the old array
}

inline uint64_t sizeOf(uint64_t packed) { return packed >> kTracebackBits; }
inline uint32_t tracebackOf(uint64_t packed) { return uint32_t(packed & kTracebackMask); }
inline LiveTrace traceOf(uintptr_t ptr, uint64_t packed) {
  return LiveTrace{ptr, sizeOf(packed), tracebackOf(packed)};
}

inline bool live(const ThreadTable* t, uint32_t epoch) {
  return t->epoch.load(std::memory_order_acquire) == epoch;
}

void pause(unsigned spins) {
  if (spins < 64) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  } else {
    sched_yield();
  }
}

// Held while reading other threads' tables (see reclaim()).
struct Searching {
  ThreadTable* self;
  explicit Searching(ThreadTable* t) : self(t) {
    if (self) {
      self->searching.store(1, std::memory_order_relaxed);
      if (g_membarrier.load(std::memory_order_relaxed)) {
        std::atomic_signal_fence(std::memory_order_seq_cst);
      } else {
        std::atomic_thread_fence(std::memory_order_seq_cst);
      }
    } else {
      g_readers.fetch_add(1, std::memory_order_seq_cst);
    }
  }
  ~Searching() {
    if (self) {
      self->searching.store(0, std::memory_order_release);
    } else {
      g_readers.fetch_sub(1, std::memory_order_seq_cst);
    }
  }
  Searching(const Searching&) = delete;
  Searching& operator=(const Searching&) = delete;
};

inline void count(ThreadTable* t, int64_t bytes, int64_t blocks) {
  if (__builtin_expect(t != nullptr, 1)) {
    ownerSub(t->room, bytes);  // (current + bytes)
    ownerAdd(t->count, blocks);
    t->filledOverCount -= blocks;  // filled does not change with count here
  } else {
    g_retiredCurrent.fetch_add(bytes, std::memory_order_relaxed);
    g_retiredCount.fetch_add(blocks, std::memory_order_relaxed);
  }
  if (bytes > 0) noteWriter(t);  // what only lowers the total need not be seen (see the top)
}

// Into the shared table (an entry a thread table cannot hold); counts a replaced stale trace.
void toShared(ThreadTable* t, uintptr_t ptr, uint64_t packed) {
  LiveTrace old;
  if (sharedAdd(ptr, sizeOf(packed), tracebackOf(packed), &old)) count(t, -int64_t(old.size), -1);
}

// Owner only. `filled` counts the ways the owner filled and has not emptied itself: a way that
// another thread's free emptied (searchTable's claim) stays in it. Where the main thread
// allocates and V8's threads free some of it, filled drifted thousands of entries above the
// table's entries between two exact counts (a CI run: 5.5 k filled for 1.1 k entries after
// 300 k blocks were freed, under 1/256 of its ways, so the test below (then 1/256) never passed
// and a 16 MiB array stayed). The
// claimers count what they empty (`claimed`, a line of its own); the owner subtracts what was
// claimed since it last did (or since filled was last exact), before each decision to shrink
// or grow. filled stays an upper bound: a claim counted after an exact count that had already
// seen its way empty is subtracted once, as it should; one counted before that count but after
// its way was read as full is left in (setFilledExact reads `claimed` after the count).
void absorbClaims(ThreadTable* t) {
  uint64_t c = t->claimed.load(std::memory_order_relaxed);
  t->filledOverCount -= int64_t(c - t->claimedSeen);
  t->claimedSeen = c;
}
void setFilledExact(ThreadTable* t, uint64_t filled) {
  setFilled(t, filled);
  t->claimedSeen = t->claimed.load(std::memory_order_relaxed);
}

// Owner only, after publishing a new array: unmap the replaced ones once no search can be
// reading them. A search that raised its flag after the barrier reads the new array.
void reclaim(ThreadTable* t) {
  if (!t->retired) return;
  if (g_membarrier.load(std::memory_order_relaxed)) {
    syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
  } else {
    std::atomic_thread_fence(std::memory_order_seq_cst);
  }
  if (g_readers.load(std::memory_order_seq_cst) != 0) return;
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    const ThreadTable* o = g_tables[i].load(std::memory_order_relaxed);
    if (o != t && o->searching.load(std::memory_order_acquire)) return;
  }
  while (SetArray* a = t->retired) {
    t->retired = a->nextRetired;
    freeArray(a);
  }
}

void replaceArray(ThreadTable* t, SetArray* fresh) {
  SetArray* old = t->array.load(std::memory_order_relaxed);
  t->array.store(fresh, std::memory_order_seq_cst);
  resetHints(t);  // before reclaim() may unmap what they point into
  mirror(t);
  old->nextRetired = t->retired;
  t->retired = old;
  reclaim(t);
}

// Owner only: every entry into a new array of 2^bits sets (a set that overflows there sends
// the rest to the shared table).
void resize(ThreadTable* t, unsigned bits) {
  SetArray* from = t->array.load(std::memory_order_relaxed);
  SetArray* to = newArray(bits);
  uint64_t placed = 0;
  Set* sets = from->sets();
  for (size_t i = 0, n = size_t(1) << from->bits; i < n; ++i) {
    for (Entry& e : sets[i].way) {
      uintptr_t k = e.key.load(std::memory_order_relaxed);
      if (!k || !e.key.compare_exchange_strong(k, k | kMoving, std::memory_order_acquire))
        continue;  // empty, or claimed by another thread's free
      uint64_t v = e.packed.load(std::memory_order_relaxed);
      Entry* slot = nullptr;
      for (Entry& d : to->setOf(k).way) {
        if (!d.key.load(std::memory_order_relaxed)) {
          slot = &d;
          break;
        }
      }
      if (slot) {
        slot->packed.store(v, std::memory_order_relaxed);
        slot->key.store(k, std::memory_order_relaxed);  // published with the array
        ++placed;
      } else {
        toShared(t, k, v);
      }
    }
  }
  setFilledExact(t, placed);  // (every way of the old array is marked or was claimed)
  t->lowFrees = 0;
  // Grown back to about the size it last shrank from (recordsShrink): to that size or one or two
  // doublings past it, not to any size above it. A table that shrank once from 8192 sets (a few
  // thousand blocks, early in a test file) and later grew to 262144 (300 k blocks) kept its
  // 16 MiB array with 441 entries, waiting for a million frees.
  if (bits > from->bits) {
    if (t->shrunkFrom) t->waves = bits >= t->shrunkFrom && bits <= t->shrunkFrom + 2;
    t->shrankLast = false;
  }
  replaceArray(t, to);  // old keys stay marked: a reader that saw one looks at the new array
}

// The entries of the owner's array, counted (filled also counts ways other threads emptied).
uint64_t countEntries(SetArray* a) {
  uint64_t n = 0;
  Set* sets = a->sets();
  for (size_t i = 0, m = size_t(1) << a->bits; i < m; ++i)
    for (Entry& e : sets[i].way) n += e.key.load(std::memory_order_relaxed) != 0;
  return n;
}

// ptr's set is full: grow a table at least 3/8 full, else move one way to the shared table.
// Entries are counted only when filled says half full, so a count costs at most 8 key reads
// per insert since the last one.
__attribute__((noinline)) Entry* makeRoom(ThreadTable* t, uintptr_t ptr) {
  SetArray* a = t->array.load(std::memory_order_relaxed);
  absorbClaims(t);
  if (filledOf(t) * 2 >= a->capacity()) setFilledExact(t, countEntries(a));
  if (filledOf(t) * 8 >= a->capacity() * 3) {
    resize(t, a->bits + 1);
    a = t->array.load(std::memory_order_relaxed);
    for (Entry& e : a->setOf(ptr).way)
      if (!e.key.load(std::memory_order_relaxed)) return &e;
  }
  Entry& e = a->setOf(ptr).way[t->nextVictim++ & (kWays - 1)];
  uintptr_t k = e.key.load(std::memory_order_relaxed);
  if (k && e.key.compare_exchange_strong(k, k | kMoving, std::memory_order_acquire)) {
    toShared(t, k, e.packed.load(std::memory_order_relaxed));
    --t->filledOverCount;  // --filled
  }
  // Moved (its key stays k|kMoving until the caller overwrites it), or claimed meanwhile by a
  // free on another thread (key 0).
  return &e;
}

}  // namespace

// Under 1/16 full, a table shrinks once it has stayed so for as many frees as it has ways (a
// free that finds it 1/16 full or more starts the count again: records.h), or at once when under
// 1/64 full, unless it has already grown back to the size it last shrank from. (At 1/256, the
// main thread's table of 262144 sets kept its 16 MiB after 300 k blocks were freed when 5.3 k
// blocks of V8's own work were live on that thread at the time, as in a loaded CI run.) A program whose
// live blocks rise and fall in waves (tens of thousands between two garbage collections,
// crypto.createHash) would otherwise shrink after each wave and grow again in the next, copying
// every entry into fresh pages each time: with the frees on the allocating thread (node
// --single-threaded, where the sweeping is on the main thread), 246 resizes and 12 k entries
// pushed to the shared table in 11 x 20 k hashes, a third of all the process's time (1.3-1.5 s
// of CPU against 0.55-0.67 s now, untraced 0.39-0.58 s); now 15 resizes in all, one of them a
// shrink, and 424 entries pushed.
void recordsShrink(ThreadTable* t) {
  SetArray* a = t->array.load(std::memory_order_relaxed);
  absorbClaims(t);
  uint64_t n = filledOf(t);
  if (a->bits <= kShrinkAboveBits || n * 16 >= a->capacity()) return;
  if (++t->lowFrees < a->capacity() && (n * 64 >= a->capacity() || t->waves)) return;
  // Shrinking in two steps (at once under 1/64 full, then again lower) is one shrink from the
  // first size: the size a wave grows back to.
  if (!t->shrankLast) t->shrunkFrom = a->bits;
  t->shrankLast = true;
  unsigned bits = kInitialBits;
  while ((uint64_t(kWays) << bits) < n * 4) ++bits;  // to a quarter full
  resize(t, bits);
}

namespace {

void wipe(ThreadTable* t) {
  SetArray* a = t->array.load(std::memory_order_relaxed);
  if (a->bits != kInitialBits) {
    replaceArray(t, newArray(kInitialBits));
  } else {
    Set* sets = a->sets();
    for (size_t i = 0, n = size_t(1) << a->bits; i < n; ++i)
      for (Entry& e : sets[i].way) e.key.store(0, std::memory_order_relaxed);
  }
  Entry* ring = ringOf(t);
  for (unsigned i = 0; i < kRing; ++i) ring[i].key.store(0, std::memory_order_relaxed);
  t->room.store(t->limit.load(std::memory_order_relaxed), std::memory_order_relaxed);  // (current 0)
  t->count.store(0, std::memory_order_relaxed);
  setFilledExact(t, 0);
}

// Thread exit: the table's blocks outlive the thread, so they move to the shared table.
void retireTable(void* arg) {
  auto* t = static_cast<ThreadTable*>(arg);
  RecursionGuard guard;
  t_thread.table = nullptr;
  t_thread.noTable = true;  // later events on this thread (other TLS destructors) use the shared table
  setSeen(t_thread, 0);     // (through the slow paths: the fast ones need a table)
  if (live(t, g_epoch.load(std::memory_order_relaxed))) {
    SetArray* a = t->array.load(std::memory_order_relaxed);
    Set* sets = a->sets();
    for (size_t i = 0, n = size_t(1) << a->bits; i < n; ++i) {
      for (Entry& e : sets[i].way) {
        uintptr_t k = e.key.load(std::memory_order_relaxed);
        if (!k || !e.key.compare_exchange_strong(k, k | kMoving, std::memory_order_acquire))
          continue;
        toShared(t, k, e.packed.load(std::memory_order_relaxed));
        e.key.store(0, std::memory_order_release);
      }
    }
    // The ring after the sets: its entries are newer than stale ones there (the shared table
    // replaces).
    Entry* ring = ringOf(t);
    for (unsigned i = 0; i < kRing; ++i) {
      Entry& e = ring[i];
      uintptr_t k = e.key.load(std::memory_order_relaxed);
      if (!k || !e.key.compare_exchange_strong(k, k | kMoving, std::memory_order_acquire))
        continue;
      toShared(t, k, e.packed.load(std::memory_order_relaxed));
      e.key.store(0, std::memory_order_release);
    }
  }
  {
    SpinGuard g(g_registryLock);
    int64_t current = live(t, g_epoch.load(std::memory_order_relaxed))
                          ? currentOf(t) : 0;
    int64_t blocks = live(t, g_epoch.load(std::memory_order_relaxed))
                         ? t->count.load(std::memory_order_relaxed) : 0;
    wipe(t);
    g_retiredCurrent.fetch_add(current, std::memory_order_relaxed);
    g_retiredCount.fetch_add(blocks, std::memory_order_relaxed);
    g_lastWriter.store(nullptr, std::memory_order_release);
    t->inUse.store(false, std::memory_order_release);
  }
}

void makeKey() { pthread_key_create(&g_tableKey, retireTable); }

ThreadTable* acquireTable() {
  t_thread.noTable = true;  // until it is set up (and for good if the registry is full)
  pthread_once(&g_tableKeyOnce, makeKey);
  pthread_once(&g_membarrierOnce, setUpMembarrier);
  ThreadTable* t = nullptr;
  {
    SpinGuard g(g_registryLock);
    uint32_t n = g_tableCount.load(std::memory_order_relaxed);
    for (uint32_t i = 0; i < n && !t; ++i) {
      ThreadTable* o = g_tables[i].load(std::memory_order_relaxed);
      if (!o->inUse.load(std::memory_order_relaxed)) t = o;
    }
    if (!t && n < kMaxTables) {
      t = static_cast<ThreadTable*>(
          pagesAlloc(kHintsOffset + sizeof(Hints)));  // zero-filled
      t->array.store(newArray(kInitialBits), std::memory_order_relaxed);
      resetHints(t);
      g_tables[n].store(t, std::memory_order_release);
      g_tableCount.store(n + 1, std::memory_order_release);
    }
    if (t) {
      t->inUse.store(true, std::memory_order_relaxed);
      t->othersAge = 0;
      t->shrunkFrom = 0;  // the previous thread's waves are not this one's
      t->waves = false;
      t->shrankLast = false;
      t->epoch.store(g_epoch.load(std::memory_order_relaxed), std::memory_order_release);
    }
  }
  if (!t) return nullptr;
  reclaim(t);  // what its previous thread left
  pthread_setspecific(g_tableKey, t);
  t_thread.table = t;
  mirror(t);
  t_thread.noTable = false;
  return t;
}

// This thread's table, wiped first if a clear happened since its last event; null on a thread
// that has none (exiting, or past kMaxTables threads).
inline ThreadTable* ownTable() {
  ThreadTable* t = t_thread.table;
  if (__builtin_expect(t != nullptr, 1)) {
    uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
    if (__builtin_expect(t->epoch.load(std::memory_order_relaxed) != epoch, 0)) {
      wipe(t);
      t->epoch.store(epoch, std::memory_order_release);
    }
    return t;
  }
  return t_thread.noTable ? nullptr : acquireTable();
}

inline void notePeak(ThreadTable* t) {
  int64_t now = totalCurrent();
  if (now <= 0) return;
  if (__builtin_expect(t != nullptr, 1)) {
    uint32_t epoch = g_peakEpoch.load(std::memory_order_relaxed);
    if (__builtin_expect(t->peakEpoch.load(std::memory_order_relaxed) == epoch, 1)) {
      if (uint64_t(now) > t->peak.load(std::memory_order_relaxed))
        t->peak.store(uint64_t(now), std::memory_order_relaxed);
    } else {
      t->peak.store(uint64_t(now), std::memory_order_relaxed);
      t->peakEpoch.store(epoch, std::memory_order_release);
    }
    setLimit(t, int64_t(t->peak.load(std::memory_order_relaxed)) - t->others);
    return;
  }
  uint64_t peak = g_peakBase.load(std::memory_order_relaxed);
  while (uint64_t(now) > peak &&
         !g_peakBase.compare_exchange_weak(peak, uint64_t(now), std::memory_order_relaxed)) {
  }
}

uint64_t peakSeen() {
  uint64_t peak = g_peakBase.load(std::memory_order_relaxed);
  uint32_t epoch = g_peakEpoch.load(std::memory_order_relaxed);
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    const ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (t->peakEpoch.load(std::memory_order_acquire) != epoch) continue;
    uint64_t p = t->peak.load(std::memory_order_relaxed);
    if (p > peak) peak = p;
  }
  return peak;
}

void newPeakEpoch(uint64_t base) {
  uint32_t next = g_peakEpoch.load(std::memory_order_relaxed) + 1;
  g_peakEpoch.store(next ? next : 1, std::memory_order_relaxed);
  g_peakBase.store(base, std::memory_order_relaxed);
  stateChanged();  // every thread sums again at its next allocation (recordsSync)
}

// ptr among `n` entries of another thread's table t (while Searching): 1 found (claimed, emptied,
// when `claim`), 0 not there, -1 being moved by the owner (look again).
int searchEntries(ThreadTable* t, Entry* e, unsigned n, uintptr_t ptr, bool claim, LiveTrace* out) {
  int result = 0;
  for (unsigned i = 0; i < n; ++i) {
    uintptr_t k = e[i].key.load(std::memory_order_acquire);
    if (k == (ptr | kMoving)) result = -1;
    if (k != ptr) continue;
    uint64_t v = e[i].packed.load(std::memory_order_acquire);
    bool ok = claim ? e[i].key.compare_exchange_strong(k, 0, std::memory_order_acq_rel)
                    : e[i].key.load(std::memory_order_acquire) == ptr;
    if (ok && claim) t->claimed.fetch_add(1, std::memory_order_relaxed);  // (absorbClaims)
    if (ok) {
      *out = traceOf(ptr, v);
      return 1;
    }
    result = -1;  // the owner is moving it: look again
  }
  return result;
}

// ptr in another thread's table t (while Searching); claimed (emptied) when `claim`. Its set,
// then its ring (records.h), then its set again: an entry the owner moved from the ring into the
// set after the first look is there by the time the ring no longer holds it.
bool searchTable(ThreadTable* t, uintptr_t ptr, bool claim, LiveTrace* out) {
  for (unsigned spins = 0;; ++spins) {
    SetArray* a = t->array.load(std::memory_order_acquire);
    int r = searchEntries(t, a->setOf(ptr).way, kWays, ptr, claim, out);
    if (r > 0) return true;
    bool moving = r < 0;
    if (!moving) {
      r = searchEntries(t, ringOf(t), kRing, ptr, claim, out);
      if (r > 0) return true;
      moving = r < 0;
      if (!moving) {
        r = searchEntries(t, a->setOf(ptr).way, kWays, ptr, claim, out);
        if (r > 0) return true;
        moving = r < 0;
      }
    }
    if (!moving) return false;
    if (t->array.load(std::memory_order_acquire) == a) pause(spins);
  }
}

// ptr in another thread's table (claimed there) or in the shared table.
__attribute__((noinline)) bool removeElsewhere(ThreadTable* self, uintptr_t ptr,
                                               LiveTrace* out) {
  {
    Searching searching(self);
    uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
    uint32_t n = g_tableCount.load(std::memory_order_acquire);
    // Starting where the last such block was found: a thread that frees another's blocks
    // mostly frees the same other's (a V8 worker freeing what the main thread allocated).
    uint32_t first = self && self->lastOwner < n ? self->lastOwner : 0;
    for (uint32_t j = 0, i = first; j < n; ++j, i = i + 1 == n ? 0 : i + 1) {
      ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
      if (t != self && live(t, epoch) && searchTable(t, ptr, true, out)) {
        t_thread.remoteOwner = t;
        if (self) self->lastOwner = i;
        return true;
      }
    }
  }
  return sharedRemove(ptr, out);
}

}  // namespace

// Every case of an allocation the fast path (records.h) leaves: no table yet, a clear since the
// last event, a size or traceback too large for an entry, the address already there, a full set.
void recordsAddSlow(uintptr_t ptr, uint64_t size, uint32_t traceback) {
  t_thread.freedPtr = kNoFreed;
  ThreadTable* t = ownTable();
  if (t) recordsFlushRing(t_thread);  // (an entry of ptr there is older than this one)
  int64_t bytes = int64_t(size), blocks = 1;
  if (t && size <= kMaxPackedSize && traceback <= kTracebackMask) {
    Set& s = t->array.load(std::memory_order_relaxed)->setOf(ptr);
    Entry* slot = nullptr;
    for (Entry& e : s.way) {
      uintptr_t k = e.key.load(std::memory_order_relaxed);
      if (k == ptr) {  // handed out again without our seeing its free: replace
        bytes -= int64_t(sizeOf(e.packed.load(std::memory_order_relaxed)));
        blocks = 0;
        slot = &e;
        break;
      }
      if (!k && !slot) slot = &e;
    }
    if (!slot) slot = makeRoom(t, ptr);
    if (blocks) ++t->filledOverCount;  // ++filled (count(), below, adds blocks to count)
    slot->packed.store((size << kTracebackBits) | traceback, std::memory_order_relaxed);
    slot->key.store(ptr, std::memory_order_release);
  } else {
    LiveTrace old;
    if (sharedAdd(ptr, size, traceback, &old)) {
      bytes -= int64_t(old.size);
      blocks = 0;
    }
  }
  count(t, bytes, blocks);
  notePeak(t);
}

// The ring's entry `slot` (key k, marked k|kMoving by recordsInsert) into its set, when the set
// holds a stale entry of k or is full.
void recordsInsertSlow(ThreadState& s, Entry* slot, uintptr_t k) {
  ThreadTable* t = s.table;
  Entry* w = nullptr;
  for (Entry& e : t->array.load(std::memory_order_relaxed)->setOf(k).way) {
    uintptr_t key = e.key.load(std::memory_order_relaxed);
    if (key != k) continue;
    // A stale entry of k (the allocator handed k out again without our seeing its free):
    // replaced, as the allocation replaced it before the ring; unless a free on another thread
    // claims it first (it is then empty).
    if (e.key.compare_exchange_strong(key, k | kMoving, std::memory_order_acquire)) {
      ownerAdd(t->room, int64_t(sizeOf(e.packed.load(std::memory_order_relaxed))));  // (current less it)
      ownerAdd(t->count, -1);  // (and filled: the way now holds the ring's entry, counted already)
      w = &e;
    }
    break;
  }
  if (!w) {
    for (Entry& e : t->array.load(std::memory_order_relaxed)->setOf(k).way) {
      if (!e.key.load(std::memory_order_relaxed)) {
        w = &e;
        break;
      }
    }
  }
  if (!w) {
    // (The ring's entry is counted in filled already: makeRoom's victim, moved to the shared
    // table, is taken off it.)
    w = makeRoom(t, k);
  }
  w->packed.store(slot->packed.load(std::memory_order_relaxed), std::memory_order_relaxed);
  w->key.store(k, std::memory_order_release);
  slot->key.store(0, std::memory_order_release);
  ++ringWritesOf(t);
}

void recordsFlushRing(ThreadState& s) {
  if (!s.table) return;
  for (unsigned i = 0; i < kRing; ++i) {  // the oldest first
    Entry* slot = &s.ring[(s.ringNext + i) & (kRing - 1)];
    uintptr_t k = slot->key.load(std::memory_order_relaxed);
    if (k) recordsInsert(s, slot, k);
  }
}

// ptr from the ring's slot e (the owner's free), with a stale entry of it in its set if any (the
// allocation that put ptr in the ring would have replaced it).
void recordsTakeRing(ThreadState& s, Entry& e, uintptr_t ptr, LiveTrace* out) {
  if (Entry* stale = recordsFindOwn(s, ptr)) recordsTakeWay(s, s.table, *stale, ptr, nullptr);
  recordsTakeWay(s, s.table, e, ptr, out);
}

bool recordsRemoveSlow(uintptr_t ptr, LiveTrace* out) {
  t_thread.freedPtr = kNoFreed;
  ThreadTable* t = ownTable();  // (its own set was searched unless it had none or was stale)
  if (!removeElsewhere(t, ptr, out)) {
    g_untracedFrees.fetch_add(1, std::memory_order_relaxed);
    return false;
  }
  count(t, -int64_t(out->size), -1);
  return true;
}

uint64_t recordsUntracedFrees() { return g_untracedFrees.load(std::memory_order_relaxed); }

uint64_t recordsRingWrites() {
  uint64_t sum = 0;
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    // (its owner's count, read while it may write it: a diagnostic)
    sum += reinterpret_cast<volatile uint64_t&>(ringWritesOf(g_tables[i].load(std::memory_order_relaxed)));
  }
  return sum;
}

void recordsReplaceInRing(ThreadState& s, Entry* e, uintptr_t ptr) {
  uintptr_t k = ptr;
  // (A free on another thread may claim it first: it is then gone, counted there.)
  if (!e->key.compare_exchange_strong(k, ptr | kMoving, std::memory_order_acquire)) return;
  ThreadTable* t = s.table;
  ownerAdd(t->room, int64_t(sizeOf(e->packed.load(std::memory_order_relaxed))));  // (current less it)
  ownerAdd(t->count, -1);  // (and filled)
  e->key.store(0, std::memory_order_release);
}

// The fast path's allocation, when `others` is too old, a peak reset happened, or the bound
// mine + others is above this thread's peak: the total summed exactly.
void recordsSumPeak(ThreadTable* t, int64_t mine) {
  // The ring written out first: an entry there that replaces a stale one in its set is counted
  // with it until then (records.h: recordsCount).
  if (ringOf(t)[0].key.load(std::memory_order_relaxed) | ringOf(t)[1].key.load(std::memory_order_relaxed) |
      ringOf(t)[2].key.load(std::memory_order_relaxed) | ringOf(t)[3].key.load(std::memory_order_relaxed) |
      ringOf(t)[4].key.load(std::memory_order_relaxed) | ringOf(t)[5].key.load(std::memory_order_relaxed) |
      ringOf(t)[6].key.load(std::memory_order_relaxed) | ringOf(t)[7].key.load(std::memory_order_relaxed)) {
    recordsFlushRing(t_thread);
    mine = currentOf(t);
  }
  int64_t now = totalCurrent();
  t->others = now - mine;
  t->othersAge = kOthersMaxAge;
  uint32_t epoch = g_peakEpoch.load(std::memory_order_relaxed);
  if (now > 0) {
    if (t->peakEpoch.load(std::memory_order_relaxed) != epoch) {
      t->peak.store(uint64_t(now), std::memory_order_relaxed);
      t->peakEpoch.store(epoch, std::memory_order_release);
    } else if (uint64_t(now) > t->peak.load(std::memory_order_relaxed)) {
      t->peak.store(uint64_t(now), std::memory_order_relaxed);
    }
  }
  // A peak of an older epoch (none yet in this one) counts as 0: any positive bound sums.
  uint64_t peak = t->peakEpoch.load(std::memory_order_relaxed) == epoch
                      ? t->peak.load(std::memory_order_relaxed) : 0;
  setLimit(t, int64_t(peak) - t->others);
}

void recordsSync(ThreadState& s, uint64_t state) {
  s.freedPtr = kNoFreed;
  ThreadTable* t = ownTable();
  if (!t) {
    setSeen(s, 0);
    return;
  }
  if (t->peakEpoch.load(std::memory_order_relaxed) != g_peakEpoch.load(std::memory_order_relaxed))
    t->othersAge = 0;
  callerCacheSync();
  setSeen(s, state);
}

bool recordsFind(uintptr_t ptr, LiveTrace* out) {
  {
    Searching searching(t_thread.table);
    uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
    uint32_t n = g_tableCount.load(std::memory_order_acquire);
    for (uint32_t i = 0; i < n; ++i) {
      ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
      if (live(t, epoch) && searchTable(t, ptr, false, out)) return true;
    }
  }
  return sharedFind(ptr, out);
}

void recordsClear() {
  uint32_t next = g_epoch.load(std::memory_order_relaxed) + 1;
  g_epoch.store(next ? next : 1, std::memory_order_release);
  stateChanged();  // every thread wipes its table at its next event (recordsSync)
  sharedClear();
  SpinGuard g(g_registryLock);
  g_retiredCurrent.store(0, std::memory_order_relaxed);
  g_retiredCount.store(0, std::memory_order_relaxed);
  g_lastWriter.store(nullptr, std::memory_order_release);  // every thread sums again
  newPeakEpoch(0);
}

void recordsResetPeak() {
  SpinGuard g(g_registryLock);
  int64_t now = totalCurrent();
  newPeakEpoch(now > 0 ? uint64_t(now) : 0);
}

void recordsTracedMemory(uint64_t* current, uint64_t* peak) {
  SpinGuard g(g_registryLock);  // not while a thread exits and moves its counts
  int64_t now = totalCurrent();
  *current = now > 0 ? uint64_t(now) : 0;
  *peak = peakSeen();
  if (*peak < *current) *peak = *current;  // an allocation in flight on another thread
}

uint64_t recordsCount() {
  SpinGuard g(g_registryLock);
  int64_t sum = g_retiredCount.load(std::memory_order_relaxed);
  uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    const ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (live(t, epoch)) sum += t->count.load(std::memory_order_relaxed);
  }
  return sum > 0 ? uint64_t(sum) : 0;
}

void recordsCollect(std::vector<LiveTrace>& out) {
  {
    // Thread tables first: a block moving to the shared table meanwhile is waited for, then
    // found there; a table resized meanwhile is read again.
    Searching searching(t_thread.table);
    uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
    uint32_t n = g_tableCount.load(std::memory_order_acquire);
    for (uint32_t i = 0; i < n; ++i) {
      ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
      if (!live(t, epoch)) continue;
      for (;;) {
        SetArray* a = t->array.load(std::memory_order_acquire);
        size_t mark = out.size();
        // The ring first (records.h), then the sets, where an entry the owner moved from the
        // ring meanwhile (or a stale one of the same block) is not taken twice.
        Entry* ring = ringOf(t);
        for (unsigned r = 0; r < kRing; ++r) {
          for (unsigned spins = 0;; ++spins) {
            uintptr_t k = ring[r].key.load(std::memory_order_acquire);
            if (!k) break;
            if (k & kMoving) {  // its thread moving it into its set, or to the shared table
              pause(spins);
              continue;
            }
            uint64_t v = ring[r].packed.load(std::memory_order_acquire);
            if (ring[r].key.load(std::memory_order_acquire) != k) continue;
            out.push_back(traceOf(k, v));
            break;
          }
        }
        size_t ringEnd = out.size();
        auto inRing = [&](uintptr_t k) {
          for (size_t r = mark; r < ringEnd; ++r)
            if (out[r].ptr == k) return true;
          return false;
        };
        bool resized = false;
        Set* sets = a->sets();
        for (size_t j = 0, m = size_t(1) << a->bits; j < m && !resized; ++j) {
          for (Entry& e : sets[j].way) {
            for (unsigned spins = 0;; ++spins) {
              uintptr_t k = e.key.load(std::memory_order_acquire);
              if (!k) break;
              if (k & kMoving) {
                if (t->array.load(std::memory_order_acquire) != a) {
                  resized = true;
                  break;
                }
                pause(spins);
                continue;
              }
              uint64_t v = e.packed.load(std::memory_order_acquire);
              if (e.key.load(std::memory_order_acquire) != k) continue;  // changed while read
              if (!inRing(k)) out.push_back(traceOf(k, v));
              break;
            }
            if (resized) break;
          }
        }
        if (!resized) break;
        out.resize(mark);
      }
    }
  }
  sharedCollect(out);
}

void recordsLockAll() {
  g_registryLock.lock();
  sharedLockAll();
}
void recordsUnlockAll() {
  sharedUnlockAll();
  g_registryLock.unlock();
}

void recordsAfterForkChild() {
  // A thread that did not survive the fork may have been moving an entry: to the shared table
  // (the fork waited on its shard lock, so the insert happened entirely or not at all), or to a
  // new array it never published (lost with the thread: the old one stays).
  uint32_t n = g_tableCount.load(std::memory_order_relaxed);
  for (uint32_t i = 0; i < n; ++i) {
    ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (t == t_thread.table) continue;
    t->searching.store(0, std::memory_order_relaxed);  // its thread is gone
    SetArray* a = t->array.load(std::memory_order_relaxed);
    Set* sets = a->sets();
    Entry* ring = ringOf(t);
    // Its ring first: an entry marked k|kMoving was being moved by its thread, gone in the
    // child: into a way of its set (recordsInsert: the way holds k once written, or k|kMoving
    // when it replaced a stale entry there), or to the shared table (its thread exiting).
    for (unsigned r = 0; r < kRing; ++r) {
      uintptr_t k = ring[r].key.load(std::memory_order_relaxed);
      if (!(k & kMoving)) continue;
      k &= ~kMoving;
      bool done = false;
      for (Entry& e : a->setOf(k).way) {
        uintptr_t key = e.key.load(std::memory_order_relaxed);
        if (key == (k | kMoving)) {
          e.packed.store(ring[r].packed.load(std::memory_order_relaxed), std::memory_order_relaxed);
          e.key.store(k, std::memory_order_relaxed);
        }
        if ((key & ~kMoving) == k) done = true;
      }
      LiveTrace there;
      ring[r].key.store(done || sharedFind(k, &there) ? 0 : k, std::memory_order_relaxed);
    }
    for (size_t j = 0, m = size_t(1) << a->bits; j < m; ++j) {
      for (Entry& e : sets[j].way) {
        uintptr_t k = e.key.load(std::memory_order_relaxed);
        if (!(k & kMoving)) continue;
        LiveTrace there;
        e.key.store(sharedFind(k & ~kMoving, &there) ? 0 : k & ~kMoving,
                    std::memory_order_relaxed);
      }
    }
  }
  g_readers.store(0, std::memory_order_relaxed);  // searches on threads that are gone
}

}  // namespace wtm

