// Corpus (session 7): Emscripten C++ with JavaScript-based exceptions (-fexceptions: every call
// that may throw goes out to JS through an invoke_* import and back in through the table),
// allocations in constructors of objects built while an exception unwinds past them, in catch
// blocks and in destructors' callers, a custom exception type carrying a heap string, a class
// hierarchy behind std::unique_ptr, and a std::vector of std::string grown by emplace_back.
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct ParseError : std::runtime_error {
  std::string where;
  ParseError(const std::string &what, std::string w) : std::runtime_error(what), where(std::move(w)) {}
};

struct Token { virtual ~Token() {} virtual std::string show() const = 0; };
struct Num : Token { int n; explicit Num(int n) : n(n) {} std::string show() const override { return std::to_string(n); } };
struct Word : Token {
  char *text;
  explicit Word(const char *s) : text(strdup(s)) {}
  ~Word() override { free(text); }
  std::string show() const override { return std::string("word:") + text; }
};

std::vector<std::unique_ptr<Token>> *kept;
std::vector<std::string> *errors;

__attribute__((noinline)) std::unique_ptr<Token> lex(const char *s, int at) {
  if (s[0] >= '0' && s[0] <= '9') return std::make_unique<Num>(atoi(s));
  if (s[0] == '!') throw ParseError("bad token beginning with an exclamation mark", "at token " + std::to_string(at));
  return std::make_unique<Word>(s);
}

__attribute__((noinline)) void line(const char *const *toks, int n) {
  std::vector<std::unique_ptr<Token>> local; // freed while the exception unwinds
  for (int i = 0; i < n; i++) {
    local.push_back(lex(toks[i], i));
    kept->push_back(std::make_unique<Word>(toks[i]));
  }
  for (auto &t : local) kept->push_back(std::move(t));
}

int main() {
  kept = new std::vector<std::unique_ptr<Token>>();
  errors = new std::vector<std::string>();
  const char *a[] = {"12", "apples", "and", "7", "pears"};
  const char *b[] = {"3", "oranges", "!wrong", "never-reached"};
  const char *c[] = {"lemons", "99"};
  const char *const *lines[] = {a, b, c};
  int lens[] = {5, 4, 2};
  for (int i = 0; i < 3; i++) {
    try {
      line(lines[i], lens[i]);
    } catch (const ParseError &e) {
      errors->emplace_back(std::string(e.what()) + " (" + e.where + ")");
    }
  }
  std::string all;
  for (auto &t : *kept) all += t->show() + ",";
  std::printf("%zu tokens, %zu errors: %s | %s\n", kept->size(), errors->size(), errors->front().c_str(), all.c_str());
  return 0;
}
