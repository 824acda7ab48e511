// Corpus (session 7): C++ -O3 with deep template inlining: a small JSON parser building a tree
// of std::variant holding std::unique_ptr'd arrays and objects, visitors as lambdas passed to
// std::function (captures too big for its small buffer), std::sort with a comparator that
// allocates (a memo of normalised keys), std::map and std::string growth.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

struct Value;
using Array = std::vector<Value>;
using Object = std::vector<std::pair<std::string, Value>>;
struct Value {
  std::variant<std::nullptr_t, double, std::string, std::unique_ptr<Array>, std::unique_ptr<Object>> v;
};

struct Parser {
  const char *p;
  void ws() { while (*p == ' ' || *p == '\n') ++p; }
  std::string str() {
    std::string s;
    ++p;
    while (*p != '"') s += *p++;
    ++p;
    return s;
  }
  Value value() {
    ws();
    if (*p == '"') return Value{str()};
    if (*p == '[') {
      auto a = std::make_unique<Array>();
      ++p;
      ws();
      while (*p != ']') {
        a->push_back(value());
        ws();
        if (*p == ',') ++p;
      }
      ++p;
      return Value{std::move(a)};
    }
    if (*p == '{') {
      auto o = std::make_unique<Object>();
      ++p;
      ws();
      while (*p != '}') {
        std::string k = str();
        ws();
        ++p; // ':'
        o->emplace_back(std::move(k), value());
        ws();
        if (*p == ',') ++p;
        ws();
      }
      ++p;
      return Value{std::move(o)};
    }
    if (*p == 'n') { p += 4; return Value{nullptr}; }
    double d = 0;
    while (*p >= '0' && *p <= '9') d = d * 10 + (*p++ - '0');
    return Value{d};
  }
};

using Visitor = std::function<void(const std::string &, const Value &)>;
void walk(const std::string &path, const Value &v, const Visitor &f) {
  f(path, v);
  if (auto a = std::get_if<std::unique_ptr<Array>>(&v.v))
    for (size_t i = 0; i < (*a)->size(); i++) walk(path + "[" + std::to_string(i) + "]", (**a)[i], f);
  else if (auto o = std::get_if<std::unique_ptr<Object>>(&v.v))
    for (auto &kv : **o) walk(path + "." + kv.first, kv.second, f);
}

std::map<std::string, std::string> keys; // memo of sort keys, filled by the comparator
const std::string &key(const std::string &s) {
  auto it = keys.find(s);
  if (it == keys.end()) {
    std::string k(s.rbegin(), s.rend());
    k += "#sort-key-suffix";
    it = keys.emplace(s, std::move(k)).first;
  }
  return it->second;
}

Value *doc;
std::vector<std::string> *paths;
std::vector<std::unique_ptr<Visitor>> visitors;

int main() {
  const char *text = "{\"name\": \"corpus-seven\", \"tags\": [\"alpha\", \"beta\", \"gamma\", \"delta\"],\n"
                     " \"nested\": {\"depth\": 2, \"list\": [1, 2, [3, 4, null]], \"label\": \"a-long-label-string\"},\n"
                     " \"empty\": [], \"count\": 42}";
  Parser parser{text};
  doc = new Value(parser.value());
  paths = new std::vector<std::string>();
  int numbers = 0;
  std::string prefix = "visited-path:";
  long salt[4] = {1, 2, 3, 4};
  visitors.push_back(std::make_unique<Visitor>([&, prefix, salt](const std::string &path, const Value &v) {
    paths->push_back(prefix + path);
    if (std::holds_alternative<double>(v.v)) numbers += (int)salt[0];
  }));
  walk("$", *doc, *visitors.back());
  std::sort(paths->begin(), paths->end(), [](const std::string &a, const std::string &b) { return key(a) < key(b); });
  std::printf("%zu paths, %d numbers, first %s, %zu keys\n", paths->size(), numbers, paths->front().c_str(), keys.size());
  return 0;
}
