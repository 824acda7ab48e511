// mapFile(path): a file's bytes as an ArrayBuffer over a private mapping of it (mmap), or null
// when it cannot be mapped (the caller then reads the file). For the instrumented-module cache
// (node/instrument-cache.ts): reading a 49 MB entry into a fresh buffer costs one page fault per
// 4 KiB of new anonymous memory (~7-10 us each on a VM: ~0.2-0.35 s of CPU for DuckDB's entry),
// while a mapping of the file shares the page cache's pages, faulted in 64 KiB at a time.
//
// MAP_PRIVATE with PROT_WRITE: a write into the buffer copies that page for this process and never
// reaches the file. The entry files are written whole and renamed over (never truncated in place),
// so a mapped file does not shrink under its mapping; the mapping goes when the buffer is collected.
#include <napi.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

namespace wtm {

Napi::Value MapFile(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string path = info[0].As<Napi::String>().Utf8Value();
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return env.Null();
  struct stat st;
  void* data = MAP_FAILED;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    data = mmap(nullptr, size_t(st.st_size), PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  close(fd);
  if (data == MAP_FAILED) return env.Null();
  size_t length = size_t(st.st_size);
  napi_value buffer;
  // Not Napi::ArrayBuffer::New: it throws where external buffers are not allowed (V8's sandbox);
  // null then, and the caller reads the file.
  napi_status status = napi_create_external_arraybuffer(
      env, data, length, [](napi_env, void* p, void* hint) { munmap(p, reinterpret_cast<size_t>(hint)); },
      reinterpret_cast<void*>(length), &buffer);
  if (status != napi_ok) {
    munmap(data, length);
    if (env.IsExceptionPending()) env.GetAndClearPendingException();
    return env.Null();
  }
  return Napi::Value(env, buffer);
}

}  // namespace wtm
