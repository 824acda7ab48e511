// Checks on the raw bytes before Binaryen sees them: a clear one-line refusal for what version 1
// of the hook ABI cannot trace correctly, instead of a Binaryen abort or a silently wrong module.
//
// Refused: not wasm / truncated (the code reader's messages), already instrumented, memory64,
// shared memory (threads: the hooks and the shadow stack are not thread-safe), more than one
// memory, exception handling (a throw would skip the shadow stack's leave), GC types.

import { BinaryReadError, ByteReader } from './byte-reader';
import { readSections, SectionId, type Section } from './code-reader';
import { HOOK_ABI_VERSION, SITES_SECTION } from '../abi';
import { InstrumentError } from './errors';


export interface Preflight {
  sections: Section[];
  hasNameSection: boolean;
}

export function preflight(bytes: Uint8Array): Preflight {
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
  let memories = 0;
  try {
    for (const s of sections) {
      if (s.id === SectionId.custom && s.name === SITES_SECTION) {
        throw new InstrumentError(`module is already instrumented (it has a "${SITES_SECTION}" section): instrument the original module instead`, { code: 'already-instrumented' });
      }
      if (s.id === SectionId.custom && s.name === 'linking') {
        throw new InstrumentError('cannot instrument a relocatable object file (it has a "linking" section): link it first, then instrument the linked module', { code: 'unsupported' });
      }
      if (s.id === SectionId.tag) refuse('exception handling (a tag section)');
      if (s.id === SectionId.type) checkTypes(bytes, s, refuse);
      if (s.id === SectionId.import) memories += importedMemories(bytes, s, refuse);
      if (s.id === SectionId.memory) {
        const r = new ByteReader(bytes, s.start, s.end);
        const n = r.u32leb('memory count');
        for (let i = 0; i < n; i++) checkMemory(r, refuse);
        memories += n;
      }
    }
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(`invalid wasm module: ${e.message}`, { code: 'invalid-module' });
    throw e;
  }
  if (memories > 1) refuse(`${memories} memories (multi-memory)`);
  const hasNameSection = sections.some((s) => s.id === SectionId.custom && s.name === 'name');
  return { sections, hasNameSection };
}

function checkMemory(r: ByteReader, refuse: (what: string) => never): void {
  const at = r.pos;
  const flags = r.u8();
  if (flags & 0x04) refuse('memory64 (a 64-bit memory)');
  if (flags & 0x02) refuse('a shared memory (threads)');
  if (flags & ~0x07) r.fail(`unknown memory limits flags 0x${flags.toString(16)}`, at);
  r.uleb();
  if (flags & 1) r.uleb();
}

function importedMemories(bytes: Uint8Array, s: Section, refuse: (what: string) => never): number {
  const r = new ByteReader(bytes, s.start, s.end);
  const n = r.u32leb('import count');
  let memories = 0;
  for (let i = 0; i < n; i++) {
    r.name();
    r.name();
    const kind = r.u8();
    switch (kind) {
      case 0: r.u32leb('type index'); break;
      case 1: skipValType(r); skipLimits(r); break;
      case 2: checkMemory(r, refuse); memories++; break;
      case 3: skipValType(r); r.u8(); break;
      case 4: refuse('exception handling (an imported tag)');
      // falls through: refuse() never returns
      default: r.fail(`unknown import kind 0x${kind.toString(16)} (expected 0 to 4)`, r.pos - 1);
    }
  }
  return memories;
}

function checkTypes(bytes: Uint8Array, s: Section, refuse: (what: string) => never): void {
  const r = new ByteReader(bytes, s.start, s.end);
  const n = r.u32leb('type count');
  for (let i = 0; i < n; i++) {
    const form = r.u8();
    if (form !== 0x60) refuse(`GC types (type form 0x${form.toString(16)} at byte 0x${(r.pos - 1).toString(16)})`);
    const params = r.u32leb('param count');
    for (let j = 0; j < params; j++) skipValType(r);
    const results = r.u32leb('result count');
    for (let j = 0; j < results; j++) skipValType(r);
  }
}

function skipValType(r: ByteReader): void {
  const t = r.u8();
  if (t === 0x63 || t === 0x64) r.sleb();
}

function skipLimits(r: ByteReader): void {
  const flags = r.u8();
  r.uleb();
  if (flags & 1) r.uleb();
}
