// Lazy symbolisation, at snapshot time only: which object a return address is in, the nearest
// exported symbol (dladdr, demangled) and the address relative to the object's load bias (what
// addr2line wants). File:line comes later, from addr2line, in native/symbolize.ts.
#pragma once
#include <cstdint>
#include <string>

namespace wtm {

struct NativeSymbol {
  std::string object;    // path of the ELF object ("" when the address is in no object: JIT code)
  uintptr_t objectAddress = 0;  // pc - load bias: the address addr2line expects
  std::string function;  // demangled; "" when dladdr knows no symbol
  uintptr_t functionOffset = 0;
};

// pc is a return address: the caller's instruction is the one before, so look up pc - 1 (a call
// that ends a function would otherwise be attributed to the next function).
NativeSymbol symbolize(uintptr_t pc);

}  // namespace wtm
