// The corpus programs: how each runs, what instrument() options a user gives it, and (for the
// oracle only) its allocator functions by role, as the name section spells them.
//   alloc:   [name, sizeArgs]          size = product of those arguments; result = pointer
// (name: the name section's spelling, or a RegExp over it: a mangled Rust name ends in the build's hash)
//   realloc: [name, ptrArg, sizeArg]   result = pointer
//   alignedOut: [name, outArg, sizeArg]   posix_memalign: returns 0 and stores the pointer at *outArg
//   free:    [name, ptrArg, keyOffset?, always?]
// `always`: recorded even inside another allocator call (AssemblyScript's TLSF insertBlock, which
// the GC reaches from inside __new; it also sees free memory that was never an object: a pointer
// not in the live set is ignored). keyOffset maps its argument to the object pointer.
import { fileURLToPath } from 'node:url';
import { runWasi } from '../../fixtures/harness/wasi.mjs';
import { runEmscripten } from '../../fixtures/harness/emscripten.mjs';
import { runExported } from '../../fixtures/harness/exported.mjs';
import { runAssemblyScript } from '../../fixtures/harness/assemblyscript.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const LIBC = { alloc: [['malloc', [0]], ['calloc', [0, 1]]], realloc: [['realloc', 0, 1]], free: [['free', 0]] };
const wasi = (extra = {}) => ({ kind: 'wasi', run: runWasi, ...extra });
const em = (variant, extra = {}) => ({
  kind: 'emscripten',
  run: (bytes, options) => runEmscripten(here(`./built/${variant}.cjs`), bytes, { ...options, ...extra }),
  allocators: { alloc: [['dlmalloc', [0]], ['dlcalloc', [0, 1]]], realloc: [['dlrealloc', 0, 1]], free: [['dlfree', 0]] },
});
const rust = {
  kind: 'exported',
  run: (bytes, options) => runExported(bytes, options, { entry: 'run', decode: () => '' }),
  allocators: {
    alloc: [['__rust_alloc', [0]], ['__rust_alloc_zeroed', [0]]],
    realloc: [['__rust_realloc', 0, 3]],
    free: [['__rust_dealloc', 0]],
  },
};
const as = {
  kind: 'assemblyscript',
  // Exports returning a pointer the program holds: getObjectTraceback(pointer) is checked on it.
  objects: ['firstBody'],
  run: runAssemblyScript,
  allocators: {
    alloc: [['~lib/rt/itcms/__new', [0]]],
    realloc: [['~lib/rt/itcms/__renew', 0, 1]],
    free: [['~lib/rt/tlsf/insertBlock', 1, 20, true]],
  },
};

const AS_MINIMAL = {
  alloc: [['~lib/rt/tcms/__new', [0]], ['~lib/rt/tlsf/__alloc', [0]]],
  realloc: [['~lib/rt/tcms/__renew', 0, 1]],
  free: [['~lib/rt/tlsf/insertBlock', 1, 20, true]],
};

const EM_ALIGNED = { alloc: [['dlmalloc', [0]], ['dlcalloc', [0, 1]], ['dlmemalign', [1]], ['aligned_alloc', [1]]], realloc: [['dlrealloc', 0, 1]], free: [['dlfree', 0]], alignedOut: [['dlposix_memalign', 0, 2], ['posix_memalign', 0, 2]] };

/** A WASI program run as `tails one two` with two variables in its environment. */
function runTails(bytes, options) {
  return runWasi(bytes, { ...options, args: ['tails', 'one', 'two'], env: { CORPUS_HOME: '/home/corpus', LANG: 'C.UTF-8' } });
}

/** relay.c, run as `relay one two three`. */
function runRelay(bytes, options) {
  return runWasi(bytes, { ...options, args: ['relay', 'one', 'two', 'three'] });
}
const RELAY_STRIPPED = {
  alloc: [['dlmalloc', [0]], ['calloc', (args) => args[0] * 4], ['internal_memalign', [1]]],
  realloc: [['realloc', 0, 1]],
  free: [['dlfree', 0]],
};

/** sprawl.cpp on WASI, run as `sprawl alpha beta`. */
function runSprawl(bytes, options) {
  return runWasi(bytes, { ...options, args: ['sprawl', 'alpha', 'beta'] });
}

const RUST_WASI = {
  alloc: [['__rust_alloc', [0]], ['__rust_alloc_zeroed', [0]], ...LIBC.alloc, ['aligned_alloc', [1]]],
  realloc: [['__rust_realloc', 0, 3], ...LIBC.realloc],
  free: [['__rust_dealloc', 0], ...LIBC.free],
};

export const PROGRAMS = {
  'c-O0': wasi({ source: 'argv.c', instrument: { alloc: ['arena_alloc'] }, allocators: { ...LIBC, alloc: [...LIBC.alloc, ['arena_alloc', [0]]] } }),
  'c-O2': wasi({ source: 'argv.c', instrument: { alloc: ['arena_alloc'] }, allocators: { ...LIBC, alloc: [...LIBC.alloc, ['arena_alloc', [0]]] } }),
  'cpp-O0': wasi({ source: 'containers.cpp', allocators: LIBC }),
  'cpp-O2': wasi({ source: 'containers.cpp', allocators: LIBC }),
  'em-O2-g': { source: 'em.c', ...em('em-O2-g') },
  // lossy: the instrumenter must say once that the map cannot name every line (the oracle's
  // chains show why: strdup inlined into main reads strdup.c; AS calls with no segment).
  'em-O2-sourcemap': { source: 'em.c', sourceMap: 'em-O2-sourcemap.wasm.map', lossy: true, ...em('em-O2-sourcemap') },
  'rust-O0': { source: 'lib.rs', ...rust },
  'rust-O2': { source: 'lib.rs', ...rust },
  'as-O0': { source: 'shapes.ts', sourceMap: 'as-O0.wasm.map', lossy: true, ...as },
  'as-O2': { source: 'shapes.ts', sourceMap: 'as-O2.wasm.map', lossy: true, ...as },
  // Session 4: programs written after the code they check.
  'graph-Os': wasi({ source: 'graph.c', allocators: { ...LIBC, alloc: [...LIBC.alloc, ['aligned_alloc', [1]]], alignedOut: [['posix_memalign', 0, 2]] } }),
  'graph-O3': wasi({ source: 'graph.c', allocators: { ...LIBC, alloc: [...LIBC.alloc, ['aligned_alloc', [1]]], alignedOut: [['posix_memalign', 0, 2]] } }),
  'throws-O2': { source: 'throws.cpp', ...em('throws-O2') },
  'text-O2': { source: 'text.rs', ...rust },
  'inventory-O3': { source: 'inventory.ts', sourceMap: 'inventory-O3.wasm.map', lossy: true, ...as, objects: ['firstItem'] },
  'inventory-Oz': { source: 'inventory.ts', sourceMap: 'inventory-Oz.wasm.map', lossy: true, ...as, objects: ['firstItem'] },
  // Session 7: kinds the corpus lacked (header-inline arena C, C++ -O3 templates, Rust on WASI,
  // Emscripten JS exceptions, AssemblyScript stub and minimal runtimes).
  'arena-O2': wasi({ source: 'arena.c', allocators: LIBC }),
  'json-O3': wasi({ source: 'json.cpp', allocators: LIBC }),
  // std's allocator on wasi-libc: __rust_alloc → malloc is one allocation (the outermost counts)
  'traits-O3': wasi({ source: 'traits.rs', allocators: RUST_WASI }),
  // the same with fat LTO at opt-level s: __rust_dealloc inlined away (free called directly)
  'traits-Os-lto': wasi({ source: 'traits.rs', allocators: RUST_WASI }),
  'exc-O3-g': { source: 'exc.cpp', ...em('exc-O3-g') },
  'exc-Os-sourcemap': { source: 'exc.cpp', sourceMap: 'exc-Os-sourcemap.wasm.map', lossy: true, ...em('exc-Os-sourcemap') },
  // stub: a bump allocator, no object is ever freed; __alloc/__free: SORT's scratch buffer
  'words-stub-O3': {
    source: 'words.ts', sourceMap: 'words-stub-O3.wasm.map', lossy: true, ...as, objects: ['firstEntry'],
    allocators: {
      alloc: [['~lib/rt/stub/__new', [0]], ['~lib/rt/stub/__alloc', [0]]],
      realloc: [['~lib/rt/stub/__renew', 0, 1]],
      free: [['~lib/rt/stub/__free', 0]],
    },
  },
  // minimal: TCMS, collected where the program calls __collect
  'words-minimal-O2': {
    source: 'words.ts', sourceMap: 'words-minimal-O2.wasm.map', lossy: true, ...as, objects: ['firstEntry'],
    allocators: {
      alloc: [['~lib/rt/tcms/__new', [0]], ['~lib/rt/tlsf/__alloc', [0]]],
      realloc: [['~lib/rt/tcms/__renew', 0, 1]],
      free: [['~lib/rt/tlsf/insertBlock', 1, 20, true]],
    },
  },
  // three files (lto_main.c, lto_store.c, lto_util.c) under -flto, DWARF 5
  'lto-O2': wasi({ source: 'lto_main.c', allocators: LIBC }),
  // setjmp/longjmp through invoke_*, emmalloc (malloc → emmalloc_memalign: the outer call counts)
  'jmp-O2-g': { source: 'jmp.c', ...em('jmp-O2-g'), allocators: LIBC },
  // wasm-pack's release (opt-level z, fat LTO) with a #[global_allocator] of the program's own:
  // __rust_alloc and __rust_dealloc are inlined away, the program's GlobalAlloc impl is what is
  // called — or its body, inlined too, calls the dlmalloc crate's malloc (LTO dropped its `self`)
  'lru-Oz-lto': {
    source: 'lru.rs', ...rust,
    allocators: {
      alloc: [['__rust_alloc', [0]], ['__rust_alloc_zeroed', [0]], [/^_ZN8dlmalloc8dlmalloc17Dlmalloc\$LT\$A\$GT\$6malloc17h/, [0]], [/^_ZN66_\$LT\$lru\.\.Counting\$u20\$as\$u20\$core\.\.alloc\.\.global\.\.GlobalAlloc\$GT\$5alloc17h/, [0]]],
      realloc: [['__rust_realloc', 0, 3]],
      free: [['__rust_dealloc', 0], [/^_ZN66_\$LT\$lru\.\.Counting\$u20\$as\$u20\$core\.\.alloc\.\.global\.\.GlobalAlloc\$GT\$7dealloc17h/, 0]],
    },
  },
  // operator new's variants (class-specific, aligned, nothrow, new[] with a cookie), make_shared,
  // allocate_shared, static initialisation; aligned new goes to posix_memalign / aligned_alloc
  'cxxnew-O2': wasi({ source: 'cxxnew.cpp', allocators: { ...LIBC, alloc: [...LIBC.alloc, ['aligned_alloc', [1]]], alignedOut: [['posix_memalign', 0, 2]] } }),
  'cxxnew-em-O2-g': { source: 'cxxnew.cpp', ...em('cxxnew-em-O2-g'),
    allocators: { alloc: [['dlmalloc', [0]], ['dlcalloc', [0, 1]], ['dlmemalign', [1]], ['aligned_alloc', [1]]], realloc: [['dlrealloc', 0, 1]], free: [['dlfree', 0]], alignedOut: [['dlposix_memalign', 0, 2], ['posix_memalign', 0, 2]] } },
  // JS exceptions through a legalised invoke_viji (an i64 argument, no WASM_BIGINT): dynCall_* between
  'ledger-O2-g': { source: 'ledger.cpp', ...em('ledger-O2-g') },
  // libc allocating on the program's behalf: asprintf, open_memstream, getline, fmemopen
  'stdio-O1': wasi({ source: 'stdio.c', allocators: LIBC }),
  'exc-wasm-Os-sourcemap': { source: 'exc.cpp', sourceMap: 'exc-wasm-Os-sourcemap.wasm.map', lossy: true, ...em('exc-wasm-Os-sourcemap') },
  // C++20 coroutines (clang 14 libc++; Emscripten 3.1.6's has only <experimental/coroutine>): frames
  // from operator new in the ramp, bodies run by resume through a pointer
  'coro-O2': wasi({ source: 'coro.cpp', allocators: LIBC }),
  // the allocator's edge cases: realloc(p, 0), realloc(NULL, n), malloc(0), failing calloc and realloc, EINVAL
  'edges-O2': wasi({ source: 'edges.c', allocators: { ...LIBC, alloc: [...LIBC.alloc, ['aligned_alloc', [1]]], alignedOut: [['posix_memalign', 0, 2]] } }),
  // AssemblyScript virtual dispatch (abstract methods, an interface, a function reference in a field)
  'animals-O3': { source: 'animals.ts', sourceMap: 'animals-O3.wasm.map', lossy: true, ...as, objects: ['firstLine'] },
  // oracle4: LTO -O3 with return_call; -Os re-optimised by wasm-opt with DWARF. Run with two
  // arguments and an environment (wasi-libc allocates environ on the first getenv).
  'tails-O3-lto': wasi({ source: 'tails.c', run: runTails, allocators: LIBC }),
  'tails-Os-wasmopt': wasi({ source: 'tails.c', run: runTails, allocators: LIBC }),
  // a Rust bin crate: on WASI through std's main; on wasm32-unknown-unknown its `main` export
  'flow-wasi-O3-lto-g1': wasi({ source: 'flow.rs', allocators: RUST_WASI }),
  'flow-O3-g2': {
    source: 'flow.rs', ...rust,
    run: (bytes, options) => runExported(bytes, options, { entry: 'main', decode: () => '' }),
  },
  // C++ header templates (views.h), string SSO boundary, std::function, make_shared, aligned new, new[]
  'views-O2-lto': wasi({ source: 'views.cpp', allocators: { ...LIBC, alloc: [...LIBC.alloc, ['aligned_alloc', [1]]], alignedOut: [['posix_memalign', 0, 2]] } }),
  'views-em-O3-g': { source: 'views.cpp', ...em('views-em-O3-g'),
    allocators: { alloc: [['dlmalloc', [0]], ['dlcalloc', [0, 1]], ['dlmemalign', [1]], ['aligned_alloc', [1]]], realloc: [['dlrealloc', 0, 1]], free: [['dlfree', 0]], alignedOut: [['dlposix_memalign', 0, 2], ['posix_memalign', 0, 2]] } },
  // AssemblyScript -O3s: generics, a heap's growing array, Map<i32, Array<string>>, template literals, super calls
  'queue-O3s': { source: 'queue.ts', sourceMap: 'queue-O3s.wasm.map', lossy: true, ...as, objects: ['firstWord'] },
  // Binaryen's own inliner at -O4 (what it inlines gets no DW_TAG_inlined_subroutine), DWARF kept
  'tails-O1-inlined': wasi({ source: 'tails.c', run: runTails, allocators: LIBC }),
  // (at -Os the aligned operator new has dlmemalign inlined into it: it is the allocator the oracle stops at)
  'views-em-Os-sourcemap': { source: 'views.cpp', sourceMap: 'views-em-Os-sourcemap.wasm.map', lossy: true, ...em('views-em-Os-sourcemap'),
    allocators: { alloc: [['dlmalloc', [0]], ['dlcalloc', [0, 1]], ['dlmemalign', [1]], ['aligned_alloc', [1]], ['operator new(unsigned long, std::align_val_t)', [0]]], realloc: [['dlrealloc', 0, 1]], free: [['dlfree', 0]], alignedOut: [['dlposix_memalign', 0, 2], ['posix_memalign', 0, 2]] } },
  // Rust through wasm-opt -Oz -g: Binaryen rewrites rustc's DWARF (scopes whose end is lost)
  'flow-Oz-wasmopt': {
    source: 'flow.rs', ...rust,
    run: (bytes, options) => runExported(bytes, options, { entry: 'main', decode: () => '' }),
  },
  // clang++ -O2's DWARF rewritten by wasm-opt -O3 -g
  'views-O2-wasmopt': wasi({ source: 'views.cpp', allocators: { ...LIBC, alloc: [...LIBC.alloc, ['aligned_alloc', [1]]], alignedOut: [['posix_memalign', 0, 2]] } }),
  // oracle5: Emscripten -sASYNCIFY (allocations across unwind/rewind; main finishes from a timer and
  // ends by exit(3)), with dlmalloc and with emmalloc (malloc and calloc inlined at -Os: their callers
  // call emmalloc_memalign, whose constant alignment Binaryen dropped: its one argument is the size)
  'sleep-Os-g': { source: 'sleep.c', ...em('sleep-Os-g', { untilExit: true }) },
  'sleep-Os-emmalloc-sourcemap': { source: 'sleep.c', sourceMap: 'sleep-Os-emmalloc-sourcemap.wasm.map', lossy: true,
    ...em('sleep-Os-emmalloc-sourcemap', { untilExit: true }),
    allocators: { alloc: [['malloc', [0]], ['calloc', [0, 1]], ['emmalloc_memalign', [0]]], realloc: [['realloc', 0, 1]], free: [['free', 0], ['emmalloc_free', 0]] } },
  // setjmp/longjmp as wasm exceptions (-sSUPPORT_LONGJMP=wasm); main exits with 4 after a longjmp
  'wjmp-O2-g': { source: 'wjmp.c', ...em('wjmp-O2-g', { untilExit: true }) },
  'wjmp-Os-sourcemap': { source: 'wjmp.c', sourceMap: 'wjmp-Os-sourcemap.wasm.map', lossy: true, ...em('wjmp-Os-sourcemap', { untilExit: true }) },
  // C++ exceptions kept past their handler (exception_ptr), nested, rethrown; main left by an
  // uncaught one (exit status 1): wasm exceptions at -O2 -g, JS-based ones (invoke_*) at -Os -g
  // (libc++abi allocates a wasm exception with posix_memalign: every entry the program allocates through)
  'leave-wasm-O2-g': { source: 'leave.cpp', ...em('leave-wasm-O2-g', { untilExit: true }), allocators: EM_ALIGNED },
  'leave-js-Os-g': { source: 'leave.cpp', ...em('leave-js-Os-g', { untilExit: true }), allocators: EM_ALIGNED },
  // (session 18) every allocating call inside a try body beside calls that throw from allocating
  // frames; handlers that allocate, a return from a try body, a rethrow, a loop catching each turn
  'catches-wasm-O2-g': { source: 'catches.cpp', ...em('catches-wasm-O2-g', { untilExit: true }), allocators: EM_ALIGNED },
  // a hand-written #[global_allocator] (size classes over memory.grow), also after wasm-opt -O3 -g
  'slab-O3-g2': { source: 'slab.rs', ...rust },
  'slab-O3-wasmopt': { source: 'slab.rs', ...rust },
  'parts-em-O3-lto-g': { source: 'parts.cpp', ...em('parts-em-O3-lto-g', { untilExit: true }) },
  // C++20 over two files under -flto -O3; and the same module without its name section (DWARF
  // kept): the oracle reads function names from parts-O3-lto, whose code is byte for byte the same
  'parts-O3-lto': wasi({ source: 'parts.cpp', allocators: LIBC }),
  'parts-O3-lto-nonames': wasi({ source: 'parts.cpp', allocators: LIBC, namesFrom: 'parts-O3-lto' }),
  // oracle6: one-step `clang -O2`/`-Oz` as shipped (wasm-opt at link: no names, no line rows):
  // frames compared as function+offset (the oracle's names: wasm-opt's symbol map of the same run).
  // Binaryen dropped calloc's constant size (its callers all pass 4: calloc(n), n << 2), and
  // inlined aligned_alloc and posix_memalign into their one caller each (internal_memalign(align, n) left)
  'relay-O2-onestep': wasi({ source: 'relay.c', run: runRelay, stripped: true, symbols: 'relay-O2-onestep.symbols', allocators: RELAY_STRIPPED }),
  'relay-Oz-onestep': wasi({ source: 'relay.c', run: runRelay, stripped: true, symbols: 'relay-Oz-onestep.symbols', allocators: RELAY_STRIPPED }),
  // the same source two-step at -Oz with DWARF: an always_inline chain five deep, callbacks, varargs
  'relay-Oz-g': wasi({ source: 'relay.c', run: runRelay, allocators: { ...LIBC, alloc: [...LIBC.alloc, ['aligned_alloc', [1]]], alignedOut: [['posix_memalign', 0, 2]] } }),
  // a release profile (fat LTO, one codegen unit, panic=abort) with a #[global_allocator] of its
  // own over System: on wasi the impl's alloc is a function of its own beside std's __rust_realloc /
  // __rust_dealloc and wasi-libc's malloc family; on wasm32-unknown-unknown it is inlined away and
  // the dlmalloc crate's malloc/free are called directly. (Every function the program allocates through.)
  'pipes-wasi-Oz-lto': wasi({ source: 'pipes.rs', allocators: {
    alloc: [[/^_ZN65_\$LT\$pipes\.\.Tally\$u20\$as\$u20\$core\.\.alloc\.\.global\.\.GlobalAlloc\$GT\$5alloc17h/, [0]], ...RUST_WASI.alloc],
    realloc: RUST_WASI.realloc,
    free: RUST_WASI.free,
  } }),
  'pipes-Os-lto': {
    source: 'pipes.rs', ...rust,
    run: (bytes, options) => runExported(bytes, options, { entry: 'main', decode: () => '' }),
    allocators: {
      alloc: [['__rust_alloc', [0]], ['__rust_alloc_zeroed', [0]], [/^_ZN8dlmalloc8dlmalloc17Dlmalloc\$LT\$A\$GT\$6malloc17h/, [0]]],
      realloc: [['__rust_realloc', 0, 2]],
      free: [['__rust_dealloc', 0], [/^_ZN8dlmalloc8dlmalloc17Dlmalloc\$LT\$A\$GT\$4free17h/, 0]],
    },
  },
  // em++ with the runtime checks on (-sALLOW_MEMORY_GROWTH -sSTACK_OVERFLOW_CHECK=2): at -Oz with wasm
  // exceptions and emmalloc-memvalidate (every entry of emmalloc the program allocates through:
  // __cxa_allocate_exception goes through posix_memalign), at -O3 with JS exceptions and dlmalloc
  'hub-em-Oz-memvalidate-g': { source: 'hub.cpp', ...em('hub-em-Oz-memvalidate-g', { untilExit: true }),
    allocators: {
      alloc: [['malloc', [0]], ['emmalloc_memalign', [1]], ['emmalloc_calloc', [0, 1]]],
      realloc: [['realloc', 0, 1], ['emmalloc_aligned_realloc', 0, 2]],
      free: [['free', 0], ['emmalloc_free', 0]],
      alignedOut: [['posix_memalign', 0, 2]],
    } },
  // (nframe 1 only: at nframe 8 llvm-symbolizer errs on main's outer frames. Binaryen wrote an
  // inlined ~basic_string's start as 0, `[0, end)`, and llvm reads it as holding main's later code:
  // `… <- hub.cpp:88 <- hub.cpp:77` for main's own call at line 88. README.md, "Outside the comparison")
  'hub-em-O3-jsexc-g': { source: 'hub.cpp', ...em('hub-em-O3-jsexc-g', { untilExit: true }), nframes: [1] },

  // AssemblyScript -O3 as a release ships it: without --debug (no name section; the source map
  // names lines; the allocator found by its code), and the same with --debug, whose code section
  // is byte for byte the same (the oracle takes names from it); the stub runtime at -Oz with --debug
  'tally-O3': { source: 'tally.ts', sourceMap: 'tally-O3.wasm.map', lossy: true, ...as, objects: ['firstKept'] },
  'tally-O3-nodebug': { source: 'tally.ts', sourceMap: 'tally-O3-nodebug.wasm.map', lossy: true, ...as, objects: ['firstKept'], namesFrom: 'tally-O3' },
  'tally-stub-Oz': {
    source: 'tally.ts', sourceMap: 'tally-stub-Oz.wasm.map', lossy: true, ...as, objects: ['firstKept'],
    allocators: {
      alloc: [['~lib/rt/stub/__new', [0]], ['~lib/rt/stub/__alloc', [0]]],
      realloc: [['~lib/rt/stub/__renew', 0, 1]],
      free: [['~lib/rt/stub/__free', 0]],
    },
  },
  // oracle7: sprawl.cpp (global constructors, lambdas in std::function, templates, make_shared in a
  // 40-deep recursion, callbacks through a C table, realloc growth, an int64_t through a may-throw call)
  // em++ -O2 -gseparate-dwarf: the DWARF in sprawl-em-O2-sepdwarf.debug.wasm (external_debug_info);
  // the oracle symbolizes that file (same code section, same addresses)
  'sprawl-em-O2-sepdwarf': { source: 'sprawl.cpp', ...em('sprawl-em-O2-sepdwarf', { untilExit: true, args: ['alpha', 'beta'] }), dwarf: 'sprawl-em-O2-sepdwarf.debug.wasm', nframes: [1, 8, 16] },
  // em++ -O3 -g -fexceptions -sWASM_BIGINT: invoke_* imports with i64 parameters (not legalised)
  'sprawl-em-O3-bigint-g': { source: 'sprawl.cpp', ...em('sprawl-em-O3-bigint-g', { untilExit: true, args: ['alpha', 'beta'] }), nframes: [1, 8, 16] },
  // clang++ wasi -O2 -flto -gline-tables-only, --lto-O3 at the link
  'sprawl-O2-lto-g1': wasi({ source: 'sprawl.cpp', run: runSprawl, allocators: LIBC, nframes: [1, 8, 16] }),
  // emcc -sASYNCIFY at -O2 -g and -O3 -g (oracle5 left them out: Binaryen wrote the inlined
  // pause_a_little's high_pc as 0x100000000 and llvm-symbolizer read descend's later code as inside
  // it; the oracle's rule (4), oracle7, reads such a frame against the function's source text)
  'sleep-O2-g': { source: 'sleep.c', ...em('sleep-O2-g', { untilExit: true }) },
  'sleep-O3-g': { source: 'sleep.c', ...em('sleep-O3-g', { untilExit: true }) },
  // orchard.ts: AssemblyScript without --debug (no name section: the allocator found by its code;
  // the oracle takes names from the --debug twin, whose code section is byte for byte the same),
  // under the minimal runtime at -O3 and the incremental one at -Oz
  'orchard-minimal-O3': { source: 'orchard.ts', sourceMap: 'orchard-minimal-O3.wasm.map', lossy: true, ...as, objects: ['firstLabel'], allocators: AS_MINIMAL, nframes: [1, 8, 16] },
  'orchard-minimal-O3-nodebug': { source: 'orchard.ts', sourceMap: 'orchard-minimal-O3-nodebug.wasm.map', lossy: true, ...as, objects: ['firstLabel'], allocators: AS_MINIMAL, namesFrom: 'orchard-minimal-O3', nframes: [1, 8, 16] },
  'orchard-Oz': { source: 'orchard.ts', sourceMap: 'orchard-Oz.wasm.map', lossy: true, ...as, objects: ['firstLabel'], nframes: [1, 8, 16] },
  'orchard-Oz-nodebug': { source: 'orchard.ts', sourceMap: 'orchard-Oz-nodebug.wasm.map', lossy: true, ...as, objects: ['firstLabel'], namesFrom: 'orchard-Oz', nframes: [1, 8, 16] },
};

// Builds the oracle answers but the comparison leaves out (README.md: "Outside the comparison"):
// `node test/corpus/oracle.mjs NAME` after `test/corpus/build.sh NAME`; nothing of theirs is committed.
export const OUTSIDE = {
  // both sides over-count: fat LTO inlined the allocator's dealloc into every caller, so neither a
  // breakpoint nor a hook sees those frees (147 live at exit for the allocator's own 145; the tool
  // says so: "frees not traced?")
  'slab-Os-lto': {
    source: 'slab.rs', ...rust,
    allocators: {
      alloc: [['__rust_alloc', [0]], ['__rust_alloc_zeroed', [0]], [/^_ZN63_\$LT\$slab\.\.Slab\$u20\$as\$u20\$core\.\.alloc\.\.global\.\.GlobalAlloc\$GT\$5alloc17h/, [0]]],
      realloc: [['__rust_realloc', 0, 3]],
      free: [['__rust_dealloc', 0]], // (absent: every dealloc is inlined)
    },
  },
};

export const builtPath = (name, file = `${name}.wasm`) => here(`./built/${file}`);
