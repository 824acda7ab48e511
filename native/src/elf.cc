#include "elf.h"

#include <elf.h>

#include <cstring>

namespace wtm {

bool contains(const dl_phdr_info* info, uintptr_t addr) {
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && addr >= lo && addr < lo + ph.p_memsz) return true;
  }
  return false;
}

bool readDynamic(const dl_phdr_info* info, DynamicInfo* d) {
  const ElfW(Dyn)* dyn = nullptr;
  for (int i = 0; i < info->dlpi_phnum; ++i)
    if (info->dlpi_phdr[i].p_type == PT_DYNAMIC)
      dyn = reinterpret_cast<const ElfW(Dyn)*>(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
  if (!dyn) return false;
  // glibc rewrites these d_ptr entries to absolute addresses when it loads the object; other
  // loaders (and the vDSO) leave them relative. An address below the load bias is relative.
  auto abs = [&](ElfW(Addr) p) -> uintptr_t {
    return p < info->dlpi_addr ? info->dlpi_addr + p : p;
  };
  for (; dyn->d_tag != DT_NULL; ++dyn) {
    switch (dyn->d_tag) {
      case DT_SYMTAB: d->symtab = reinterpret_cast<const ElfW(Sym)*>(abs(dyn->d_un.d_ptr)); break;
      case DT_STRTAB: d->strtab = reinterpret_cast<const char*>(abs(dyn->d_un.d_ptr)); break;
      case DT_JMPREL: d->jmprel = reinterpret_cast<const ElfW(Rela)*>(abs(dyn->d_un.d_ptr)); break;
      case DT_PLTRELSZ: d->jmprelBytes = dyn->d_un.d_val; break;
      case DT_RELA: d->rela = reinterpret_cast<const ElfW(Rela)*>(abs(dyn->d_un.d_ptr)); break;
      case DT_RELASZ: d->relaBytes = dyn->d_un.d_val; break;
      case DT_PLTREL: d->pltIsRela = dyn->d_un.d_val == DT_RELA; break;
      case DT_GNU_HASH: d->gnuHash = reinterpret_cast<const uint32_t*>(abs(dyn->d_un.d_ptr)); break;
      case DT_HASH: d->sysvHash = reinterpret_cast<const uint32_t*>(abs(dyn->d_un.d_ptr)); break;
    }
  }
  return d->symtab && d->strtab;
}

namespace {

bool isFunctionDefinition(const ElfW(Sym)& s) {
  unsigned type = ELF64_ST_TYPE(s.st_info);
  unsigned bind = ELF64_ST_BIND(s.st_info);
  return s.st_shndx != SHN_UNDEF && s.st_value != 0 && type == STT_FUNC &&
         (bind == STB_GLOBAL || bind == STB_WEAK);
}

const ElfW(Sym)* lookupGnu(const DynamicInfo& d, const char* name) {
  const uint32_t* table = d.gnuHash;
  uint32_t nbuckets = table[0], symoffset = table[1], bloomWords = table[2];
  if (nbuckets == 0) return nullptr;
  const auto* bloom = reinterpret_cast<const ElfW(Addr)*>(table + 4);
  const auto* buckets = reinterpret_cast<const uint32_t*>(bloom + bloomWords);
  const uint32_t* chain = buckets + nbuckets;
  uint32_t h = 5381;
  for (const char* p = name; *p; ++p) h = h * 33 + static_cast<unsigned char>(*p);
  uint32_t index = buckets[h % nbuckets];
  if (index < symoffset) return nullptr;
  for (;; ++index) {
    uint32_t ch = chain[index - symoffset];
    if ((ch | 1) == (h | 1) && strcmp(name, d.strtab + d.symtab[index].st_name) == 0 &&
        isFunctionDefinition(d.symtab[index]))
      return &d.symtab[index];
    if (ch & 1) return nullptr;  // end of this bucket's chain
  }
}

const ElfW(Sym)* lookupSysv(const DynamicInfo& d, const char* name) {
  const uint32_t* table = d.sysvHash;
  uint32_t nbucket = table[0];
  if (nbucket == 0) return nullptr;
  const uint32_t* bucket = table + 2;
  const uint32_t* chain = bucket + nbucket;
  uint32_t h = 0;
  for (const char* p = name; *p; ++p) {
    h = (h << 4) + static_cast<unsigned char>(*p);
    uint32_t g = h & 0xf0000000u;
    if (g) h ^= g >> 24;
    h &= ~g;
  }
  for (uint32_t i = bucket[h % nbucket]; i; i = chain[i])
    if (strcmp(name, d.strtab + d.symtab[i].st_name) == 0 && isFunctionDefinition(d.symtab[i]))
      return &d.symtab[i];
  return nullptr;
}

}  // namespace

const ElfW(Sym)* findDefinition(const DynamicInfo& d, const char* name) {
  if (d.gnuHash) return lookupGnu(d, name);
  if (d.sysvHash) return lookupSysv(d, name);
  return nullptr;
}

}  // namespace wtm
