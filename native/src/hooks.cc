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
#define FRAME __builtin_frame_address(0)

namespace {

// An allocation function: size is what the caller asked for (CPython and the wasm hook ABI
// both record the requested size, not the allocator's rounded-up one).
template <typename Fn>
__attribute__((always_inline)) inline void* traceAllocation(size_t size, void* caller, void* frame, Fn&& allocate) {
  RecursionGuard guard;
  void* p = allocate();
  if (p) trackAlloc(p, size, caller, frame);
  return p;
}

__attribute__((always_inline)) inline void traceFree(void* ptr) {
  if (!ptr) return;
  RecursionGuard guard;
  trackFree(ptr);
}

// realloc and reallocarray: the old trace is removed before the call (the block may move, and its
// old address be reused by another thread at once) and put back if the call fails.
template <typename Fn>
inline void* traceReallocation(void* ptr, size_t size, void* caller, void* frame, Fn&& reallocate) {
  RecursionGuard guard;
  LiveTrace old{};
  bool hadOld = ptr && recordsRemove(reinterpret_cast<uintptr_t>(ptr), &old);
  void* p = reallocate();
  if (p) {
    trackAlloc(p, size, caller, frame);
  } else if (hadOld && size != 0) {
    recordsAdd(old.ptr, old.size, old.traceback);  // failed: the old block is still live
  }
  // realloc(ptr, 0) returning null freed ptr: its trace is already gone.
  return p;
}

}  // namespace

namespace intercept {

void* malloc(size_t size) {
  if (!shouldTrace()) return g_real.malloc(size);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.malloc(size); });
}

void free(void* ptr) {
  if (shouldTrace()) traceFree(ptr);
  g_real.free(ptr);
}

void* calloc(size_t count, size_t size) {
  if (!shouldTrace()) return g_real.calloc(count, size);
  // A non-null result means count * size did not overflow.
  return traceAllocation(count * size, CALLER, FRAME, [&] { return g_real.calloc(count, size); });
}

void* realloc(void* ptr, size_t size) {
  if (!shouldTrace()) return g_real.realloc(ptr, size);
  return traceReallocation(ptr, size, CALLER, FRAME, [&] { return g_real.realloc(ptr, size); });
}

void* reallocarray(void* ptr, size_t count, size_t size) {
  if (!shouldTrace()) return g_real.reallocarray(ptr, count, size);
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) return g_real.reallocarray(ptr, count, size);
  return traceReallocation(ptr, total, CALLER, FRAME,
                           [&] { return g_real.reallocarray(ptr, count, size); });
}

int posix_memalign(void** out, size_t alignment, size_t size) {
  if (!shouldTrace()) return g_real.posix_memalign(out, alignment, size);
  RecursionGuard guard;
  int rc = g_real.posix_memalign(out, alignment, size);
  if (rc == 0 && *out) trackAlloc(*out, size, CALLER, FRAME);
  return rc;
}

void* aligned_alloc(size_t alignment, size_t size) {
  if (!shouldTrace()) return g_real.aligned_alloc(alignment, size);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.aligned_alloc(alignment, size); });
}

void* memalign(size_t alignment, size_t size) {
  if (!shouldTrace()) return g_real.memalign(alignment, size);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.memalign(alignment, size); });
}

void* valloc(size_t size) {
  if (!shouldTrace()) return g_real.valloc(size);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.valloc(size); });
}

void* pvalloc(size_t size) {
  if (!shouldTrace()) return g_real.pvalloc(size);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.pvalloc(size); });
}

void* dlopen(const char* file, int flags) {
  // Not under the recursion guard: the constructors of the object being loaded allocate, and
  // those allocations are the program's. (glibc's dlopen reads its caller to expand $ORIGIN and
  // pick the caller's RPATH; through this intercept the caller is this addon, so a bare name is
  // searched with the process's paths. Node loads addons by absolute path.)
  void* handle = g_real.dlopen(file, flags);
  if (handle && g_nframe.load(std::memory_order_relaxed) != 0) onObjectLoaded();
  return handle;
}

// C++ operators. A throwing operator new unwinds through here; the guard's destructor runs
// because this file is built with exceptions enabled.
void* opNew(size_t size) {
  if (!shouldTrace()) return g_real.opNew(size);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.opNew(size); });
}
void* opNewArray(size_t size) {
  if (!shouldTrace()) return g_real.opNewArray(size);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.opNewArray(size); });
}
void* opNewNothrow(size_t size, const std::nothrow_t& nt) {
  if (!shouldTrace()) return g_real.opNewNothrow(size, nt);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.opNewNothrow(size, nt); });
}
void* opNewArrayNothrow(size_t size, const std::nothrow_t& nt) {
  if (!shouldTrace()) return g_real.opNewArrayNothrow(size, nt);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.opNewArrayNothrow(size, nt); });
}
void* opNewAligned(size_t size, std::align_val_t al) {
  if (!shouldTrace()) return g_real.opNewAligned(size, al);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.opNewAligned(size, al); });
}
void* opNewArrayAligned(size_t size, std::align_val_t al) {
  if (!shouldTrace()) return g_real.opNewArrayAligned(size, al);
  return traceAllocation(size, CALLER, FRAME, [&] { return g_real.opNewArrayAligned(size, al); });
}

void opDelete(void* ptr) {
  if (!shouldTrace()) return g_real.opDelete(ptr);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDelete(ptr);
}
void opDeleteArray(void* ptr) {
  if (!shouldTrace()) return g_real.opDeleteArray(ptr);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDeleteArray(ptr);
}
void opDeleteSized(void* ptr, size_t size) {
  if (!shouldTrace()) return g_real.opDeleteSized(ptr, size);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDeleteSized(ptr, size);
}
void opDeleteArraySized(void* ptr, size_t size) {
  if (!shouldTrace()) return g_real.opDeleteArraySized(ptr, size);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDeleteArraySized(ptr, size);
}
void opDeleteAligned(void* ptr, std::align_val_t al) {
  if (!shouldTrace()) return g_real.opDeleteAligned(ptr, al);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDeleteAligned(ptr, al);
}
void opDeleteArrayAligned(void* ptr, std::align_val_t al) {
  if (!shouldTrace()) return g_real.opDeleteArrayAligned(ptr, al);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDeleteArrayAligned(ptr, al);
}
void opDeleteSizedAligned(void* ptr, size_t size, std::align_val_t al) {
  if (!shouldTrace()) return g_real.opDeleteSizedAligned(ptr, size, al);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDeleteSizedAligned(ptr, size, al);
}
void opDeleteArraySizedAligned(void* ptr, size_t size, std::align_val_t al) {
  if (!shouldTrace()) return g_real.opDeleteArraySizedAligned(ptr, size, al);
  RecursionGuard guard;  // libstdc++'s operator delete calls free(): the same block, not traced twice
  if (ptr) trackFree(ptr);
  g_real.opDeleteArraySizedAligned(ptr, size, al);
}

}  // namespace intercept
}  // namespace wtm
