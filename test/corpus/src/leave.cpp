// Corpus (oracle5): C++ exceptions as values that outlive their catch, and a program left by one.
// A thrown object is itself a block (__cxa_allocate_exception), kept live by std::exception_ptr
// after its handler ended; std::throw_with_nested wraps one exception in another; a rethrown
// exception_ptr; frames unwound while they held blocks (kept in a registry); and main ends with
// an exception nobody catches (the glue prints it and the process exits with 1).
#include <cstdio>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct Fault : std::runtime_error {
  std::vector<int> trail;
  Fault(const std::string &what, int depth) : std::runtime_error(what), trail(depth, depth) {}
};

static std::vector<std::exception_ptr> caught;
static std::vector<std::unique_ptr<std::string>> registry;

static int dig(int depth, int limit) {
  registry.push_back(std::make_unique<std::string>("dig level " + std::to_string(depth) + " holding a long enough string"));
  if (depth == limit) throw Fault("hit bottom at " + std::to_string(depth), depth);
  return dig(depth + 1, limit) + 1;
}

static void wrap(int limit) {
  try {
    dig(0, limit);
  } catch (const Fault &f) {
    std::throw_with_nested(std::logic_error("wrapped: " + std::string(f.what())));
  }
}

static void keep(int limit) {
  try {
    wrap(limit);
  } catch (...) {
    caught.push_back(std::current_exception());
  }
}

int main() {
  for (int limit : {2, 5}) keep(limit);
  try {
    std::rethrow_exception(caught.front());
  } catch (const std::logic_error &e) {
    try {
      std::rethrow_if_nested(e);
    } catch (const Fault &inner) {
      std::printf("%s / %s / trail %zu; %zu kept, %zu held\n", e.what(), inner.what(), inner.trail.size(), caught.size(), registry.size());
    }
  }
  std::fflush(stdout);
  throw std::out_of_range("leaving by an exception nobody catches");
}
