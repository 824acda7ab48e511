// Allocator profiles: which functions allocate and free, and how each one maps onto the hooks
// of docs/hook-abi.md. Pure data: the wrapper writers (binary/wrappers.ts, binaryen/wrap-allocators.ts) read nothing else.
//
// Why a table and not code per allocator: toolchains name the same four operations a dozen ways
// (dlmalloc under its own names in Emscripten, demangled C++ operators in wasm-ld's name section,
// Rust's v0-mangled `__rust_alloc`), but the semantics are a handful of shapes.
import { demangle } from '../abi/demangle';

/** How a function's parameters and result map onto hook events. Arg numbers are 0-based. */
export type AllocatorSpec =
  /**
   * `result = f(...)`: alloc(result, size) when result != 0. `count` multiplies (calloc).
   * `noopWhenZero`: an argument that, when 0, means the call allocated nothing (below).
   */
  | { role: 'alloc'; size: number; count?: number; resultAdjust?: number; noopWhenZero?: number }
  /** `status = f(out, ..., size)`: alloc(*out, size) when status == 0 (posix_memalign). */
  | { role: 'alloc-out'; size: number; out: number }
  /**
   * `f(ptr, ...)`: free(ptr + ptrAdjust) when ptr != 0, before the body runs. `collector`: a GC's
   * free, which records even inside an allocator's body (an incremental GC step run by `__new`
   * frees OTHER objects, which must leave the table). `quiet`: an allocator-internal function
   * that every free passes through but that also sees blocks never handed out (TLSF's
   * `insertBlock` takes split remainders and new memory too): a pointer not in the table is
   * expected there, not an invalid free (the hook's site carries bit 31, docs/hook-abi.md).
   * `noopWhenZero`: an argument that, when 0, means the call does nothing and no hook runs:
   * wasm-bindgen's `__wbindgen_malloc(0, align)` hands out `align` as a dangling pointer without
   * allocating, and its `__wbindgen_free(ptr, 0, align)` returns at once (a zero-length slice).
   */
  | { role: 'free'; ptr: number; ptrAdjust?: number; collector?: boolean; quiet?: boolean; noopWhenZero?: number }
  /**
   * `result = f(ptr, ..., size)`: realloc(ptr, result, size) when result != 0; free(ptr) when
   * result == 0, ptr != 0 and size == 0 (`zeroFrees`). `adjust` applies to both pointers.
   * `quiet`: an old pointer no longer in the table is expected (AS tcms's moving __renew frees
   * the old block through the hooked insertBlock before the realloc hook runs). `inPlace`: `f(ptr,
   * ..., size)` returns nothing and resizes ptr where it is: realloc(ptr, ptr, size) after it;
   * `'if-true'`: `ok = f(ptr, ..., size)` resizes in place only when it returns non-zero, and a
   * refusal changes nothing (Zig's `Allocator.resize`).
   */
  | { role: 'realloc'; ptr: number; size: number; zeroFrees?: boolean; adjust?: number; quiet?: boolean; inPlace?: boolean | 'if-true' }
  /**
   * A function that allocates THROUGH the profile (`strdup`): records nothing itself, but the
   * allocator calls inside it report the wrapper's call site, so the user's line is the answer.
   */
  | { role: 'wrapper' };


export interface AllocatorProfileEntry {
  /** Family, for messages and stats: 'libc', 'c++', 'rust', 'wasm-bindgen', 'assemblyscript', 'zig'. */
  family: string;
  /** Exact function names (name section) or export names. */
  names: readonly string[];
  /** Rust symbols: also match `crate::NAME` and v0-mangled `_RNv…<len>[_]NAME`. */
  rustSymbol?: boolean;
  /** Symbols whose spelling carries a hash (Rust legacy mangling): matched by pattern. */
  symbolPatterns?: readonly RegExp[];
  /** Exact parameter count, where optimisers change a method's shape (LTO drops a constant `self`). */
  arity?: number;
  /**
   * Hooked only when one of these entries (by first name) is missing from the module: a layer
   * under them, needed only when they were inlined away (and otherwise one wrapper too many).
   */
  fallbackFor?: readonly string[];
  /**
   * Allocation-only by design (AssemblyScript's stub runtime, a bump allocator: its `__free`
   * gives back the last block only, and nothing collects): no free is expected, so none missing
   * is a caveat (discover.ts `unfreedWarnings`). Every other allocation of a family expects one.
   */
  neverFreed?: boolean;
  spec: AllocatorSpec;
}

const libc = (names: string[], spec: AllocatorSpec): AllocatorProfileEntry => ({ family: 'libc', names, spec });
const aligned = (names: string[], shapes: [arity: number, spec: AllocatorSpec][]): AllocatorProfileEntry[] =>
  shapes.map(([arity, spec]) => ({ family: 'libc', names, arity, spec }));

// dlmalloc as wasi-libc and Emscripten build it (Emscripten exports `malloc` but may name the
// body `dlmalloc`, `emscripten_builtin_malloc`…), and emmalloc's own names.
const LIBC: AllocatorProfileEntry[] = [
  libc(['malloc', 'dlmalloc', 'emscripten_builtin_malloc', 'emmalloc_malloc'], { role: 'alloc', size: 0 }),
  libc(['calloc', 'dlcalloc', 'emscripten_builtin_calloc', 'emmalloc_calloc'], { role: 'alloc', size: 1, count: 0 }),
  libc(['realloc', 'dlrealloc', 'emscripten_builtin_realloc', 'emmalloc_realloc'], { role: 'realloc', ptr: 0, size: 1, zeroFrees: true }),
  libc(['free', 'dlfree', 'emscripten_builtin_free', 'emmalloc_free'], { role: 'free', ptr: 0 }),
  // The aligned ones in two shapes: as written, and without the alignment, which Binaryen's
  // dead-argument elimination drops when every caller passes the same constant (emcc -Os
  // -sMALLOC=emmalloc: malloc and calloc, inlined into the program, call emmalloc_memalign(8, n);
  // left with one parameter, its size — and, unmatched, every allocation went unseen).
  ...aligned(['posix_memalign', 'dlposix_memalign', 'emmalloc_posix_memalign'], [[3, { role: 'alloc-out', out: 0, size: 2 }], [2, { role: 'alloc-out', out: 0, size: 1 }]]),
  ...aligned(['aligned_alloc', 'memalign', 'dlmemalign', 'emscripten_builtin_memalign', 'emmalloc_memalign', 'emmalloc_aligned_alloc'], [[2, { role: 'alloc', size: 1 }], [1, { role: 'alloc', size: 0 }]]),
  libc(['valloc', 'dlvalloc'], { role: 'alloc', size: 0 }),
  libc(['pvalloc', 'dlpvalloc'], { role: 'alloc', size: 0 }),
  libc(['strdup', '__strdup', 'strndup', '__strndup', 'wcsdup', 'asprintf', 'vasprintf', 'getline', 'getdelim'], { role: 'wrapper' }),
];

// C++ operator new/delete: every Itanium-mangled variant, and the demangled spelling wasm-ld
// writes into the name section. `m` = size_t as unsigned long (wasm32 clang), `j` = unsigned int.
function cxxOperators(): AllocatorProfileEntry[] {
  const out: AllocatorProfileEntry[] = [];
  const sizeTypes: [string, string][] = [['m', 'unsigned long'], ['j', 'unsigned int']];
  const align = ['St11align_val_t', 'std::align_val_t'] as const;
  const nothrow = ['RKSt9nothrow_t', 'std::nothrow_t const&'] as const;
  for (const [op, word] of [['nw', 'new'], ['na', 'new[]']] as const) {
    for (const [m, type] of sizeTypes) {
      for (const [a, n] of [[false, false], [false, true], [true, false], [true, true]]) {
        const mangled = `_Z${op}${m}${a ? align[0] : ''}${n ? nothrow[0] : ''}`;
        const args = [type, ...(a ? [align[1]] : []), ...(n ? [nothrow[1]] : [])].join(', ');
        out.push({ family: 'c++', names: [mangled, `operator ${word}(${args})`], spec: { role: 'alloc', size: 0 } });
      }
    }
  }
  for (const [op, word] of [['dl', 'delete'], ['da', 'delete[]']] as const) {
    const variants: [string, string[]][] = [['', []], [nothrow[0], [nothrow[1]]], [align[0], [align[1]]],
      [align[0] + nothrow[0], [align[1], nothrow[1]]]];
    for (const [m, type] of sizeTypes) variants.push([m, [type]], [m + align[0], [type, align[1]]]);
    for (const [suffix, args] of variants) {
      out.push({ family: 'c++', names: [`_Z${op}Pv${suffix}`, `operator ${word}(${['void*', ...args].join(', ')})`], spec: { role: 'free', ptr: 0 } });
    }
  }
  return out;
}

// Two shapes each: `(self, ...)` as compiled, and without `self` where fat LTO saw that the one
// global instance is a constant and dropped the argument.
function dlmallocMethod(method: string, arity: number, spec: (self: number) => AllocatorSpec): AllocatorProfileEntry[] {
  const legacy = new RegExp(`^_ZN8dlmalloc8dlmalloc17Dlmalloc\\$LT\\$A\\$GT\\$${method.length}${method}17h[0-9a-f]{16}E$`);
  // legacy demangled (`Dlmalloc<A>::malloc`), and v0 as wasm-bindgen writes it into the name
  // section, read without crate hashes (`<dlmalloc::dlmalloc::Dlmalloc<dlmalloc::sys::System>>::malloc`)
  const demangled = new RegExp(`^(?:dlmalloc::dlmalloc::Dlmalloc<A>|<dlmalloc::dlmalloc::Dlmalloc<.+>>)::${method}(::h[0-9a-f]{16})?$`);
  const entry = (self: number): AllocatorProfileEntry =>
    ({ family: 'rust', names: [], symbolPatterns: [legacy, demangled], arity: arity + self, spec: spec(self),
      fallbackFor: ['__rust_alloc', '__rust_dealloc'] });
  return [entry(1), entry(0)];
}

// `<T as core::alloc::global::GlobalAlloc>::METHOD`: the #[global_allocator] the `__rust_*` shims
// forward to (a program's own — a counting or tracking wrapper, wee_alloc, talc — or std's System).
// With fat LTO the shims are inlined into their callers and these impls are what every allocation
// calls: without them a program with its own allocator had its dealloc (the dlmalloc crate's free
// inlined into it) hooked by nothing, and every freed block looked leaked. Their shape is the
// Rust ABI's, minus what LTO drops: `&self` (a constant, the one static) and unused trailing
// layout parts, so the pointer is argument 1 only at full arity, the size the one before `align`,
// the new size of realloc the last. Under the shims (no LTO) they are nested: silent.
function globalAllocMethod(method: string, shapes: [arity: number, spec: AllocatorSpec][]): AllocatorProfileEntry[] {
  const legacy = new RegExp(`^_ZN\\d+_\\$LT\\$.+\\$u20\\$as\\$u20\\$core\\.\\.alloc\\.\\.global\\.\\.GlobalAlloc\\$GT\\$${method.length}${method}17h[0-9a-f]{16}E$`);
  const demangled = new RegExp(`^<.+ as core::alloc::global::GlobalAlloc>::${method}(::h[0-9a-f]{16})?$`);
  const v0 = new RegExp(`^_R.*11GlobalAlloc${method.length}${method}$`);
  return shapes.map(([arity, spec]) => ({ family: 'rust', names: [], symbolPatterns: [legacy, demangled, v0], arity, spec,
    fallbackFor: ['__rust_alloc', '__rust_dealloc'] }));
}

/**
 * A frame of Rust's global allocator, by its demangled function name: the `#[global_allocator]`
 * shims (`__rg_alloc`… generated at the static's line, `__rust_alloc`…, std's default `__rdl_alloc`…) and the methods of a
 * `GlobalAlloc` impl (the program's own wrapper, std's System, the trait's default
 * `alloc_zeroed`/`realloc`). They are the allocator itself, as malloc's body is: where LTO inlines
 * them into their callers, a site inside them is at the frame that called the allocator, as it is
 * where they stay functions (the hooked impl's caller). Before, a program with its own allocator
 * read `static A: Tally = Tally;` or the impl's `System.alloc(l)` line as the line of most of its
 * blocks (test/corpus `pipes-*`).
 */
export function isGlobalAllocatorFrame(name: string | null): boolean {
  return name !== null && GLOBAL_ALLOCATOR_FRAME.test(name);
}
const GLOBAL_ALLOCATOR_METHOD = '(alloc|alloc_zeroed|realloc|dealloc)(::h[0-9a-f]{16})?$';
const GLOBAL_ALLOCATOR_FRAME = new RegExp([
  `(^|::)(__rg_|__rdl_|__rust_)${GLOBAL_ALLOCATOR_METHOD}`,
  `(^|::)<(.+ as |impl )core::alloc::global::GlobalAlloc( for .+)?>::${GLOBAL_ALLOCATOR_METHOD}`,
  `^core::alloc::global::GlobalAlloc::${GLOBAL_ALLOCATOR_METHOD}`,
].join('|'));

const RUST: AllocatorProfileEntry[] = [
  { family: 'rust', names: ['__rust_alloc'], rustSymbol: true, spec: { role: 'alloc', size: 0 } },
  { family: 'rust', names: ['__rust_alloc_zeroed'], rustSymbol: true, spec: { role: 'alloc', size: 0 } },
  // __rust_realloc(ptr, old_size, align, new_size); with fat LTO, the allocator's realloc inlined
  // into it, dead-argument elimination drops the parameters it no longer reads (the order kept):
  // (ptr, old_size|align, new_size), or (ptr, new_size) — the dlmalloc crate's realloc needs
  // neither (test/users/data/words-lto-o2.wasm). The pointer stays first, the new size last.
  ...[4, 3, 2].map((arity): AllocatorProfileEntry => ({ family: 'rust', names: ['__rust_realloc'], rustSymbol: true, arity,
    spec: { role: 'realloc', ptr: 0, size: arity - 1 } })),
  { family: 'rust', names: ['__rust_dealloc'], rustSymbol: true, spec: { role: 'free', ptr: 0 } },
  // napi-wasm's boundary for JS (napi_wasm_malloc(size)): followed to the Rust allocator (discover.ts).
  { family: 'rust', names: ['napi_wasm_malloc'], spec: { role: 'alloc', size: 0 } },
  // The dlmalloc crate behind std's allocator on wasm32-unknown-unknown. With fat LTO at
  // -O2/-Os/-Oz, __rust_alloc/__rust_dealloc are inlined into their callers and these methods are
  // all that is left to hook (`self` is argument 0). Without LTO they run under __rust_alloc, whose
  // depth guard keeps them silent: each allocation still records once, at the user's site.
  ...dlmallocMethod('malloc', 1, (self) => ({ role: 'alloc', size: self })),
  ...dlmallocMethod('memalign', 2, (self) => ({ role: 'alloc', size: self + 1 })),
  ...dlmallocMethod('realloc', 2, (self) => ({ role: 'realloc', ptr: self, size: self + 1 })),
  ...dlmallocMethod('free', 1, (self) => ({ role: 'free', ptr: self })),
  // (self, size, align) · (size, align) · (size)
  ...['alloc', 'alloc_zeroed'].flatMap((m) => globalAllocMethod(m, [
    [3, { role: 'alloc', size: 1 }], [2, { role: 'alloc', size: 0 }], [1, { role: 'alloc', size: 0 }]])),
  // (self, ptr, size, align) · (ptr, size, align) · (ptr, size) · (ptr)
  ...globalAllocMethod('dealloc', [[4, { role: 'free', ptr: 1 }], [3, { role: 'free', ptr: 0 }], [2, { role: 'free', ptr: 0 }], [1, { role: 'free', ptr: 0 }]]),
  // (self, ptr, size, align, new_size) · (ptr, size, align, new_size) · (ptr, align, new_size) · (ptr, new_size)
  ...globalAllocMethod('realloc', [[5, { role: 'realloc', ptr: 1, size: 4 }], [4, { role: 'realloc', ptr: 0, size: 3 }],
    [3, { role: 'realloc', ptr: 0, size: 2 }], [2, { role: 'realloc', ptr: 0, size: 1 }]]),
];

// wasm-bindgen's exports for JS: (size[, align]), (ptr, old_size, new_size[, align]), (ptr, size[, align]).
// A size of 0 allocates and frees nothing: malloc returns `align` (a dangling pointer, 1 or 4),
// free returns at once (wasm-bindgen's src/lib.rs); as events they would be frees of a pointer
// never allocated, and several live blocks at one address.
export const WASM_BINDGEN_SPECS = {
  malloc: { role: 'alloc', size: 0, noopWhenZero: 0 },
  realloc: { role: 'realloc', ptr: 0, size: 2 },
  free: { role: 'free', ptr: 0, noopWhenZero: 1 },
} as const satisfies Record<string, AllocatorSpec>;
const WASM_BINDGEN: AllocatorProfileEntry[] = [
  { family: 'wasm-bindgen', names: ['__wbindgen_malloc'], spec: WASM_BINDGEN_SPECS.malloc },
  { family: 'wasm-bindgen', names: ['__wbindgen_realloc'], spec: WASM_BINDGEN_SPECS.realloc },
  { family: 'wasm-bindgen', names: ['__wbindgen_free'], spec: WASM_BINDGEN_SPECS.free },
];

// AssemblyScript 0.28. Keys are TLSF block pointers (docs/hook-abi.md): `__new` returns block + 16
// (OBJECT_OVERHEAD), the GC's `itcms/free(obj)` frees obj + 4 (BLOCK_OVERHEAD), tcms's collector
// calls `tlsf/__free` directly, so every path meets on the same key.
const OBJECT_OVERHEAD = 16;
const BLOCK_OVERHEAD = 4;
const as = (names: string[], spec: AllocatorSpec): AllocatorProfileEntry => ({ family: 'assemblyscript', names, spec });
// The stub runtime (`--runtime stub`) never frees: its allocations expect no free.
const stub = (names: string[], spec: AllocatorSpec): AllocatorProfileEntry => ({ family: 'assemblyscript', names, spec, neverFreed: true });
const ASSEMBLYSCRIPT: AllocatorProfileEntry[] = [
  as(['~lib/rt/itcms/__new', '~lib/rt/tcms/__new'], { role: 'alloc', size: 0, resultAdjust: -OBJECT_OVERHEAD }),
  stub(['~lib/rt/stub/__new'], { role: 'alloc', size: 0, resultAdjust: -OBJECT_OVERHEAD }),
  // A moving __renew leaves the old object to the GC; like CPython's realloc, the trace moves
  // (the GC's later free of the old object finds nothing to remove).
  as(['~lib/rt/itcms/__renew', '~lib/rt/tcms/__renew'], { role: 'realloc', ptr: 0, size: 1, adjust: -OBJECT_OVERHEAD, quiet: true }),
  stub(['~lib/rt/stub/__renew'], { role: 'realloc', ptr: 0, size: 1, adjust: -OBJECT_OVERHEAD, quiet: true }),
  as(['~lib/rt/tlsf/__alloc'], { role: 'alloc', size: 0 }),
  stub(['~lib/rt/stub/__alloc'], { role: 'alloc', size: 0 }),
  as(['~lib/rt/tlsf/__realloc'], { role: 'realloc', ptr: 0, size: 1, quiet: true }),
  stub(['~lib/rt/stub/__realloc'], { role: 'realloc', ptr: 0, size: 1, quiet: true }),
  as(['~lib/rt/tlsf/__free', '~lib/rt/stub/__free'], { role: 'free', ptr: 0 }),
  // Quiet: the old object of a moving __renew (its trace already moved) is freed here later.
  as(['~lib/rt/itcms/free'], { role: 'free', ptr: 0, ptrAdjust: BLOCK_OVERHEAD, collector: true, quiet: true }),
  // Release builds (asc -O1..-O3, --optimize) inline itcms/free, __free and freeBlock into the GC's
  // step; insertBlock(root, block) is the one function every free still passes through at every
  // level (measured with asc 0.28, incremental and minimal runtimes). It also takes split
  // remainders and fresh memory, hence quiet. With itcms/free hooked too (-O0), it finds the block
  // already gone: quiet again.
  as(['~lib/rt/tlsf/insertBlock'], { role: 'free', ptr: 1, ptrAdjust: BLOCK_OVERHEAD, collector: true, quiet: true }),
  // allocateBlock(root, size) -> block: what a release build's inlined __realloc/__renew (the
  // minimal runtime's Array growth: moveBlock) still calls. Inside a hooked __new/__alloc it is a
  // nested call and records nothing; reached from inlined code it reports the block, with the
  // size asked of TLSF (an object's includes its 16-byte header). The moved-from block goes
  // through insertBlock.
  as(['~lib/rt/tlsf/allocateBlock'], { role: 'alloc', size: 1, resultAdjust: BLOCK_OVERHEAD }),
  // prepareBlock(root, block, size): what a release build's inlined in-place __realloc (the
  // minimal runtime's Array growth into the free block on its right) still calls; inside a hooked
  // allocator (allocateBlock, __new) it is nested. Reports TLSF's payload size (aligned, with an
  // object's header).
  as(['~lib/rt/tlsf/prepareBlock'], { role: 'realloc', ptr: 1, size: 2, adjust: BLOCK_OVERHEAD, quiet: true, inPlace: true }),
];

// Zig's std.mem.Allocator implementations. Zig code allocates through the interface's vtable,
// never through malloc (a C `malloc` a Zig program exports is one more caller of the vtable,
// nested under these), so these are what every Zig allocation passes through. The vtable's shape
// (Zig 0.11–0.13): alloc(ctx, len, log2_align, ret_addr) -> ?ptr; resize(ctx, ptr, len,
// log2_align, new_len, ret_addr) -> bool, in place; free(ctx, ptr, len, log2_align, ret_addr).
// The name section spells them `heap.WasmAllocator.alloc`, `heap.general_purpose_allocator.
// GeneralPurposeAllocator(.{…}).free`… (checked: Zig 0.11 here, md4w's build). The general-purpose
// allocator takes its pages from the page allocator inside its own body: nested, silent. An arena
// (not hooked) takes its chunks from the allocator under it: the chunks are the blocks. Not yet:
// Zig ≥ 0.14's `remap` and its renamed allocators (DebugAllocator…), not seen in a build here.
const ZIG_IMPLS = String.raw`heap\.(?:WasmAllocator|WasmPageAllocator|general_purpose_allocator\.GeneralPurposeAllocator\(.*\))`;
const zig = (method: string, arity: number, spec: AllocatorSpec): AllocatorProfileEntry =>
  ({ family: 'zig', names: [], symbolPatterns: [new RegExp(`^${ZIG_IMPLS}\\.${method}$`)], arity, spec });
const ZIG: AllocatorProfileEntry[] = [
  zig('alloc', 4, { role: 'alloc', size: 1 }),
  zig('resize', 6, { role: 'realloc', ptr: 1, size: 4, inPlace: 'if-true' }),
  zig('free', 5, { role: 'free', ptr: 1 }),
];

export const ALLOCATOR_PROFILES: readonly AllocatorProfileEntry[] = [
  ...LIBC, ...cxxOperators(), ...RUST, ...WASM_BINDGEN, ...ASSEMBLYSCRIPT, ...ZIG,
];

/** The families of ALLOCATOR_PROFILES, in table order (what options.families accepts). */
export const PROFILE_FAMILIES: readonly string[] = [...new Set(ALLOCATOR_PROFILES.map((e) => e.family))];

/** True when `name` (a function or export name) is one of the entry's spellings. */
export function profileMatches(entry: AllocatorProfileEntry, name: string): boolean {
  if (entry.names.includes(name)) return true;
  if (entry.symbolPatterns?.some((p) => p.test(name))) return true;
  // a v0 name demangled already, with its crates' disambiguators (`dlmalloc[bdd41e560510e1bd]::…`)
  if (entry.symbolPatterns && name.includes(']::')) {
    const plain = demangle(name);
    if (plain !== name && entry.symbolPatterns.some((p) => p.test(plain))) return true;
  }
  if (!entry.rustSymbol) return false;
  for (const n of entry.names) {
    if (name.endsWith('::' + n)) return true;
    // v0 mangling (rustc ≥ 1.86 puts the shims in the `__rustc` crate): `_RNv…12___rust_alloc`.
    if (name.startsWith('_R') && (name.endsWith(`${n.length}_${n}`) || name.endsWith(`${n.length}${n}`))) return true;
  }
  return false;
}
