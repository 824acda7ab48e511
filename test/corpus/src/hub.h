// Corpus (oracle6): header templates instantiated from hub.cpp (the frame's file is hub.h).
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

template <typename T>
struct Ring {
  std::vector<T> items;
  size_t head = 0;
  explicit Ring(size_t n) { items.reserve(n); }
  void put(T x) {
    if (items.size() < items.capacity()) items.push_back(std::move(x));
    else { items[head] = std::move(x); head = (head + 1) % items.size(); }
  }
};

template <typename K, typename F>
std::vector<std::string> render_all(const std::vector<K> &keys, F &&f) {
  std::vector<std::string> out;
  for (const K &k : keys) out.push_back(f(k));
  return out;
}

template <typename T, typename... A>
std::unique_ptr<T> build(A &&...a) {
  return std::unique_ptr<T>(new T(std::forward<A>(a)...));
}
