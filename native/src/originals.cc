// Finding the real functions the intercepts call: for each hooked name, the first object in
// load order that DEFINES it (the executable first, then preloads, then libc...): the definition
// the dynamic linker binds the program's calls to. Read from each object's own dynamic symbol
// table, not with dlsym: dlsym(RTLD_DEFAULT) answers a non-PIE executable's canonical PLT stub,
// which jumps through the very slot we patch.
#include <link.h>

#include "elf.h"
#include "got.h"
#include "hooks.h"
#include "tracking.h"

namespace wtm {
namespace {

dl_phdr_info g_exe{};  // the main executable (its phdrs stay mapped for the process's life)
bool g_haveExe = false;

struct Resolution {
  bool first;
};

int resolveIn(dl_phdr_info* info, size_t, void* arg) {
  auto* r = static_cast<Resolution*>(arg);
  if (r->first) {
    // dl_iterate_phdr reports the main executable first.
    g_exe = *info;
    g_haveExe = true;
    r->first = false;
  }
  if (isExcludedObject(info)) return 0;
  DynamicInfo d;
  if (!readDynamic(info, &d)) return 0;
  for (size_t f = 0; f < g_hookedFunctionCount; ++f) {
    const HookedFunction& h = g_hookedFunctions[f];
    if (*h.original) continue;
    const ElfW(Sym)* sym = findDefinition(d, h.symbol);
    if (sym) *h.original = reinterpret_cast<void*>(info->dlpi_addr + sym->st_value);
  }
  return 0;
}

}  // namespace

bool inMainExecutable(uintptr_t addr) { return g_haveExe && contains(&g_exe, addr); }

bool resolveOriginals(const char** missing) {
  RecursionGuard guard;
  Resolution r{true};
  dl_iterate_phdr(resolveIn, &r);
  if (!g_real.malloc || !g_real.free || !g_real.calloc || !g_real.realloc) {
    *missing = !g_real.malloc ? "malloc" : !g_real.free ? "free" : !g_real.calloc ? "calloc" : "realloc";
    return false;
  }
  return true;
}

}  // namespace wtm
