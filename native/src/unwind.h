// Native stack capture, and a per-thread cache that makes repeated stacks cheap.
//
// _Unwind_Backtrace interprets DWARF CFI for every frame: ~100 ns a frame here, 2 us for a deep
// stack, on every allocation. But an allocation-heavy program allocates from the same few stacks
// over and over. So each thread remembers, for a (return address, stack position) key, the frames
// it found AND the stack slots where each frame's return address was read from; a later
// allocation with the same key is the same stack if every remembered slot still holds the same
// return address (one load and compare per frame, no CFI). The slots are checked to lie inside
// the thread's own stack, between the current frame and the stack's top, before they are read.
#pragma once
#include <atomic>
#include <cstdint>
#if defined(__x86_64__)
#include <emmintrin.h>
#endif

#include "line.h"
#include "thread.h"

namespace wtm {

// Frames from `caller` (the intercept's return address) outwards, most recent first. When
// `slots` is given, slots[k] (k >= 1) is the stack address frame k's return address was read
// from, or 0 when unknown (then a cached copy of this stack is never trusted).
uint32_t unwindStack(uintptr_t* frames, uintptr_t* slots, uint32_t max, uintptr_t caller);

// The interned traceback id of the current stack: from this thread's cache when it can be
// proven the same, else unwound and interned (and cached). `frame` is the intercept's frame
// address, which with `caller` identifies the call position. nframe >= 2 (1: callerTraceback).
// Out of line (currentTracebackInline below is the same, for the allocations' own path).
uint32_t currentTraceback(uint32_t nframe, uintptr_t caller, uintptr_t frame);

// nframe=1: the traceback is the caller alone, so the caller is the whole key (no stack check):
// a direct-mapped cache per thread. The addresses and the ids in two arrays, so that both are
// read at the slot's index scaled (x86-64: no shift to a 16-byte entry's offset).
constexpr uint32_t kCallerEntries = 256;
struct CallerCache {
  uint32_t generation;  // g_generation the ids below were interned in
  uintptr_t caller[kCallerEntries];     // 0 = empty
  uint32_t traceback[kCallerEntries];  // caller[i]'s id
};
// Bumped when the tracebacks are reset.
extern WTM_HIDDEN std::atomic<uint32_t> g_generation;

uint32_t internCaller(uintptr_t caller, uint32_t generation);

// Fibonacci hashing of the address's low 32 bits (a multiply by a 32-bit constant: no 64-bit
// constant to load); the top 8 bits of the 32-bit product.
inline uint32_t callerSlot(uintptr_t caller) {
  static_assert(kCallerEntries == 256, "8 bits");
  return (uint32_t(caller) * 0x9E3779B1u) >> 24;
}

inline uint32_t callerTraceback(uintptr_t caller) {
  uint32_t generation = g_generation.load(std::memory_order_acquire);
  CallerCache* c = t_thread.callers;
  if (__builtin_expect(c != nullptr, 1)) {
    uint32_t i = callerSlot(caller);
    if (c->caller[i] == caller && c->generation == generation) return c->traceback[i];
  }
  return internCaller(caller, generation);
}

// On a thread in step with g_state (ThreadState::seen), its cache's generation was brought up to
// date then (callerCacheSync): a hit compares the address alone (trackAlloc, tracking.h).
// s.callers is never null on such a thread: a thread without a cache of its own (not made yet,
// or freed at its exit) reads g_noCallers, where every address misses.
extern WTM_HIDDEN CallerCache g_noCallers;  // never written

// Empties this thread's caller cache if the tracebacks were reset since it was filled (and
// points a thread without one at g_noCallers).
void callerCacheSync();

// Full unwinds done (cache misses and uncached threads), and how many of them gave a stack the
// cache cannot hold (a frame whose return-address slot is unknown).
void unwindCounters(uint64_t* unwinds, uint64_t* uncacheable);

// Invalidates every thread's cache (tracebacks were reset: the cached ids mean nothing now).
void stackCacheInvalidate();


// ---- The per-thread stack cache: its layout, and its hit path inline (currentTracebackInline:
// the allocation intercepts' path at nframe >= 2, tracking.cc allocNotShallow, which called
// currentTraceback; the call and its return cost more than their instructions: bench/README.md,
// native25). The miss path and the fill are in unwind.cc. ----

constexpr uint32_t kCacheFrames = 64;  // deeper nframe bypasses the cache
// Two ways a set: a program's hot allocation sites are few, but a direct-mapped cache let two of
// them that hash alike evict each other on every call (crypto.createHash: most unwinds).
constexpr uint32_t kCacheSets = 128;
constexpr uint32_t kCacheWays = 2;

// Frames to check, four at a time: the stack slots their return addresses were read from, then
// those addresses (one line: the slots' loads, then the addresses compared two at a time).
constexpr uint32_t kCheckGroup = 4;
struct alignas(16) CheckGroup {
  uintptr_t slot[kCheckGroup];
  uintptr_t ip[kCheckGroup];
};

struct CacheEntry {
  uintptr_t caller;
  uintptr_t frame;
  uint64_t tag;     // tagOf(g_generation when filled, the nframe it was captured with); 0 = empty
  uint32_t groups;  // groups of kCheckGroup checks: frames 1..n-1, padded (at least one group)
  uint32_t traceback;
  // Frames 1..n-1 (frame 0 is the caller, part of the key), then padding up to a whole group:
  // a padding check's slot is its own ip field, which holds 0, so it always holds.
  CheckGroup checks[kCacheFrames / kCheckGroup];
};
static_assert(sizeof(CacheEntry) % 16 == 0, "the groups stay 16-aligned in the array");

struct ThreadCache {
  uintptr_t stackLow, stackHigh;  // this thread's stack
  CallerCache callers;
  uint8_t recent[kCacheSets];  // the way of each set used last
  CacheEntry entries[kCacheSets][kCacheWays];
};

// This thread's cache (unwind.cc: threadCache makes it); null until then, or when it has none.
extern __thread ThreadCache* t_cache __attribute__((tls_model("initial-exec"))) WTM_HIDDEN;

inline uint64_t tagOf(uint32_t generation, uint32_t nframe) {
  return uint64_t(generation) << 32 | nframe;  // generation is never 0
}

inline uint32_t slotOf(uintptr_t caller, uintptr_t frame) {
  uint64_t h = (uint64_t(caller) ^ (uint64_t(frame) << 17)) * 0x9E3779B97F4A7C15ull;
  return uint32_t(h >> 57) & (kCacheSets - 1);
}

// Same stack as when the entry was filled? Every remembered return address must still be in
// its slot. The slots were checked at the fill to lie between the intercept's frame (part of the
// key) and the top of this thread's stack, so they are in its live part now too. Branch-free,
// four frames a step: a load of each slot's address, then of the slot itself; on x86-64 two
// slots a 16-byte vector, xor'ed with two addresses and or'ed into the difference (three
// instructions a frame instead of four).
__attribute__((always_inline)) inline bool stillValid(const CacheEntry& e) {
  const CheckGroup* g = e.checks;
  const CheckGroup* end = g + e.groups;  // at least one
#if defined(__x86_64__)
  __m128i diff = _mm_setzero_si128();
  do {
    __m128i a = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(g->slot[0]));
    a = _mm_castpd_si128(
        _mm_loadh_pd(_mm_castsi128_pd(a), reinterpret_cast<const double*>(g->slot[1])));
    __m128i b = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(g->slot[2]));
    b = _mm_castpd_si128(
        _mm_loadh_pd(_mm_castsi128_pd(b), reinterpret_cast<const double*>(g->slot[3])));
    a = _mm_xor_si128(a, _mm_load_si128(reinterpret_cast<const __m128i*>(&g->ip[0])));
    b = _mm_xor_si128(b, _mm_load_si128(reinterpret_cast<const __m128i*>(&g->ip[2])));
    diff = _mm_or_si128(diff, _mm_or_si128(a, b));
  } while (++g != end);
  return _mm_movemask_epi8(_mm_cmpeq_epi8(diff, _mm_setzero_si128())) == 0xffff;
#else
  uintptr_t diff = 0;
  do {
    uintptr_t d0 = *reinterpret_cast<const uintptr_t*>(g->slot[0]) ^ g->ip[0];
    uintptr_t d1 = *reinterpret_cast<const uintptr_t*>(g->slot[1]) ^ g->ip[1];
    uintptr_t d2 = *reinterpret_cast<const uintptr_t*>(g->slot[2]) ^ g->ip[2];
    uintptr_t d3 = *reinterpret_cast<const uintptr_t*>(g->slot[3]) ^ g->ip[3];
    diff |= (d0 | d1) | (d2 | d3);
  } while (++g != end);
  return diff == 0;
#endif
}

// A miss of the cache, or a thread or stack without one: unwind (and cache what can be).
uint32_t currentTracebackSlow(uint32_t nframe, uintptr_t caller, uintptr_t frame);

// The hit, without the slow path's frame (its arrays of frames and slots). A key is in at most
// one way of its set (the slow path refills the way that has it), so the first way with the key
// decides. No check of frame against the stack's bounds here: an entry is filled only for a
// frame within them (its slots checked then), and a hit has that same frame. The slow path is a
// call: the hit calls nothing.
__attribute__((always_inline)) inline uint32_t currentTracebackInline(uint32_t nframe, uintptr_t caller,
                                                                     uintptr_t frame) {
  ThreadCache* c = t_cache;
  if (__builtin_expect(c != nullptr, 1)) {
    uint32_t set = slotOf(caller, frame);
    const CacheEntry* e = c->entries[set];
    static_assert(kCacheWays == 2, "two ways a set");
    uint8_t way = 0;
    if (e->caller != caller || e->frame != frame) ++e, way = 1;
    if (e->caller == caller && e->frame == frame &&
        e->tag == tagOf(g_generation.load(std::memory_order_acquire), nframe) && stillValid(*e)) {
      c->recent[set] = way;
      return e->traceback;
    }
  }
  return currentTracebackSlow(nframe, caller, frame);
}

}  // namespace wtm
