// Corpus: C++ with libc++ containers and strings, an always_inline `new`, std::make_unique.
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>
#include <cstdio>

struct Node { Node *next; long payload[5]; };

static inline __attribute__((always_inline)) Node *make_node(Node *next) {
  return new Node{next, {}};
}

static inline __attribute__((always_inline)) Node *prepend(Node *head) {
  return make_node(head);
}

__attribute__((noinline)) Node *build_list(int n) {
  Node *head = nullptr;
  for (int i = 0; i < n; i++) head = prepend(head);
  return head;
}

__attribute__((noinline)) std::vector<int> *numbers(int n) {
  auto *v = new std::vector<int>();
  for (int i = 0; i < n; i++) v->push_back(i * 3);
  return v;
}

__attribute__((noinline)) std::string *label(int n) {
  auto *s = new std::string("label:");
  for (int i = 0; i < n; i++) s->append("abcdefgh");
  return s;
}

__attribute__((noinline)) std::unordered_map<int, std::string> *index_of(int n) {
  auto *m = new std::unordered_map<int, std::string>();
  for (int i = 0; i < n; i++) (*m)[i] = std::string(40, 'x');
  return m;
}

std::unique_ptr<Node> kept_box;
Node *kept_list;
std::vector<int> *kept_numbers;
std::string *kept_label;
std::unordered_map<int, std::string> *kept_index;

int main(int argc, char **argv) {
  kept_list = build_list(4);
  kept_numbers = numbers(100);
  kept_label = label(30);
  kept_index = index_of(12);
  kept_box = std::make_unique<Node>();
  std::printf("%zu %zu %zu %d\n", kept_numbers->size(), kept_label->size(), kept_index->size(), argc);
  return 0;
}
