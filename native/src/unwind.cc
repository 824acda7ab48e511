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

// ---- the per-thread cache (its layout and hit path: unwind.h) ----

// Slow-path counters (diagnostics: how often the cache could not help). Relaxed adds on the
// paths that already cost a full unwind.
LineAtomic<uint64_t> g_unwinds{0};  // not in g_nframe's line: bumped at each unwind
LineAtomic<uint64_t> g_uncacheable{0};
pthread_key_t g_cacheKey;
pthread_once_t g_cacheKeyOnce = PTHREAD_ONCE_INIT;

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

}  // namespace

std::atomic<uint32_t> g_generation{1};
__thread ThreadCache* t_cache __attribute__((tls_model("initial-exec"))) = nullptr;

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

uint32_t currentTraceback(uint32_t nframe, uintptr_t caller, uintptr_t frame) {
  return currentTracebackInline(nframe, caller, frame);
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
