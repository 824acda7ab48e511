// Zig's allocators keep their free lists in static arrays (std.heap.WasmAllocator: `frees` and
// `big_frees`, one head per size class). An optimised build (ReleaseFast) may inline the
// allocator's free, reached through the `Allocator` vtable, into its callers: the caller then
// pushes the block onto the list itself and no hooked function runs. Found by the zoo's md4w:
// `render`'s `defer allocator.free(…)` were four inlined copies, and every block it freed stayed
// live in snapshots. Each such push is found here (`inlinedPushes`) and the rewrite reports a free
// of that block right before it (code.ts, docs/hook-abi.md "Inlined frees"); a function that names
// the list heads where no push is recognised is a caveat on the module's line.
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

/** Where a block is pushed onto a free list: at `at` (a `local.get` of the head's address) the block in local `local`. */
export interface InlinedPush { at: number; local: number }

/**
 * The inlined pushes onto the Zig allocators' free lists, by function index (code order), and the
 * caveats for the functions that name the list heads where no push is recognised.
 */
export function inlinedFrees(bytes: Uint8Array, funcs: readonly ModuleFunction[], layout: CodeLayout, allocators: readonly AllocatorFn[]): { pushes: Map<number, InlinedPush[]>; warnings: string[] } {
  const pushes = new Map<number, InlinedPush[]>();
  const warnings: string[] = [];
  const zig = allocators.filter((a) => a.family === 'zig');
  const frees = zig.filter((a) => a.spec.role === 'free');
  if (frees.length === 0) return { pushes, warnings };
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
  for (const free of frees) {
    const heads = new Set([...staticAddresses(bytes, bodyOf(free.fn.index))].filter((v) => allocating.has(v)));
    if (heads.size === 0) continue;
    const into: string[] = [];
    for (const body of layout.funcs) {
      if (hooked.has(body.index) || helper(body.index)) continue;
      if (![...staticAddresses(bytes, body)].some((v) => heads.has(v))) continue;
      const found = inlinedPushes(bytes, body, heads);
      if (found.length) pushes.set(body.index, [...(pushes.get(body.index) ?? []), ...found].sort((x, y) => x.at - y.at));
      else into.push(funcs[body.index]?.name ?? `wasm-function[${body.index}]`);
    }
    if (into.length === 0) continue;
    const at = `${into.slice(0, 3).join(', ')}${into.length > 3 ? ` and ${into.length - 3} more` : ''}`;
    warnings.push(`${INLINED_ALLOCATOR} ${free.fn.name}'s free lists are written in ${at}: the optimiser inlined the allocator there,`
      + ' where it is not hooked: a block it hands out there is not traced, and one freed there stays live in snapshots (its address, reused, reads as an allocation at a live pointer)');
  }
  return { pushes, warnings };
}

/**
 * The pushes of a block onto one of `heads` in `body`, as LLVM leaves an inlined
 * `node.next = head; head = block`: the head's address in a local X set from `i32.const HEAD`
 * (plus an index), then
 *   local.get N  local.get X  i32.load  i32.store      ;; node.next = head
 *   local.get X  local.get A  i32.store                ;; head = block (A)
 */
export function inlinedPushes(bytes: Uint8Array, body: FuncBody, heads: ReadonlySet<number>): InlinedPush[] {
  const out: InlinedPush[] = [];
  const headLocals = new Set<number>();
  // the last instructions: opcode, offset, immediate (local index, constant, memarg offset)
  const ops: number[] = [], ats: number[] = [], imms: number[] = [];
  const r = new ByteReader(bytes, body.codeStart, body.bodyEnd);
  decodeExpression(r, {
    instruction(opcode, at, end) {
      let imm = 0;
      if (opcode === 0x20 || opcode === 0x21 || opcode === 0x22) imm = ulebAt(bytes, at + 1);
      else if (opcode === 0x41) imm = slebAt(bytes, at + 1, end);
      else if (opcode >= 0x28 && opcode <= 0x3e) imm = memOffset(bytes, at + 1);
      const n = ops.length;
      if ((opcode === 0x21 || opcode === 0x22) && n >= 1) {
        const head = (k: number) => ops[k] === 0x41 && heads.has(imms[k]!);
        if (head(n - 1) || (ops[n - 1] === 0x6a && n >= 2 && head(n - 2))) headLocals.add(imm);
      }
      if (opcode === 0x36 && imm === 0 && n >= 6) {
        const o = ops.slice(-6), i = imms.slice(-6);
        const x = i[4]!;
        if (headLocals.has(x) && o[0] === 0x20 && o[1] === 0x20 && i[1] === x && o[2] === 0x28 && i[2] === 0 && o[3] === 0x36 && i[3] === 0
          && o[4] === 0x20 && o[5] === 0x20) out.push({ at: ats[ats.length - 2]!, local: i[5]! });
      }
      ops.push(opcode); ats.push(at); imms.push(imm);
      if (ops.length > 8) { ops.shift(); ats.shift(); imms.shift(); }
    },
  }, `function ${body.index}`);
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

function ulebAt(b: Uint8Array, p: number): number {
  let v = 0, shift = 0, byte = 0;
  do { byte = b[p++]!; v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return v;
}
