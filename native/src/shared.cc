#include "shared.h"

#include <cstring>

#include "pages.h"
#include "spinlock.h"

namespace wtm {
namespace {

constexpr unsigned kShardBits = 6;
constexpr unsigned kShards = 1u << kShardBits;
constexpr size_t kInitialCapacity = 16;  // entries per shard; small, so idle shards stay in cache

// Open addressing with linear probing and backward-shift deletion (no tombstones, so a table
// with heavy churn never degrades). ptr == 0 marks an empty slot: malloc never returns 0 for a
// block we record.
struct alignas(64) Shard {  // one cache line each: neighbours never share a line
  SpinLock lock;
  LiveTrace* slots;
  size_t capacity;  // power of two, or 0 before first use
  size_t count;
};

Shard g_shards[kShards];
// Every shard starts in this one contiguous block (24 KiB): a process with few live blocks keeps
// its whole table in a few cache lines and pages instead of one mmap'd page per shard.
LiveTrace g_initialSlots[kShards][kInitialCapacity];

inline bool isInitial(const Shard& s) {
  const LiveTrace* first = &g_initialSlots[0][0];
  return s.slots >= first && s.slots < first + kShards * kInitialCapacity;
}

void releaseSlots(Shard& s) {
  if (isInitial(s)) {
    memset(s.slots, 0, s.capacity * sizeof(LiveTrace));
  } else {
    pagesFree(s.slots, s.capacity * sizeof(LiveTrace));
  }
  s.slots = nullptr;
  s.capacity = 0;
  s.count = 0;
}

inline uint64_t hashPtr(uintptr_t p) {
  // A full 64-bit mix (murmur3's finaliser): the shard takes the top bits and the slot the low
  // bits. A bare multiply would leave the low bits as clustered as the addresses themselves, and
  // keeping a page's blocks in neighbouring slots (tried) makes two dense pages whose windows
  // meet probe hundreds of slots: linear probing needs keys spread evenly.
  uint64_t x = uint64_t(p) >> 4;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

inline Shard& shardOf(uint64_t h) { return g_shards[h >> (64 - kShardBits)]; }

// Rehashes into newCap slots (a power of two >= kInitialCapacity): the static block for the
// smallest size, fresh pages otherwise.
void resize(Shard& s, size_t newCap) {
  LiveTrace* fresh;
  if (newCap == kInitialCapacity) {
    fresh = g_initialSlots[&s - g_shards];
    if (fresh == s.slots) return;
  } else {
    fresh = static_cast<LiveTrace*>(pagesAlloc(newCap * sizeof(LiveTrace)));
  }
  size_t mask = newCap - 1;
  for (size_t i = 0; i < s.capacity; ++i) {
    const LiveTrace& e = s.slots[i];
    if (!e.ptr) continue;
    size_t j = hashPtr(e.ptr) & mask;
    while (fresh[j].ptr) j = (j + 1) & mask;
    fresh[j] = e;
  }
  size_t count = s.count;
  if (s.capacity) releaseSlots(s);
  s.slots = fresh;
  s.capacity = newCap;
  s.count = count;
}

void grow(Shard& s) { resize(s, s.capacity ? s.capacity * 2 : kInitialCapacity); }

// After a peak the table would otherwise stay as large as the peak needed: every later access
// then lands on a random line of a table far bigger than the cache. Big tables shrink when under
// 1/16 full (to 1/4 full: far from the grow threshold, so churn around one size never thrashes).
// Small ones never do: resizing costs an mmap, a munmap and fresh-page faults, which only a big
// table amortises.
constexpr size_t kShrinkAbove = 1024;

void maybeShrink(Shard& s) {
  if (s.capacity <= kShrinkAbove || s.count * 16 >= s.capacity) return;
  size_t cap = kShrinkAbove / 4;
  while (cap < s.count * 4) cap *= 2;
  resize(s, cap);
}

// Index of ptr's slot, or of the empty slot where it would go.
inline size_t probe(const Shard& s, uintptr_t ptr, uint64_t h) {
  size_t mask = s.capacity - 1;
  size_t i = h & mask;
  while (s.slots[i].ptr && s.slots[i].ptr != ptr) i = (i + 1) & mask;
  return i;
}

void eraseAt(Shard& s, size_t i) {
  size_t mask = s.capacity - 1;
  size_t j = i;
  for (;;) {
    j = (j + 1) & mask;
    if (!s.slots[j].ptr) break;
    size_t home = hashPtr(s.slots[j].ptr) & mask;
    // Move j back into the hole when its home is not in the cyclic range (i, j].
    bool homeInRange = (i <= j) ? (i < home && home <= j) : (i < home || home <= j);
    if (!homeInRange) {
      s.slots[i] = s.slots[j];
      i = j;
    }
  }
  s.slots[i].ptr = 0;
  s.count--;
}

}  // namespace

bool sharedAdd(uintptr_t ptr, uint64_t size, uint32_t traceback, LiveTrace* replaced) {
  uint64_t h = hashPtr(ptr);
  Shard& s = shardOf(h);
  SpinGuard g(s.lock);
  if ((s.count + 1) * 2 > s.capacity) grow(s);
  size_t i = probe(s, ptr, h);
  bool had = s.slots[i].ptr != 0;
  if (had) {
    *replaced = s.slots[i];
  } else {
    s.count++;
  }
  s.slots[i] = LiveTrace{ptr, size, traceback};
  return had;
}

bool sharedRemove(uintptr_t ptr, LiveTrace* out) {
  uint64_t h = hashPtr(ptr);
  Shard& s = shardOf(h);
  SpinGuard g(s.lock);
  if (!s.count) return false;
  size_t i = probe(s, ptr, h);
  if (!s.slots[i].ptr) return false;
  *out = s.slots[i];
  eraseAt(s, i);
  maybeShrink(s);
  return true;
}

bool sharedFind(uintptr_t ptr, LiveTrace* out) {
  uint64_t h = hashPtr(ptr);
  Shard& s = shardOf(h);
  SpinGuard g(s.lock);
  if (!s.count) return false;
  size_t i = probe(s, ptr, h);
  if (!s.slots[i].ptr) return false;
  *out = s.slots[i];
  return true;
}

void sharedClear() {
  for (Shard& s : g_shards) {
    SpinGuard g(s.lock);
    // Give the pages back: a table that held millions of blocks should not outlive them.
    releaseSlots(s);
  }
}

void sharedCollect(std::vector<LiveTrace>& out) {
  for (Shard& s : g_shards) {
    SpinGuard g(s.lock);
    for (size_t i = 0; i < s.capacity; ++i)
      if (s.slots[i].ptr) out.push_back(s.slots[i]);
  }
}

void sharedLockAll() {
  for (Shard& s : g_shards) s.lock.lock();
}
void sharedUnlockAll() {
  for (Shard& s : g_shards) s.lock.unlock();
}

}  // namespace wtm
