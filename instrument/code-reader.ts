// The call reader: for every function body of the ORIGINAL module, its byte range and every
// call-like instruction with its module byte offset (decoded by wasm/instructions.ts).
//
// Why offsets: DWARF addresses and source-map columns ARE byte offsets of the original module,
// so sites are found here and resolved by offset (resolve.ts); the rewrite (binary/) meets the
// same calls in the same order and gives each its site id; the call graph is built from them.

import { ByteReader } from './byte-reader';
import { decodeExpression, type CallOp } from './wasm/instructions';
import { readModule, readValType, SectionId, type ModuleInfo } from './wasm/module';

export { BinaryReadError } from './byte-reader';
export type { CallOp } from './wasm/instructions';

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
  calls: CallInstr[];
  /** It catches exceptions (legacy `catch`/`catch_all`, or a `try_table` with catch clauses). */
  catches: boolean;
}

export interface CodeLayout {
  /** Module offset of the code section's payload: DWARF address 0. */
  codeSectionPayloadStart: number;
  importedFuncCount: number;
  funcs: FuncBody[];
  /** Some body grows the memory (`memory.grow`). */
  growsMemory: boolean;
}

/** Reads the code layout: every body and every call-like instruction with its module offset. */
export function readCodeLayout(bytes: Uint8Array, module: ModuleInfo = readModule(bytes)): CodeLayout {
  const importedFuncCount = module.funcImports;
  const code = module.sections.find((s) => s.id === SectionId.code);
  if (!code) return { codeSectionPayloadStart: 0, importedFuncCount, funcs: [], growsMemory: false };
  const r = new ByteReader(bytes, code.start, code.end);
  const count = r.u32leb('function body count');
  const funcs: FuncBody[] = [];
  let growsMemory = false;
  for (let i = 0; i < count; i++) {
    const size = r.u32leb('function body size');
    const bodyStart = r.pos;
    const bodyEnd = bodyStart + size;
    if (bodyEnd > code.end) r.fail(`body of function ${importedFuncCount + i} (${size} bytes) runs past the code section`, bodyStart);
    const index = importedFuncCount + i;
    const body = new ByteReader(bytes, bodyStart, bodyEnd);
    skipLocals(body);
    const codeStart = body.pos;
    const calls: CallInstr[] = [];
    let catches = false;
    decodeExpression(body, {
      call: (op, callee, at) => { calls.push({ funcIndex: index, offset: at, op, callee }); },
      catch: () => { catches = true; },
      memoryGrow: () => { growsMemory = true; },
    }, `function ${index}`);
    if (!body.done) body.fail(`function ${index}: ${body.end - body.pos} bytes after the body's final end`);
    funcs.push({ index, bodyStart, bodyEnd, codeStart, calls, catches });
    r.pos = bodyEnd;
  }
  if (r.pos !== code.end) r.fail(`${code.end - r.pos} stray bytes after the last function body`);
  return { codeSectionPayloadStart: code.start, importedFuncCount, funcs, growsMemory };
}

function skipLocals(r: ByteReader): void {
  const groups = r.u32leb('local group count');
  for (let g = 0; g < groups; g++) {
    r.u32leb('local count');
    readValType(r);
  }
}
