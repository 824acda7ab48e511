// The one list of hooked functions (an X-macro): every other part of the hook — the intercepts'
// declarations, the table of originals, the GOT patcher's name table — is generated from it.
//
//   X(id, "ELF symbol", return type, (parameters), (arguments))
//
// The C++ allocation operators are hooked too, so a C++ allocation is recorded once, at the
// `new` expression's caller, instead of inside libstdc++'s operator new (the malloc it makes is
// then inside the tracer's recursion guard). Their mangled names are the LP64 ones (size_t is
// `unsigned long`, `m`): the only data model this addon is built for.
#pragma once
#include <cstddef>
#include <new>

#include "line.h"

#define WTM_HOOKED_FUNCTIONS(X)                                                                  \
  X(malloc, "malloc", void*, (size_t size), (size))                                              \
  X(free, "free", void, (void* ptr), (ptr))                                                      \
  X(calloc, "calloc", void*, (size_t count, size_t size), (count, size))                         \
  X(realloc, "realloc", void*, (void* ptr, size_t size), (ptr, size))                            \
  X(reallocarray, "reallocarray", void*, (void* ptr, size_t count, size_t size),                 \
    (ptr, count, size))                                                                          \
  X(posix_memalign, "posix_memalign", int, (void** out, size_t alignment, size_t size),          \
    (out, alignment, size))                                                                      \
  X(aligned_alloc, "aligned_alloc", void*, (size_t alignment, size_t size), (alignment, size))   \
  X(memalign, "memalign", void*, (size_t alignment, size_t size), (alignment, size))             \
  X(valloc, "valloc", void*, (size_t size), (size))                                              \
  X(pvalloc, "pvalloc", void*, (size_t size), (size))                                            \
  X(dlopen, "dlopen", void*, (const char* file, int flags), (file, flags))                       \
  X(opNew, "_Znwm", void*, (size_t size), (size))                                                \
  X(opNewArray, "_Znam", void*, (size_t size), (size))                                           \
  X(opNewNothrow, "_ZnwmRKSt9nothrow_t", void*, (size_t size, const std::nothrow_t& nt),         \
    (size, nt))                                                                                  \
  X(opNewArrayNothrow, "_ZnamRKSt9nothrow_t", void*, (size_t size, const std::nothrow_t& nt),    \
    (size, nt))                                                                                  \
  X(opNewAligned, "_ZnwmSt11align_val_t", void*, (size_t size, std::align_val_t al), (size, al)) \
  X(opNewArrayAligned, "_ZnamSt11align_val_t", void*, (size_t size, std::align_val_t al),        \
    (size, al))                                                                                  \
  X(opDelete, "_ZdlPv", void, (void* ptr), (ptr))                                                \
  X(opDeleteArray, "_ZdaPv", void, (void* ptr), (ptr))                                           \
  X(opDeleteSized, "_ZdlPvm", void, (void* ptr, size_t size), (ptr, size))                       \
  X(opDeleteArraySized, "_ZdaPvm", void, (void* ptr, size_t size), (ptr, size))                  \
  X(opDeleteAligned, "_ZdlPvSt11align_val_t", void, (void* ptr, std::align_val_t al), (ptr, al)) \
  X(opDeleteArrayAligned, "_ZdaPvSt11align_val_t", void, (void* ptr, std::align_val_t al),       \
    (ptr, al))                                                                                   \
  X(opDeleteSizedAligned, "_ZdlPvmSt11align_val_t", void,                                        \
    (void* ptr, size_t size, std::align_val_t al), (ptr, size, al))                              \
  X(opDeleteArraySizedAligned, "_ZdaPvmSt11align_val_t", void,                                   \
    (void* ptr, size_t size, std::align_val_t al), (ptr, size, al))

namespace wtm {

// The real functions, resolved once before the first patch (null when the process has none).
struct Originals {
#define WTM_ORIGINAL_FIELD(id, sym, ret, params, args) ret(*id) params;
  WTM_HOOKED_FUNCTIONS(WTM_ORIGINAL_FIELD)
#undef WTM_ORIGINAL_FIELD
};
extern WTM_HIDDEN Originals g_real;

namespace intercept {
#define WTM_DECLARE_INTERCEPT(id, sym, ret, params, args) ret id params;
WTM_HOOKED_FUNCTIONS(WTM_DECLARE_INTERCEPT)
#undef WTM_DECLARE_INTERCEPT
}  // namespace intercept

struct HookedFunction {
  const char* symbol;
  void* intercept;
  void** original;  // where the real function's address goes
};
extern const HookedFunction g_hookedFunctions[];
extern const size_t g_hookedFunctionCount;

// Finds the real definition of every hooked function. Returns false (and names the missing one
// in *missing) when malloc or free cannot be found: without them nothing can be traced.
bool resolveOriginals(const char** missing);

// Called by the dlopen intercept after an object was loaded: patch what it brought.
void onObjectLoaded();

}  // namespace wtm
