#include "symbols.h"

#include <cxxabi.h>
#include <dlfcn.h>
#include <link.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>

namespace wtm {

namespace {

std::string mainExecutable() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, size_t(n)) : std::string();
}

std::string demangle(const char* name) {
  int status = 0;
  char* out = abi::__cxa_demangle(name, nullptr, nullptr, &status);
  if (status != 0 || !out) return name;
  std::string s(out);
  free(out);
  return s;
}

}  // namespace

NativeSymbol symbolize(uintptr_t pc) {
  NativeSymbol sym;
  uintptr_t at = pc ? pc - 1 : 0;
  Dl_info info;
  link_map* map = nullptr;
  if (!dladdr1(reinterpret_cast<void*>(at), &info, reinterpret_cast<void**>(&map),
               RTLD_DL_LINKMAP))
    return sym;
  // The main executable's link_map has an empty name, and dladdr then answers argv[0].
  sym.object = (map && map->l_name && map->l_name[0]) ? map->l_name : mainExecutable();
  sym.objectAddress = at - (map ? map->l_addr : 0);
  // dladdr answers the nearest exported symbol BELOW the address, even when the address is in a
  // static function after it: trust it only when the address falls inside the symbol's size.
  ElfW(Sym)* entry = nullptr;
  dladdr1(reinterpret_cast<void*>(at), &info, reinterpret_cast<void**>(&entry), RTLD_DL_SYMENT);
  bool inside = entry && info.dli_saddr &&
                (entry->st_size == 0 || at - reinterpret_cast<uintptr_t>(info.dli_saddr) < entry->st_size);
  if (info.dli_sname && info.dli_saddr && inside) {
    sym.function = demangle(info.dli_sname);
    sym.functionOffset = at - reinterpret_cast<uintptr_t>(info.dli_saddr);
  }
  return sym;
}

}  // namespace wtm
