/**
 * Which frames are the toolchain's and not the program's: THE table (docs/library-frames.md).
 *
 * CPython's tracemalloc never shows the interpreter's own C frames; a wasm module's equivalent
 * is its toolchain runtime: libc, libc++, compiler-rt, Rust's std, AssemblyScript's ~lib… By
 * default such frames are folded out of every traceback, so frame 0 is the innermost line of the
 * program's own code and nframe counts the program's frames. `start(n, { libraryFrames: true })`
 * (CLI `--library-frames`) keeps them all.
 *
 * One rule for every source of frames (DWARF, source maps, the name section): it reads only what
 * a frame shows, its file name and line. A frame without a line (lineno 0: code no debug info
 * covers, such as wasi-libc's `_start`/`__main_void`/`__original_main`, or an AssemblyScript
 * constructor's `this` allocation, or `<unknown>`) is folded too: it has no line to show and
 * its caller's line is the one the user can act on. A traceback made only of such frames keeps
 * them all (nothing would be left to show).
 */

/** [what, patterns]: a frame is a library frame when one pattern matches its file name. */
export const LIBRARY_PATHS: readonly (readonly [string, readonly RegExp[]])[] = [
  ['wasi-libc (and its dlmalloc)', [/(^|\/)libc-(bottom|top)-half\//, /(^|\/)wasi-libc\//, /(^|\/)dlmalloc\/src\//]],
  ['libc++ and libc++abi', [/\/c\+\+\/v\d+\//, /(^|\/)libcxx(abi)?\//]],
  ['compiler-rt', [/(^|\/)compiler-rt\//]],
  ['system headers and sysroots', [/^\/usr\/(include|lib|share)\//, /(^|\/)sysroot\//]],
  ['Emscripten system libraries', [/(^|\/)emscripten\/(system|cache)\//, /(^|\/)emsdk\//, /^(\.\.\/)*system\/lib\//]],
  ['Rust std, core, alloc and the crates std vendors', [
    /^\/rustc\/[0-9a-f]{40}\//, // rustup's std: /rustc/<commit>/library/…
    /\/rustc-[^/]+\/(library|vendor)\//, // distribution builds: /usr/src/rustc-1.63.0/library/…
    /^\/cargo\/registry\//, // crates std vendors, as rustup's std spells them (hashbrown, dlmalloc…)
  ]],
  ['AssemblyScript standard library', [/^~lib\//]],
  ['Zig std and compiler_rt', [/(^|\/)lib\/(zig\/)?(std|compiler_rt)\/.+\.zig$/, /(^|\/)lib\/(zig\/)?(std|c|compiler_rt)\.zig$/]],
];

/** A file name pattern given by the user: a string matches when the file name contains it. */
export type PathPattern = string | RegExp;

export interface LibraryFrameOptions {
  /** Keep every frame (nothing is folded). */
  libraryFrames?: boolean;
  /** More library paths (a vendored SDK, a third-party library built into the module). */
  libraryPaths?: readonly PathPattern[];
  /** The program's own paths that the table would take for a library's (checked first). */
  userPaths?: readonly PathPattern[];
  /** JS frames above the wasm frames (runtime/tracer/js-frames.ts); default false. true: a hot
   * JS call site is captured once per doubling run of events (cheap); 'exact': every event. */
  jsFrames?: boolean | 'exact';
}

const matches = (p: PathPattern, file: string) => (typeof p === 'string' ? file.includes(p) : p.test(file));

/**
 * All the rule reads of a frame's line: whether it has one; and a frame without one is folded
 * whatever its file. So one verdict holds for every frame without a line, and one per file name
 * for the frames with one (site-table.ts's `shownCounts` asks that often, not once per frame).
 */
export const hasLine = (lineno: number): boolean => lineno > 0;

/** Whether a frame is folded by default: no line, then the user's paths, theirs, then the table above. */
export function isLibraryFrame(filename: string, lineno: number, options: LibraryFrameOptions = {}): boolean {
  if (!hasLine(lineno)) return true;
  const file = filename.replace(/\\/g, '/');
  if (options.userPaths?.some((p) => matches(p, file))) return false;
  if (options.libraryPaths?.some((p) => matches(p, file))) return true;
  return LIBRARY_PATHS.some(([, patterns]) => patterns.some((re) => re.test(file)));
}

/**
 * Folds a traceback's frames (most recent first): the program's own frames only, or every
 * frame when none is the program's. `library(i)` says whether frame i is a library frame.
 */
export function foldFrames<T>(frames: readonly T[], library: (frame: T) => boolean): T[] {
  const user = frames.filter((f) => !library(f));
  return user.length > 0 ? user : frames.slice();
}

/** Checks `start()`'s path options; returns an error message or null. */
export function checkPathOptions(options: LibraryFrameOptions): string | null {
  for (const key of ['libraryPaths', 'userPaths'] as const) {
    const v = options[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || !v.every((p) => (typeof p === 'string' && p.length > 0) || p instanceof RegExp)) {
      return `start() option ${key}: expected an array of non-empty strings or RegExps`;
    }
  }
  const lf = options.libraryFrames;
  if (lf !== undefined && typeof lf !== 'boolean') return 'start() option libraryFrames: expected true or false';
  const js = options.jsFrames;
  if (js !== undefined && typeof js !== 'boolean' && js !== 'exact') return "start() option jsFrames: expected true, false or 'exact'";
  return null;
}
