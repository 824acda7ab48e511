// Corpus (oracle4): header templates for views.cpp; their allocations must be named at these
// lines (the frame's file is views.h), whichever translation unit instantiated them.
#ifndef CORPUS_VIEWS_H
#define CORPUS_VIEWS_H
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <utility>

template <typename T>
class Pool {
 public:
  explicit Pool(std::size_t chunk) : chunk_(chunk) {}
  template <typename... A>
  T *make(A &&...args) {
    if (used_ == cap_) grow();
    void *at = slab_[used_++];
    return new (at) T(std::forward<A>(args)...);
  }
  std::size_t size() const { return used_; }

 private:
  void grow() {
    std::size_t more = cap_ + chunk_;
    void **next = static_cast<void **>(std::realloc(slab_, more * sizeof(void *)));
    for (std::size_t i = cap_; i < more; i++) next[i] = std::malloc(sizeof(T));
    slab_ = next;
    cap_ = more;
  }
  std::size_t chunk_, used_ = 0, cap_ = 0;
  void **slab_ = nullptr;
};

template <typename K, typename V, std::size_t N = 8>
struct Table {
  struct Slot { K key; V value; Slot *next; };
  Slot *heads[N] = {};
  V &at(const K &key) {
    std::size_t h = std::hash<K>{}(key) % N;
    for (Slot *s = heads[h]; s; s = s->next)
      if (s->key == key) return s->value;
    heads[h] = new Slot{key, V{}, heads[h]};
    return heads[h]->value;
  }
};

template <typename T>
inline T *clone_array(const T *src, std::size_t n) {
  T *out = new T[n];
  for (std::size_t i = 0; i < n; i++) out[i] = src[i];
  return out;
}
#endif
