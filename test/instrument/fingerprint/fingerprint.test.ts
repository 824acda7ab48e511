// Code fingerprints (instrument/fingerprint.ts) on the corpus build.sh makes: prog.c with
// Emscripten's dlmalloc and emmalloc (-O0/-O2/-Oz) and wasi-libc, lib.rs with Rust's dlmalloc
// crate (opt-level 2 and z, fat LTO), shapes.cpp through C++'s operator new (em++ -O2/-Oz, and
// -O2 with wasm exceptions), orders.rs through Rust's std over wasi-libc (wasm32-wasi, 2 and s). Each module is committed WITH its name section; the test
// strips it (every custom section) and instruments the stripped bytes:
//   - the name section of the committed build is the oracle for which function each role landed on;
//   - the stripped run traces what the named run traces (found by names): same live set, peak and
//     counts; for Emscripten's dlmalloc the live set also equals dlmalloc's own mallinfo();
//   - no other module of the repository (fixtures, corpus, test data) is matched wrongly: where a
//     fingerprint matches one, it lands on the allocator its name section names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withFunctions } from '../../../instrument/binary/parse';
import { namesFunctions } from '../../../instrument/discover';
import { readCodeLayout, type CodeLayout } from '../../../instrument/code-reader';
import { fingerprintAllocators, newOperators, rustShims } from '../../../instrument/fingerprint';
import { detectAllocators, type AllocatorFn, type ModuleFunction } from '../../../instrument/detect';
import { instrument } from '../validate';
import { readModule } from '../../../instrument/wasm/module';
import * as tracemalloc from '../../../runtime/tracer/index';
import { runWasi } from '../../../fixtures/harness/wasi.mjs';
import { stripCustomSections } from './strip';
import { demangle } from '../../../abi/demangle';

afterEach(() => tracemalloc.stop());

const here = __dirname;
const root = join(here, '..', '..', '..');
const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(here, file)));

/** What each role may be called in a named build (Rust's dlmalloc methods are mangled). */
// (the dlmalloc crate's methods in the legacy mangling, and in v0's as wasm-bindgen demangles it:
// test/users/data/prisma-schema)
const ROLE_NAMES: Record<string, RegExp> = {
  alloc: /^(dlmalloc|malloc|dlcalloc|calloc|dlmemalign|aligned_alloc|__rust_alloc|internal_memalign|emmalloc_memalign|memalign|emscripten_builtin_malloc|~lib\/rt\/(itcms|tcms|stub)\/__new|~lib\/rt\/stub\/__alloc|~lib\/rt\/tlsf\/(allocateBlock|__alloc)|.*Dlmalloc\$LT\$A\$GT\$(6malloc|8memalign).*|<dlmalloc\[[0-9a-f]+\]::dlmalloc::Dlmalloc<.*>>::(malloc|memalign))$/,
  free: /^(dlfree|free|emmalloc_free|~lib\/rt\/tlsf\/insertBlock|.*Dlmalloc\$LT\$A\$GT\$4free.*|<dlmalloc\[[0-9a-f]+\]::dlmalloc::Dlmalloc<.*>>::free)$/,
  'alloc-out': /^(dlposix_memalign|posix_memalign)$/,
  // (a calloc whose constant count or size Binaryen folded in: one parameter)
  wrapper: /^(dlcalloc|calloc)$/,
  realloc: /^(dlrealloc|realloc|emmalloc_aligned_realloc|emmalloc_realloc|__rust_realloc|~lib\/rt\/tlsf\/prepareBlock|~lib\/rt\/(itcms|tcms)\/__renew|.*Dlmalloc\$LT\$A\$GT\$7realloc.*|<dlmalloc\[[0-9a-f]+\]::dlmalloc::Dlmalloc<.*>>::realloc)$/,
};

interface Picked { index: number; name: string; role: string; forwarder: boolean }

/** The fingerprints of the stripped bytes, each function named by the built module's name section. */
function picked(named: Uint8Array): { allocator: string; functions: Picked[] }[] {
  const stripped = stripCustomSections(named);
  const names = withFunctions(readModule(named)).functions;
  const m = readModule(stripped);
  return fingerprintAllocators(stripped, withFunctions(m).functions, readCodeLayout(stripped, m)).map((fp) => ({
    allocator: fp.allocator,
    functions: fp.allocators.map((a) => ({ index: a.fn.index, name: names[a.fn.index]!.name, role: a.spec.role, forwarder: a.label.includes(' → ') })),
  }));
}

/** Every .wasm file of the repository's fixtures, tests and benches. */
function allModules(): string[] {
  const modules: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.wasm')) modules.push(path);
    }
  };
  for (const dir of ['fixtures', 'test', 'bench']) walk(join(root, dir));
  return modules;
}

/**
 * A shape finder (newOperators, rustShims) over every named module of the repository, given what
 * names find there minus `family` (so that the shape has those functions to find): each function
 * it picks must be named like `names`. Returns the modules where it picked something.
 */
function shapeHits(
  finder: (bytes: Uint8Array, functions: ModuleFunction[], layout: CodeLayout, found: AllocatorFn[]) => AllocatorFn[],
  family: string,
  names: RegExp,
): Set<string> {
  const hit = new Set<string>();
  for (const path of allModules()) {
    const bytes = new Uint8Array(readFileSync(path));
    const m = readModule(bytes);
    const { functions, hasNameSection } = withFunctions(m);
    if (!hasNameSection) continue;
    const found = detectAllocators(functions, true, {}).filter((a) => a.family !== family);
    for (const a of finder(bytes, functions, readCodeLayout(bytes, m), found)) {
      // (demangled: a name section may hold the names mangled, test/runtime/tracer/shown-names/)
      expect(`${relative(root, path)}: ${demangle(a.fn.name)}`).toMatch(new RegExp(`: ${names.source.slice(1)}`));
      hit.add(relative(root, path));
    }
  }
  return hit;
}

/** Live traces as a sorted `size @ +0xOFFSET x count` list: frame 0's offset in its function (named or not). */
function liveBySiteOffset(): string[] {
  const counts = new Map<string, number>();
  for (const t of tracemalloc.takeSnapshot().traces) {
    const k = `${t.size} @ ${t.traceback[0]!.filename.replace(/^.*\+/, '+')}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} x ${n}`).sort();
}

/** Live traces as a sorted `size x count` list. */
function liveSet(): string[] {
  const counts = new Map<number, number>();
  for (const trace of tracemalloc.takeSnapshot().traces) counts.set(trace.size, (counts.get(trace.size) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([size, n]) => `${size} x ${n}`);
}

/** dlmalloc's chunk for a request on Emscripten (4-byte head, 8-byte alignment, 16-byte minimum). */
const chunk = (size: number): number => Math.max(16, (size + 4 + 7) & ~7);

async function runC(bytes: Uint8Array) {
  const result = instrument(bytes);
  tracemalloc.start(1);
  let atCheckpoint: { live: string[]; chunks: number; memory: [number, number] } | null = null;
  const { stdout, exitCode } = await runWasi(result.bytes, {
    imports: { env: { emscripten_notify_memory_growth: () => {} } },
    instantiate: async (b: Uint8Array, imports: WebAssembly.Imports) => (await tracemalloc.instantiate(b as Uint8Array<ArrayBuffer>, imports)).instance,
    onCheckpoint: () => {
      const traces = [...tracemalloc.takeSnapshot().traces];
      atCheckpoint = { live: liveSet(), chunks: traces.reduce((n, t) => n + chunk(t.size), 0), memory: tracemalloc.getTracedMemory() };
    },
  });
  const invalid = tracemalloc.getInvalidFrees().length;
  tracemalloc.stop();
  return { result, stdout, exitCode, at: atCheckpoint!, invalid };
}

const C_BUILDS: [string, string, string[]][] = [
  // file, fingerprint, the roles it must find (the rest are forwarders such as wasi-libc's malloc → dlmalloc)
  // posix_memalign (and wasi-libc's aligned_alloc) pick malloc or internal_memalign, found since the zoo's @ffmpeg/core
  ['em-dl-O0.wasm', 'dlmalloc', ['malloc', 'free', 'memalign', 'posix_memalign', 'realloc']],
  // wasm-opt inlined internal_memalign into main (its one caller): no memalign left to find
  ['em-dl-O2.wasm', 'dlmalloc', ['malloc', 'free', 'realloc']],
  ['em-dl-Oz.wasm', 'dlmalloc', ['malloc', 'free', 'realloc']],
  ['wasi-O0.wasm', 'dlmalloc', ['malloc', 'free', 'memalign', 'posix_memalign', 'realloc', 'calloc', 'aligned_alloc']],
  ['wasi-O2.wasm', 'dlmalloc', ['malloc', 'free', 'memalign', 'posix_memalign', 'realloc']],
  ['wasi-Oz.wasm', 'dlmalloc', ['malloc', 'free', 'memalign', 'posix_memalign', 'realloc']],
  ['em-emm-O0.wasm', 'emmalloc', ['memalign', 'free', 'realloc']],
  ['em-emm-O2.wasm', 'emmalloc', ['memalign', 'free', 'realloc']],
  // realloc's and posix_memalign's only calls inlined into the program's main (inline.c): main
  // calls memalign and free and carries realloc's MAX_ALLOC_SIZE check, but is no realloc
  ['em-emm-inline-O2.wasm', 'emmalloc', ['memalign', 'free']],
  // posix_memalign the only aligned allocation (posix-memalign.c, as Binaryen's arena): wasm-opt
  // inlined internal_memalign into it, and it hands out pointers inside malloc's blocks
  ['em-dl-pm-O2.wasm', 'dlmalloc', ['malloc', 'free', 'posix_memalign']],
  // memalign and posix_memalign both used (memalign-both.c, as FFmpeg): internal_memalign kept, and
  // dlmemalign and posix_memalign each pick it or malloc; found as neither, their blocks read at them
  ['em-dl-memalign-both-O2.wasm', 'dlmalloc', ['malloc', 'free', 'memalign', 'posix_memalign', 'aligned_alloc']],
];

describe('code fingerprints: stripped C builds trace as their named builds', () => {
  for (const [file, allocator, roles] of C_BUILDS) {
    it(`${file}: ${allocator} (${roles.join(', ')})`, async () => {
      const named = read(file);
      const [fp, ...others] = picked(named);
      expect(others).toEqual([]);
      expect(fp!.allocator).toBe(allocator);
      // every function picked is, by the name section, the allocator in that role — or a function
      // whose whole body forwards to one (wasi-libc's malloc → dlmalloc, the program's grow_a → realloc)
      for (const f of fp!.functions) {
        if (f.forwarder) expect(`${f.name} ${f.role}`).toMatch(/^(malloc alloc|calloc alloc|free free|memalign alloc|realloc realloc|aligned_alloc alloc|grow_a realloc)$/);
        else expect(f.name).toMatch(ROLE_NAMES[f.role]!);
      }
      const stripped = stripCustomSections(named);
      const s = await runC(stripped);
      expect(s.result.stats.discovery).toEqual([{ how: 'code fingerprint', found: [expect.stringMatching(new RegExp(`^${allocator} \\(${roles.join(', ')}`))] }]);
      const n = await runC(named);
      expect(n.result.stats.discovery.map((d) => d.how)).toEqual(['names']);
      expect(s.exitCode).toBe(0);
      expect(s.stdout).toBe(n.stdout);
      expect(s.at.live).toEqual(n.at.live);
      expect(s.at.memory).toEqual(n.at.memory);
      expect(s.invalid).toBe(n.invalid);
      expect(s.at.memory[0]).toBeGreaterThan(30_000); // the kept blocks really are traced
      // the code of a role inlined somewhere is said only where no function of that role is hooked
      const inlinedWarning = (r: typeof s) => r.result.stats.warnings.some((w) => w.includes('was not found as a function'));
      if (roles.includes('posix_memalign')) expect([inlinedWarning(s), s.invalid]).toEqual([false, 0]);
      // dlmalloc's own count (mallinfo().uordblks, printed by the program) is the independent measure
      const inUse = /in use (\d+)/.exec(s.stdout);
      if (file.startsWith('em-dl')) expect(Math.abs(s.at.chunks - Number(inUse![1]))).toBeLessThanOrEqual(Number(inUse![1]) * 0.005);
    });
  }
});

describe('code fingerprints: a threaded heap (dlmalloc with USE_LOCKS)', () => {
  // em-dl-pthread-clz-O2.wasm (build.sh): prog.c with -pthread over dlmalloc as newer Emscripten
  // builds it (__builtin_clz): init_mparams, which holds mparams.magic, is a call of malloc, and a
  // lock and an unlock wrap each call. onnxruntime-web's threaded build has that shape: nothing
  // was fingerprinted, and only the malloc and free its glue names were hooked.
  it('every role lands on its named function; realloc through the heap\'s lock', () => {
    const named = read('em-dl-pthread-clz-O2.wasm');
    const [fp, ...others] = picked(named);
    expect(others).toEqual([]);
    expect(fp!.allocator).toBe('dlmalloc');
    const own = fp!.functions.filter((f) => !f.forwarder);
    expect(own.map((f) => f.name)).toEqual(['dlmalloc', 'dlfree', 'internal_memalign', 'dlrealloc', 'dlmemalign']);
    for (const f of own) expect(f.name).toMatch(ROLE_NAMES[f.role]!);
    const r = instrument(stripCustomSections(named), { threads: true });
    expect(r.stats.discovery.find((d) => d.how === 'code fingerprint')?.found).toEqual([expect.stringMatching(/^dlmalloc \(malloc, free, memalign, realloc/)]);
  });
});

describe('code fingerprints: where a role\'s code was inlined', () => {
  it('em-dl-memalign-export-O2.wasm: no caveat when the function holding it is hooked as that role by its export', async () => {
    const s = await runC(stripCustomSections(read('em-dl-memalign-export-O2.wasm')));
    expect(s.result.stats.discovery).toEqual([{ how: 'exports', found: ['malloc', 'free', 'memalign'] }]);
    expect(s.result.stats.warnings.filter((w) => w.includes('was not found as a function'))).toEqual([]);
    // and the aligned blocks are exact: 25 kept, every free matched, dlmalloc's own count agrees
    expect(s.stdout).toMatch(/^aligned, in use \d+\n$/);
    expect(s.invalid).toBe(0);
    // (memalign keeps a tail shorter than a minimum chunk, 16 B, inside the block it hands out)
    const traces = [...s.at.live].reduce((n, l) => n + Number(/x (\d+)$/.exec(l)![1]), 0);
    expect(traces).toBe(25);
    expect(Math.abs(s.at.chunks - Number(/in use (\d+)/.exec(s.stdout)![1]))).toBeLessThan(16 * traces);
  });
});

describe('code fingerprints: Rust (the dlmalloc crate), fat LTO', () => {
  for (const file of ['rust-O2-lto.wasm', 'rust-Oz-lto.wasm']) {
    it(`${file}: stripped traces as named`, async () => {
      const named = read(file);
      const [fp, ...others] = picked(named);
      expect(others).toEqual([]);
      expect(fp!.allocator).toBe('dlmalloc (Rust)');
      expect(fp!.functions.map((f) => f.role)).toEqual(expect.arrayContaining(['alloc', 'free']));
      for (const f of fp!.functions) expect(f.name).toMatch(ROLE_NAMES[f.role]!);
      const runs = [];
      for (const bytes of [stripCustomSections(named), named]) {
        const result = instrument(bytes);
        tracemalloc.start(1);
        const { instance } = await tracemalloc.instantiate(result.bytes as Uint8Array<ArrayBuffer>, {});
        const e = instance.exports as { run(n: number): number; release(): void };
        const value = e.run(500);
        const afterRun = { live: liveSet(), bySite: liveBySiteOffset(), memory: tracemalloc.getTracedMemory() };
        e.release();
        runs.push({ how: result.stats.discovery.map((d) => d.how), value, afterRun, afterRelease: liveSet(), invalid: tracemalloc.getInvalidFrees().length });
        tracemalloc.stop();
      }
      const [s, n] = runs;
      expect(s!.how).toEqual(['code fingerprint']);
      expect(n!.how).toEqual(['names']);
      expect({ ...s, how: 0 }).toEqual({ ...n, how: 0 });
      expect(s!.afterRun.memory[0]).toBeGreaterThan(50 * 100); // the kept Vecs
      expect(s!.afterRelease).toEqual([]);
    });
  }
});

// C++'s operator new, where nothing names it (newOperators): shapes.cpp built by em++ at -O2 and
// -Oz (new_handler loop that aborts), with -fwasm-exceptions (it throws bad_alloc), with
// emmalloc (whose memalign is inlined into malloc: the emmalloc fingerprint finds malloc instead),
// and with -flto (no handler can be set, so no loop: malloc, else abort; zxing-wasm's shape); and
// shapes-new-split.cpp, libc++ >= 15's operator new: the loop in operator_new_impl, operator new
// calling it and aborting on null (draco3d's encoder: every C++ block read at operator new).
describe('code fingerprints: operator new in stripped C++ builds', () => {
  // operator new, new[], and libc++'s helper that only forwards to it (std::allocator's)
  // (libc++ >= 15: the loop is operator_new_impl, and operator new calls it, else aborts)
  const NEW_NAMES = /^(operator new(\[\])?\(unsigned (long|int)\)|operator_new_impl\(unsigned (long|int)\)|void\* std::__2::__libcpp_operator_new<unsigned (long|int)>\(unsigned (long|int)\))$/;
  for (const file of ['em-cxx-O2.wasm', 'em-cxx-Oz.wasm', 'em-cxx-eh-O2.wasm', 'em-cxx-emm-O2.wasm', 'em-cxx-lto-O2.wasm', 'em-cxx-split-Oz.wasm']) {
    it(`${file}: found, and each block is at operator new's caller as in the named build`, async () => {
      const named = read(file);
      const names = withFunctions(readModule(named)).functions;
      const runs = [];
      for (const bytes of [stripCustomSections(named), named]) {
        const result = instrument(bytes);
        tracemalloc.start(1);
        let live: string[] = [];
        const { stdout, exitCode } = await runWasi(result.bytes, {
          imports: { env: { emscripten_notify_memory_growth: () => {} } },
          instantiate: async (b: Uint8Array, imports: WebAssembly.Imports) => (await tracemalloc.instantiate(b as Uint8Array<ArrayBuffer>, imports)).instance,
          onCheckpoint: () => { live = liveBySiteOffset(); },
        });
        runs.push({ result, stdout, exitCode, live, memory: tracemalloc.getTracedMemory(), invalid: tracemalloc.getInvalidFrees().length });
        tracemalloc.stop();
      }
      const [s, n] = runs;
      // the stripped build found operator new by its shape; the name section says that is what it is
      expect(s!.result.stats.discovery.find((d) => d.how === 'code fingerprint')?.found.join(' ')).toMatch(file.includes('lto') ? /operator new \(malloc, else abort\)/ : /operator new \(malloc in a new_handler loop\)/);
      const hookedNew = s!.result.stats.allocators.filter((a) => a.role === 'alloc' && names[Number(a.name)]!.name.startsWith('operator new'));
      expect(hookedNew.length).toBeGreaterThanOrEqual(1);
      // and the rest are the allocator's, or a deleting destructor whose whole body is operator delete(this)
      for (const a of s!.result.stats.allocators) expect(names[Number(a.name)]!.name).toMatch(/^(operator new|operator_new_impl|operator delete|malloc|free|dlmalloc|dlfree|realloc|dlrealloc|calloc|dlcalloc|memalign|aligned_alloc|internal_memalign|emscripten_builtin_|.*::~.*\(\)$)/);
      expect(s!.exitCode).toBe(0);
      expect(s!.stdout).toBe(n!.stdout);
      expect(s!.stdout).toMatch(/^kept 150 names 97 /);
      expect(s!.memory).toEqual(n!.memory);
      expect(s!.invalid).toBe(0);
      expect(n!.invalid).toBe(0);
      // the same blocks at the same call sites (offsets in their functions): operator new's callers
      expect(s!.live).toEqual(n!.live);
      expect(s!.live.length).toBeGreaterThan(3);
      // family c++, as by name: the same profile, and a libc-only profile leaves it out in both builds
      expect(s!.result.profile).toBe(n!.result.profile);
      expect(s!.result.profile).toMatch(/c\+\+/);
      for (const bytes of [stripCustomSections(named), named]) {
        const libcOnly = instrument(bytes, { families: ['libc'] });
        expect(libcOnly.stats.allocators.every((a) => a.family === 'libc')).toBe(true);
      }
    });
  }

  // a threaded build (-pthread): the handler is read with i32.atomic.load, which counted as a write
  // and was not taken for the handler's load (onnxruntime-web: 81 899 blocks read at operator new).
  // It cannot run here (its memory is shared, its glue makes workers): the name section says what was hooked.
  it('em-cxx-pthread-O2.wasm: found in a threaded build, where the handler is read atomically', () => {
    const named = read('em-cxx-pthread-O2.wasm');
    const names = withFunctions(readModule(named)).functions;
    const r = instrument(stripCustomSections(named), { threads: true });
    expect(r.stats.discovery.find((d) => d.how === 'code fingerprint')?.found.join(' ')).toMatch(/operator new \(malloc in a new_handler loop\)/);
    const hookedNew = r.stats.allocators.filter((a) => a.role === 'alloc' && /^\d+$/.test(a.name) && names[Number(a.name)]!.name.startsWith('operator new'));
    expect(hookedNew.map((a) => names[Number(a.name)]!.name)).toContain('operator new(unsigned long)');
  });

  it('over every named module of the repository, the shape lands on operator new and nothing else', () => {
    // what names find, C++'s own operators left out so that the shape has them to find
    const hit = shapeHits(newOperators, 'c++', NEW_NAMES);
    // every C++ module here, whatever its libc++ (Emscripten's with and without exceptions, get_new_handler
    // inlined or called; wasi-libc's, which returns null without a handler)
    for (const m of ['fixtures/cpp-eh/eh.wasm', 'fixtures/cpp/main.wasm', 'test/corpus/built/cpp-O0.wasm', 'test/corpus/built/cpp-O2.wasm',
      'test/corpus/built/throws-O2.wasm', 'test/users/data/shop.wasm', 'test/instrument/resolve/data/vector-O1.wasm',
      'test/instrument/fingerprint/em-cxx-O2.wasm', 'test/instrument/fingerprint/em-cxx-Oz.wasm', 'test/instrument/fingerprint/em-cxx-eh-O2.wasm',
      'test/instrument/fingerprint/em-cxx-emm-O2.wasm', 'test/instrument/fingerprint/em-cxx-lto-O2.wasm',
      'test/instrument/fingerprint/em-cxx-split-Oz.wasm']) expect(hit).toContain(m);
  });
});

// Rust's std over wasi-libc (rustShims): orders.rs by rustc --target wasm32-wasi at opt-level 2
// and s. Named, __rust_alloc/__rust_realloc are hooked by name; stripped, __rdl_alloc/__rdl_realloc
// by shape and the __rust_* shims forwarding to them: the same blocks at the same call sites.
describe('code fingerprints: Rust std over wasi-libc, stripped', () => {
  const SHIM_NAMES = /^(__rdl_alloc|__rdl_alloc_zeroed|__rdl_realloc|__rust_alloc|__rust_alloc_zeroed|__rust_realloc)$/;
  for (const file of ['rust-wasi-O2.wasm', 'rust-wasi-Os.wasm']) {
    it(`${file}: __rdl_alloc and __rdl_realloc found, the blocks at __rust_alloc's callers as named`, async () => {
      const named = read(file);
      const names = withFunctions(readModule(named)).functions;
      const runs = [];
      for (const bytes of [stripCustomSections(named), named]) {
        const result = instrument(bytes);
        tracemalloc.start(1);
        let live: string[] = [];
        const { stdout, exitCode } = await runWasi(result.bytes, {
          instantiate: async (b: Uint8Array, imports: WebAssembly.Imports) => (await tracemalloc.instantiate(b as Uint8Array<ArrayBuffer>, imports)).instance,
          onCheckpoint: () => { live = liveBySiteOffset(); },
        });
        runs.push({ result, stdout, exitCode, live, memory: tracemalloc.getTracedMemory(), invalid: tracemalloc.getInvalidFrees().length });
        tracemalloc.stop();
      }
      const [s, n] = runs;
      const shims = s!.result.stats.allocators.filter((a) => a.family === 'rust').map((a) => names[Number(a.name)]!.name);
      expect(shims).toEqual(expect.arrayContaining(['__rdl_alloc', '__rdl_realloc', '__rust_alloc', '__rust_realloc']));
      for (const name of shims) expect(name).toMatch(SHIM_NAMES);
      expect(s!.exitCode).toBe(0);
      expect(s!.stdout).toBe(n!.stdout);
      expect(s!.stdout).toMatch(/^skus 900 total 14000 kept 200 notes \d+ log \d+ aligned 200\n$/);
      expect(s!.memory).toEqual(n!.memory);
      expect(s!.invalid).toBe(0);
      expect(n!.invalid).toBe(0);
      expect(s!.live).toEqual(n!.live);
      expect(s!.live.length).toBeGreaterThan(3);
    });
  }

  it('over every named module of the repository, the shapes land on Rust\'s shims and nothing else', () => {
    const hit = shapeHits(rustShims, 'rust', SHIM_NAMES);
    for (const m of ['test/instrument/fingerprint/rust-wasi-O2.wasm', 'test/instrument/fingerprint/rust-wasi-Os.wasm']) expect(hit).toContain(m);
  });
});

describe('code fingerprints match nothing but the allocator', () => {
  const modules = allModules();

  it(`every named module of the repository (${modules.length} found): a fingerprint lands only on the allocator's own functions`, () => {
    let named = 0, matched = 0;
    for (const path of modules) {
      const bytes = new Uint8Array(readFileSync(path));
      // (names that can be the oracle: a section naming most functions, not wasm-bindgen's few helpers)
      const pm = withFunctions(readModule(bytes));
      if (!namesFunctions(pm.functions, pm.hasNameSection)) continue;
      named++;
      const functions = picked(bytes).flatMap((fp) => fp.functions);
      if (functions.length) matched++;
      for (const f of functions) {
        const where = `${relative(root, path)}: ${f.name} as ${f.role}`;
        // (__libcpp_deallocate: operator delete inlined into it, em++ -Os; a shared_ptr control block's
        // __on_zero_shared_weak with a custom allocator's deallocate inlined, em++ -O2: `local.get 0; call free`;
        // resize: test/cli/apps/oracle/sizes.c's realloc(p, n) in a noinline function, as grow)
        if (f.forwarder) expect(where).toMatch(/: (malloc as alloc|calloc as alloc|memalign as alloc|free as free|realloc as realloc|grow as realloc|grow_a as realloc|resize as realloc|std::__2::__libcpp_aligned_free\(void\*\) as free|std::__2::__libcpp_deallocate\(void\*, unsigned long, unsigned long\) as free|operator delete\(void\*\) as free|.*::__on_zero_shared_weak\(\) as free|.*::~.*\(\) as free)$/);
        else expect(where).toMatch(new RegExp(`: ${ROLE_NAMES[f.role]!.source.slice(1, -1)} as ${f.role}$`));
      }
    }
    // the check checked something: most of the repository's modules carry names, many an allocator
    expect(named).toBeGreaterThan(30);
    expect(matched).toBeGreaterThan(20);
  });

  it('modules with other allocators or none are not matched (Rust unoptimised, AS -O0, Go-free static buffers)', () => {
    for (const file of ['fixtures/rust/lib.wasm', 'fixtures/as-stub/index.wasm', 'test/instrument/resolve/data/opcodes.wasm', 'test/corpus/built/as-O0.wasm']) {
      expect(picked(new Uint8Array(readFileSync(join(root, file)))), file).toEqual([]);
    }
  });
});
