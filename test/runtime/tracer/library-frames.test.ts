// The one table of folded frames (runtime/tracer/library-frames.ts), on file names as the
// toolchains of test/corpus spell them, and its documentation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_PATHS, foldFrames, isLibraryFrame } from '../../../runtime/tracer/library-frames';
import * as tracemalloc from '../../../runtime/index';

describe('isLibraryFrame', () => {
  it.each([
    'libc-bottom-half/sources/__original_main.c', // wasi-libc, as clang's DWARF spells it
    'build/libc-bottom-half/crt/crt1-command.c',
    'libc-top-half/musl/src/string/strdup.c',
    '/usr/include/wasm32-wasi/c++/v1/vector', // libc++ headers (Debian sysroot)
    '/build/llvm-toolchain-14-59hewn/llvm-toolchain-14-14.0.6/libcxxabi/src/stdlib_new_delete.cpp',
    '/build/llvm-toolchain-14/build-wasm/libcxx-wasm32-wasi/include/c++/v1/__memory/allocator.h',
    'system/lib/dlmalloc.c', // Emscripten's map, relative to the project
    '/usr/share/emscripten/system/lib/libc/musl/src/string/strdup.c',
    '/usr/src/rustc-1.63.0/library/alloc/src/raw_vec.rs', // Debian's rustc
    '/usr/src/rustc-1.63.0/vendor/hashbrown/src/raw/mod.rs',
    '/rustc/4b91a6ea7258a947e59c6522cd5898e7c0a6a88f/library/core/src/ptr/mod.rs', // rustup
    '/cargo/registry/src/github.com-1ecc6299db9ec823/hashbrown-0.12.3/src/raw/mod.rs',
    '~lib/array.ts', // AssemblyScript
    '/Users/x/.zig/zig-0.11.0/lib/std/mem/Allocator.zig', // Zig's std, as md4w's DWARF spells it
    '/tmp/zig/package/lib/std/array_list.zig', // the Zig 0.11 of test/instrument/zig
    '/tmp/zig/package/lib/compiler_rt/mulXi3.zig',
    '/usr/lib/zig/std/heap/WasmAllocator.zig', // a distribution's layout
  ])('folds %s', (file) => {
    expect(isLibraryFrame(file, 12)).toBe(true);
  });

  it.each(['test/corpus/src/argv.c', 'src/main.rs', 'src/lib/std/mine.zig.bak', '/Users/x/.repos/ije/md4w/src/md4w.zig', '/home/me/.cargo/registry/src/index/mycrate-1.0/src/lib.rs', 'assembly/index.ts', 'C:\\src\\app.c'])(
    'keeps %s', (file) => {
      expect(isLibraryFrame(file, 12)).toBe(false);
    });

  it('folds a frame without a line, whatever its file', () => {
    expect(isLibraryFrame('__main_void+0x1a', 0)).toBe(true);
    expect(isLibraryFrame('src/app.c', 0)).toBe(true);
    expect(isLibraryFrame('src/app.c', 0, { userPaths: ['src/'] })).toBe(true); // the user's paths too
  });

  it('takes the user\'s paths first, then their library paths', () => {
    expect(isLibraryFrame('/usr/src/myapp/main.c', 3, { userPaths: ['/usr/src/myapp/'] })).toBe(false);
    expect(isLibraryFrame('third_party/zlib/inflate.c', 3)).toBe(false);
    expect(isLibraryFrame('third_party/zlib/inflate.c', 3, { libraryPaths: [/zlib/] })).toBe(true);
  });

  it('keeps every frame of a traceback that has none of the program\'s', () => {
    const lib = (f: string) => f.startsWith('~lib/');
    expect(foldFrames(['~lib/a.ts', 'x.ts', '~lib/b.ts', 'y.ts'], lib)).toEqual(['x.ts', 'y.ts']);
    expect(foldFrames(['~lib/a.ts', '~lib/b.ts'], lib)).toEqual(['~lib/a.ts', '~lib/b.ts']);
  });

  it('refuses bad start() options with one clear line', () => {
    expect(() => tracemalloc.start(1, { libraryPaths: 'x' as never })).toThrow(/start\(\) option libraryPaths: expected an array of non-empty strings or RegExps/);
    expect(() => tracemalloc.start(1, { libraryFrames: 1 as never })).toThrow(/start\(\) option libraryFrames: expected true or false/);
    expect(tracemalloc.isTracing()).toBe(false);
  });
});

it('docs/library-frames.md lists every row of the table', () => {
  const doc = readFileSync(new URL('../../../docs/library-frames.md', import.meta.url), 'utf8');
  for (const [what] of LIBRARY_PATHS) expect(doc).toContain(`| ${what} |`);
});
