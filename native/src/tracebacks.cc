#include "tracebacks.h"

#include <atomic>
#include <cstring>

#include "line.h"
#include "pages.h"
#include "spinlock.h"

namespace wtm {
namespace {

constexpr unsigned kShardBits = 6;
constexpr unsigned kShards = 1u << kShardBits;
constexpr size_t kArenaChunk = 1 << 14;  // bytes of frames per arena chunk
constexpr unsigned kBlockBits = 12;      // records per directory block: 4096
constexpr unsigned kDirSize = 1u << 16;  // up to 2^28 distinct tracebacks

struct Record {
  const uintptr_t* frames;
  uint32_t n;
};

struct Slot {
  uint64_t hash;  // 0 = empty (a real hash of 0 is bumped to 1)
  uint32_t id;
};

struct ArenaChunk {
  ArenaChunk* next;
  size_t used;  // bytes, including this header
};

struct alignas(64) Shard {
  SpinLock lock;
  Slot* slots;
  size_t capacity;
  size_t count;
  ArenaChunk* chunks;  // newest first; only ever appended to until reset
};

Shard g_shards[kShards];
std::atomic<Record*> g_dir[kDirSize];
SpinLock g_dirLock;
LineAtomic<uint32_t> g_next{1};  // alone: read with g_epoch otherwise

uint64_t hashFrames(const uintptr_t* f, uint32_t n) {
  uint64_t h = 0xcbf29ce484222325ull ^ n;
  for (uint32_t i = 0; i < n; ++i) {
    h ^= f[i];
    h *= 0x100000001b3ull;
    h ^= h >> 29;
  }
  return h ? h : 1;
}

Record* recordOf(uint32_t id, bool create) {
  uint32_t b = id >> kBlockBits;
  if (b >= kDirSize) return nullptr;
  Record* block = g_dir[b].load(std::memory_order_acquire);
  if (!block && create) {
    SpinGuard g(g_dirLock);
    block = g_dir[b].load(std::memory_order_relaxed);
    if (!block) {
      block = static_cast<Record*>(pagesAlloc(sizeof(Record) << kBlockBits));
      g_dir[b].store(block, std::memory_order_release);
    }
  }
  return block ? &block[id & ((1u << kBlockBits) - 1)] : nullptr;
}

uintptr_t* arenaCopy(Shard& s, const uintptr_t* f, uint32_t n) {
  size_t bytes = n * sizeof(uintptr_t);
  ArenaChunk* c = s.chunks;
  if (!c || c->used + bytes > kArenaChunk) {
    c = static_cast<ArenaChunk*>(pagesAlloc(kArenaChunk));
    c->next = s.chunks;
    c->used = sizeof(ArenaChunk);
    s.chunks = c;
  }
  auto* dst = reinterpret_cast<uintptr_t*>(reinterpret_cast<char*>(c) + c->used);
  memcpy(dst, f, bytes);
  c->used += bytes;
  return dst;
}

void growIndex(Shard& s) {
  size_t newCap = s.capacity ? s.capacity * 2 : 64;
  auto* fresh = static_cast<Slot*>(pagesAlloc(newCap * sizeof(Slot)));
  for (size_t i = 0; i < s.capacity; ++i) {
    if (!s.slots[i].hash) continue;
    size_t j = s.slots[i].hash & (newCap - 1);
    while (fresh[j].hash) j = (j + 1) & (newCap - 1);
    fresh[j] = s.slots[i];
  }
  pagesFree(s.slots, s.capacity * sizeof(Slot));
  s.slots = fresh;
  s.capacity = newCap;
}

}  // namespace

uint32_t tracebacksIntern(const uintptr_t* frames, uint32_t n) {
  if (n == 0) return 0;
  if (n > kMaxFrames) n = kMaxFrames;
  uint64_t h = hashFrames(frames, n);
  Shard& s = g_shards[h >> (64 - kShardBits)];
  SpinGuard g(s.lock);
  if ((s.count + 1) * 2 > s.capacity) growIndex(s);
  size_t mask = s.capacity - 1;
  size_t i = h & mask;
  for (; s.slots[i].hash; i = (i + 1) & mask) {
    if (s.slots[i].hash != h) continue;
    Record* r = recordOf(s.slots[i].id, false);
    if (r && r->n == n && memcmp(r->frames, frames, n * sizeof(uintptr_t)) == 0)
      return s.slots[i].id;
  }
  uint32_t id = g_next.fetch_add(1, std::memory_order_relaxed);
  Record* r = recordOf(id, true);
  if (!r) return 0;  // 2^28 distinct stacks: keep tracing the sizes, without frames
  r->frames = arenaCopy(s, frames, n);
  r->n = n;
  s.slots[i] = Slot{h, id};
  s.count++;
  return id;
}

const uintptr_t* tracebacksGet(uint32_t id, uint32_t* n) {
  *n = 0;
  if (id == 0 || id >= g_next.load(std::memory_order_acquire)) return nullptr;
  Record* r = recordOf(id, false);
  if (!r || !r->frames) return nullptr;
  *n = r->n;
  return r->frames;
}

uint32_t tracebacksEnd() { return g_next.load(std::memory_order_acquire); }

void tracebacksReset() {
  for (Shard& s : g_shards) {
    SpinGuard g(s.lock);
    pagesFree(s.slots, s.capacity * sizeof(Slot));
    s.slots = nullptr;
    s.capacity = 0;
    s.count = 0;
    while (s.chunks) {
      ArenaChunk* next = s.chunks->next;
      pagesFree(s.chunks, kArenaChunk);
      s.chunks = next;
    }
  }
  uint32_t end = g_next.exchange(1, std::memory_order_acq_rel);
  // Wipe the records that were handed out so a stale id reads as "no frames", not as a
  // dangling pointer into a freed arena.
  for (uint32_t id = 1; id < end; ++id) {
    Record* r = recordOf(id, false);
    if (r) *r = Record{nullptr, 0};
  }
}

// Same order as tracebacksIntern (a shard, then the directory), or a fork racing an intern
// that needs a new directory block would deadlock.
void tracebacksLockAll() {
  for (Shard& s : g_shards) s.lock.lock();
  g_dirLock.lock();
}
void tracebacksUnlockAll() {
  g_dirLock.unlock();
  for (Shard& s : g_shards) s.lock.unlock();
}

}  // namespace wtm
