// Checks before any rewrite: a clear one-line refusal for what version 1 of the hook ABI cannot
// trace correctly, instead of a silently wrong module. Reads the module once (wasm/module.ts):
// every later step starts from what it returns.
//
// Refused: not wasm / truncated (the reader's messages), already instrumented, a relocatable
// object file, memory64, shared memory unless `threads` (its instances then share one threaded
// core per group: docs/hook-abi.md, "Threaded modules"), more than one memory, GC types. Exception handling (legacy and exnref) is
// instrumented: a function that catches puts back its shadow-stack height and allocator guard
// before each site (docs/hook-abi.md, "Traps and throws").

import { HOOK_ABI_VERSION, SITES_SECTION } from '../abi';
import { BinaryReadError } from './byte-reader';
import { InstrumentError } from './errors';
import { readModule, readSections, SectionId, type ModuleInfo, type Section } from './wasm/module';

export function preflight(bytes: Uint8Array, { threads = false }: { threads?: boolean } = {}): ModuleInfo {
  let sections: Section[];
  try {
    sections = readSections(bytes);
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(e.message, { code: 'invalid-module' });
    throw e;
  }
  const refuse = (what: string): never => {
    throw new InstrumentError(`cannot instrument: the module uses ${what}, which wasm-tracemalloc does not support (hook ABI version ${HOOK_ABI_VERSION})`, { code: 'unsupported' });
  };
  for (const s of sections) {
    if (s.id === SectionId.custom && s.name === SITES_SECTION) {
      throw new InstrumentError(`module is already instrumented (it has a "${SITES_SECTION}" section): instrument the original module instead`, { code: 'already-instrumented' });
    }
    if (s.id === SectionId.custom && s.name === 'linking') {
      throw new InstrumentError('cannot instrument a relocatable object file (it has a "linking" section): link it first, then instrument the linked module', { code: 'unsupported' });
    }
  }
  let m: ModuleInfo;
  try {
    m = readModule(bytes, sections);
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(`invalid wasm module: ${e.message}`, { code: 'invalid-module' });
    throw e;
  }
  const gc = m.types.find((t) => t.form !== 0x60);
  if (gc) refuse(`GC types (type form 0x${gc.form.toString(16)} at byte 0x${(gc.raw.byteOffset - bytes.byteOffset).toString(16)})`);
  for (const memory of m.memories) {
    if (memory.flags & 0x04) refuse('memory64 (a 64-bit memory)');
    if (memory.flags & 0x02 && !threads) {
      throw new InstrumentError('cannot instrument: the module uses a shared memory (threads), traced only where every thread that runs it gets the threaded core: in Node under --import wasm-tracemalloc/register; elsewhere instrument it with `threads: true` (the CLI\'s --threads) and call start() before the program makes its workers (a page must be cross-origin isolated)', { code: 'unsupported' });
    }
  }
  if (m.memories.length > 1) refuse(`${m.memories.length} memories (multi-memory)`);
  return m;
}
