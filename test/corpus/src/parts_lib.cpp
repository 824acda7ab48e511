// Corpus (oracle5): the library half of parts.h (see there).
#include "parts.h"

std::unique_ptr<Part> make_part(const char *name, int n) {
  auto p = std::make_unique<Part>(Part{.name = name, .sizes = {}, .spare = nullptr});
  for (int i = 0; i < n; i++) p->sizes.push_back(i * i);
  if (n > 3) p->spare = std::make_unique<Part>(Part{.name = std::string(name) + "-spare-part-with-a-long-name"});
  return p;
}

std::map<Key, std::vector<std::string>> index_parts(std::span<const Part> parts) {
  std::map<Key, std::vector<std::string>> index;
  int id = 0;
  for (const Part &p : parts) {
    auto &names = index[Key{.ns = p.name.substr(0, 1), .id = id++ % 2}];
    names.push_back("part:" + p.name);
  }
  return index;
}

// Deep recursion: a chain `depth` long where every `fan`-th level branches.
Node *nest(int depth, int fan) {
  Node *n = new Node{.text = "level " + std::to_string(depth)};
  if (depth > 0) {
    n->kids.push_back(nest(depth - 1, fan));
    if (depth % fan == 0) n->kids.push_back(new Node{.text = "leaf at a branching level, longer than the small buffer"});
  }
  return n;
}
