// An atomic alone in its cache line. For a variable written now and then next to ones every
// event reads (or the reverse): in one line, each write makes every other core miss on its next
// read of any of them (g_lastWriter shared a line with g_tableCount and g_tables, which every
// free of another thread's block reads; g_unwinds, bumped at each unwind, with g_nframe).
#pragma once
#include <atomic>

// On the declaration of every global the intercepts' fast paths read. The definitions are hidden
// already (-fvisibility=hidden), but a declaration the compiler cannot see as hidden is reached
// through the GOT: a load of its address (relaxed by the linker to a `lea`) before each load of
// it, in every intercept. Hidden, it is one rip-relative load, or a compare with memory.
#define WTM_HIDDEN __attribute__((visibility("hidden")))

namespace wtm {

template <typename T>
struct alignas(64) LineAtomic : std::atomic<T> {
  constexpr LineAtomic(T v) noexcept : std::atomic<T>(v) {}
  LineAtomic() noexcept = default;
  using std::atomic<T>::operator=;
};
static_assert(sizeof(LineAtomic<void*>) == 64, "one line");

}  // namespace wtm
