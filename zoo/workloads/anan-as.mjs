// @fluffylabs/anan-as: AssemblyScript (incremental GC runtime), its release build (no name section;
// the package also ships debug.wasm, the same source with names). Wraps and disassembles generated programs.
import { createHash } from 'node:crypto';
// ZOO_BUILD=debug runs the named build of the same source (an independent measure of the heap).
const { wrapAsProgram, disassemble } =
  await import(process.env.ZOO_BUILD === 'debug' ? '@fluffylabs/anan-as/debug' : '@fluffylabs/anan-as');
let text = '';
let steps = 0;
for (let i = 0; i < 60; i++) {
  // a program of simple instructions: opcode 1 (fallthrough) and small immediates, then trap (0)
  const code = new Uint8Array(40 + i).map((_, j) => (j % 5 === 4 ? 0 : j % 3 === 0 ? 1 : 51 + (j % 4)));
  const program = wrapAsProgram(code);
  text += disassemble(Array.from(program), 0, 0);
  steps += program.length;
}
console.log('anan-as', text.length, createHash('sha256').update(text).digest('hex').slice(0, 16), steps);
