// A test-and-test-and-set spinlock. The hot path holds it for a few dozen instructions (one
// probe of an open-addressing table), so spinning beats a futex; after a while we yield, because
// on a 2-core machine the holder may be descheduled. It never allocates, so it is safe inside a
// malloc hook, and it has no constructor (zero-initialised static storage is unlocked).
#pragma once
#include <atomic>
#include <cstdint>
#include <sched.h>

namespace wtm {

struct SpinLock {
  std::atomic<uint32_t> word{0};

  void lock() {
    for (unsigned spins = 0;; ++spins) {
      if (word.load(std::memory_order_relaxed) == 0 &&
          word.exchange(1, std::memory_order_acquire) == 0)
        return;
      if (spins < 64) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        asm volatile("yield");
#endif
      } else {
        sched_yield();
      }
    }
  }
  void unlock() { word.store(0, std::memory_order_release); }
};

struct SpinGuard {
  SpinLock& l;
  explicit SpinGuard(SpinLock& lock) : l(lock) { l.lock(); }
  ~SpinGuard() { l.unlock(); }
  SpinGuard(const SpinGuard&) = delete;
  SpinGuard& operator=(const SpinGuard&) = delete;
};

}  // namespace wtm
