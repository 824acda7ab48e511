// An atomic alone in its cache line. For a variable written now and then next to ones every
// event reads (or the reverse): in one line, each write makes every other core miss on its next
// read of any of them (g_lastWriter shared a line with g_tableCount and g_tables, which every
// free of another thread's block reads; g_unwinds, bumped at each unwind, with g_nframe).
#pragma once
#include <atomic>

namespace wtm {

template <typename T>
struct alignas(64) LineAtomic : std::atomic<T> {
  constexpr LineAtomic(T v) noexcept : std::atomic<T>(v) {}
  LineAtomic() noexcept = default;
  using std::atomic<T>::operator=;
};
static_assert(sizeof(LineAtomic<void*>) == 64, "one line");

}  // namespace wtm
