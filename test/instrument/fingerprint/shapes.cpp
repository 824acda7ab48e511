// C++ allocations through operator new / new[] / delete (fingerprint.test.ts): a stripped build
// must trace as its named build, each block at its caller, not at operator new.
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

extern "C" __attribute__((import_module("env"), import_name("checkpoint"))) void checkpoint(int n);

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
};
struct Rect : Shape {
  double w, h;
  Rect(double w, double h) : w(w), h(h) {}
  double area() const override { return w * h; }
};
struct Poly : Shape {
  std::vector<double> xs, ys;
  explicit Poly(int n) : xs(n), ys(n) { for (int i = 0; i < n; i++) { xs[i] = i; ys[i] = (i * 7) % 5; } }
  double area() const override {
    double a = 0;
    for (size_t i = 0; i < xs.size(); i++) { size_t j = (i + 1) % xs.size(); a += xs[i] * ys[j] - xs[j] * ys[i]; }
    return a < 0 ? -a / 2 : a / 2;
  }
};

__attribute__((noinline)) Shape* make(int i) {
  if (i % 3 == 0) return new Rect(i, i + 1);
  return new Poly(3 + i % 9);
}

int main(int argc, char** argv) {
  std::vector<std::unique_ptr<Shape>> kept;
  std::map<std::string, int> names;
  double total = 0;
  for (int i = 0; i < 600; i++) {
    std::unique_ptr<Shape> s(make(i));
    total += s->area();
    if (i % 4 == 0) kept.push_back(std::move(s));
    names["shape-number-" + std::to_string(i % 97)] += i;
  }
  int* counts = new int[argc + 40];
  for (int i = 0; i < argc + 40; i++) counts[i] = i;
  char* scratch = new char[1000];
  delete[] scratch;
  checkpoint(1);
  std::printf("kept %zu names %zu total %.1f first %d\n", kept.size(), names.size(), total, counts[argc]);
  delete[] counts;
  return 0;
}
