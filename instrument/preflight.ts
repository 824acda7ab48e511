// Checks on the raw bytes before Binaryen sees them: a clear one-line refusal for what version 1
// of the hook ABI cannot trace correctly, instead of a Binaryen abort or a silently wrong module.
//
// Refused: not wasm / truncated (the code reader's messages), already instrumented, memory64,
// shared memory (threads: the hooks and the shadow stack are not thread-safe), more than one
// memory, GC types. Exception handling (both encodings) is instrumented by the binary backend
// (docs/hook-abi.md, "Traps and throws"); the Binaryen backend refuses it.

import { BinaryReadError, ByteReader } from './byte-reader';
import { readSections, SectionId, type Section } from './code-reader';
import { InstrumentError } from './errors';

export const SITES_SECTION = 'wasm-tracemalloc.sites';
/** Import module name of every hook (docs/hook-abi.md). */
export const HOOK_MODULE = 'wasm-tracemalloc';

export interface Preflight {
  sections: Section[];
  hasNameSection: boolean;
  /** It defines or imports exception tags (wasm exception handling). */
  exceptions: boolean;
}

export function preflight(bytes: Uint8Array): Preflight {
  let sections: Section[];
  try {
    sections = readSections(bytes);
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(e.message);
    throw e;
  }
  const refuse = (what: string): never => {
    throw new InstrumentError(`cannot instrument: the module uses ${what}, which wasm-tracemalloc does not support (hook ABI version 1)`);
  };
  let memories = 0;
  let exceptions = false;
  try {
    for (const s of sections) {
      if (s.id === SectionId.custom && s.name === SITES_SECTION) {
        throw new InstrumentError(`module is already instrumented (it has a "${SITES_SECTION}" section): instrument the original module instead`);
      }
      if (s.id === SectionId.custom && s.name === 'linking') {
        throw new InstrumentError('cannot instrument a relocatable object file (it has a "linking" section): link it first, then instrument the linked module');
      }
      if (s.id === SectionId.tag) exceptions = true;
      if (s.id === SectionId.type) checkTypes(bytes, s, refuse);
      if (s.id === SectionId.import) {
        const imported = importedMemories(bytes, s, refuse);
        memories += imported.memories;
        exceptions ||= imported.tags;
      }
      if (s.id === SectionId.memory) {
        const r = new ByteReader(bytes, s.start, s.end);
        const n = r.u32leb('memory count');
        for (let i = 0; i < n; i++) checkMemory(r, refuse);
        memories += n;
      }
    }
  } catch (e) {
    if (e instanceof BinaryReadError) throw new InstrumentError(`invalid wasm module: ${e.message}`);
    throw e;
  }
  if (memories > 1) refuse(`${memories} memories (multi-memory)`);
  const hasNameSection = sections.some((s) => s.id === SectionId.custom && s.name === 'name');
  return { sections, hasNameSection, exceptions };
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

function importedMemories(bytes: Uint8Array, s: Section, refuse: (what: string) => never): { memories: number; tags: boolean } {
  const r = new ByteReader(bytes, s.start, s.end);
  const n = r.u32leb('import count');
  let memories = 0;
  let tags = false;
  for (let i = 0; i < n; i++) {
    r.name();
    r.name();
    const kind = r.u8();
    switch (kind) {
      case 0: r.u32leb('type index'); break;
      case 1: skipValType(r); skipLimits(r); break;
      case 2: checkMemory(r, refuse); memories++; break;
      case 3: skipValType(r); r.u8(); break;
      case 4: r.u8(); r.u32leb('tag type'); tags = true; break;
      default: r.fail(`unknown import kind 0x${kind.toString(16)} (expected 0 to 4)`, r.pos - 1);
    }
  }
  return { memories, tags };
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
