#include "unwind.h"

#include <pthread.h>
#include <unwind.h>
#if defined(__x86_64__)
#include <emmintrin.h>
#endif

#include <atomic>

#include "line.h"
#include "pages.h"
#include "records.h"
#include "tracebacks.h"

namespace wtm {
namespace {

struct UnwindState {
  uintptr_t* frames;
  uintptr_t* slots;
  uint32_t max;
  uint32_t n;
  uintptr_t caller;
};

_Unwind_Reason_Code onFrame(struct _Unwind_Context* ctx, void* arg) {
  auto* st = static_cast<UnwindState*>(arg);
  uintptr_t ip = _Unwind_GetIP(ctx);
  uintptr_t cfa = _Unwind_GetCFA(ctx);
  if (!ip) return _URC_END_OF_STACK;
  if (st->n == 0 && ip != st->caller) {
    // Still in the tracer's own frames: keep from the first frame that returns into the caller
    // of the intercept.
    return _URC_NO_REASON;
  }
  if (st->slots) {
#if defined(__x86_64__)
    // In the callback, libgcc's context holds the CFA the IP was read from: the return address
    // sits at CFA - 8 (checked; any other layout just makes the stack uncacheable).
    uintptr_t slot = cfa - sizeof(uintptr_t);
    st->slots[st->n] = (cfa && *reinterpret_cast<const uintptr_t*>(slot) == ip) ? slot : 0;
#else
    st->slots[st->n] = 0;  // AArch64 keeps it in x30 first: no fixed slot, no cache
#endif
  }
  st->frames[st->n++] = ip;
  return st->n >= st->max ? _URC_END_OF_STACK : _URC_NO_REASON;
}

// ---- the per-thread cache ----

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

// Slow-path counters (diagnostics: how often the cache could not help). Relaxed adds on the
// paths that already cost a full unwind.
LineAtomic<uint64_t> g_unwinds{0};  // not in g_nframe's line: bumped at each unwind
LineAtomic<uint64_t> g_uncacheable{0};
pthread_key_t g_cacheKey;
pthread_once_t g_cacheKeyOnce = PTHREAD_ONCE_INIT;

__thread ThreadCache* t_cache __attribute__((tls_model("initial-exec"))) = nullptr;
__thread bool t_cacheFailed __attribute__((tls_model("initial-exec"))) = false;

void freeCache(void* p) {
  // Thread exit. Later allocations on this thread (other TLS destructors) unwind uncached.
  t_cache = nullptr;
  t_thread.callers = &g_noCallers;
  t_cacheFailed = true;
  pagesFree(p, sizeof(ThreadCache));
}

void makeKey() { pthread_key_create(&g_cacheKey, freeCache); }

ThreadCache* threadCache() {
  if (t_cache || t_cacheFailed) return t_cache;
  t_cacheFailed = true;  // until proven otherwise (and: no recursion while we set up)
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  // Allocates (reads /proc/self/maps for the main thread): we run under the recursion guard.
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
  bool ok = pthread_attr_getstack(&attr, &addr, &size) == 0 && addr && size;
  pthread_attr_destroy(&attr);
  if (!ok) return nullptr;
  pthread_once(&g_cacheKeyOnce, makeKey);
  auto* c = static_cast<ThreadCache*>(pagesAlloc(sizeof(ThreadCache)));
  c->stackLow = reinterpret_cast<uintptr_t>(addr);
  c->stackHigh = c->stackLow + size;
  pthread_setspecific(g_cacheKey, c);
  t_cache = c;
  t_thread.callers = &c->callers;
  t_cacheFailed = false;
  return c;
}

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
inline bool stillValid(const CacheEntry& e) {
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

}  // namespace

std::atomic<uint32_t> g_generation{1};

uint32_t internCaller(uintptr_t caller, uint32_t generation) {
  uint32_t tb = tracebacksIntern(&caller, 1);
  ThreadCache* c = threadCache();
  // Only an id that fits a table entry is cached: a hit is recorded without checking it
  // (trackAlloc).
  if (c && tb <= kTracebackMask) {
    CallerCache& cc = c->callers;
    if (cc.generation != generation) {
      for (auto& e : cc.caller) e = 0;
      cc.generation = generation;
    }
    uint32_t i = callerSlot(caller);
    cc.caller[i] = caller;
    cc.traceback[i] = tb;
  }
  return tb;
}

CallerCache g_noCallers = {};

void callerCacheSync() {
  CallerCache* c = t_thread.callers;
  if (!c) {
    t_thread.callers = &g_noCallers;
    return;
  }
  uint32_t generation = g_generation.load(std::memory_order_acquire);
  if (c != &g_noCallers && c->generation != generation) {
    for (auto& e : c->caller) e = 0;
    c->generation = generation;
  }
}

uint32_t unwindStack(uintptr_t* frames, uintptr_t* slots, uint32_t max, uintptr_t caller) {
  if (max == 0) return 0;
  if (max == 1) {
    // One frame is the intercept's return address: no unwinding at all.
    frames[0] = caller;
    if (slots) slots[0] = 0;
    return 1;
  }
  UnwindState st{frames, slots, max, 0, caller};
  _Unwind_Backtrace(onFrame, &st);
  if (st.n == 0) {
    // The unwinder never reached the caller (no unwind info on the way): keep the one frame we
    // know for certain.
    frames[0] = caller;
    if (slots) slots[0] = 0;
    return 1;
  }
  return st.n;
}

namespace {

// A miss of the cache, or a thread or stack without one: unwind (and cache what can be).
__attribute__((noinline)) uint32_t currentTracebackSlow(uint32_t nframe, uintptr_t caller,
                                                        uintptr_t frame) {
  uint32_t generation = g_generation.load(std::memory_order_acquire);
  ThreadCache* c = nframe <= kCacheFrames ? threadCache() : nullptr;
  if (!c || frame < c->stackLow || frame >= c->stackHigh) {
    if (nframe > 1) g_unwinds.fetch_add(1, std::memory_order_relaxed);
    uintptr_t frames[kMaxFrames];
    uint32_t n = unwindStack(frames, nullptr, nframe, caller);
    return tracebacksIntern(frames, n);
  }
  uintptr_t key = frame;
  uint32_t set = slotOf(caller, key);
  CacheEntry* ways = c->entries[set];
  uint32_t victim = c->recent[set] ^ 1;  // the least recently used way, unless one has this key
  for (uint32_t w = 0; w < kCacheWays; ++w) {
    CacheEntry& e = ways[w];
    if (e.caller != caller || e.frame != key) continue;
    if (e.tag == tagOf(generation, nframe) && stillValid(e)) {
      c->recent[set] = uint8_t(w);
      return e.traceback;
    }
    victim = w;  // same call position, another stack (or generation, or nframe): refill this way
  }
  c->recent[set] = uint8_t(victim);
  CacheEntry& e = ways[victim];
  e.tag = 0;
  g_unwinds.fetch_add(1, std::memory_order_relaxed);
  uintptr_t frames[kCacheFrames];
  uintptr_t slots[kCacheFrames];
  uint32_t n = unwindStack(frames, slots, nframe, caller);
  uint32_t tb = tracebacksIntern(frames, n);
  // Cacheable when every frame's slot is known and they rise outwards from the intercept's frame
  // to within this thread's stack (what stillValid relies on).
  bool cacheable = true;
  for (uint32_t k = 1; k < n; ++k) {
    uintptr_t below = k == 1 ? frame : slots[k - 1] + 1;
    cacheable = cacheable && slots[k] != 0 && slots[k] >= below &&
                slots[k] + sizeof(uintptr_t) <= c->stackHigh;
  }
  if (!cacheable) g_uncacheable.fetch_add(1, std::memory_order_relaxed);
  if (cacheable) {
    uint32_t m = n - 1;
    uint32_t padded = m ? (m + kCheckGroup - 1) / kCheckGroup * kCheckGroup : kCheckGroup;
    for (uint32_t k = 0; k < padded; ++k) {
      CheckGroup& g = e.checks[k / kCheckGroup];
      uint32_t j = k % kCheckGroup;
      g.slot[j] = k < m ? slots[k + 1] : reinterpret_cast<uintptr_t>(&g.ip[j]);
      g.ip[j] = k < m ? frames[k + 1] : 0;
    }
    e.caller = caller;
    e.frame = key;
    e.groups = padded / kCheckGroup;
    e.traceback = tb;
    e.tag = tagOf(generation, nframe);
  }
  return tb;
}

}  // namespace

// The hit, without the slow path's frame (its arrays of frames and slots). A key is in at most
// one way of its set (the slow path refills the way that has it), so the first way with the key
// decides. No check of frame against the stack's bounds here: an entry is filled only for a
// frame within them (its slots checked then), and a hit has that same frame. Without a frame
// pointer (node-gyp builds with -fno-omit-frame-pointer), as the intercepts (hooks.cc): the
// unwinder reads CFI, and the hit path calls nothing.
__attribute__((optimize("omit-frame-pointer")))
uint32_t currentTraceback(uint32_t nframe, uintptr_t caller, uintptr_t frame) {
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

void unwindCounters(uint64_t* unwinds, uint64_t* uncacheable) {
  *unwinds = g_unwinds.load(std::memory_order_relaxed);
  *uncacheable = g_uncacheable.load(std::memory_order_relaxed);
}

void stackCacheInvalidate() {
  uint32_t g = g_generation.load(std::memory_order_relaxed) + 1;
  if (g == 0) g = 1;  // 0 marks an empty entry
  g_generation.store(g, std::memory_order_release);
  stateChanged();  // every thread empties its caller cache at its next event
}

}  // namespace wtm
