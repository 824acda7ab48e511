// Installing the hooks: every loaded object's GOT slots (JUMP_SLOT and GLOB_DAT relocations)
// that name a hooked function are pointed at its intercept, and put back on unpatch. Objects are
// found with dl_iterate_phdr; the dynamic loader, the vDSO and this addon are left alone (the
// loader's own malloc is not the program's, the vDSO has no GOT, and the addon must reach the
// real functions). The main executable is patched too: a non-PIE `node` calls malloc through its
// own PLT.
#pragma once
#include <link.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace wtm {

// Patches every object not yet patched; safe to call again (slots already pointing at an
// intercept are skipped). Returns the number of slots patched by this call.
size_t patchLoadedObjects();
// Restores every patched slot of every object still loaded; returns how many.
size_t unpatchAll();
size_t patchedSlotCount();
// Names of the objects with at least one patched slot ("" is the main executable).
std::vector<std::string> patchedObjects();

// Held across fork() (see addon.cc), so the child never inherits it locked by another thread.
void patchLockForFork();
void patchUnlockAfterFork();

// Shared with originals.cc: objects the hook never touches (vDSO, dynamic loader, this addon),
// and whether an address lies in the main executable (known once resolveOriginals() ran).
bool isExcludedObject(const dl_phdr_info* info);
bool inMainExecutable(uintptr_t addr);

}  // namespace wtm
