// The module's initial memory image (abi/sites.ts IMAGE_SECTION): the bytes of memory 0 its active
// data segments write at instantiation, as ranges. Segments placed by a constant expression other than
// `i32.const` (an Emscripten side module's `global.get $__memory_base`) and passive ones (a
// threaded module's, copied by its own code) are left out: no allocator's block lies in a side
// module's, and no tool here pre-initialises a threaded module, so their ranges would only hide
// wild frees (docs/hook-abi.md, "The initial memory image").
import { IMAGE_GAP } from '../abi';
import { ByteReader } from './byte-reader';
import { SectionId, type Section } from './wasm/module';

const END = 0x0b;
const GLOBAL_GET = 0x23, I32_CONST = 0x41, I64_CONST = 0x42;
/** i32.add, i32.sub, i32.mul, i64.add, i64.sub, i64.mul: the extended constant expressions' operators. */
const OPERATORS = new Set([0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e]);

/** The ranges, ascending, segments closer than IMAGE_GAP merged; empty when no active segment
 * of memory 0 has a constant offset. Below the stack's top (stackTop) and below the heap's base
 * (`__heap_base`, when the module exports it: Rust does) no allocator's block lies: a free there
 * is a wild free (of static data), so that part is left out. The stack's top alone bounds the
 * static data in the default layout (static data, stack, heap); with the stack first (Rust's
 * default) the static data lies above it, and only `__heap_base` tells it from the heap. */
export function memoryImage(bytes: Uint8Array, sections: readonly Section[], globalImports: number): [number, number][] {
  const data = sections.find((s) => s.id === SectionId.data);
  if (!data) return [];
  let heap = 0;
  try {
    heap = globalImports === 0 ? Math.max(stackTop(bytes, sections), heapBase(bytes, sections)) : 0;
  } catch {
    // a global section this reading does not follow: the whole image
  }
  const r = new ByteReader(bytes, data.start, data.end);
  const segments: [number, number][] = [];
  for (let n = r.u32leb('data segment count'), i = 0; i < n; i++) {
    const flags = r.u32leb('data flags');
    const memory = flags === 2 ? r.u32leb('memory index') : 0;
    const offset = flags !== 1 ? constantOffset(r) : -1;
    const len = r.u32leb('data length');
    r.skip(len, 'data segment');
    if (memory === 0 && offset >= 0 && offset + len > heap) segments.push([Math.max(offset, heap), offset + len]);
  }
  segments.sort((a, b) => a[0] - b[0]);
  const ranges: [number, number][] = [];
  for (const [start, end] of segments) {
    const last = ranges[ranges.length - 1];
    if (last && start < last[1] + IMAGE_GAP) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** A segment's offset expression, read to its end: N for `i32.const N`, else -1 (not known here). */
function constantOffset(r: ByteReader): number {
  let ops = 0, value = -1;
  for (let op = r.u8(); op !== END; op = r.u8(), ops++) {
    if (op === I32_CONST) value = r.sleb() >>> 0;
    else if (op === I64_CONST) r.sleb();
    else if (op === GLOBAL_GET) r.u32leb('global index');
    else if (!OPERATORS.has(op)) r.fail(`constant expression with opcode 0x${op.toString(16)}`);
  }
  return ops === 1 ? value : -1;
}

/**
 * The stack pointer's initial value, below which no allocator's block lies: wasm-ld's (C, C++,
 * Emscripten, Rust, Zig) first defined global is `__stack_pointer`, the stack's top; beneath it
 * are the stack and, in the default layout (static data, stack, heap), the static data; with the
 * stack first (`--stack-first`, Rust's default) only the stack (ruby.wasm's Wizer snapshot keeps
 * some of its bytes there). 0 when the first global is not a mutable i32 set by `i32.const` (or
 * the module imports globals: the caller's test).
 */
function stackTop(bytes: Uint8Array, sections: readonly Section[]): number {
  const globals = sections.find((s) => s.id === SectionId.global);
  if (!globals) return 0;
  const r = new ByteReader(bytes, globals.start, globals.end);
  if (r.u32leb('global count') === 0 || r.u8() !== 0x7f || r.u8() !== 1 || r.u8() !== I32_CONST) return 0;
  const top = r.sleb() >>> 0;
  return r.u8() === END ? top : 0;
}

/**
 * The initial value of the global exported as `__heap_base` (wasm-ld's end of the static data and
 * the stack, where the allocator's heap starts; exported by Rust's wasm targets), when it is a
 * defined global set by `i32.const`; else 0. The module imports no global (the caller's test).
 */
function heapBase(bytes: Uint8Array, sections: readonly Section[]): number {
  try {
    return exportedHeapBase(bytes, sections);
  } catch {
    return 0; // a section this reading does not follow: the stack's top alone
  }
}

function exportedHeapBase(bytes: Uint8Array, sections: readonly Section[]): number {
  const exports = sections.find((s) => s.id === SectionId.export);
  const globals = sections.find((s) => s.id === SectionId.global);
  if (!exports || !globals) return 0;
  let index = -1;
  const e = new ByteReader(bytes, exports.start, exports.end);
  for (let n = e.u32leb('export count'); n > 0 && index < 0; n--) {
    const name = e.name();
    const kind = e.u8();
    const i = e.u32leb('export index');
    if (kind === 3 && name === '__heap_base') index = i;
  }
  if (index < 0) return 0;
  const r = new ByteReader(bytes, globals.start, globals.end);
  const count = r.u32leb('global count');
  if (index >= count) return 0;
  for (let i = 0; ; i++) {
    const type = r.u8();
    if (type === 0x63 || type === 0x64) r.sleb(); // (ref null? ht)
    r.u8(); // mutability
    if (i === index) {
      if (type !== 0x7f || r.u8() !== I32_CONST) return 0;
      const value = r.sleb() >>> 0;
      return r.u8() === END ? value : 0;
    }
    skipConstant(r);
  }
}

/** Reads a constant expression to its end (any of the opcodes a global's initializer may use). */
function skipConstant(r: ByteReader): void {
  for (let op = r.u8(); op !== END; op = r.u8()) {
    if (op === I32_CONST || op === I64_CONST) r.sleb();
    else if (op === 0x43) r.skip(4, 'f32');
    else if (op === 0x44) r.skip(8, 'f64');
    else if (op === GLOBAL_GET || op === 0xd2) r.u32leb('index'); // global.get, ref.func
    else if (op === 0xd0) r.sleb(); // ref.null ht
    else if (op === 0xfd) {
      if (r.u32leb('simd op') !== 12) r.fail('constant expression with a SIMD opcode other than v128.const');
      r.skip(16, 'v128');
    } else if (!OPERATORS.has(op)) r.fail(`constant expression with opcode 0x${op.toString(16)}`);
  }
}
