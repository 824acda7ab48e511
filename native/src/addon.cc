// The Node-API face of the hook: start/stop, the counters the tracer asks for, and the raw
// material of a snapshot (sizes, traceback ids, return addresses) for native/source.ts to turn
// into frames. Every entry point runs under the recursion guard: the addon's own allocations
// (vectors, N-API values) are not the program's.
#include <napi.h>
#include <dlfcn.h>
#include <pthread.h>

#include <unordered_map>
#include <vector>

#include "got.h"
#include "hooks.h"
#include "pages.h"
#include "records.h"
#include "symbols.h"
#include "tracebacks.h"
#include "tracking.h"
#include "unwind.h"

namespace wtm {

Napi::Value MapFile(const Napi::CallbackInfo& info);  // map-file.cc

namespace {

bool g_resolved = false;

// Every lock of the tracer is taken before fork() and released after it in both processes: a
// lock held by another thread at the fork would stay locked forever in the child. The order is
// the order they nest in elsewhere (patching, then interning, then the live table).
void forkPrepare() {
  // fork() allocates after the prepare handlers: not through our locks
  t_thread.forkOuter = enterGuard(t_thread);
  patchLockForFork();
  tracebacksLockAll();
  recordsLockAll();
}
void forkParent() {
  recordsUnlockAll();
  tracebacksUnlockAll();
  patchUnlockAfterFork();
  leaveGuard(t_thread, t_thread.forkOuter);
}
void forkChild() {
  forkParent();
  RecursionGuard guard;
  recordsAfterForkChild();
}

Napi::Value Start(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  Napi::Env env = info.Env();
  uint32_t nframe = info[0].As<Napi::Number>().Uint32Value();
  if (nframe < 1 || nframe > kMaxFrames) {
    throw Napi::RangeError::New(env, "nframe must be in 1.." + std::to_string(kMaxFrames) +
                                         ", got " + std::to_string(nframe));
  }
  if (!g_resolved) {
    const char* missing = nullptr;
    if (!resolveOriginals(&missing))
      throw Napi::Error::New(env, std::string("the real ") + missing + " could not be found");
    pthread_atfork(forkPrepare, forkParent, forkChild);
    // Never unload this object: patched slots point into it.
    Dl_info self;
    if (dladdr(reinterpret_cast<void*>(&forkPrepare), &self) && self.dli_fname)
      dlopen(self.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
    g_resolved = true;
  }
  // nframe first, then the slots: the first intercept to run must already see tracing on.
  stateSetNframe(nframe);
  size_t patched = patchLoadedObjects();
  return Napi::Number::New(env, double(patched));
}

Napi::Value Stop(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  stateSetNframe(0);
  size_t restored = unpatchAll();
  recordsClear();
  // Cached traceback ids die with the tracebacks; invalidate on both sides of the reset so a
  // thread still inside an intercept cannot keep an id from either side.
  stackCacheInvalidate();
  tracebacksReset();
  stackCacheInvalidate();
  return Napi::Number::New(info.Env(), double(restored));
}

Napi::Value IsTracing(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), nframeOf(g_state.load()) != 0);
}

Napi::Value TracedMemory(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  uint64_t current, peak;
  recordsTracedMemory(&current, &peak);
  Napi::Array out = Napi::Array::New(info.Env(), 2);
  out.Set(0u, Napi::Number::New(info.Env(), double(current)));
  out.Set(1u, Napi::Number::New(info.Env(), double(peak)));
  return out;
}

Napi::Value TraceCount(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  return Napi::Number::New(info.Env(), double(recordsCount()));
}

Napi::Value TracerMemory(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), double(pagesInUse()));
}

Napi::Value ClearTraces(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  recordsClear();
  return info.Env().Undefined();
}

Napi::Value ResetPeak(const Napi::CallbackInfo& info) {
  recordsResetPeak();
  return info.Env().Undefined();
}

// { sizes: Float64Array, tracebacks: Int32Array (index into the tables below, -1 = none),
//   frameStarts: Uint32Array (tracebackCount + 1), frames: Float64Array (return addresses,
//   most recent first) } -- only the tracebacks that live traces use.
Napi::Value Collect(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  Napi::Env env = info.Env();
  std::vector<LiveTrace> traces;
  recordsCollect(traces);
  std::unordered_map<uint32_t, int32_t> index;
  std::vector<uint32_t> frameStarts{0};
  std::vector<double> frames;
  auto sizes = Napi::Float64Array::New(env, traces.size());
  auto tbs = Napi::Int32Array::New(env, traces.size());
  for (size_t i = 0; i < traces.size(); ++i) {
    sizes[i] = double(traces[i].size);
    uint32_t n = 0;
    const uintptr_t* f = tracebacksGet(traces[i].traceback, &n);
    if (!n) {
      tbs[i] = -1;
      continue;
    }
    auto [it, fresh] = index.emplace(traces[i].traceback, int32_t(frameStarts.size() - 1));
    if (fresh) {
      for (uint32_t k = 0; k < n; ++k) frames.push_back(double(f[k]));
      frameStarts.push_back(uint32_t(frames.size()));
    }
    tbs[i] = it->second;
  }
  auto starts = Napi::Uint32Array::New(env, frameStarts.size());
  for (size_t i = 0; i < frameStarts.size(); ++i) starts[i] = frameStarts[i];
  auto pcs = Napi::Float64Array::New(env, frames.size());
  for (size_t i = 0; i < frames.size(); ++i) pcs[i] = frames[i];
  Napi::Object out = Napi::Object::New(env);
  out.Set("sizes", sizes);
  out.Set("tracebacks", tbs);
  out.Set("frameStarts", starts);
  out.Set("frames", pcs);
  return out;
}

// Return addresses of the block at ptr, or null when ptr is not traced.
Napi::Value ObjectTraceback(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  Napi::Env env = info.Env();
  uintptr_t ptr = uintptr_t(info[0].As<Napi::Number>().DoubleValue());
  LiveTrace t;
  if (!recordsFind(ptr, &t)) return env.Null();
  uint32_t n = 0;
  const uintptr_t* f = tracebacksGet(t.traceback, &n);
  auto out = Napi::Float64Array::New(env, n);
  for (uint32_t i = 0; i < n; ++i) out[i] = double(f[i]);
  return out;
}

// For each address: [objectPath, objectAddress, functionName, functionOffset].
Napi::Value Symbolize(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  Napi::Env env = info.Env();
  auto pcs = info[0].As<Napi::Float64Array>();
  Napi::Array out = Napi::Array::New(env, pcs.ElementLength());
  for (size_t i = 0; i < pcs.ElementLength(); ++i) {
    NativeSymbol s = symbolize(uintptr_t(pcs[i]));
    Napi::Array row = Napi::Array::New(env, 4);
    row.Set(0u, Napi::String::New(env, s.object));
    row.Set(1u, Napi::Number::New(env, double(s.objectAddress)));
    row.Set(2u, Napi::String::New(env, s.function));
    row.Set(3u, Napi::Number::New(env, double(s.functionOffset)));
    out.Set(uint32_t(i), row);
  }
  return out;
}

Napi::Value PatchedObjects(const Napi::CallbackInfo& info) {
  RecursionGuard guard;
  Napi::Env env = info.Env();
  std::vector<std::string> names = patchedObjects();
  Napi::Array out = Napi::Array::New(env, names.size());
  for (size_t i = 0; i < names.size(); ++i) out.Set(uint32_t(i), Napi::String::New(env, names[i]));
  return out;
}

Napi::Value PatchedSlots(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), double(patchedSlotCount()));
}

Napi::Value HookedFunctions(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Array out = Napi::Array::New(env, g_hookedFunctionCount);
  for (size_t i = 0; i < g_hookedFunctionCount; ++i)
    out.Set(uint32_t(i), Napi::String::New(env, g_hookedFunctions[i].symbol));
  return out;
}

Napi::Value UnwindCounters(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  uint64_t unwinds, uncacheable;
  unwindCounters(&unwinds, &uncacheable);
  Napi::Object out = Napi::Object::New(env);
  out.Set("unwinds", Napi::Number::New(env, double(unwinds)));
  out.Set("uncacheable", Napi::Number::New(env, double(uncacheable)));
  out.Set("untracedFrees", Napi::Number::New(env, double(recordsUntracedFrees())));
  out.Set("ringWrites", Napi::Number::New(env, double(recordsRingWrites())));
  return out;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("start", Napi::Function::New(env, Start));
  exports.Set("stop", Napi::Function::New(env, Stop));
  exports.Set("isTracing", Napi::Function::New(env, IsTracing));
  exports.Set("tracedMemory", Napi::Function::New(env, TracedMemory));
  exports.Set("traceCount", Napi::Function::New(env, TraceCount));
  exports.Set("tracerMemory", Napi::Function::New(env, TracerMemory));
  exports.Set("clearTraces", Napi::Function::New(env, ClearTraces));
  exports.Set("resetPeak", Napi::Function::New(env, ResetPeak));
  exports.Set("collect", Napi::Function::New(env, Collect));
  exports.Set("objectTraceback", Napi::Function::New(env, ObjectTraceback));
  exports.Set("symbolize", Napi::Function::New(env, Symbolize));
  exports.Set("patchedObjects", Napi::Function::New(env, PatchedObjects));
  exports.Set("patchedSlots", Napi::Function::New(env, PatchedSlots));
  exports.Set("hookedFunctions", Napi::Function::New(env, HookedFunctions));
  exports.Set("unwindCounters", Napi::Function::New(env, UnwindCounters));
  exports.Set("mapFile", Napi::Function::New(env, MapFile));
  return exports;
}

}  // namespace
}  // namespace wtm

static Napi::Object InitNative(Napi::Env env, Napi::Object exports) { return wtm::Init(env, exports); }
NODE_API_MODULE(wasm_tracemalloc_native, InitNative)
