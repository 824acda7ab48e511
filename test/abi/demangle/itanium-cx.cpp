#include <map>
#include <string>
#include <vector>
#include <memory>
#include <unordered_map>
namespace zoo {
template <typename T> struct Box { T v; T get() const { return v; } template <int N> T scaled() const { return v * N; } };
struct Shape { virtual ~Shape() {} virtual double area() const = 0; };
struct Sq : Shape { double s; explicit Sq(double x) : s(x) {} double area() const override { return s * s; } };
class Registry {
 public:
  void add(const std::string &name, int v) { m_[name].push_back(v); }
  std::size_t size() const { return m_.size(); }
  std::unique_ptr<Shape> make(double s) { return std::make_unique<Sq>(s); }
 private:
  std::map<std::string, std::vector<int>> m_;
};
}
extern "C" int go(int n) {
  zoo::Registry r;
  std::unordered_map<int, std::string> u;
  for (int i = 0; i < n; i++) { r.add(std::to_string(i % 7), i); u[i] = std::string(i, 'x'); }
  zoo::Box<int> b{3};
  auto s = r.make(2.0);
  return (int)r.size() + b.get() + b.scaled<4>() + (int)s->area() + (int)u.size();
}
