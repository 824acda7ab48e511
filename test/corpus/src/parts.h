// Corpus (oracle5): parts.cpp + parts_lib.cpp under clang++ -std=c++20 -O3 -flto (functions of one
// file inlined into the other at link time). C++20: concepts, std::span, designated initialisers,
// operator<=> keys in a std::map, std::erase_if, consteval, a templated lambda.
#pragma once
#include <compare>
#include <concepts>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

struct Key {
  std::string ns;
  int id;
  // (libc++ 14's string has no <=>: written out; `<` for std::map is rewritten from it)
  std::strong_ordering operator<=>(const Key &o) const {
    if (int c = ns.compare(o.ns); c != 0) return c <=> 0;
    return id <=> o.id;
  }
  bool operator==(const Key &) const = default;
};

struct Part {
  std::string name;
  std::vector<int> sizes;
  std::unique_ptr<Part> spare;
};

template <typename T>
concept Named = requires(const T &t) { { t.name } -> std::convertible_to<std::string>; };

// A header template: every caller gets its own copy (the frame's file is parts.h).
template <Named T>
std::vector<std::string> names_of(std::span<const T> items, const std::string &suffix) {
  std::vector<std::string> out;
  for (const T &t : items) out.push_back(t.name + suffix);
  return out;
}

consteval int twice(int n) { return 2 * n; }

// parts_lib.cpp
std::unique_ptr<Part> make_part(const char *name, int n);
std::map<Key, std::vector<std::string>> index_parts(std::span<const Part> parts);
struct Node { std::string text; std::vector<Node *> kids; };
Node *nest(int depth, int fan);
