#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <pthread.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

#include "elf.h"
#include "got.h"
#include "hooks.h"
#include "tracking.h"

#if !defined(__x86_64__) && !defined(__aarch64__)
#error "wasm-tracemalloc/native patches x86-64 and AArch64 relocations only"
#endif

namespace wtm {
namespace {

#if defined(__x86_64__)
constexpr uint32_t kJumpSlot = R_X86_64_JUMP_SLOT;
constexpr uint32_t kGlobDat = R_X86_64_GLOB_DAT;
#else
constexpr uint32_t kJumpSlot = R_AARCH64_JUMP_SLOT;
constexpr uint32_t kGlobDat = R_AARCH64_GLOB_DAT;
#endif

struct PatchRecord {
  uintptr_t* slot;
  uintptr_t original;   // what the slot held before
  uintptr_t intercept;  // what we wrote (restored only if it still holds this)
};

// A fixed table: patching runs inside dl_iterate_phdr callbacks and from the dlopen intercept,
// where allocating is best avoided. 64 Ki slots is far more than a process has (node: ~40
// objects x a handful of allocator slots each).
constexpr size_t kMaxRecords = 1 << 16;
PatchRecord g_records[kMaxRecords];
size_t g_recordCount = 0;
pthread_mutex_t g_patchMutex = PTHREAD_MUTEX_INITIALIZER;

struct MutexGuard {
  MutexGuard() { pthread_mutex_lock(&g_patchMutex); }
  ~MutexGuard() { pthread_mutex_unlock(&g_patchMutex); }
};

int protOf(uint32_t pflags) {
  return ((pflags & PF_R) ? PROT_READ : 0) | ((pflags & PF_W) ? PROT_WRITE : 0) |
         ((pflags & PF_X) ? PROT_EXEC : 0);
}

// The protection the page holding addr has now: its PT_LOAD's flags, minus write inside
// PT_GNU_RELRO (which the loader made read-only after relocating, e.g. the GOT under -z now).
int currentProt(const dl_phdr_info* info, uintptr_t addr, bool* found) {
  int prot = 0;
  *found = false;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph.p_vaddr, hi = lo + ph.p_memsz;
    if (ph.p_type == PT_LOAD && addr >= lo && addr < hi) {
      prot = protOf(ph.p_flags);
      *found = true;
    }
  }
  long page = sysconf(_SC_PAGESIZE);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_GNU_RELRO) continue;
    // The loader protects whole pages: from the start's page to the end rounded DOWN.
    uintptr_t lo = (info->dlpi_addr + ph.p_vaddr) & ~uintptr_t(page - 1);
    uintptr_t hi = (info->dlpi_addr + ph.p_vaddr + ph.p_memsz) & ~uintptr_t(page - 1);
    if (addr >= lo && addr < hi) prot &= ~PROT_WRITE;
  }
  return prot;
}

bool writeSlot(const dl_phdr_info* info, uintptr_t* slot, uintptr_t value) {
  bool found;
  int prot = currentProt(info, reinterpret_cast<uintptr_t>(slot), &found);
  if (!found) return false;
  long page = sysconf(_SC_PAGESIZE);
  void* pageStart = reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(slot) & ~uintptr_t(page - 1));
  if (!(prot & PROT_WRITE) && mprotect(pageStart, page, prot | PROT_READ | PROT_WRITE) != 0)
    return false;
  // One aligned word: other threads calling through the slot see the old or the new target.
  __atomic_store_n(slot, value, __ATOMIC_RELEASE);
  if (!(prot & PROT_WRITE)) mprotect(pageStart, page, prot);
  return true;
}

// Objects to leave alone: the vDSO, the dynamic loader, this addon.
bool isExcludedImpl(const dl_phdr_info* info) {
  uintptr_t vdso = getauxval(AT_SYSINFO_EHDR);
  if (vdso && contains(info, vdso)) return true;
  uintptr_t loader = getauxval(AT_BASE);
  if (loader && contains(info, loader)) return true;
  if (contains(info, reinterpret_cast<uintptr_t>(&patchLoadedObjects))) return true;
  return false;
}

const HookedFunction* lookupHooked(const char* name) {
  for (size_t i = 0; i < g_hookedFunctionCount; ++i) {
    const HookedFunction& h = g_hookedFunctions[i];
    if (*h.original && strcmp(h.symbol, name) == 0) return &h;
  }
  return nullptr;
}

bool isIntercept(uintptr_t value) {
  for (size_t i = 0; i < g_hookedFunctionCount; ++i)
    if (reinterpret_cast<uintptr_t>(g_hookedFunctions[i].intercept) == value) return true;
  return false;
}

// Does the slot lead to the function we resolved as the original? Only then may the intercept
// stand in for it: a slot bound to another definition (an allocator an addon defines and binds
// to itself, an executable's own operator new) must keep calling that one.
bool boundToOriginal(const dl_phdr_info* info, const ElfW(Sym)& sym, uintptr_t old,
                     uintptr_t original) {
  if (old == original) return true;
  // Lazy binding not done yet: the slot points back into this object's own PLT, and the lazy
  // resolver would bind it to the first definition in the global scope: the original. (Unless it
  // already holds this object's own definition: bound to itself, e.g. RTLD_DEEPBIND.)
  if (contains(info, old))
    return sym.st_shndx == SHN_UNDEF || old != info->dlpi_addr + sym.st_value;
  // A non-PIE executable that takes the function's address makes every GLOB_DAT point at its
  // "canonical" PLT stub, which jumps through the executable's own (patched) slot.
  return inMainExecutable(old) && !inMainExecutable(original);
}

size_t patchRelocations(const dl_phdr_info* info, const DynamicInfo& d, const ElfW(Rela)* rel,
                        size_t bytes) {
  size_t patched = 0;
  if (!rel) return 0;
  for (size_t i = 0, n = bytes / sizeof(ElfW(Rela)); i < n; ++i) {
    uint32_t type = ELF64_R_TYPE(rel[i].r_info);
    if (type != kJumpSlot && type != kGlobDat) continue;
    uint32_t symIndex = ELF64_R_SYM(rel[i].r_info);
    if (!symIndex) continue;
    const ElfW(Sym)& sym = d.symtab[symIndex];
    const HookedFunction* h = lookupHooked(d.strtab + sym.st_name);
    if (!h) continue;
    auto* slot = reinterpret_cast<uintptr_t*>(info->dlpi_addr + rel[i].r_offset);
    uintptr_t old = *slot;
    if (isIntercept(old)) continue;  // patched by an earlier call
    if (!boundToOriginal(info, sym, old, reinterpret_cast<uintptr_t>(*h->original))) continue;
    if (g_recordCount == kMaxRecords) return patched;
    uintptr_t target = reinterpret_cast<uintptr_t>(h->intercept);
    if (!writeSlot(info, slot, target)) continue;
    g_records[g_recordCount++] = PatchRecord{slot, old, target};
    patched++;
  }
  return patched;
}

int patchObject(dl_phdr_info* info, size_t, void* arg) {
  if (isExcludedImpl(info)) return 0;
  DynamicInfo d;
  if (!readDynamic(info, &d)) return 0;
  size_t* total = static_cast<size_t*>(arg);
  if (d.pltIsRela) *total += patchRelocations(info, d, d.jmprel, d.jmprelBytes);
  *total += patchRelocations(info, d, d.rela, d.relaBytes);
  return 0;
}

struct UnpatchState {
  size_t restored;
};

int unpatchObject(dl_phdr_info* info, size_t, void* arg) {
  auto* st = static_cast<UnpatchState*>(arg);
  for (size_t i = 0; i < g_recordCount; ++i) {
    PatchRecord& r = g_records[i];
    if (!r.slot || !contains(info, reinterpret_cast<uintptr_t>(r.slot))) continue;
    if (*r.slot == r.intercept && writeSlot(info, r.slot, r.original)) st->restored++;
    r.slot = nullptr;
  }
  return 0;
}

}  // namespace

bool isExcludedObject(const dl_phdr_info* info) { return isExcludedImpl(info); }

void patchLockForFork() { pthread_mutex_lock(&g_patchMutex); }
void patchUnlockAfterFork() { pthread_mutex_unlock(&g_patchMutex); }

size_t patchLoadedObjects() {
  RecursionGuard guard;
  MutexGuard lock;
  size_t total = 0;
  dl_iterate_phdr(patchObject, &total);
  return total;
}

size_t unpatchAll() {
  RecursionGuard guard;
  MutexGuard lock;
  // Only objects still loaded: a slot of an object dlclose'd since is no longer mapped.
  UnpatchState st{0};
  dl_iterate_phdr(unpatchObject, &st);
  g_recordCount = 0;
  return st.restored;
}

size_t patchedSlotCount() {
  MutexGuard lock;
  return g_recordCount;
}

namespace {
struct ObjectNames {
  std::vector<std::string>* out;
};
int nameIfPatched(dl_phdr_info* info, size_t, void* arg) {
  auto* st = static_cast<ObjectNames*>(arg);
  for (size_t i = 0; i < g_recordCount; ++i) {
    if (!g_records[i].slot || !contains(info, reinterpret_cast<uintptr_t>(g_records[i].slot)))
      continue;
    st->out->push_back(info->dlpi_name ? info->dlpi_name : "");
    break;
  }
  return 0;
}
}  // namespace

std::vector<std::string> patchedObjects() {
  RecursionGuard guard;
  MutexGuard lock;
  // Walk the objects loaded now (a record's own name pointer dies with its object).
  std::vector<std::string> names;
  ObjectNames st{&names};
  dl_iterate_phdr(nameIfPatched, &st);
  return names;
}

// The tracing check is repeated under the patch lock: a dlopen on another thread that saw
// tracing on may get here after stop() restored every slot, and must not patch them again
// (stop() turns tracing off before it takes the lock; start() turns it on before it patches).
void onObjectLoaded() {
  RecursionGuard guard;
  MutexGuard lock;
  if (nframeOf(g_state.load(std::memory_order_relaxed)) == 0) return;
  size_t total = 0;
  dl_iterate_phdr(patchObject, &total);
}

}  // namespace wtm
