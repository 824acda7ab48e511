// Corpus (oracle4): C++ under LTO (clang++ wasi) and em++ -O3: header templates (views.h)
// instantiated here, std::string on both sides of the small-string boundary, vector growth and
// reserve, make_shared, std::function holding lambdas (small and large captures), virtual calls
// that allocate, placement new into a pool, over-aligned new, new[] of a class with a destructor.
#include <functional>
#include <memory>
#include <string>
#include <vector>
#include "views.h"

struct Widget {
  virtual ~Widget() = default;
  virtual std::string render() const = 0;
};
struct Label : Widget {
  std::string text;
  explicit Label(std::string t) : text(std::move(t)) {}
  std::string render() const override { return "[" + text + "]"; }
};
struct Row : Widget {
  std::vector<std::unique_ptr<Widget>> cells;
  std::string render() const override {
    std::string out;
    for (auto &c : cells) out += c->render();
    return out;
  }
};

struct alignas(64) Cache { float lanes[16]; };
struct Tracked { std::string name = "tracked"; ~Tracked() {} };

// Kept at exit: one state object, never destroyed (wasi-libc runs static destructors at exit).
struct State {
  std::vector<std::string> strings;
  std::vector<std::function<int(int)>> steps;
  std::shared_ptr<Row> row;
  Cache *cache;
  Tracked *tracked;
  Table<std::string, int> counts;
  Pool<std::pair<int, int>> pairs{4};
  int *copy;
};
static State *volatile state;

__attribute__((noinline)) static std::string sized(int n, char c) { return std::string(n, c); }

int main() {
  state = new State();
  State &k = *state;
  auto &strings = k.strings;
  auto &steps = k.steps;
  auto &counts = k.counts;
  auto &pairs = k.pairs;
  for (int n = 8; n <= 13; n++) strings.push_back(sized(n, 'a' + n));
  strings.reserve(strings.size() + 10);
  k.row = std::make_shared<Row>();
  for (int i = 0; i < 3; i++) k.row->cells.push_back(std::make_unique<Label>(sized(9 + i * 4, 'x')));
  strings.push_back(k.row->render());
  int small = 3;
  long big[6] = {1, 2, 3, 4, 5, 6};
  steps.push_back([small](int x) { return x + small; });
  steps.push_back([big](int x) { return x * int(big[5]); });
  for (const char *w : {"ant", "bee", "ant", "cicada", "bee", "ant"}) counts.at(w)++;
  for (int i = 0; i < 6; i++) pairs.make(i, i * i);
  k.cache = new Cache();
  k.tracked = new Tracked[3];
  int src[5] = {5, 4, 3, 2, 1};
  k.copy = clone_array(src, 5);
  int v = 1;
  for (auto &f : steps) v = f(v);
  std::printf("%zu %s %d %d %zu %d\n", strings.size(), strings.back().c_str(), v, counts.at("ant"), pairs.size(), k.copy[0]);
  return 0;
}
