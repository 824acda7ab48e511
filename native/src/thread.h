// What each thread keeps for the intercepts' fast path, in ONE thread-local block: its address
// is computed once per intercept (one load of the TLS offset), and every field is then one load.
// initial-exec: the general-dynamic model would call __tls_get_addr, which may itself allocate
// the first time a thread touches this object's TLS. The block is small (static TLS is scarce
// in a dlopen'd object): the tables themselves live in pages of their own.
#pragma once
#include <cstdint>

namespace wtm {

struct ThreadTable;  // records.h: this thread's live table
struct TableSet;     // one set of 4 ways of it
struct CallerCache;  // unwind.h: return address -> traceback id, for nframe=1
struct TableEntry;   // records.h: one way of a set

struct ThreadState {
  int inTracer;        // > 0 while this thread is inside the tracer (the recursion guard)
  uint32_t shift;      // 64 - log2(sets) of the table's current array
  TableSet* sets;      // the table's current array (only this thread replaces it)
  ThreadTable* table;  // null until this thread's first event
  CallerCache* callers;
  bool noTable;  // no table, for good or while one is set up
  // The block this thread's last event freed, and the way of the table it emptied (records.h:
  // an allocator hands the block just freed back first). 0 after any other event.
  uintptr_t freedPtr;
  TableEntry* freedWay;
};

extern __thread ThreadState t_thread __attribute__((tls_model("initial-exec")));

}  // namespace wtm
