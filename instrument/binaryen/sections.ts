// The output's custom sections. binaryen.js copies DWARF byte for byte, so after any rewrite it
// describes code that moved: `.debug_*` (and `external_debug_info`, `sourceMappingURL`, whose
// offsets are the original's) are dropped. Other custom sections (name, producers, dylink.0,
// target_features…) pass through. The site table is appended last.

import { readSections, SectionId } from '../code-reader';

const STALE = /^(\.debug_|external_debug_info$|sourceMappingURL$|metadata\.code\.)/;

export interface SectionEdit {
  dropped: string[];
}

/** `emitted` minus stale custom sections, plus `extra` custom sections (name, payload). */
export function finishSections(emitted: Uint8Array, extra: [string, Uint8Array][], edit: SectionEdit, alsoDrop: string[] = []): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  let prevEnd = 8; // sections are contiguous: a header starts where the previous section ended
  for (const s of readSections(emitted)) {
    if (s.id === SectionId.custom && s.name !== null && (STALE.test(s.name) || alsoDrop.includes(s.name))) {
      parts.push(emitted.subarray(from, prevEnd));
      edit.dropped.push(s.name);
      from = s.end;
    }
    prevEnd = s.end;
  }
  parts.push(emitted.subarray(from));
  for (const [name, payload] of extra) parts.push(customSectionBytes(name, payload));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

export function customSectionBytes(name: string, payload: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const content = [...leb(nameBytes.length), ...nameBytes];
  const size = content.length + payload.length;
  const head = [0, ...leb(size), ...content];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}
