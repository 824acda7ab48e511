// Reading a loaded ELF object's dynamic section: its relocation tables (for the GOT patcher) and
// its dynamic symbol table through DT_GNU_HASH or DT_HASH (to find which object really defines
// malloc). Only what is mapped is read; nothing here allocates.
#pragma once
#include <link.h>

#include <cstddef>
#include <cstdint>

namespace wtm {

struct DynamicInfo {
  const ElfW(Sym)* symtab = nullptr;
  const char* strtab = nullptr;
  const ElfW(Rela)* jmprel = nullptr;
  size_t jmprelBytes = 0;
  const ElfW(Rela)* rela = nullptr;
  size_t relaBytes = 0;
  bool pltIsRela = true;
  const uint32_t* gnuHash = nullptr;
  const uint32_t* sysvHash = nullptr;
};

bool readDynamic(const dl_phdr_info* info, DynamicInfo* d);

// Is addr inside one of the object's PT_LOAD segments?
bool contains(const dl_phdr_info* info, uintptr_t addr);

// The object's own definition of a function named `name` (not an import, not an IFUNC, whose
// resolver we will not call), or null.
const ElfW(Sym)* findDefinition(const DynamicInfo& d, const char* name);

}  // namespace wtm
