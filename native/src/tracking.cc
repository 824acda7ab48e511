#include "tracking.h"

#include <unwind.h>

#include "records.h"
#include "tracebacks.h"

namespace wtm {

__thread int t_inTracer __attribute__((tls_model("initial-exec"))) = 0;
std::atomic<uint32_t> g_nframe{0};

namespace {

struct UnwindState {
  uintptr_t* out;
  uint32_t max;
  uint32_t n;
  uintptr_t caller;
  bool started;
};

_Unwind_Reason_Code onFrame(struct _Unwind_Context* ctx, void* arg) {
  auto* st = static_cast<UnwindState*>(arg);
  uintptr_t ip = _Unwind_GetIP(ctx);
  if (!ip) return _URC_END_OF_STACK;
  if (!st->started) {
    // Skip the tracer's own frames: keep from the first frame that returns into the caller of
    // the intercept.
    if (ip != st->caller) return _URC_NO_REASON;
    st->started = true;
  }
  st->out[st->n++] = ip;
  return st->n >= st->max ? _URC_END_OF_STACK : _URC_NO_REASON;
}

}  // namespace

uint32_t captureStack(uintptr_t* out, uint32_t max, void* caller) {
  if (max == 0) return 0;
  out[0] = reinterpret_cast<uintptr_t>(caller);
  // One frame is the intercept's return address: no unwinding needed, the common case is cheap.
  if (max == 1) return 1;
  UnwindState st{out, max, 0, reinterpret_cast<uintptr_t>(caller), false};
  _Unwind_Backtrace(onFrame, &st);
  if (st.n == 0) {
    // The unwinder never reached the caller (no unwind info on the way): keep the one frame we
    // know for certain.
    return 1;
  }
  return st.n;
}

void trackAlloc(void* ptr, size_t size, void* caller) {
  uint32_t nframe = g_nframe.load(std::memory_order_relaxed);
  if (nframe == 0) return;
  if (nframe > kMaxFrames) nframe = kMaxFrames;
  uintptr_t frames[kMaxFrames];
  uint32_t n = captureStack(frames, nframe, caller);
  uint32_t tb = tracebacksIntern(frames, n);
  recordsAdd(reinterpret_cast<uintptr_t>(ptr), size, tb);
}

void trackFree(void* ptr) {
  LiveTrace gone;
  recordsRemove(reinterpret_cast<uintptr_t>(ptr), &gone);
}

}  // namespace wtm
