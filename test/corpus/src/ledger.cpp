// Corpus (session 7): Emscripten C++ with JS-based exceptions where a call that may throw takes a
// 64-bit integer: without -sWASM_BIGINT the invoke_* import is legalised (the i64 split into two
// i32s: `invoke_viji`) and the glue calls the table through the module's exported dynCall_*
// stub, one more wasm frame between the caller and the callee.
#include <cstdint>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

struct Entry { int64_t cents; std::string memo; };
std::map<std::string, std::vector<Entry>> *ledger;
std::vector<std::string> *rejected;

__attribute__((noinline)) Entry entry(int64_t cents, const char *memo) {
  if (cents == 0) throw std::invalid_argument("an entry of zero cents");
  return Entry{cents, std::string("memo: ") + memo};
}

__attribute__((noinline)) void post(const std::string &account, int64_t cents, const char *memo) {
  std::vector<Entry> &list = (*ledger)[account];
  list.push_back(entry(cents, memo));
}

int main() {
  ledger = new std::map<std::string, std::vector<Entry>>();
  rejected = new std::vector<std::string>();
  const int64_t amounts[] = {12500000000LL, -300, 0, 4200000000000LL, 77};
  const char *accounts[] = {"savings-account-primary", "checking", "savings-account-primary", "brokerage-account", "checking"};
  for (int i = 0; i < 5; i++) {
    try {
      post(accounts[i], amounts[i], i % 2 ? "a short one" : "a memo long enough to need the heap");
    } catch (const std::exception &e) {
      rejected->push_back(std::string(accounts[i]) + ": " + e.what());
    }
  }
  int64_t total = 0;
  for (auto &kv : *ledger) for (auto &e : kv.second) total += e.cents;
  std::printf("%zu accounts, %zu rejected, total %lld\n", ledger->size(), rejected->size(), (long long)total);
  return 0;
}
