// Per-thread live tables. An atomic read-modify-write costs ~10 ns here, three times a glibc
// malloc/free; a lock plus a shared counter per event made the hook cost 3-5x on allocation
// churn. So each thread records into a table of its own, with plain loads and stores:
//
// - A thread table is 256 sets of 4 entries {key = ptr, packed = size << 24 | traceback}, one
//   cache line a set. An allocation takes a free way of ptr's set; a free of a block allocated
//   on the same thread clears it. Short-lived blocks never leave the thread.
// - Only the owner writes a non-zero key. A block freed on another thread is claimed by that
//   thread with a compare-and-swap of key: ptr -> 0 (packed read before: the owner writes a
//   way's packed only while its key is not that ptr, and the ptr cannot come back before the
//   real free that follows). The owner's own free needs no CAS: two frees of one block at once
//   would be the program's double free.
// - A full set evicts one way to the shared table: key ptr -> ptr|kMoving (CAS, so a remote
//   free cannot take it halfway), inserted into the shared table, then overwritten. A remote
//   free that meets ptr|kMoving waits for the move, then finds ptr in the shared table; one that
//   meets no ptr in any thread table looks in the shared table last, so a block moved meanwhile
//   is there (inserted before its key was overwritten).
// - current and count are per thread (net of what the thread allocated and freed, whoever
//   allocated it); the totals are their sum. Peak is checked at each allocation against that
//   sum: exact when one thread allocates at a time; with several allocating at the same
//   instant, an allocation in flight on another thread may be missed, as any instant's
//   reading would.
// - clearTraces bumps g_epoch: a table of an older epoch counts as empty and its owner wipes
//   it at its next event, so nothing writes another thread's table but the CAS above.
// - At thread exit the table's entries move to the shared table and its counts to g_retired*;
//   the table is kept (never unmapped: other threads may be reading it) for the next thread.
#include "records.h"

#include <pthread.h>
#include <sched.h>

#include <atomic>

#include "pages.h"
#include "shared.h"
#include "spinlock.h"
#include "tracking.h"

namespace wtm {
namespace {

constexpr unsigned kSetBits = 8;
constexpr unsigned kSets = 1u << kSetBits;
constexpr unsigned kWays = 4;
constexpr unsigned kTracebackBits = 24;
constexpr uint64_t kTracebackMask = (uint64_t(1) << kTracebackBits) - 1;
constexpr uint64_t kMaxPackedSize = (uint64_t(1) << (64 - kTracebackBits)) - 1;
constexpr uintptr_t kMoving = 1;  // malloc's blocks are at least 8-aligned: bit 0 is free

struct Entry {
  std::atomic<uintptr_t> key;  // 0 = empty
  std::atomic<uint64_t> packed;
};
struct alignas(64) Set {
  Entry way[kWays];
};

struct ThreadTable {
  // Written by the owner only; read by whoever sums the totals.
  alignas(64) std::atomic<uint32_t> epoch;
  std::atomic<bool> inUse;  // false: its thread exited, free for the next one
  std::atomic<int64_t> current;
  std::atomic<int64_t> count;
  uint32_t nextVictim;  // owner only
  Set sets[kSets];
};

constexpr uint32_t kMaxTables = 4096;
std::atomic<ThreadTable*> g_tables[kMaxTables];
std::atomic<uint32_t> g_tableCount{0};
SpinLock g_registryLock;  // adding/retiring tables, and reading the totals
pthread_key_t g_tableKey;
pthread_once_t g_tableKeyOnce = PTHREAD_ONCE_INIT;

std::atomic<uint32_t> g_epoch{1};
// Events on threads without a table, and what exited threads left.
std::atomic<int64_t> g_retiredCurrent{0};
std::atomic<int64_t> g_retiredCount{0};
std::atomic<uint64_t> g_peak{0};

__thread ThreadTable* t_table __attribute__((tls_model("initial-exec"))) = nullptr;
__thread bool t_noTable __attribute__((tls_model("initial-exec"))) = false;

inline uint32_t setOf(uintptr_t p) {
  return uint32_t(((uint64_t(p) >> 4) * 0x9E3779B97F4A7C15ull) >> (64 - kSetBits));
}
inline uint64_t sizeOf(uint64_t packed) { return packed >> kTracebackBits; }
inline uint32_t tracebackOf(uint64_t packed) { return uint32_t(packed & kTracebackMask); }

inline void relaxedAdd(std::atomic<int64_t>& a, int64_t d) {  // owner-only: no RMW needed
  a.store(a.load(std::memory_order_relaxed) + d, std::memory_order_relaxed);
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

void wipe(ThreadTable* t) {
  for (Set& s : t->sets)
    for (Entry& e : s.way) e.key.store(0, std::memory_order_relaxed);
  t->current.store(0, std::memory_order_relaxed);
  t->count.store(0, std::memory_order_relaxed);
}

// Thread exit: the table's blocks outlive the thread, so they move to the shared table.
void retireTable(void* arg) {
  auto* t = static_cast<ThreadTable*>(arg);
  ++t_inTracer;
  t_table = nullptr;
  t_noTable = true;  // later events on this thread (other TLS destructors) use the shared table
  int64_t current = 0, count = 0;
  if (live(t, g_epoch.load(std::memory_order_relaxed))) {
    for (Set& s : t->sets) {
      for (Entry& e : s.way) {
        uintptr_t k = e.key.load(std::memory_order_relaxed);
        if (!k || !e.key.compare_exchange_strong(k, k | kMoving, std::memory_order_acquire))
          continue;  // empty, or just claimed by a free on another thread
        uint64_t v = e.packed.load(std::memory_order_relaxed);
        LiveTrace old;
        if (sharedAdd(k, sizeOf(v), tracebackOf(v), &old)) {
          current -= int64_t(old.size);
          count -= 1;
        }
        e.key.store(0, std::memory_order_release);
      }
    }
    current += t->current.load(std::memory_order_relaxed);
    count += t->count.load(std::memory_order_relaxed);
  }
  {
    SpinGuard g(g_registryLock);
    wipe(t);
    g_retiredCurrent.fetch_add(current, std::memory_order_relaxed);
    g_retiredCount.fetch_add(count, std::memory_order_relaxed);
    t->inUse.store(false, std::memory_order_release);
  }
  --t_inTracer;
}

void makeKey() { pthread_key_create(&g_tableKey, retireTable); }

ThreadTable* acquireTable() {
  t_noTable = true;  // until it is set up (and for good if the registry is full)
  pthread_once(&g_tableKeyOnce, makeKey);
  ThreadTable* t = nullptr;
  {
    SpinGuard g(g_registryLock);
    uint32_t n = g_tableCount.load(std::memory_order_relaxed);
    for (uint32_t i = 0; i < n && !t; ++i) {
      ThreadTable* o = g_tables[i].load(std::memory_order_relaxed);
      if (!o->inUse.load(std::memory_order_relaxed)) t = o;
    }
    if (!t && n < kMaxTables) {
      t = static_cast<ThreadTable*>(pagesAlloc(sizeof(ThreadTable)));  // zero-filled
      g_tables[n].store(t, std::memory_order_release);
      g_tableCount.store(n + 1, std::memory_order_release);
    }
    if (t) {
      t->inUse.store(true, std::memory_order_relaxed);
      t->epoch.store(g_epoch.load(std::memory_order_relaxed), std::memory_order_release);
    }
  }
  if (!t) return nullptr;
  pthread_setspecific(g_tableKey, t);
  t_table = t;
  t_noTable = false;
  return t;
}

// This thread's table, wiped first if a clear happened since its last event; null on a thread
// that has none (exiting, or past kMaxTables threads).
inline ThreadTable* ownTable() {
  ThreadTable* t = t_table;
  if (__builtin_expect(t != nullptr, 1)) {
    uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
    if (__builtin_expect(t->epoch.load(std::memory_order_relaxed) != epoch, 0)) {
      wipe(t);
      t->epoch.store(epoch, std::memory_order_release);
    }
    return t;
  }
  return t_noTable ? nullptr : acquireTable();
}

inline void count(ThreadTable* t, int64_t bytes, int64_t blocks) {
  if (__builtin_expect(t != nullptr, 1)) {
    relaxedAdd(t->current, bytes);
    relaxedAdd(t->count, blocks);
  } else {
    g_retiredCurrent.fetch_add(bytes, std::memory_order_relaxed);
    g_retiredCount.fetch_add(blocks, std::memory_order_relaxed);
  }
}

int64_t totalCurrent() {
  int64_t sum = g_retiredCurrent.load(std::memory_order_relaxed);
  uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    const ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (live(t, epoch)) sum += t->current.load(std::memory_order_relaxed);
  }
  return sum;
}

inline void notePeak() {
  int64_t now = totalCurrent();
  if (now <= 0) return;
  uint64_t peak = g_peak.load(std::memory_order_relaxed);
  while (uint64_t(now) > peak &&
         !g_peak.compare_exchange_weak(peak, uint64_t(now), std::memory_order_relaxed)) {
  }
}

// A full set: move one way to the shared table and hand it back empty.
Entry* evict(ThreadTable* t, Set& s) {
  Entry& e = s.way[t->nextVictim++ & (kWays - 1)];
  uintptr_t k = e.key.load(std::memory_order_relaxed);
  if (k && e.key.compare_exchange_strong(k, k | kMoving, std::memory_order_acquire)) {
    uint64_t v = e.packed.load(std::memory_order_relaxed);
    LiveTrace old;
    if (sharedAdd(k, sizeOf(v), tracebackOf(v), &old)) count(t, -int64_t(old.size), -1);
  }
  // Either moved (key is k|kMoving until the caller overwrites it) or claimed meanwhile by a
  // free on another thread (key is 0).
  return &e;
}

// ptr in another thread's table (claimed there) or in the shared table.
bool removeElsewhere(const ThreadTable* self, uintptr_t ptr, uint32_t set, LiveTrace* out) {
  uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (t == self || !live(t, epoch)) continue;
    for (Entry& e : t->sets[set].way) {
      for (unsigned spins = 0;; ++spins) {
        uintptr_t k = e.key.load(std::memory_order_acquire);
        if (k == (ptr | kMoving)) {  // being moved to the shared table: wait, find it there
          pause(spins);
          continue;
        }
        if (k != ptr) break;
        uint64_t v = e.packed.load(std::memory_order_relaxed);
        if (e.key.compare_exchange_strong(k, 0, std::memory_order_acq_rel)) {
          *out = LiveTrace{ptr, sizeOf(v), tracebackOf(v)};
          return true;
        }
      }
    }
  }
  return sharedRemove(ptr, out);
}

}  // namespace

void recordsAdd(uintptr_t ptr, uint64_t size, uint32_t traceback) {
  ThreadTable* t = ownTable();
  int64_t bytes = int64_t(size), blocks = 1;
  if (__builtin_expect(t && size <= kMaxPackedSize && traceback <= kTracebackMask, 1)) {
    Set& s = t->sets[setOf(ptr)];
    uint64_t packed = (size << kTracebackBits) | traceback;
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
    if (!slot) slot = evict(t, s);
    slot->packed.store(packed, std::memory_order_relaxed);
    slot->key.store(ptr, std::memory_order_release);
  } else {
    LiveTrace old;
    if (sharedAdd(ptr, size, traceback, &old)) {
      bytes -= int64_t(old.size);
      blocks = 0;
    }
  }
  count(t, bytes, blocks);
  notePeak();
}

bool recordsRemove(uintptr_t ptr, LiveTrace* out) {
  ThreadTable* t = ownTable();
  uint32_t set = setOf(ptr);
  bool found = false;
  if (__builtin_expect(t != nullptr, 1)) {
    for (Entry& e : t->sets[set].way) {
      if (e.key.load(std::memory_order_relaxed) != ptr) continue;
      uint64_t v = e.packed.load(std::memory_order_relaxed);
      e.key.store(0, std::memory_order_release);  // seen by whoever gets the block next
      *out = LiveTrace{ptr, sizeOf(v), tracebackOf(v)};
      found = true;
      break;
    }
  }
  if (!found) found = removeElsewhere(t, ptr, set, out);
  if (found) count(t, -int64_t(out->size), -1);
  return found;
}

bool recordsFind(uintptr_t ptr, LiveTrace* out) {
  uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
  uint32_t set = setOf(ptr);
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (!live(t, epoch)) continue;
    for (Entry& e : t->sets[set].way) {
      for (unsigned spins = 0;; ++spins) {
        uintptr_t k = e.key.load(std::memory_order_acquire);
        if (k == (ptr | kMoving)) {
          pause(spins);
          continue;
        }
        if (k != ptr) break;
        uint64_t v = e.packed.load(std::memory_order_acquire);
        if (e.key.load(std::memory_order_acquire) != ptr) continue;
        *out = LiveTrace{ptr, sizeOf(v), tracebackOf(v)};
        return true;
      }
    }
  }
  return sharedFind(ptr, out);
}

void recordsClear() {
  uint32_t next = g_epoch.load(std::memory_order_relaxed) + 1;
  g_epoch.store(next ? next : 1, std::memory_order_release);
  sharedClear();
  SpinGuard g(g_registryLock);
  g_retiredCurrent.store(0, std::memory_order_relaxed);
  g_retiredCount.store(0, std::memory_order_relaxed);
  g_peak.store(0, std::memory_order_relaxed);
}

void recordsResetPeak() {
  SpinGuard g(g_registryLock);
  int64_t now = totalCurrent();
  g_peak.store(now > 0 ? uint64_t(now) : 0, std::memory_order_relaxed);
}

void recordsTracedMemory(uint64_t* current, uint64_t* peak) {
  SpinGuard g(g_registryLock);  // not while a thread exits and moves its counts
  int64_t now = totalCurrent();
  *current = now > 0 ? uint64_t(now) : 0;
  *peak = g_peak.load(std::memory_order_relaxed);
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
  // Thread tables first: a block moving to the shared table meanwhile is waited for, then
  // found there.
  uint32_t epoch = g_epoch.load(std::memory_order_relaxed);
  uint32_t n = g_tableCount.load(std::memory_order_acquire);
  for (uint32_t i = 0; i < n; ++i) {
    ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    if (!live(t, epoch)) continue;
    for (Set& s : t->sets) {
      for (Entry& e : s.way) {
        for (unsigned spins = 0;; ++spins) {
          uintptr_t k = e.key.load(std::memory_order_acquire);
          if (k & kMoving) {
            pause(spins);
            continue;
          }
          if (!k) break;
          uint64_t v = e.packed.load(std::memory_order_acquire);
          if (e.key.load(std::memory_order_acquire) != k) continue;  // changed while read
          out.push_back(LiveTrace{k, sizeOf(v), tracebackOf(v)});
          break;
        }
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
  // A thread that did not survive the fork may have been moving an entry to the shared table
  // (the fork waited on the shard lock, so the insert happened entirely or not at all).
  uint32_t n = g_tableCount.load(std::memory_order_relaxed);
  for (uint32_t i = 0; i < n; ++i) {
    ThreadTable* t = g_tables[i].load(std::memory_order_relaxed);
    for (Set& s : t->sets) {
      for (Entry& e : s.way) {
        uintptr_t k = e.key.load(std::memory_order_relaxed);
        if (!(k & kMoving)) continue;
        LiveTrace there;
        e.key.store(sharedFind(k & ~kMoving, &there) ? 0 : k & ~kMoving,
                    std::memory_order_relaxed);
      }
    }
  }
}

}  // namespace wtm
