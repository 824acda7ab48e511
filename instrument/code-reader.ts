// The call reader: for every function body of the ORIGINAL module, its byte range and every
// call-like instruction with its module byte offset (decoded by wasm/instructions.ts).
//
// Why offsets: DWARF addresses and source-map columns ARE byte offsets of the original module,
// so sites are found here and resolved by offset (resolve.ts); the rewrite (binary/) meets the
// same calls in the same order and gives each its site id; the call graph is built from them.

import { ByteReader } from './byte-reader';
import { branchesToBody, CALL_OPS, decodeExpression, type CallOp, type FlowSink } from './wasm/instructions';
import { readModule, readValType, SectionId, type ModuleInfo } from './wasm/module';

export { BinaryReadError } from './byte-reader';
export { CALL_OPS, type CallOp } from './wasm/instructions';

export interface CallInstr {
  funcIndex: number;
  /** Module byte offset of the call opcode (what DWARF and source maps are keyed by). */
  offset: number;
  op: CallOp;
  /** Function index for call/return_call, type index otherwise. */
  callee: number;
}

export interface FuncBody {
  /** Function index (imports included). */
  index: number;
  /** Module offset of the body's locals vector (just after its size LEB). */
  bodyStart: number;
  /** Module offset one past the body's final `end`. */
  bodyEnd: number;
  /** Module offset of the first instruction (after the locals). */
  codeStart: number;
  /** Its calls are `layout.calls` [firstCall, endCall): code order. */
  firstCall: number;
  endCall: number;
  /** Its global.get/set and ref.func are `layout.refs` [firstRef, endRef): code order. */
  firstRef: number;
  endRef: number;
  /** Its `return`s and tail calls are `layout.exits` [firstExit, endExit): code order. */
  firstExit: number;
  endExit: number;
  /** When it catches, its control instructions are `layout.flow` [firstFlow, endFlow) (else an empty range). */
  firstFlow: number;
  endFlow: number;
  /** Its calls as objects (made on first use: the hot paths read `layout.calls`). */
  readonly calls: CallInstr[];
  /** It catches exceptions (legacy `catch`/`catch_all`, or a `try_table` with catch clauses). */
  catches: boolean;
  /** A branch in it may target its own label (branchesToBody()): it leaves the body as a `return` does. */
  toLabel: boolean;
}

/**
 * Every call-like instruction of the module, in code order, as columns: a C++ module has ~1 M
 * calls, and an object each was a good part of instrumenting's time (allocation and GC).
 */
export interface CallColumns {
  count: number;
  /** Index into CALL_OPS (0 call, 1 call_indirect, 2 return_call, 3 return_call_indirect, 4 call_ref, 5 return_call_ref). */
  op: Uint8Array;
  /** Function index for call/return_call, type index otherwise. */
  callee: Uint32Array;
  /** Module byte offset of the call opcode. */
  offset: Uint32Array;
}

/**
 * Every other instruction that names an index the rewrite renumbers — `global.get`, `global.set`
 * (opcode 0x23/0x24) and `ref.func` (0xd2) — by the module offset of its opcode, in code order:
 * with the calls, all the rewrite changes in a body, so it copies the rest as byte ranges with
 * no second decode (the index is read again at the offset).
 */
export interface RefColumns {
  count: number;
  offset: Uint32Array;
}

/**
 * Every `return` and tail call (`return_call`, `return_call_indirect`, `return_call_ref`): the
 * module offset of its opcode and the block depth it sits at in its body (0: the body's own
 * level), in code order. A framed function's rewrite makes them leave through its one exit
 * (binary/framed.ts).
 */
export interface ExitColumns {
  count: number;
  offset: Uint32Array;
  depth: Uint32Array;
}

export interface CodeLayout {
  /** Module offset of the code section's payload: DWARF address 0. */
  codeSectionPayloadStart: number;
  importedFuncCount: number;
  funcs: FuncBody[];
  calls: CallColumns;
  refs: RefColumns;
  exits: ExitColumns;
  /**
   * The bodies that catch: the module offsets of their control instructions (wasm/instructions.ts
   * FLOW: blocks, handlers, branches, throws), in code order; with the calls, what binary/framed.ts
   * reads to find where a framed function's handlers restore.
   */
  flow: RefColumns;
  /** Some body grows the memory (`memory.grow`). */
  growsMemory: boolean;
}

/** CallColumns.op of `call` and `return_call`: the direct calls. */
export const isDirectCall = (op: number): boolean => op === 0 || op === 2;

/** Whether some call of `body` passes `test`. */
export function someCall(layout: CodeLayout, body: FuncBody, test: (op: CallOp, callee: number) => boolean): boolean {
  const { op, callee } = layout.calls;
  for (let k = body.firstCall; k < body.endCall; k++) if (test(CALL_OPS[op[k]!]!, callee[k]!)) return true;
  return false;
}

class Body implements FuncBody {
  private objects: CallInstr[] | undefined;
  constructor(readonly index: number, readonly bodyStart: number, readonly bodyEnd: number, readonly codeStart: number,
    readonly firstCall: number, readonly endCall: number, readonly firstRef: number, readonly endRef: number,
    readonly firstExit: number, readonly endExit: number, readonly firstFlow: number, readonly endFlow: number,
    readonly catches: boolean, readonly toLabel: boolean, private readonly columns: CallColumns) {}
  get calls(): CallInstr[] {
    if (this.objects === undefined) {
      const c = this.columns;
      this.objects = [];
      for (let k = this.firstCall; k < this.endCall; k++) this.objects.push({ funcIndex: this.index, offset: c.offset[k]!, op: CALL_OPS[c.op[k]!]!, callee: c.callee[k]! });
    }
    return this.objects;
  }
}

/** `end`: the body readCodeLayout decodes first. */
const PRIMER = new Uint8Array([0x0b]);

const noCalls = (): CallColumns => ({ count: 0, op: new Uint8Array(0), callee: new Uint32Array(0), offset: new Uint32Array(0) });

/** Reads the code layout: every body and every call-like instruction with its module offset. */
export function readCodeLayout(bytes: Uint8Array, module: ModuleInfo = readModule(bytes)): CodeLayout {
  const importedFuncCount = module.funcImports;
  const code = module.sections.find((s) => s.id === SectionId.code);
  if (!code) {
    return { codeSectionPayloadStart: 0, importedFuncCount, funcs: [], calls: noCalls(), refs: { count: 0, offset: new Uint32Array(0) },
      exits: { count: 0, offset: new Uint32Array(0), depth: new Uint32Array(0) }, flow: { count: 0, offset: new Uint32Array(0) }, growsMemory: false };
  }
  const r = new ByteReader(bytes, code.start, code.end);
  const count = r.u32leb('function body count');
  const funcs: FuncBody[] = [];
  // a call takes 2 bytes at least: a first guess from the code's size, doubled as needed
  let capacity = Math.max(64, (code.end - code.start) >> 4);
  const calls: CallColumns = { count: 0, op: new Uint8Array(capacity), callee: new Uint32Array(capacity), offset: new Uint32Array(capacity) };
  const refs: RefColumns = { count: 0, offset: new Uint32Array(Math.max(64, (code.end - code.start) >> 5)) };
  const ref = (at: number) => {
    const k = refs.count;
    if (k === refs.offset.length) { const grown = new Uint32Array(2 * k); grown.set(refs.offset); refs.offset = grown; }
    refs.offset[k] = at;
    refs.count = k + 1;
  };
  // A body's flow goes to a scratch sink (one entry per byte at most), kept only when it catches.
  const sink: FlowSink = { at: new Uint32Array(4096), n: 0, exitAt: new Uint32Array(4096), exitDepth: new Uint32Array(4096), exits: 0 };
  const exits: ExitColumns = { count: 0, offset: new Uint32Array(1024), depth: new Uint32Array(1024) };
  const flow: RefColumns = { count: 0, offset: new Uint32Array(1024) };
  let catches = false;
  let growsMemory = false;
  const visitor = {
    call: (_op: CallOp, callee: number, at: number) => {
      const k = calls.count;
      if (k === capacity) {
        capacity *= 2;
        const grown = { op: new Uint8Array(capacity), callee: new Uint32Array(capacity), offset: new Uint32Array(capacity) };
        grown.op.set(calls.op); grown.callee.set(calls.callee); grown.offset.set(calls.offset);
        Object.assign(calls, grown);
      }
      calls.op[k] = bytes[at]! - 0x10; // the opcode: 0x10-0x15, as CALL_OPS
      calls.callee[k] = callee;
      calls.offset[k] = at;
      calls.count = k + 1;
    },
    global: (_op: number, _index: number, at: number) => ref(at),
    funcRef: (_index: number, at: number) => ref(at),
    catch: () => { catches = true; },
    memoryGrow: () => { growsMemory = true; },
  };
  // A body of one `end` first, through the same visitor and sink: the decoder's code after its
  // instruction loop then has type feedback before a long first body (DuckDB's are 31 KB and
  // 906 KB) gets the loop compiled while it runs (OSR). Without it, that compiled loop left its
  // function at every long body's end for want of feedback (13 times on DuckDB).
  decodeExpression(new ByteReader(PRIMER), visitor, 'a primer', sink);
  const body = new ByteReader(bytes, code.start, code.end);
  for (let i = 0; i < count; i++) {
    const size = r.u32leb('function body size');
    const bodyStart = r.pos;
    const bodyEnd = bodyStart + size;
    if (bodyEnd > code.end) r.fail(`body of function ${importedFuncCount + i} (${size} bytes) runs past the code section`, bodyStart);
    const index = importedFuncCount + i;
    body.pos = bodyStart;
    body.end = bodyEnd;
    skipLocals(body);
    const codeStart = body.pos;
    const firstCall = calls.count;
    const firstRef = refs.count;
    catches = false;
    if (size > sink.at.length) growSink(sink, size);
    decodeExpression(body, visitor, `function ${index}`, sink);
    if (!body.done) body.fail(`function ${index}: ${body.end - body.pos} bytes after the body's final end`);
    const firstExit = exits.count, firstFlow = flow.count;
    if (sink.exits > 0) keepExits(exits, sink);
    if (catches && sink.n > 0) keepFlow(flow, sink);
    funcs.push(new Body(index, bodyStart, bodyEnd, codeStart, firstCall, calls.count, firstRef, refs.count,
      firstExit, exits.count, firstFlow, flow.count, catches, branchesToBody(bytes, sink.at, sink.n, bodyEnd), calls));
    r.pos = bodyEnd;
  }
  if (r.pos !== code.end) r.fail(`${code.end - r.pos} stray bytes after the last function body`);
  return { codeSectionPayloadStart: code.start, importedFuncCount, funcs, calls, refs, exits, flow, growsMemory };
}

function growSink(sink: FlowSink, size: number): void {
  const n = Math.max(size, 2 * sink.at.length);
  sink.at = new Uint32Array(n);
  sink.exitAt = new Uint32Array(n);
  sink.exitDepth = new Uint32Array(n);
}

function keepExits(exits: ExitColumns, sink: FlowSink): void {
  const k = exits.count, n = sink.exits;
  if (k + n > exits.offset.length) {
    const size = Math.max(k + n, 2 * exits.offset.length);
    const offset = new Uint32Array(size), depth = new Uint32Array(size);
    offset.set(exits.offset); depth.set(exits.depth);
    exits.offset = offset; exits.depth = depth;
  }
  exits.offset.set(sink.exitAt.subarray(0, n), k);
  exits.depth.set(sink.exitDepth.subarray(0, n), k);
  exits.count = k + n;
}

function keepFlow(flow: RefColumns, sink: FlowSink): void {
  const k = flow.count, n = sink.n;
  if (k + n > flow.offset.length) {
    const offset = new Uint32Array(Math.max(k + n, 2 * flow.offset.length));
    offset.set(flow.offset);
    flow.offset = offset;
  }
  flow.offset.set(sink.at.subarray(0, n), k);
  flow.count = k + n;
}

function skipLocals(r: ByteReader): void {
  const groups = r.u32leb('local group count');
  for (let g = 0; g < groups; g++) {
    r.u32leb('local count');
    readValType(r);
  }
}
