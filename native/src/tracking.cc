#include "tracking.h"

namespace wtm {

__thread ThreadState t_thread __attribute__((tls_model("initial-exec"))) = {};
LineAtomic<uint32_t> g_nframe{0};

}  // namespace wtm
