// Corpus (session 4): C++ with wasm exceptions (-fwasm-exceptions): throws through allocating
// frames, caught at several depths, then allocations after the catch; virtual dispatch, std::map,
// std::function, shared_ptr.
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// First in the code section on purpose: llvm-symbolizer 14 (the oracle) reads the first bytes of
// the code section as a function wasm-ld discarded and left at address 0 (emcc 3.1.6 -O2 -g), so
// no allocation site may sit there. This function allocates nothing.
__attribute__((noinline)) double mix(double a, double b, int n) {
  double x = a;
  for (int i = 0; i < n; i++) x = x * 0.5 + b / (i + 1) - (x > 3 ? 1.5 : -0.25) * (i & 3);
  return x;
}

struct Shape { virtual ~Shape() {} virtual std::vector<double> *outline(int n) const = 0; };
struct Circle : Shape { std::vector<double> *outline(int n) const override { return new std::vector<double>(n * 2, 1.0); } };
struct Box : Shape { std::vector<double> *outline(int n) const override { auto *v = new std::vector<double>(); v->reserve(n * 4); return v; } };

__attribute__((noinline)) std::string *risky(int i) {
  auto *s = new std::string(40, 'a' + i);   // kept when nothing throws
  if (i % 3 == 0) { delete s; throw std::runtime_error("bad " + std::to_string(i)); }
  return s;
}

__attribute__((noinline)) std::string *deeper(int i) {
  std::vector<int> scratch(50, i);             // unwound by the throw
  return risky(i + scratch[0] - i);
}

__attribute__((noinline)) int *after_catch(int n) { return new int[n]; }

std::vector<std::string *> kept_strings;
std::vector<int *> kept_after;
std::map<std::string, std::shared_ptr<Shape>> kept_shapes;
std::vector<std::vector<double> *> kept_outlines;
std::function<int(int)> kept_fn;

int main() {
  int caught = 0;
  for (int i = 0; i < 7; i++) {
    try {
      kept_strings.push_back(deeper(i));
    } catch (const std::exception &e) {
      caught++;
      kept_after.push_back(after_catch(8 + i));
    }
  }
  kept_shapes["circle"] = std::make_shared<Circle>();
  kept_shapes["box"] = std::make_shared<Box>();
  for (auto &kv : kept_shapes) kept_outlines.push_back(kv.second->outline(16));
  std::vector<int> captured(30, 2);
  kept_fn = [captured](int x) { return x + captured[0]; };
  std::printf("caught %d, kept %zu strings, %zu shapes, fn %d, mix %.3f\n", caught, kept_strings.size(), kept_shapes.size(), kept_fn(1), mix(1.0, 2.0, 40));
  return 0;
}
