// Corpus (session 7): C++'s many ways to call operator new: class-specific operator new/delete,
// over-aligned types (operator new(size_t, align_val_t)), nothrow new, new[] of objects with
// destructors (the array cookie is in the size), make_shared's fused control block,
// allocate_shared with a custom allocator, and allocations during static initialisation (a
// global std::map, a function-local static) before main runs.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <vector>

struct Pooled {
  int id;
  char tag[20];
  static void *operator new(size_t n) { return std::malloc(n + 0); }
  static void operator delete(void *p) { std::free(p); }
};

struct alignas(64) Vec4 { float v[16]; };

struct Named {
  std::string name;
  Named() : name("a-name-longer-than-sso") {}
  ~Named() {}
};

template <class T> struct Tracking {
  using value_type = T;
  Tracking() = default;
  template <class U> Tracking(const Tracking<U> &) {}
  T *allocate(size_t n) { return static_cast<T *>(std::malloc(n * sizeof(T))); }
  void deallocate(T *p, size_t) { std::free(p); }
  template <class U> bool operator==(const Tracking<U> &) const { return true; }
  template <class U> bool operator!=(const Tracking<U> &) const { return false; }
};

std::map<std::string, int> registry = {{"alpha-registry-key", 1}, {"beta-registry-key", 2}, {"gamma", 3}};

std::vector<int> &table() {
  static std::vector<int> t(100, 7); // on first use
  return t;
}

Pooled *pooled[3];
Vec4 *aligned;
int *maybe;
Named *names;
std::shared_ptr<std::string> shared;
std::shared_ptr<std::vector<int>> custom;

int main() {
  for (int i = 0; i < 3; i++) pooled[i] = new Pooled{i, "pooled"};
  delete pooled[1];
  pooled[1] = nullptr;
  aligned = new Vec4();
  Vec4 *temp = new Vec4[2];
  delete[] temp;
  maybe = new (std::nothrow) int[33];
  names = new Named[3];
  shared = std::make_shared<std::string>("shared-string-longer-than-sso");
  custom = std::allocate_shared<std::vector<int>>(Tracking<std::vector<int>>(), 9, 1);
  table().push_back(8);
  std::printf("%zu %d %s %zu %zu\n", registry.size(), pooled[2]->id, names[1].name.c_str(), shared->size(), table().size());
  return 0;
}
