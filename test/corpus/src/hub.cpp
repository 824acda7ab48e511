// Corpus (oracle6): C++ as em++ ships it with the runtime checks people turn on:
// -sMALLOC=emmalloc-memvalidate (every malloc/free validates the heap), -sALLOW_MEMORY_GROWTH,
// -sSTACK_OVERFLOW_CHECK=2 (Binaryen instruments every stack-pointer write), at -Oz with wasm
// exceptions and at -O3 with JS exceptions. An event hub: handlers in std::function (small and
// large captures) called later and allocating, virtual calls through a base pointer, header
// templates (hub.h), a throw through allocating frames caught above, a C realloc growth loop.
#include "hub.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <stdexcept>

struct Sink {
  virtual ~Sink() = default;
  virtual std::string take(const std::string &what) = 0;
};
struct Upper : Sink {
  std::string take(const std::string &what) override {
    std::string s = what;
    for (char &c : s) c = c >= 'a' && c <= 'z' ? c - 32 : c;
    return s + "!";
  }
};
struct Counted : Sink {
  std::vector<int> *lens = new std::vector<int>();
  std::string take(const std::string &what) override {
    lens->push_back((int)what.size());
    return std::string(what.size() + 20, '#');
  }
};

using Handler = std::function<void(const std::string &)>;
static std::map<std::string, std::vector<Handler>> handlers;
static std::vector<std::string> journal;
static char *raw;
static size_t raw_len, raw_cap;

static void on(const std::string &topic, Handler h) { handlers[topic].push_back(std::move(h)); }

static void emit(const std::string &topic, const std::string &payload) {
  auto it = handlers.find(topic);
  if (it == handlers.end()) throw std::runtime_error("no handler for " + topic);
  for (auto &h : it->second) h(payload);
}

static void append_raw(const char *s) {
  size_t n = strlen(s);
  while (raw_len + n + 1 > raw_cap) {
    raw_cap = raw_cap ? raw_cap * 2 : 16;
    raw = (char *)realloc(raw, raw_cap);
  }
  memcpy(raw + raw_len, s, n + 1);
  raw_len += n;
}

static int depth_then_throw(int d, std::vector<std::unique_ptr<std::string>> &held) {
  held.push_back(std::make_unique<std::string>(d * 3 + 16, 'x'));
  if (d == 0) throw std::out_of_range("bottom of " + std::to_string(held.size()));
  return depth_then_throw(d - 1, held) + 1;
}

int main() {
  std::unique_ptr<Sink> sinks[2] = {build<Upper>(), build<Counted>()};
  Ring<std::string> recent(4);
  on("log", [&](const std::string &p) { journal.push_back(sinks[0]->take(p)); });
  double weights[6] = {1, 2, 3, 4, 5, 6};
  std::string prefix = "a prefix long enough to leave the small buffer";
  on("log", [&recent, weights, prefix](const std::string &p) {
    recent.put(prefix.substr(0, 8 + (int)weights[p.size() % 6]) + p);
  });
  on("raw", [](const std::string &p) { append_raw(p.c_str()); append_raw("|"); });
  on("count", [&](const std::string &p) { journal.push_back(sinks[1]->take(p)); });
  const char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"};
  for (int i = 0; i < 7; i++) {
    emit("log", words[i]);
    emit("raw", words[i]);
    if (i % 2) emit("count", words[i]);
  }
  std::vector<std::string> caught;
  try {
    emit("missing", "x");
  } catch (const std::exception &e) {
    caught.push_back(e.what());
  }
  std::vector<std::unique_ptr<std::string>> held;
  try {
    depth_then_throw(5, held);
  } catch (const std::out_of_range &e) {
    caught.push_back(std::string(e.what()) + " caught");
  }
  std::vector<int> keys = {3, 1, 4, 1, 5};
  auto shown = render_all(keys, [](int k) { return std::string(k * 6, '0' + k); });
  auto *keep = new std::vector<std::string>(std::move(shown));
  printf("%zu journal, %zu recent, %zu raw, %zu caught, %zu held, %zu shown\n", journal.size(), recent.items.size(),
         raw_len, caught.size(), held.size(), keep->size());
  // kept past exit (the runtime's exit destroys the statics, main's locals are gone): moved into
  // blocks never freed, each moved-from container's blocks keep the line that allocated them
  struct Kept { std::vector<std::string> journal, caught; Ring<std::string> recent; std::vector<std::unique_ptr<std::string>> held;
    std::map<std::string, std::vector<Handler>> handlers; Sink *sink; };
  static Kept *kept = new Kept{std::move(journal), std::move(caught), std::move(recent), std::move(held), std::move(handlers), sinks[1].release()};
  return kept->journal.size() == 10 ? 0 : 1;
}
