// shapes.cpp with libc++ ≥ 15's operator new (libcxx/src/new.cpp, exceptions off) compiled in,
// replacing the older libc++'s of emcc 3.1.6: the new_handler loop is `operator_new_impl`, and
// operator new is that impl, else the bad_alloc shim (abort). Where the impl is not inlined
// (em++ -Oz here; draco3d's encoder in the zoo), operator new is a function that calls it and
// aborts on null, and every C++ allocation passes through both.
#include <cstdlib>
#include <new>

[[noreturn]] __attribute__((noinline)) static void throw_bad_alloc_shim() { std::abort(); }

static void* operator_new_impl(std::size_t size) noexcept {
  if (size == 0) size = 1;
  void* p;
  while ((p = std::malloc(size)) == nullptr) {
    std::new_handler nh = std::get_new_handler();
    if (nh) nh();
    else break;
  }
  return p;
}

void* operator new(std::size_t size) {
  void* p = operator_new_impl(size);
  if (p == nullptr) throw_bad_alloc_shim();
  return p;
}

void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return operator_new_impl(size); }

void* operator new[](std::size_t size) { return ::operator new(size); }

// A nothrow allocation too (a second caller of the impl, as in libc++ itself), made and freed
// before main.
static struct NothrowUser {
  NothrowUser() { ::operator delete(::operator new(24, std::nothrow)); }
} nothrow_user;

#include "shapes.cpp"
