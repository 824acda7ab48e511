// Corpus (session 7): C++20 coroutines: the coroutine frame comes from operator new in the ramp
// function, and the body runs in the compiler's resume function, reached through a pointer
// (handle.resume()); allocations inside the body happen under that indirect call, then in the
// consumer's loop. A generator of strings and one of vectors, each kept.
#include <coroutine>
#include <cstdio>
#include <string>
#include <vector>

template <class T> struct Gen {
  struct promise_type {
    T value;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) { value = std::move(v); return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> h;
  bool next() { h.resume(); return !h.done(); }
  T &value() { return h.promise().value; }
};

Gen<std::string> words(int n) {
  std::string prefix = "generated-word-number-";
  for (int i = 0; i < n; i++) co_yield prefix + std::to_string(i);
}

Gen<std::vector<int>> rows(int n) {
  for (int i = 1; i <= n; i++) {
    std::vector<int> row;
    for (int k = 0; k < i * 3; k++) row.push_back(k * i);
    co_yield row;
  }
}

std::vector<std::string> *kept_words;
std::vector<std::vector<int>> *kept_rows;
Gen<std::string> *left_open;

int main() {
  kept_words = new std::vector<std::string>();
  kept_rows = new std::vector<std::vector<int>>();
  auto w = words(5);
  while (w.next()) kept_words->push_back(w.value());
  w.h.destroy();
  auto r = rows(4);
  while (r.next()) kept_rows->push_back(std::move(r.value()));
  r.h.destroy();
  left_open = new Gen<std::string>(words(9)); // a suspended coroutine, its frame kept
  left_open->next();
  std::printf("%zu words, %zu rows, open at %s\n", kept_words->size(), kept_rows->size(), left_open->value().c_str());
  return 0;
}
