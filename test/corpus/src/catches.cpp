// Tracebacks after a catch (session 18, issue 13: a frame pushed once per function, restored at
// the handler). Every allocating call sits inside a `try` body, beside calls that throw from
// allocating frames several levels down; handlers allocate, a `return` leaves from inside a `try`,
// a handler rethrows to an outer one, a loop catches on every turn. What main keeps is live at exit.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<void *> kept;

__attribute__((noinline)) static void *grab(size_t n) {
  void *p = malloc(n);
  kept.push_back(p);
  return p;
}

__attribute__((noinline)) static void deep(int level, int fail) {
  char *scratch = (char *)grab(40 + level);
  if (level == fail) throw std::runtime_error("deep " + std::to_string(level));
  if (level < 4) deep(level + 1, fail);
  scratch[0] = 1;
}

__attribute__((noinline)) static int attempt(int fail) {
  try {
    grab(100 + fail);
    deep(0, fail);
    grab(200 + fail);
    return 1; // a return inside the try body
  } catch (const std::runtime_error &e) {
    grab(300 + fail + (int)strlen(e.what()) % 2); // the handler allocates
  }
  grab(400 + fail); // after the handler
  return 0;
}

__attribute__((noinline)) static void relay(int fail) {
  try {
    grab(500 + fail);
    deep(1, fail);
  } catch (...) {
    grab(600 + fail);
    throw; // to the outer handler
  }
}

__attribute__((noinline)) static int outer(int fail) {
  int caught = 0;
  try {
    relay(fail);
  } catch (const std::exception &) {
    caught = 1;
  }
  grab(700 + fail);
  return caught;
}

__attribute__((noinline)) static int loop(int n) {
  int caught = 0;
  for (int i = 0; i < n; i++) {
    try {
      std::string *s = new std::string(40 + i, 'x'); // past the small-string buffer
      kept.push_back(s);
      if (i % 2) deep(2, 3);
      grab(800 + i);
    } catch (std::runtime_error &) {
      caught++;
      grab(900 + i);
    }
  }
  return caught;
}

int main() {
  int ok = 0, caught = 0;
  for (int fail = 0; fail < 6; fail++) ok += attempt(fail);
  caught += outer(2) + outer(9);
  caught += loop(6);
  grab(1000);
  printf("ok %d, caught %d, kept %zu\n", ok, caught, kept.size());
  return 0;
}
