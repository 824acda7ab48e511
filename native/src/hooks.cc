// The intercepts. Each one calls the real function under the per-thread recursion guard, and
// records what happened; a thread already inside the tracer goes straight to the real function.
// Frees are recorded BEFORE the real free: once the block is back in the allocator another thread
// may get the same address, and its trace must not be the one we then remove.
// The C++ operators call their real function under the guard too: libstdc++'s operator new and
// delete call malloc and free (delete[] through delete), and those inner calls are the same block,
// not events of their own (an inner free looked up again missed every table: ~2 searches of all
// the tables a delete[]).
#include "hooks.h"

#include <cerrno>
#include <cstdint>

#include "records.h"
#include "tracking.h"

namespace wtm {

Originals g_real;

#define WTM_TABLE_ROW(id, sym, ret, params, args) \
  {sym, reinterpret_cast<void*>(&intercept::id), reinterpret_cast<void**>(&g_real.id)},
const HookedFunction g_hookedFunctions[] = {WTM_HOOKED_FUNCTIONS(WTM_TABLE_ROW)};
#undef WTM_TABLE_ROW
const size_t g_hookedFunctionCount = sizeof(g_hookedFunctions) / sizeof(g_hookedFunctions[0]);

#define CALLER __builtin_return_address(0)
#if defined(__x86_64__)
// The intercepts run without a frame pointer (node-gyp builds with -fno-omit-frame-pointer; the
// pragma below): one register fewer to save, and no frame to set up. Their stack position, the
// stack cache's key with the caller (unwind.h), is then the stack pointer in the intercept's
// body: a constant distance below its return address's slot, as the frame address was. FRAME
// is a function that reads it (trackAlloc calls it only when it needs it).
#define FRAME []() __attribute__((always_inline)) { return stackPosition(); }
namespace {
__attribute__((always_inline)) inline void* stackPosition() {
  void* sp;
  __asm__("mov %%rsp, %0" : "=r"(sp));
  return sp;
}
}  // namespace
#pragma GCC optimize("omit-frame-pointer")
#else
#define FRAME [frame = __builtin_frame_address(0)] { return frame; }
#endif

namespace {

// A free's block header (glibc reads the chunk's size word just below ptr and writes its free
// lists into the block), fetched for writing as the intercept starts: the allocator's cache miss
// on it then overlaps the tracer's own on the block's table line, where the two were one after
// the other. Frees of blocks allocated long before (crypto.createHash's Hash objects, collected
// by V8 in waves of tens of thousands; V8's sweeper threads freeing the main thread's backing
// stores) miss on both. A prefetch never faults (free(NULL) included); one instruction a free.
__attribute__((always_inline)) inline void prefetchHeader(void* ptr) {
#if defined(__x86_64__)
  __asm__ volatile("prefetchw -8(%0)" : : "r"(ptr));
#else
  __builtin_prefetch(reinterpret_cast<const void*>(reinterpret_cast<uintptr_t>(ptr) - 8), 1);
#endif
}

// realloc and reallocarray: the old trace is removed before the call (the block may move, and its
// old address be reused by another thread at once) and put back if the call fails.
template <typename FrameFn, typename Fn>
inline void* traceReallocation(ThreadState& s, void* ptr, size_t size, void* caller, FrameFn&& frame,
                               Fn&& reallocate) {
  InterceptGuard guard(s);
  LiveTrace old{};
  bool hadOld = ptr && recordsRemove(reinterpret_cast<uintptr_t>(ptr), &old);
  void* p = reallocate();
  if (p) {
    trackAlloc(s, p, size, caller, frame);
  } else if (hadOld && size != 0) {
    recordsAdd(old.ptr, old.size, old.traceback);  // failed: the old block is still live
  }
  // realloc(ptr, 0) returning null freed ptr: its trace is already gone.
  return p;
}

// A free or delete: recorded before the real call (see the top), under the guard (libstdc++'s
// operator delete calls free(): the same block, not traced twice).
template <typename Fn>
__attribute__((always_inline)) inline void traceFree(ThreadState& s, void* ptr, Fn&& release) {
  prefetchHeader(ptr);
  if (isOpen(s) && nframeOf(g_state.load(std::memory_order_relaxed)) != 0) {
    InterceptGuard guard(s);
    if (ptr) trackFree(s, ptr);
    release();
  } else {
    release();
  }
}

// free's other cases, out of line (each ends in the real free).
__attribute__((noinline)) void freeSlow(void* ptr) {
  ThreadState& s = t_thread;
  if (isOpen(s) && ptr != nullptr) {
    uint64_t st = g_state.load(std::memory_order_relaxed);
    if (st == s.seen) {
      InterceptGuard guard(s);
      recordsRemoveSynced(s, reinterpret_cast<uintptr_t>(ptr), nullptr);
    } else if (nframeOf(st) != 0) {
      InterceptGuard guard(s);
      trackFreeSlow(ptr);
    }
  }
  g_real.free(ptr);
}

// Not in this thread's set (another thread's block, in the shared table, or untraced).
__attribute__((noinline)) void freeNotOwn(void* ptr) {
  if (ptr != nullptr) {
    InterceptGuard guard(t_thread);
    LiveTrace unused;
    recordsRemoveSlow(reinterpret_cast<uintptr_t>(ptr), &unused);
  }
  g_real.free(ptr);
}

__attribute__((noinline)) void freeFromBigTable(void* ptr) {
  {
    ThreadState& s = t_thread;
    InterceptGuard guard(s);
    recordsAfterOwnFree(s);
  }
  g_real.free(ptr);
}

void realFree(void* ptr) { g_real.free(ptr); }  // (before the originals are resolved)

// A thread in step with g_state, ptr not in its hint: searched in its set, then elsewhere.
__attribute__((noinline)) void freeSearched(void* ptr) {
  ThreadState& s = t_thread;
  bool took;
  {
    InterceptGuard guard(s);
    took = recordsTakeOwn(s, reinterpret_cast<uintptr_t>(ptr), nullptr);
  }
  if (__builtin_expect(took, 1)) return s.freeTail(ptr);
  return freeNotOwn(ptr);
}

}  // namespace

void (*freeTailFor(bool bigTable))(void*) {
  if (bigTable) return freeFromBigTable;
  return g_real.free ? g_real.free : realFree;
}

namespace intercept {

// An allocation function: `size` is what the caller asked for (CPython and the wasm hook ABI
// both record the requested size, not the allocator's rounded-up one). Only the thread's
// offset of its TLS block lives across the real call: the size waits in that block
// (allocSize), the caller and frame are read after the call, and every case but the common one
// is a tail call that records, leaves the guard and returns p (tracking.h: finishAllocation).
// A throwing operator new leaves the guard in the catch (this file is built with exceptions).
// Only the guard is checked before the call: whether we trace is read after it, with the rest
// of the thread's state; stop() removes the hooks, so a call while not tracing (one already
// under way, or through a pointer saved before) is rare, and records nothing.
#define WTM_ALLOCATION(call, size)                                          \
  {                                                                         \
    ThreadState& s = t_thread;                                              \
    if (!isOpen(s)) return call;                                            \
    s.open = kNeverState;                                                   \
    s.allocSize = size;                                                     \
    std::atomic_signal_fence(std::memory_order_seq_cst);                    \
  }                                                                         \
  void* p;                                                                  \
  try {                                                                     \
    p = call;                                                               \
  } catch (...) {                                                           \
    ThreadState& s = t_thread;                                              \
    leaveGuard(s, true);                                                    \
    throw;                                                                  \
  }                                                                         \
  return finishAllocation(t_thread, p, CALLER, FRAME)

void* malloc(size_t size) { WTM_ALLOCATION(g_real.malloc(size), size); }

void free(void* ptr) {
  // The common case inline, ending in a jump to the real free, with no frame of its own: a
  // block whose hint holds it (records.h), on a thread in step with g_state, its table small.
  // The guard is needed only around the table's update (glibc's free calls no hooked function).
  // A block found by the search of its set, out of line (freeSearched). (A null ptr is no
  // hint's address.)
  prefetchHeader(ptr);
  ThreadState& s = t_thread;
  uint64_t st = g_state.load(std::memory_order_relaxed);
  if (__builtin_expect(st == s.open, 1)) {  // outside the tracer, and in step (thread.h)
    TableEntry* e;
    if (__builtin_expect(!recordsHinted(s, reinterpret_cast<uintptr_t>(ptr), &e), 0))
      return freeSearched(ptr);
    ThreadTable* t = tableOfHints(s.hints);  // (no load of s.table: the hints are in a register)
    s.open = kNeverState;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    recordsTakeWay(s, t, *e, reinterpret_cast<uintptr_t>(ptr), nullptr);
    std::atomic_signal_fence(std::memory_order_seq_cst);
    s.open = st;  // (= seen: nothing under the guard here changes it)
    return s.freeTail(ptr);  // (the real free, or freeFromBigTable: thread.h)
  }
  return freeSlow(ptr);
}

void* calloc(size_t count, size_t size) {
  // A non-null result means count * size did not overflow.
  WTM_ALLOCATION(g_real.calloc(count, size), count * size);
}

void* realloc(void* ptr, size_t size) {
  ThreadState& s = t_thread;
  if (!shouldTrace(s)) return g_real.realloc(ptr, size);
  return traceReallocation(s, ptr, size, CALLER, FRAME, [&] { return g_real.realloc(ptr, size); });
}

void* reallocarray(void* ptr, size_t count, size_t size) {
  ThreadState& s = t_thread;
  if (!shouldTrace(s)) return g_real.reallocarray(ptr, count, size);
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) return g_real.reallocarray(ptr, count, size);
  return traceReallocation(s, ptr, total, CALLER, FRAME,
                           [&] { return g_real.reallocarray(ptr, count, size); });
}

int posix_memalign(void** out, size_t alignment, size_t size) {
  ThreadState& s = t_thread;
  if (!shouldTrace(s)) return g_real.posix_memalign(out, alignment, size);
  InterceptGuard guard(s);
  int rc = g_real.posix_memalign(out, alignment, size);
  if (rc == 0 && *out) trackAlloc(s, *out, size, CALLER, FRAME);
  return rc;
}

void* aligned_alloc(size_t alignment, size_t size) {
  WTM_ALLOCATION(g_real.aligned_alloc(alignment, size), size);
}
void* memalign(size_t alignment, size_t size) {
  WTM_ALLOCATION(g_real.memalign(alignment, size), size);
}
void* valloc(size_t size) { WTM_ALLOCATION(g_real.valloc(size), size); }
void* pvalloc(size_t size) { WTM_ALLOCATION(g_real.pvalloc(size), size); }

void* dlopen(const char* file, int flags) {
  // Not under the recursion guard: the constructors of the object being loaded allocate, and
  // those allocations are the program's. (glibc's dlopen reads its caller to expand $ORIGIN and
  // pick the caller's RPATH; through this intercept the caller is this addon, so a bare name is
  // searched with the process's paths. Node loads addons by absolute path.)
  void* handle = g_real.dlopen(file, flags);
  if (handle && nframeOf(g_state.load(std::memory_order_relaxed)) != 0) onObjectLoaded();
  return handle;
}

// C++ operators. A throwing operator new unwinds through here; the guard's destructor runs
// because this file is built with exceptions enabled.
void* opNew(size_t size) { WTM_ALLOCATION(g_real.opNew(size), size); }
void* opNewArray(size_t size) { WTM_ALLOCATION(g_real.opNewArray(size), size); }
void* opNewNothrow(size_t size, const std::nothrow_t& nt) {
  WTM_ALLOCATION(g_real.opNewNothrow(size, nt), size);
}
void* opNewArrayNothrow(size_t size, const std::nothrow_t& nt) {
  WTM_ALLOCATION(g_real.opNewArrayNothrow(size, nt), size);
}
void* opNewAligned(size_t size, std::align_val_t al) {
  WTM_ALLOCATION(g_real.opNewAligned(size, al), size);
}
void* opNewArrayAligned(size_t size, std::align_val_t al) {
  WTM_ALLOCATION(g_real.opNewArrayAligned(size, al), size);
}

#define WTM_DELETE(call) traceFree(t_thread, ptr, [&] { call; })

void opDelete(void* ptr) { WTM_DELETE(g_real.opDelete(ptr)); }
void opDeleteArray(void* ptr) { WTM_DELETE(g_real.opDeleteArray(ptr)); }
void opDeleteSized(void* ptr, size_t size) { WTM_DELETE(g_real.opDeleteSized(ptr, size)); }
void opDeleteArraySized(void* ptr, size_t size) { WTM_DELETE(g_real.opDeleteArraySized(ptr, size)); }
void opDeleteAligned(void* ptr, std::align_val_t al) { WTM_DELETE(g_real.opDeleteAligned(ptr, al)); }
void opDeleteArrayAligned(void* ptr, std::align_val_t al) {
  WTM_DELETE(g_real.opDeleteArrayAligned(ptr, al));
}
void opDeleteSizedAligned(void* ptr, size_t size, std::align_val_t al) {
  WTM_DELETE(g_real.opDeleteSizedAligned(ptr, size, al));
}
void opDeleteArraySizedAligned(void* ptr, size_t size, std::align_val_t al) {
  WTM_DELETE(g_real.opDeleteArraySizedAligned(ptr, size, al));
}

}  // namespace intercept
}  // namespace wtm
