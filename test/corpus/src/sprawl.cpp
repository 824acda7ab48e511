// oracle7: a C++ program for builds the corpus lacked (em++ -gseparate-dwarf, -sWASM_BIGINT with
// JS exceptions, clang++ -gline-tables-only under LTO). Allocations in global constructors,
// constructors, lambdas kept in std::function, templates, callbacks through a C table, a deep
// recursion, a realloc growth loop, containers (map, unordered_map, shared_ptr, strings past SSO).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

static std::vector<std::string> make_names() {
  std::vector<std::string> v;
  for (int i = 0; i < 5; i++) v.push_back("global-name-number-" + std::to_string(i));
  return v;
}
static std::vector<std::string> g_names = make_names();
static std::map<int, std::string> g_table = {{1, "one, spelled out past sso"}, {2, "two"}};

struct Node {
  std::string label;
  std::vector<std::shared_ptr<Node>> kids;
  explicit Node(const std::string &l) : label(l + "/node-label-suffix") { kids.reserve(2); }
};

template <class T> T *clone_n(const T &value, int n) {
  T *out = new T[n];
  for (int i = 0; i < n; i++) out[i] = value;
  return out;
}

static std::shared_ptr<Node> grow(int depth) {
  auto n = std::make_shared<Node>("d" + std::to_string(depth));
  if (depth > 0) n->kids.push_back(grow(depth - 1));
  return n;
}

struct Chain { Chain *next; char *tag; };
static Chain *descend(int depth, Chain *tail) {
  Chain *c = (Chain *)malloc(sizeof(Chain));
  c->tag = (char *)malloc(8 + depth % 5);
  snprintf(c->tag, 8 + depth % 5, "%d", depth);
  c->next = tail;
  if (depth == 0) return c;
  return descend(depth - 1, c);
}

static void *maker_small(size_t n) { return malloc(n); }
static void *maker_zero(size_t n) { return calloc(n, 3); }
static void *maker_dup(size_t n) { char buf[64]; memset(buf, 'q', sizeof buf); buf[n % 60] = 0; return strdup(buf); }
typedef void *(*maker_fn)(size_t);
static maker_fn makers[] = {maker_small, maker_zero, maker_dup};

static int *grow_ints(int count) {
  int *p = nullptr;
  size_t cap = 0;
  for (int i = 0; i < count; i++) {
    if ((size_t)i == cap) {
      cap = cap ? cap * 2 : 3;
      p = (int *)realloc(p, cap * sizeof(int));
    }
    p[i] = i * i;
  }
  return p;
}

__attribute__((noinline)) std::string *price(int64_t cents) {
  std::string *s = new std::string("price: " + std::to_string(cents / 100) + " units and change");
#if defined(__cpp_exceptions)
  if (cents < 0) { delete s; throw std::invalid_argument("negative price " + std::to_string(cents)); }
#endif
  return s;
}

int main(int argc, char **argv) {
  std::vector<std::string> args(argv, argv + argc);
  std::unordered_map<std::string, std::vector<int>> index;
  for (int i = 0; i < 12; i++) index["key-" + std::to_string(i % 7)].push_back(i);

  std::vector<std::function<std::string *(int)>> handlers;
  std::string prefix(40, 'p');
  handlers.push_back([](int k) { return new std::string(k, 'h'); });
  handlers.push_back([prefix, &index](int k) { return new std::string(prefix + std::to_string(k + (int)index.size())); });
  std::vector<std::string *> made;
  for (int k = 10; k < 30; k += 9)
    for (auto &h : handlers) made.push_back(h(k));

  std::map<int, std::shared_ptr<Node>> roots;
  roots[3] = grow(3);
  roots[40] = grow(40);
  roots[5] = std::make_shared<Node>(std::string(30, 'r'));

  double *ds = clone_n(2.5, 17);
  std::string *ss = clone_n(std::string(25, 's'), 3);

  Chain *chain = descend(30, nullptr);
  void *kept[6];
  for (int i = 0; i < 6; i++) kept[i] = makers[i % 3](16 + i);
  int *ints = grow_ints(50);

  std::vector<std::string *> prices;
  for (int64_t c : {int64_t(1234), int64_t(-5), int64_t(99999999999)}) {
#if defined(__cpp_exceptions)
    try {
      prices.push_back(price(c));
    } catch (const std::invalid_argument &e) {
      prices.push_back(new std::string(std::string("caught: ") + e.what()));
    }
#else
    if (c >= 0) prices.push_back(price(c));
#endif
  }

  size_t total = 0;
  for (auto *m : made) total += m->size();
  for (auto *p : prices) total += p->size();
  printf("args %zu index %zu made %zu total %zu roots %zu ds %.1f ss %zu chain %s ints %d kept %s names %zu table %zu\n",
         args.size(), index.size(), made.size(), total, roots.size(), ds[16], ss[2].size(), chain->tag, ints[49],
         (char *)kept[2], g_names.size(), g_table.size());
  // free some, keep the rest live at exit
  delete made[0];
  made.erase(made.begin());
  free(kept[0]);
  roots.erase(3);
  delete prices.back();
  prices.pop_back();
  return 0;
}
