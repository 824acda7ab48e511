// Test addon for the native hook: noinline functions that allocate MARKER sizes through each
// hooked function, so a test can find exactly its own blocks (count, size, address, the function
// in the top frame, and — built with -g — the line marked `// line:NAME`). Plain Node-API (C).
#include <node_api.h>
#include <dlfcn.h>
#include <malloc.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <atomic>
#include <new>
#include <vector>

#define FIXTURE extern "C" __attribute__((noinline, visibility("default")))
// An empty asm after the call keeps the call from becoming a tail jump (the frame must exist).
#define KEEP_FRAME() asm volatile("" ::: "memory")

FIXTURE void* fixture_malloc(size_t n) {
  void* p = malloc(n);  // line:fixture_malloc
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_calloc(size_t n) {
  void* p = calloc(n, 1);  // line:fixture_calloc
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_realloc(size_t n) {
  void* p = malloc(16);
  void* q = realloc(p, n);  // line:fixture_realloc
  KEEP_FRAME();
  return q;
}
FIXTURE void* fixture_valloc(size_t n) {
  void* p = valloc(n);  // line:fixture_valloc
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_pvalloc(size_t n) {
  void* p = pvalloc(n);  // line:fixture_pvalloc
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_memalign(size_t n) {
  void* p = memalign(64, n);  // line:fixture_memalign
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_aligned_alloc(size_t n) {
  void* p = aligned_alloc(64, n);  // line:fixture_aligned_alloc
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_posix_memalign(size_t n) {
  void* p = nullptr;
  if (posix_memalign(&p, 64, n) != 0) p = nullptr;  // line:fixture_posix_memalign
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_new(size_t n) {
  char* p = new char[n];  // line:fixture_new
  KEEP_FRAME();
  return p;
}
// operator new throwing std::bad_alloc through the hook: the hook's recursion guard must be
// released on the way out (or nothing on this thread would be traced again).
static char* volatile g_sink;  // keeps the compiler from eliding the new/delete pair
FIXTURE int fixture_new_fails() {
  try {
    volatile size_t huge = size_t(1) << 62;
    char* p = new char[huge];
    g_sink = p;
    delete[] p;
    return 0;
  } catch (const std::bad_alloc&) {
    return 1;
  }
}
FIXTURE void fixture_free(void* p) {
  free(p);
  KEEP_FRAME();
}
FIXTURE void fixture_delete(void* p) {
  delete[] static_cast<char*>(p);
  KEEP_FRAME();
}
// Two levels, for deeper tracebacks: outer -> inner -> malloc.
FIXTURE void* fixture_inner(size_t n) {
  void* p = malloc(n);  // line:fixture_inner
  KEEP_FRAME();
  return p;
}
FIXTURE void* fixture_outer(size_t n) {
  void* p = fixture_inner(n);  // line:fixture_outer
  KEEP_FRAME();
  return p;
}
// Same shape as fixture_outer: called from the same loop, both reach fixture_inner from the same
// stack position, so only the return address one frame up tells them apart.
FIXTURE void* fixture_outer_b(size_t n) {
  void* p = fixture_inner(n);  // line:fixture_outer_b
  KEEP_FRAME();
  return p;
}
// The benchmark's workload: allocate and free in a loop, a few blocks live at a time.
FIXTURE uint64_t fixture_churn(uint32_t iterations, uint32_t size) {
  void* live[64] = {};
  uint64_t sum = 0;
  for (uint32_t i = 0; i < iterations; ++i) {
    uint32_t k = i & 63;
    free(live[k]);
    live[k] = malloc(size + (i & 31));
    sum += reinterpret_cast<uintptr_t>(live[k]) & 0xff;
  }
  for (void* p : live) free(p);
  return sum;
}

// The same loop with sizes that change bins (the block just freed is not always the one handed
// back) and free(NULL) every nullEvery iterations (0: never); keeps its 64 blocks and returns
// the bytes they hold, by its own count (the hook's hint path, native/src/records.h).
FIXTURE uint64_t fixture_churn_keep(uint32_t iterations, uint32_t size, uint32_t nullEvery,
                                    void** live) {
  uint32_t sizes[64] = {};
  for (uint32_t i = 0; i < iterations; ++i) {
    uint32_t k = i & 63;
    free(live[k]);
    if (nullEvery && i % nullEvery == 0) free(nullptr);
    sizes[k] = size + ((i * 7) & 127);
    live[k] = malloc(sizes[k]);
    KEEP_FRAME();
  }
  uint64_t bytes = 0;
  for (uint32_t k = 0; k < 64 && k < iterations; ++k) bytes += sizes[k];
  return bytes;
}

#ifdef FIXTURE_OWN_MALLOC
// A library with its own malloc/free (counting, then glibc's), loaded with RTLD_DEEPBIND so its
// calls bind to them: the hook must leave those slots alone, not redirect them to libc's.
extern "C" void* __libc_malloc(size_t);
extern "C" void __libc_free(void*);
static std::atomic<uint64_t> g_ownMallocCalls{0};
extern "C" __attribute__((visibility("default"))) void* malloc(size_t n) {
  g_ownMallocCalls.fetch_add(1);
  return __libc_malloc(n);
}
extern "C" __attribute__((visibility("default"))) void free(void* p) { __libc_free(p); }
#endif

namespace {

typedef void* (*AllocFn)(size_t);

AllocFn allocatorNamed(const char* name) {
  static const struct {
    const char* name;
    AllocFn fn;
  } table[] = {{"malloc", fixture_malloc},         {"calloc", fixture_calloc},
               {"realloc", fixture_realloc},       {"valloc", fixture_valloc},
               {"pvalloc", fixture_pvalloc},       {"memalign", fixture_memalign},
               {"aligned_alloc", fixture_aligned_alloc},
               {"posix_memalign", fixture_posix_memalign},
               {"new", fixture_new},               {"outer", fixture_outer},
               {"outer_b", fixture_outer_b}};
  for (const auto& row : table)
    if (strcmp(row.name, name) == 0) return row.fn;
  return nullptr;
}

napi_value throwError(napi_env env, const char* message) {
  napi_throw_error(env, nullptr, message);
  return nullptr;
}

napi_value addressArray(napi_env env, const std::vector<void*>& ptrs) {
  napi_value arr;
  napi_create_array_with_length(env, ptrs.size(), &arr);
  for (size_t i = 0; i < ptrs.size(); ++i) {
    napi_value v;
    napi_create_double(env, double(reinterpret_cast<uintptr_t>(ptrs[i])), &v);
    napi_set_element(env, arr, uint32_t(i), v);
  }
  return arr;
}

// The two uint32 arguments of a call (a, b).
void twoUint32(napi_env env, napi_callback_info info, uint32_t* a, uint32_t* b) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  napi_get_value_uint32(env, argv[0], a);
  napi_get_value_uint32(env, argv[1], b);
}

std::vector<void*> readAddresses(napi_env env, napi_value arr) {
  uint32_t n = 0;
  napi_get_array_length(env, arr, &n);
  std::vector<void*> out(n);
  for (uint32_t i = 0; i < n; ++i) {
    napi_value v;
    double d;
    napi_get_element(env, arr, i, &v);
    napi_get_value_double(env, v, &d);
    out[i] = reinterpret_cast<void*>(uintptr_t(d));
  }
  return out;
}

// alloc(kind, size, count) -> addresses
napi_value Alloc(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  char kind[32];
  size_t len;
  uint32_t size, count;
  napi_get_value_string_utf8(env, argv[0], kind, sizeof kind, &len);
  napi_get_value_uint32(env, argv[1], &size);
  napi_get_value_uint32(env, argv[2], &count);
  AllocFn fn = allocatorNamed(kind);
  if (!fn) return throwError(env, "unknown allocator kind");
  std::vector<void*> ptrs;
  ptrs.reserve(count);
  for (uint32_t i = 0; i < count; ++i) ptrs.push_back(fn(size));
  return addressArray(env, ptrs);
}

// alternate(count, size) -> addresses: fixture_outer and fixture_outer_b, turn by turn
napi_value Alternate(napi_env env, napi_callback_info info) {
  uint32_t count, size;
  twoUint32(env, info, &count, &size);
  std::vector<void*> ptrs;
  ptrs.reserve(count);
  for (uint32_t i = 0; i < count; ++i) ptrs.push_back((i & 1 ? fixture_outer_b : fixture_outer)(size));
  return addressArray(env, ptrs);
}

// release(addresses, viaDelete)
napi_value Release(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  bool viaDelete = false;
  if (argc > 1) napi_get_value_bool(env, argv[1], &viaDelete);
  for (void* p : readAddresses(env, argv[0])) viaDelete ? fixture_delete(p) : fixture_free(p);
  return nullptr;
}

struct ThreadJob {
  std::vector<void*>* ptrs;
  size_t begin, end;
  uint32_t size;
};

FIXTURE void* fixture_thread_alloc(void* arg) {
  auto* job = static_cast<ThreadJob*>(arg);
  for (size_t i = job->begin; i < job->end; ++i) {
    (*job->ptrs)[i] = malloc(job->size);  // line:fixture_thread_alloc
    KEEP_FRAME();
  }
  return nullptr;
}

FIXTURE void* fixture_thread_free(void* arg) {
  auto* job = static_cast<ThreadJob*>(arg);
  for (size_t i = job->begin; i < job->end; ++i) free((*job->ptrs)[i]);
  return nullptr;
}

void runThreads(std::vector<void*>& ptrs, uint32_t threads, uint32_t size, void* (*body)(void*),
                bool reversed) {
  std::vector<pthread_t> ids(threads);
  std::vector<ThreadJob> jobs(threads);
  size_t per = ptrs.size() / threads;
  for (uint32_t t = 0; t < threads; ++t) {
    // reversed: thread t works on the slice another thread allocated, so frees cross threads.
    uint32_t slice = reversed ? threads - 1 - t : t;
    jobs[t] = ThreadJob{&ptrs, slice * per, slice + 1 == threads ? ptrs.size() : (slice + 1) * per, size};
    pthread_create(&ids[t], nullptr, body, &jobs[t]);
  }
  for (pthread_t id : ids) pthread_join(id, nullptr);
}

// threadAlloc(threads, perThread, size) -> addresses, allocated on `threads` new threads at once
napi_value ThreadAlloc(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t threads, perThread, size;
  napi_get_value_uint32(env, argv[0], &threads);
  napi_get_value_uint32(env, argv[1], &perThread);
  napi_get_value_uint32(env, argv[2], &size);
  if (threads == 0) return throwError(env, "threads must be > 0");
  std::vector<void*> ptrs(size_t(threads) * perThread);
  runThreads(ptrs, threads, size, fixture_thread_alloc, false);
  return addressArray(env, ptrs);
}

// threadFree(addresses, threads): freed on other threads than the ones that allocated them
napi_value ThreadFree(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t threads;
  napi_get_value_uint32(env, argv[1], &threads);
  std::vector<void*> ptrs = readAddresses(env, argv[0]);
  runThreads(ptrs, threads, 0, fixture_thread_free, true);
  return nullptr;
}

// lateFrees(count, size) -> addresses: a thread allocates `count` blocks of `size`, then exits;
// a thread-specific-data destructor of a key created after the hook's own (so it runs after the
// hook retired the thread's table) frees them and allocates `count` new ones (returned, for
// release()). Events of a thread that has no table any more.
struct LateJob {
  std::vector<void*> body;
  std::vector<void*> late;
  uint32_t size;
};
pthread_key_t g_lateKey;

FIXTURE void* fixture_late_body(void* arg) {
  auto* job = static_cast<LateJob*>(arg);
  for (void*& p : job->body) {
    p = malloc(job->size);  // line:fixture_late_body
    KEEP_FRAME();
  }
  pthread_setspecific(g_lateKey, job);
  return nullptr;
}

FIXTURE void fixture_late_destructor(void* arg) {
  auto* job = static_cast<LateJob*>(arg);
  for (void* p : job->body) free(p);
  for (void*& p : job->late) {
    p = malloc(job->size);  // line:fixture_late_destructor
    KEEP_FRAME();
  }
}

napi_value LateFrees(napi_env env, napi_callback_info info) {
  uint32_t count, size;
  twoUint32(env, info, &count, &size);
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, [] { pthread_key_create(&g_lateKey, fixture_late_destructor); });
  LateJob job;
  job.body.resize(count);
  job.late.resize(count);
  job.size = size;
  pthread_t id;
  pthread_create(&id, nullptr, fixture_late_body, &job);
  pthread_join(id, nullptr);
  return addressArray(env, job.late);
}

// freedElsewhere(size) -> address: the main thread allocates a block of `size`; a helper thread,
// alive before and after with a table of its own, frees it; the main thread then allocates a
// second block of `size` (returned, for release()). At no instant are both blocks live, and no
// thread but the main one allocates in between: the peak over the call is one block. (The
// helper's free lowers the total without telling the main thread, whose sum of the others is
// then a bound too high by the block: its second allocation must sum again, not count the freed
// block twice.)
struct FreedElsewhere {
  std::atomic<int> step{0};
  void* block = nullptr;
};

void* freedElsewhereHelper(void* arg) {
  auto* h = static_cast<FreedElsewhere*>(arg);
  free(malloc(24));  // this thread's table
  h->step.store(1);
  while (h->step.load() != 2) sched_yield();
  free(h->block);
  h->step.store(3);
  while (h->step.load() != 4) sched_yield();  // alive until the second allocation
  return nullptr;
}

napi_value FreedElsewhereRun(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t size;
  napi_get_value_uint32(env, argv[0], &size);
  FreedElsewhere h;
  pthread_t helper;
  pthread_create(&helper, nullptr, freedElsewhereHelper, &h);
  while (h.step.load() != 1) sched_yield();
  h.block = fixture_malloc(size);
  h.step.store(2);
  while (h.step.load() != 3) sched_yield();
  void* second = fixture_malloc(size);
  h.step.store(4);
  pthread_join(helper, nullptr);
  return addressArray(env, std::vector<void*>{second});
}

napi_value NewFails(napi_env env, napi_callback_info) {
  napi_value out;
  napi_get_boolean(env, fixture_new_fails() == 1, &out);
  return out;
}

// ---- stress: malloc/realloc/free on many threads, blocks handed between threads ----
// Each block stores its size in its first 8 bytes, so whoever holds it knows what is live.

FIXTURE void* fixture_stress_alloc(size_t n) {
  auto* p = static_cast<size_t*>(malloc(n));  // line:fixture_stress_alloc
  KEEP_FRAME();
  *p = n;
  return p;
}
FIXTURE void* fixture_stress_realloc(void* old, size_t n) {
  auto* p = static_cast<size_t*>(realloc(old, n));  // line:fixture_stress_realloc
  KEEP_FRAME();
  *p = n;
  return p;
}

constexpr size_t kMailbox = 512;
std::atomic<void*> g_mailbox[kMailbox];

struct StressJob {
  uint32_t seed, iterations;
  std::vector<void*> live;  // what this thread holds at the end
};

void* stressThread(void* arg) {
  auto* job = static_cast<StressJob*>(arg);
  uint32_t x = job->seed;
  auto next = [&] { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x; };
  void* slots[128] = {};
  for (uint32_t i = 0; i < job->iterations; ++i) {
    uint32_t r = next();
    void*& slot = slots[r & 127];
    size_t size = 16 + (next() % 2000);
    if (!slot) {
      slot = fixture_stress_alloc(size);
    } else if ((r >> 8) % 4 == 0) {
      free(slot);
      slot = nullptr;
    } else if ((r >> 8) % 4 == 1) {
      slot = fixture_stress_realloc(slot, size);
    } else if ((r >> 8) % 4 == 2) {
      // Hand the block to whichever thread looks in this mailbox next; take what was there.
      slot = g_mailbox[(r >> 12) % kMailbox].exchange(slot);
    }
  }
  for (void* p : slots)
    if (p) job->live.push_back(p);
  return nullptr;
}

// stress(threads, iterations) -> [address, size, ...] of every block still live at the end
napi_value Stress(napi_env env, napi_callback_info info) {
  uint32_t threads, iterations;
  twoUint32(env, info, &threads, &iterations);
  std::vector<StressJob> jobs(threads);
  std::vector<pthread_t> ids(threads);
  for (uint32_t t = 0; t < threads; ++t) {
    jobs[t].seed = 0x9e3779b9u * (t + 1);
    jobs[t].iterations = iterations;
    pthread_create(&ids[t], nullptr, stressThread, &jobs[t]);
  }
  for (pthread_t id : ids) pthread_join(id, nullptr);
  std::vector<void*> live;
  for (auto& j : jobs) live.insert(live.end(), j.live.begin(), j.live.end());
  for (auto& m : g_mailbox) {
    void* p = m.exchange(nullptr);
    if (p) live.push_back(p);
  }
  napi_value arr;
  napi_create_array_with_length(env, live.size() * 2, &arr);
  for (size_t i = 0; i < live.size(); ++i) {
    napi_value a, n;
    napi_create_double(env, double(reinterpret_cast<uintptr_t>(live[i])), &a);
    napi_create_double(env, double(*static_cast<size_t*>(live[i])), &n);
    napi_set_element(env, arr, uint32_t(2 * i), a);
    napi_set_element(env, arr, uint32_t(2 * i + 1), n);
  }
  return arr;
}

// ---- handoff: producers allocate, consumers free the same blocks at once ----
// Each producer's blocks are freed on consumer threads while the producer keeps allocating, so
// frees on other threads race with everything the producer's own table does as it grows.

FIXTURE void* fixture_handoff_alloc(size_t n) {
  auto* p = static_cast<size_t*>(malloc(n));  // line:fixture_handoff_alloc
  KEEP_FRAME();
  *p = n;
  return p;
}

struct Handoff {
  pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  std::vector<void*> queue;
  std::atomic<uint32_t> producing{0};
  uint32_t perProducer = 0, keepEvery = 1;
};

struct Producer {
  Handoff* h;
  uint32_t seed;
  std::vector<void*> kept;
};

void* handoffProducer(void* arg) {
  auto* job = static_cast<Producer*>(arg);
  Handoff* h = job->h;
  std::vector<void*> batch;
  for (uint32_t i = 0; i < h->perProducer; ++i) {
    void* p = fixture_handoff_alloc(16 + (job->seed * 7 + i * 13) % 400);
    if (i % h->keepEvery == 0) {
      job->kept.push_back(p);
      continue;
    }
    batch.push_back(p);
    if (batch.size() == 64) {
      pthread_mutex_lock(&h->lock);
      h->queue.insert(h->queue.end(), batch.begin(), batch.end());
      pthread_mutex_unlock(&h->lock);
      batch.clear();
    }
  }
  pthread_mutex_lock(&h->lock);
  h->queue.insert(h->queue.end(), batch.begin(), batch.end());
  pthread_mutex_unlock(&h->lock);
  h->producing.fetch_sub(1);
  return nullptr;
}

void* handoffConsumer(void* arg) {
  auto* h = static_cast<Handoff*>(arg);
  std::vector<void*> mine;
  for (;;) {
    bool done = h->producing.load() == 0;
    pthread_mutex_lock(&h->lock);
    mine.swap(h->queue);
    pthread_mutex_unlock(&h->lock);
    for (void* p : mine) free(p);
    if (mine.empty() && done) return nullptr;
    mine.clear();
  }
}

// handoff(producers, consumers, perProducer, keepEvery) -> [address, size, ...] of the kept
// blocks (every keepEvery-th block of each producer; all others freed by the consumers)
napi_value HandoffRun(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t producers, consumers;
  Handoff h;
  napi_get_value_uint32(env, argv[0], &producers);
  napi_get_value_uint32(env, argv[1], &consumers);
  napi_get_value_uint32(env, argv[2], &h.perProducer);
  napi_get_value_uint32(env, argv[3], &h.keepEvery);
  if (h.keepEvery == 0) return throwError(env, "keepEvery must be > 0");
  h.producing = producers;
  std::vector<Producer> jobs(producers);
  std::vector<pthread_t> ids(producers + consumers);
  for (uint32_t t = 0; t < producers; ++t) {
    jobs[t].h = &h;
    jobs[t].seed = t;
    pthread_create(&ids[t], nullptr, handoffProducer, &jobs[t]);
  }
  for (uint32_t c = 0; c < consumers; ++c) pthread_create(&ids[producers + c], nullptr, handoffConsumer, &h);
  for (pthread_t id : ids) pthread_join(id, nullptr);
  std::vector<void*> kept;
  for (auto& j : jobs) kept.insert(kept.end(), j.kept.begin(), j.kept.end());
  napi_value arr;
  napi_create_array_with_length(env, kept.size() * 2, &arr);
  for (size_t i = 0; i < kept.size(); ++i) {
    napi_value a, n;
    napi_create_double(env, double(reinterpret_cast<uintptr_t>(kept[i])), &a);
    napi_create_double(env, double(*static_cast<size_t*>(kept[i])), &n);
    napi_set_element(env, arr, uint32_t(2 * i), a);
    napi_set_element(env, arr, uint32_t(2 * i + 1), n);
  }
  return arr;
}

// ---- a library this addon dlopen()s itself, by bare name: the system's libz ----
// gzopen + gzwrite keep a deflate state alive until gzclose: allocations made inside libz,
// through libz's own GOT, which only the dlopen hook can have patched.
typedef void* (*GzOpen)(const char*, const char*);
typedef int (*GzWrite)(void*, const void*, unsigned);
typedef int (*GzClose)(void*);

// gzHold() -> handle (a number), or throws when libz.so.1 cannot be loaded
napi_value GzHold(napi_env env, napi_callback_info) {
  // RTLD_DEEPBIND: libz binds its own gz*/deflate* first, not the node executable's zlib of the
  // same names (Node 24's differs in layout: gzclose would free what its gzopen never allocated).
  void* lib = dlopen("libz.so.1", RTLD_NOW | RTLD_DEEPBIND);
  if (!lib) return throwError(env, "libz.so.1 could not be loaded");
  auto gzopen = reinterpret_cast<GzOpen>(dlsym(lib, "gzopen"));
  auto gzwrite = reinterpret_cast<GzWrite>(dlsym(lib, "gzwrite"));
  if (!gzopen || !gzwrite) return throwError(env, "libz.so.1 has no gzopen/gzwrite");
  void* gz = gzopen("/dev/null", "wb9");
  if (!gz) return throwError(env, "gzopen(/dev/null) failed");
  static char data[1 << 16];
  for (size_t i = 0; i < sizeof data; ++i) data[i] = char(i * 7 / 3);
  gzwrite(gz, data, sizeof data);
  napi_value out;
  napi_create_double(env, double(reinterpret_cast<uintptr_t>(gz)), &out);
  return out;
}

napi_value GzRelease(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double d;
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  napi_get_value_double(env, argv[0], &d);
  void* lib = dlopen("libz.so.1", RTLD_NOW | RTLD_NOLOAD);
  auto gzclose = lib ? reinterpret_cast<GzClose>(dlsym(lib, "gzclose")) : nullptr;
  if (gzclose) gzclose(reinterpret_cast<void*>(uintptr_t(d)));
  return nullptr;
}

// reuse(count, firstSize, secondSize) -> [p0, q0, p1, q1, ...]: each p malloc'ed by fixture_malloc
// and freed, then q allocated at once through fixture_outer (glibc hands p back when the sizes
// share a bin: the hook's way-reuse path, records.h).
napi_value Reuse(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t count, first, second;
  napi_get_value_uint32(env, argv[0], &count);
  napi_get_value_uint32(env, argv[1], &first);
  napi_get_value_uint32(env, argv[2], &second);
  std::vector<void*> ptrs;
  ptrs.reserve(size_t(count) * 2);
  for (uint32_t i = 0; i < count; ++i) {
    void* p = fixture_malloc(first);
    fixture_free(p);
    ptrs.push_back(p);
    ptrs.push_back(fixture_outer(second));
  }
  return addressArray(env, ptrs);
}

// unseen(count, size, gap, freeAtOnce) -> [p0, q0, p1, q1, ...]: each p malloc'ed by
// fixture_malloc, then `gap` blocks of another size allocated (kept), then p freed by glibc's
// __libc_free, a free the hook does not see (no hooked slot calls it), then q allocated at once
// through fixture_outer (glibc's tcache hands p back), then the gap freed, then q too when
// freeAtOnce. The hook holds a stale entry of p when q comes: with no gap, in the thread table's
// ring of recent allocations (records.h); with a gap of more than the ring holds, in p's set.
// The hand-back is certain only in the thread's tcache (sizes up to 1032 bytes; a larger block
// goes to the unsorted bin, where it may merge with a free neighbour and come back elsewhere) and
// only while that size's tcache bin has room: so the bin is first emptied (its blocks taken
// where the hook does not see it, given back after).
extern "C" void* __libc_malloc(size_t);
extern "C" void __libc_free(void*);
napi_value Unseen(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t count, size, gap;
  bool freeAtOnce = false;
  napi_get_value_uint32(env, argv[0], &count);
  napi_get_value_uint32(env, argv[1], &size);
  napi_get_value_uint32(env, argv[2], &gap);
  napi_get_value_bool(env, argv[3], &freeAtOnce);
  std::vector<void*> ptrs, kept(gap), drained(16);
  ptrs.reserve(size_t(count) * 2);
  for (void*& d : drained) d = __libc_malloc(size); // more than a tcache bin holds (7 by default)
  for (uint32_t i = 0; i < count; ++i) {
    void* p = fixture_malloc(size);
    for (uint32_t j = 0; j < gap; ++j) kept[j] = fixture_malloc(32);
    __libc_free(p);
    ptrs.push_back(p);
    void* q = fixture_outer(size);
    ptrs.push_back(q);
    for (uint32_t j = 0; j < gap; ++j) fixture_free(kept[j]);
    if (freeAtOnce) fixture_free(q);
  }
  for (void* d : drained) __libc_free(d);
  return addressArray(env, ptrs);
}

// Allocations that fail (null) on the hook's common paths: malloc of 2^62 bytes (a size no
// entry holds) and calloc whose count * size overflows (the product wraps to 0), each right after
// a free (the thread's last freed block is then a real one), at two call sites called again and
// again (their callers cached). Returns how many did not fail.
FIXTURE int fixture_alloc_fails(int rounds) {
  int notNull = 0;
  for (int i = 0; i < rounds; ++i) {
    void* b = malloc(48);
    g_sink = static_cast<char*>(b);
    free(b);
    volatile size_t huge = size_t(1) << 62;
    void* p = malloc(huge);
    g_sink = static_cast<char*>(p);
    notNull += p != nullptr;
    free(p);
    b = malloc(48);
    g_sink = static_cast<char*>(b);
    free(b);
    volatile size_t big = size_t(1) << 40;
    void* q = calloc(big, big);
    g_sink = static_cast<char*>(q);
    notNull += q != nullptr;
    free(q);
  }
  KEEP_FRAME();
  return notNull;
}

// allocFails(rounds) -> how many of the 2 * rounds failing allocations returned a block
napi_value AllocFails(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t rounds = 0;
  napi_get_value_uint32(env, argv[0], &rounds);
  napi_value out;
  napi_create_uint32(env, uint32_t(fixture_alloc_fails(int(rounds))), &out);
  return out;
}

// churn(iterations, size) -> checksum
napi_value Churn(napi_env env, napi_callback_info info) {
  uint32_t iterations, size;
  twoUint32(env, info, &iterations, &size);
  napi_value out;
  napi_create_double(env, double(fixture_churn(iterations, size)), &out);
  return out;
}

// churnKeep(iterations, size, nullEvery) -> [the 64 blocks left live (0 when fewer), their bytes]
napi_value ChurnKeep(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t iterations, size, nullEvery;
  napi_get_value_uint32(env, argv[0], &iterations);
  napi_get_value_uint32(env, argv[1], &size);
  napi_get_value_uint32(env, argv[2], &nullEvery);
  std::vector<void*> live(64, nullptr);
  uint64_t bytes = fixture_churn_keep(iterations, size, nullEvery, live.data());
  live.push_back(reinterpret_cast<void*>(uintptr_t(bytes)));
  return addressArray(env, live);
}

// freeNull(n): n calls of free(NULL) in one loop, through the hooked free (a short window: a
// test reads the process's trace count on either side of it).
napi_value FreeNull(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t n = 0;
  napi_get_value_uint32(env, argv[0], &n);
  for (uint32_t i = 0; i < n; ++i) fixture_free(nullptr);
  return nullptr;
}

// limitRace(iterations, size): two threads at once, one allocating and freeing `size` bytes,
// the other 16, `iterations` times each. Each allocation follows one of the other thread's (the
// last writer changes), so each sums the totals, reading the other's table while that one may be
// changing its limit (records.h: readCurrent, setLimit): the small one's limit moves by `size`
// at each of its sums (the big block held or not by the other).
struct RaceJob {
  uint32_t iterations;
  size_t size;
  std::atomic<int>* ready;
};
FIXTURE void* fixture_race_thread(void* arg) {
  auto* job = static_cast<RaceJob*>(arg);
  job->ready->fetch_add(1);
  while (job->ready->load() < 2) sched_yield();
  for (uint32_t i = 0; i < job->iterations; ++i) {
    void* p = malloc(job->size);
    asm volatile("" : : "r"(p) : "memory");  // (a malloc and free of an unused block may be elided)
    free(p);
  }
  return nullptr;
}
napi_value LimitRace(napi_env env, napi_callback_info info) {
  uint32_t iterations, size;
  twoUint32(env, info, &iterations, &size);
  std::atomic<int> ready{0};
  RaceJob jobs[2] = {{iterations, size, &ready}, {iterations, 16, &ready}};
  pthread_t ids[2];
  for (int i = 0; i < 2; ++i) pthread_create(&ids[i], nullptr, fixture_race_thread, &jobs[i]);
  for (pthread_t id : ids) pthread_join(id, nullptr);
  return nullptr;
}

// collidingHints(count) -> [x, found]: two blocks y, x of fixture_malloc(48) whose addresses
// share their low 16 bits (the same hint slot: native/src/records.h), among `count` kept live.
// y freed (its search sets its hint) and handed back (live, its hint good), then x freed (its hint
// goes to the alternate slot) and handed back, two other blocks freed, then x freed where the
// hook does not see it (__libc_free) and handed back again: an allocation of another block than the thread's last
// freed one, into the ring, its stale entry in its set. Then x freed (hooked): it must leave no
// trace. Returns x and whether such a pair was found; every other block is freed.
extern "C" void __libc_free(void*);
napi_value CollidingHints(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t count = 0;
  napi_get_value_uint32(env, argv[0], &count);
  std::vector<void*> blocks(count);
  for (auto& p : blocks) p = fixture_malloc(48);
  void* x = nullptr;
  void* y = nullptr;
  for (uint32_t i = 0; i < count && !x; ++i)
    for (uint32_t j = i + 1; j < count; ++j)
      if (((reinterpret_cast<uintptr_t>(blocks[i]) ^ reinterpret_cast<uintptr_t>(blocks[j])) & 0xffff) == 0) {
        y = blocks[i];
        x = blocks[j];
        break;
      }
  bool found = false;
  if (x) {
    fixture_free(y);
    void* y2 = fixture_malloc(48);
    fixture_free(x);
    void* x2 = fixture_malloc(48);
    // two other blocks freed (hooked), so that x's next allocation sets no new peak (x2's free
    // is not seen: it stays counted): a peak's sum writes the ring out first (records.cc), which
    // would replace x's stale entry in its set before its free
    for (auto& p : blocks)
      if (p != x && p != y && p != blocks[0]) {
        fixture_free(p);
        p = nullptr;
        if (found) break;
        found = true;
      }
    found = false;
    __libc_free(x2);
    void* x3 = fixture_malloc(48);
    found = y2 == y && x2 == x && x3 == x;
    fixture_free(x3);
    for (auto& p : blocks)
      if (p == y) p = y2;
      else if (p == x) p = nullptr;
  }
  for (void* p : blocks) fixture_free(p);
  std::vector<void*> out{x, reinterpret_cast<void*>(uintptr_t(found))};
  return addressArray(env, out);
}

// A thread that stays: it allocates (fixture_malloc) or frees on command and does nothing else,
// so its last allocation's caller is known across a stop and a start of tracing.
// workerStart(), workerAlloc(size, count) -> addresses, workerFree(addresses), workerStop().
struct StayingWorker {
  pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
  int command = 0;  // 0 none, 1 alloc, 2 free, 3 exit
  uint32_t size = 0;
  std::vector<void*>* blocks = nullptr;
  pthread_t thread;
};
static StayingWorker g_staying;

static void* stayingMain(void*) {
  StayingWorker& w = g_staying;
  pthread_mutex_lock(&w.lock);
  for (;;) {
    while (w.command == 0) pthread_cond_wait(&w.cond, &w.lock);
    int command = w.command;
    if (command == 1) {
      for (void*& p : *w.blocks) p = fixture_malloc(w.size);
    } else if (command == 2) {
      for (void* p : *w.blocks) fixture_free(p);
    }
    w.command = 0;
    pthread_cond_broadcast(&w.cond);
    if (command == 3) break;
  }
  pthread_mutex_unlock(&w.lock);
  return nullptr;
}

static void stayingRun(int command) {
  StayingWorker& w = g_staying;
  pthread_mutex_lock(&w.lock);
  w.command = command;
  pthread_cond_broadcast(&w.cond);
  while (w.command != 0) pthread_cond_wait(&w.cond, &w.lock);
  pthread_mutex_unlock(&w.lock);
}

napi_value WorkerStart(napi_env env, napi_callback_info) {
  pthread_create(&g_staying.thread, nullptr, stayingMain, nullptr);
  return nullptr;
}
napi_value WorkerAlloc(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  uint32_t size = 0, count = 0;
  napi_get_value_uint32(env, argv[0], &size);
  napi_get_value_uint32(env, argv[1], &count);
  std::vector<void*> blocks(count, nullptr);
  g_staying.size = size;
  g_staying.blocks = &blocks;
  stayingRun(1);
  return addressArray(env, blocks);
}
napi_value WorkerFree(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  std::vector<void*> blocks = readAddresses(env, argv[0]);
  g_staying.blocks = &blocks;
  stayingRun(2);
  return nullptr;
}
napi_value WorkerStop(napi_env env, napi_callback_info) {
  stayingRun(3);
  pthread_join(g_staying.thread, nullptr);
  return nullptr;
}

struct PoolWork {
  napi_async_work work;
  napi_deferred deferred;
  uint32_t count, size;
  std::vector<void*> ptrs;
};

FIXTURE void fixture_pool_alloc(napi_env, void* data) {
  auto* w = static_cast<PoolWork*>(data);  // runs on a libuv thread-pool thread
  for (uint32_t i = 0; i < w->count; ++i) {
    w->ptrs.push_back(nullptr);
    w->ptrs.back() = malloc(w->size);  // line:fixture_pool_alloc
    KEEP_FRAME();
  }
}

void poolDone(napi_env env, napi_status, void* data) {
  auto* w = static_cast<PoolWork*>(data);
  napi_resolve_deferred(env, w->deferred, addressArray(env, w->ptrs));
  napi_delete_async_work(env, w->work);
  delete w;
}

// poolAlloc(count, size) -> Promise<addresses>, allocated on the libuv thread pool
napi_value PoolAlloc(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  auto* w = new PoolWork();
  napi_get_value_uint32(env, argv[0], &w->count);
  napi_get_value_uint32(env, argv[1], &w->size);
  w->ptrs.reserve(w->count + 1);
  napi_value promise, name;
  napi_create_promise(env, &w->deferred, &promise);
  napi_create_string_utf8(env, "fixture_pool_alloc", NAPI_AUTO_LENGTH, &name);
  napi_create_async_work(env, nullptr, name, fixture_pool_alloc, poolDone, w, &w->work);
  napi_queue_async_work(env, w->work);
  return promise;
}

napi_value OwnMallocCalls(napi_env env, napi_callback_info) {
  napi_value out;
#ifdef FIXTURE_OWN_MALLOC
  napi_create_double(env, double(g_ownMallocCalls.load()), &out);
#else
  napi_get_null(env, &out);
#endif
  return out;
}

napi_value Init(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {
      {"alloc", nullptr, Alloc, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"release", nullptr, Release, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"threadAlloc", nullptr, ThreadAlloc, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"threadFree", nullptr, ThreadFree, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"freedElsewhere", nullptr, FreedElsewhereRun, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"alternate", nullptr, Alternate, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"newFails", nullptr, NewFails, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"stress", nullptr, Stress, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"handoff", nullptr, HandoffRun, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"ownMallocCalls", nullptr, OwnMallocCalls, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"gzHold", nullptr, GzHold, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"gzRelease", nullptr, GzRelease, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"churn", nullptr, Churn, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"churnKeep", nullptr, ChurnKeep, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"freeNull", nullptr, FreeNull, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"limitRace", nullptr, LimitRace, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"collidingHints", nullptr, CollidingHints, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"workerStart", nullptr, WorkerStart, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"workerAlloc", nullptr, WorkerAlloc, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"workerFree", nullptr, WorkerFree, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"workerStop", nullptr, WorkerStop, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"allocFails", nullptr, AllocFails, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"reuse", nullptr, Reuse, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"unseen", nullptr, Unseen, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"poolAlloc", nullptr, PoolAlloc, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"lateFrees", nullptr, LateFrees, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
