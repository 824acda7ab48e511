// Address ranges of DIEs: DW_AT_ranges lists in `.debug_ranges` (DWARF 2–4) and
// `.debug_rnglists` (DWARF 5, with `.debug_addr` for the indexed entry kinds).
//
// wasm linkers mark code they discarded with address 0 (lld 14) or -1/-2 (newer lld); no
// function body starts at code-section offset 0 (the body count is there), so those are dead.

import { ByteReader } from '../byte-reader';
import { type DwarfSections, type FormContext, addrx } from './forms';

const TOMBSTONE_MIN = 0xfffffff0;

export function isLive(address: number): boolean {
  return address !== 0 && address < TOMBSTONE_MIN;
}

/**
 * Appends the live [lo, hi) pairs of a range list (v4 .debug_ranges or v5 .debug_rnglists).
 * Returns whether the list also holds dead entries (code the linker or Binaryen dropped).
 */
export function readRanges(s: DwarfSections, ctx: FormContext, at: number, isIndex: boolean, base: number, out: number[]): boolean {
  let dead = false;
  const push = (lo: number, hi: number) => { if (isLive(lo) && hi > lo) out.push(lo, hi); else dead = true; };
  if (ctx.version < 5) {
    if (at >= s.ranges.length) return dead;
    const r = new ByteReader(s.ranges, at);
    const max = ctx.addressSize === 8 ? 2 ** 64 - 1 : 0xffffffff;
    while (!r.done) {
      const lo = r.uint(ctx.addressSize);
      const hi = r.uint(ctx.addressSize);
      if (lo === 0 && hi === 0) break;
      if (lo >= max) { base = hi; continue; } // base address selection entry
      push(base + lo, base + hi);
    }
    return dead;
  }
  let offset = at;
  if (isIndex) {
    const slot = ctx.rnglistsBase + at * ctx.offsetSize;
    if (slot + ctx.offsetSize > s.rnglists.length) return dead;
    offset = ctx.rnglistsBase + new ByteReader(s.rnglists, slot).uint(ctx.offsetSize);
  }
  if (offset >= s.rnglists.length) return dead;
  const r = new ByteReader(s.rnglists, offset);
  for (;;) {
    const kind = r.u8();
    switch (kind) {
      case 0: return dead; // end_of_list
      case 1: base = addrx(r.uleb(), s, ctx) ?? 0; break; // base_addressx
      case 2: { const lo = addrx(r.uleb(), s, ctx), hi = addrx(r.uleb(), s, ctx); if (lo !== null && hi !== null) push(lo, hi); break; }
      case 3: { const lo = addrx(r.uleb(), s, ctx), len = r.uleb(); if (lo !== null) push(lo, lo + len); break; }
      case 4: { const lo = r.uleb(), hi = r.uleb(); push(base + lo, base + hi); break; } // offset_pair
      case 5: base = r.uint(ctx.addressSize); break; // base_address
      case 6: { const lo = r.uint(ctx.addressSize), hi = r.uint(ctx.addressSize); push(lo, hi); break; }
      case 7: { const lo = r.uint(ctx.addressSize), len = r.uleb(); push(lo, lo + len); break; }
      default: return dead; // unknown entry kind: stop rather than misread
    }
  }
}
