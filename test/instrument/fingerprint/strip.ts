// A stripped copy of a module, as `wasm-strip` leaves it for instrument(): every custom section
// gone (the name section, DWARF, producers, sourceMappingURL); code and indices byte-identical.
import { readSections, SectionId } from '../../../instrument/wasm/module';

export function stripCustomSections(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let headerStart = 8; // sections follow one another: each header starts where the last one ended
  for (const s of readSections(bytes)) {
    if (s.id !== SectionId.custom) parts.push(bytes.subarray(headerStart, s.end));
    headerStart = s.end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
