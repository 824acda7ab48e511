// Corpus (oracle5): the program half of parts.h (see there).
#include <algorithm>
#include <cstdio>
#include "parts.h"

static std::vector<std::unique_ptr<Part>> keep;

int main() {
  // (kept to the end, never destroyed: what is live at exit is what the oracle checks)
  auto &parts = *new std::vector<Part>;
  for (const char *n : {"axle", "bolt", "axle-cap", "bearing", "nut"}) parts.push_back(std::move(*make_part(n, twice(2))));
  auto &index = *new auto(index_parts(parts));
  auto &names = *new auto(names_of<Part>(parts, "/named"));
  std::erase_if(names, [](const std::string &s) { return s.size() < 10; });
  auto count = [&]<typename C>(const C &c) { return static_cast<int>(c.size()); };
  for (int i = 0; i < 3; i++) keep.push_back(make_part("kept", 2 + 2 * i));
  Node *deep = nest(64, 16);
  int depth = 0;
  for (Node *n = deep; !n->kids.empty(); n = n->kids[0]) depth++;
  std::printf("%d parts, %d keys, %d names, depth %d, first %s\n", count(parts), count(index), count(names), depth,
              index.begin()->second.front().c_str());
  return 0;
}
