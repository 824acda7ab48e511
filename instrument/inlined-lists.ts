// Zig's allocators keep their free lists in static arrays (std.heap.WasmAllocator: `frees` and
// `big_frees`, one head per size class). An optimised build (ReleaseFast) may inline the
// allocator's free, reached through the `Allocator` vtable, into its callers: the caller then
// pushes the block onto the list itself (`node.next = head; head = block`) and no hooked
// function runs. Found by the zoo's md4w: `render`'s `defer allocator.free(…)` were four inlined
// copies, every block it frees stayed live in snapshots. Those frees are not traced (a rewrite
// would have to find each push); the module's line says so instead: a caveat naming the
// functions that hold the allocator's list heads outside its own bodies.
//
// The heads are the static addresses (i32.const operands and load/store offsets, above the first
// 64 KiB and 4-aligned: Zig places static data after the stack, at 1 MiB) that the family's free
// and its alloc both name. The functions that name them besides the hooked allocators, and besides
// the helpers only those call (WasmAllocator.allocBigPages), have the allocator's code inlined.

import { ByteReader } from './byte-reader';
import { isDirectCall, type CodeLayout, type FuncBody } from './code-reader';
import type { AllocatorFn, ModuleFunction } from './detect';
import { decodeExpression } from './wasm/instructions';
import { INLINED_ALLOCATOR } from '../abi/errors';

/** The caveats for the Zig allocators whose free-list heads other code names. */
export function inlinedFreeListWarnings(bytes: Uint8Array, funcs: readonly ModuleFunction[], layout: CodeLayout, allocators: readonly AllocatorFn[]): string[] {
  const zig = allocators.filter((a) => a.family === 'zig');
  const frees = zig.filter((a) => a.spec.role === 'free');
  if (frees.length === 0) return [];
  const hooked = new Set(allocators.map((a) => a.fn.index));
  const bodyOf = (index: number): FuncBody | undefined => layout.funcs[index - layout.importedFuncCount];
  const allocating = new Set<number>();
  for (const a of zig) if (a.spec.role !== 'free') for (const v of staticAddresses(bytes, bodyOf(a.fn.index))) allocating.add(v);
  // helpers called from hooked allocators only (direct calls)
  const callers = new Map<number, Set<number>>();
  const { op, callee } = layout.calls;
  for (const body of layout.funcs) {
    for (let k = body.firstCall; k < body.endCall; k++) {
      if (!isDirectCall(op[k]!)) continue;
      let set = callers.get(callee[k]!);
      if (!set) callers.set(callee[k]!, (set = new Set()));
      set.add(body.index);
    }
  }
  const helper = (index: number): boolean => { const c = callers.get(index); return !!c && [...c].every((i) => hooked.has(i)); };
  const out: string[] = [];
  for (const free of frees) {
    const heads = new Set([...staticAddresses(bytes, bodyOf(free.fn.index))].filter((v) => allocating.has(v)));
    if (heads.size === 0) continue;
    const into: string[] = [];
    for (const body of layout.funcs) {
      if (hooked.has(body.index) || helper(body.index)) continue;
      for (const v of staticAddresses(bytes, body)) {
        if (heads.has(v)) { into.push(funcs[body.index]?.name ?? `wasm-function[${body.index}]`); break; }
      }
    }
    if (into.length === 0) continue;
    const at = `${into.slice(0, 3).join(', ')}${into.length > 3 ? ` and ${into.length - 3} more` : ''}`;
    out.push(`${INLINED_ALLOCATOR} ${free.fn.name}'s free lists are written in ${at}: the optimiser inlined the allocator there,`
      + ' where it is not hooked: a block freed there stays live in snapshots (its address, reused, reads as an allocation at a live pointer)');
  }
  return out;
}

/** The static data addresses a body names: i32.const operands and memory offsets above 64 KiB, 4-aligned. */
function staticAddresses(bytes: Uint8Array, body: FuncBody | undefined): Set<number> {
  const out = new Set<number>();
  if (!body) return out;
  const address = (v: number) => { if (v > 0xffff && v % 4 === 0) out.add(v); };
  const r = new ByteReader(bytes, body.codeStart, body.bodyEnd);
  decodeExpression(r, {
    instruction(opcode, at, end) {
      if (opcode === 0x41) address(slebAt(bytes, at + 1, end));
      else if (opcode >= 0x28 && opcode <= 0x3e) address(memOffset(bytes, at + 1));
    },
  }, `function ${body.index}`);
  return out;
}

function slebAt(b: Uint8Array, p: number, end: number): number {
  let v = 0, shift = 0, byte = 0;
  do { byte = b[p++]!; v |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80 && p < end && shift < 35);
  return shift < 32 && byte & 0x40 ? v | (-1 << shift) : v;
}

/** A memarg's offset (after its alignment; a multi-memory alignment's bit 6 adds a memory index). */
function memOffset(b: Uint8Array, p: number): number {
  let align = 0, shift = 0, byte = 0;
  do { byte = b[p++]!; align |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
  if (align & 0x40) while (b[p++]! & 0x80);
  let v = 0; shift = 0;
  do { byte = b[p++]!; v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return v;
}
