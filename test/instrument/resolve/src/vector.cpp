#include <vector>
#include <memory>
#include <string>

struct Point { int x, y; };

__attribute__((noinline)) std::vector<Point> *make_points(int n) {
  auto *v = new std::vector<Point>();
  for (int i = 0; i < n; i++) {
    v->push_back(Point{i, i * 2});
  }
  return v;
}

__attribute__((noinline)) std::unique_ptr<int[]> make_buffer(int n) {
  return std::make_unique<int[]>(n);
}

extern "C" __attribute__((export_name("run"))) int run(int n) {
  std::vector<Point> *v = make_points(n);
  auto buf = make_buffer(n + 8);
  std::string s(40, 'x');
  int r = (int)v->size() + buf[0] + (int)s.size();
  delete v;
  // std::to_string links libc++'s string.cpp, whose own copy of the inline
  // __throw_bad_array_new_length lld relocates onto ours: two line programs cover one address.
  r += (int)std::to_string(r).size();
  return r;
}
