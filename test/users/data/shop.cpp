#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct Order {
  std::string customer;
  std::vector<int> lines;
};

static std::vector<std::string> *names;
static std::unordered_map<int, std::shared_ptr<Order>> *orders;
static std::vector<std::shared_ptr<Order>> *kept;

extern "C" __attribute__((export_name("setup"))) void setup() {
  names = new std::vector<std::string>();
  orders = new std::unordered_map<int, std::shared_ptr<Order>>();
  kept = new std::vector<std::shared_ptr<Order>>();
  names->reserve(4);
}

extern "C" __attribute__((export_name("add_name"))) void add_name(int i) {
  names->push_back(std::string(40, char('a' + i % 26)));
}

__attribute__((noinline)) static std::shared_ptr<Order> make_order(int id) {
  auto order = std::make_shared<Order>();
  order->customer = std::string(32 + id % 3, 'c');
  order->lines.resize(8);
  return order;
}

extern "C" __attribute__((export_name("add_order"))) void add_order(int id) {
  (*orders)[id] = make_order(id);
}

extern "C" __attribute__((export_name("keep_order"))) void keep_order(int id) {
  kept->push_back((*orders)[id]);
}

extern "C" __attribute__((export_name("clear_orders"))) void clear_orders() {
  orders->clear();
}
