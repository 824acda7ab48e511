// The code identity of a module (abi/code-identity.ts) from its bytes: written into every
// instrumented module (CODE_SECTION), and computed by `wasm-tracemalloc symbolize` for the debug
// build it is given, to check that both are the same code.

import { codeIdentity, type CodeIdentity } from '../abi';
import { customSection, readSections, SectionId, type Section } from './wasm/module';

/** The module's code identity; null when it has no code section. */
export function moduleCodeIdentity(bytes: Uint8Array, sections: Section[] = readSections(bytes)): CodeIdentity | null {
  const code = sections.find((s) => s.id === SectionId.code);
  if (!code) return null;
  return codeIdentity(bytes, code.start, code.end, customSection(bytes, sections, 'build_id'));
}
