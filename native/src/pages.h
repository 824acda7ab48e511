// Tracer memory comes straight from mmap, never from malloc: the tables are touched inside the
// malloc hooks, and memory the program's allocator hands out must not hold tracer state (it
// would show up in the traces and could recurse). Every byte is counted for tracerMemory().
#pragma once
#include <cstddef>

namespace wtm {

// Zero-filled; aborts the process if mmap fails. populate: fault every page in now (one call)
// for memory about to be written all over.
void* pagesAlloc(size_t bytes, bool populate = false);
void pagesFree(void* p, size_t bytes);
size_t pagesInUse();                      // bytes currently mapped by the tracer

}  // namespace wtm
