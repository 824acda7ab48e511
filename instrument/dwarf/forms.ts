// DWARF attribute forms (DWARF 2–5, plus the GNU split-DWARF forms LLVM may emit): how many bytes
// each takes and how to read the values this package cares about (strings, addresses,
// constants, references, section offsets). Everything else is skipped by size.

import { BinaryReadError, ByteReader, cstringAt } from '../byte-reader';

export const DW_FORM = {
  addr: 0x01, block2: 0x03, block4: 0x04, data2: 0x05, data4: 0x06, data8: 0x07, string: 0x08,
  block: 0x09, block1: 0x0a, data1: 0x0b, flag: 0x0c, sdata: 0x0d, strp: 0x0e, udata: 0x0f,
  ref_addr: 0x10, ref1: 0x11, ref2: 0x12, ref4: 0x13, ref8: 0x14, ref_udata: 0x15, indirect: 0x16,
  sec_offset: 0x17, exprloc: 0x18, flag_present: 0x19, strx: 0x1a, addrx: 0x1b, ref_sup4: 0x1c,
  strp_sup: 0x1d, data16: 0x1e, line_strp: 0x1f, ref_sig8: 0x20, implicit_const: 0x21,
  loclistx: 0x22, rnglistx: 0x23, ref_sup8: 0x24, strx1: 0x25, strx2: 0x26, strx3: 0x27,
  strx4: 0x28, addrx1: 0x29, addrx2: 0x2a, addrx3: 0x2b, addrx4: 0x2c,
  GNU_addr_index: 0x1f01, GNU_str_index: 0x1f02, GNU_ref_alt: 0x1f20, GNU_strp_alt: 0x1f21,
} as const;

/** The DWARF sections of a module, as views into its bytes (empty when absent). */
export interface DwarfSections {
  info: Uint8Array;
  abbrev: Uint8Array;
  line: Uint8Array;
  str: Uint8Array;
  lineStr: Uint8Array;
  ranges: Uint8Array;
  rnglists: Uint8Array;
  addr: Uint8Array;
  strOffsets: Uint8Array;
}

/** Per-unit context a form needs: sizes, and the DWARF 5 bases of the indexed forms. */
export interface FormContext {
  version: number;
  addressSize: number;
  offsetSize: number;
  /** Start of the unit in .debug_info: CU-relative references are added to it. */
  unitOffset: number;
  strOffsetsBase: number;
  addrBase: number;
  rnglistsBase: number;
}

/** Reads a string-class value, or returns null when the form is not a string form we can read. */
export function readString(r: ByteReader, form: number, s: DwarfSections, ctx: FormContext): string | null {
  switch (form) {
    case DW_FORM.string: return r.cstring();
    case DW_FORM.strp: return cstringAt(s.str, r.uint(ctx.offsetSize), '.debug_str');
    case DW_FORM.line_strp: return cstringAt(s.lineStr, r.uint(ctx.offsetSize), '.debug_line_str');
    case DW_FORM.strx: case DW_FORM.GNU_str_index: return strx(r.uleb(), s, ctx);
    case DW_FORM.strx1: return strx(r.u8(), s, ctx);
    case DW_FORM.strx2: return strx(r.u16(), s, ctx);
    case DW_FORM.strx3: return strx(r.u16() + r.u8() * 0x10000, s, ctx);
    case DW_FORM.strx4: return strx(r.u32(), s, ctx);
    default: skipForm(r, form, ctx); return null;
  }
}

function strx(index: number, s: DwarfSections, ctx: FormContext): string | null {
  const at = ctx.strOffsetsBase + index * ctx.offsetSize;
  if (at + ctx.offsetSize > s.strOffsets.length) return null;
  const r = new ByteReader(s.strOffsets, at);
  return cstringAt(s.str, r.uint(ctx.offsetSize), '.debug_str');
}

/** Reads an address-class value (addr or addrx*), or null for other forms. */
export function readAddress(r: ByteReader, form: number, s: DwarfSections, ctx: FormContext): number | null {
  switch (form) {
    case DW_FORM.addr: return r.uint(ctx.addressSize);
    case DW_FORM.addrx: case DW_FORM.GNU_addr_index: return addrx(r.uleb(), s, ctx);
    case DW_FORM.addrx1: return addrx(r.u8(), s, ctx);
    case DW_FORM.addrx2: return addrx(r.u16(), s, ctx);
    case DW_FORM.addrx3: return addrx(r.u16() + r.u8() * 0x10000, s, ctx);
    case DW_FORM.addrx4: return addrx(r.u32(), s, ctx);
    default: skipForm(r, form, ctx); return null;
  }
}

export function addrx(index: number, s: DwarfSections, ctx: FormContext): number | null {
  const at = ctx.addrBase + index * ctx.addressSize;
  if (at + ctx.addressSize > s.addr.length) return null;
  return new ByteReader(s.addr, at).uint(ctx.addressSize);
}

/** Reads an unsigned constant, section offset or reference (made .debug_info-absolute). */
export function readUnsigned(r: ByteReader, form: number, ctx: FormContext): number | null {
  switch (form) {
    case DW_FORM.data1: case DW_FORM.flag: return r.u8();
    case DW_FORM.data2: return r.u16();
    case DW_FORM.data4: return r.u32();
    case DW_FORM.data8: return r.u64();
    case DW_FORM.udata: case DW_FORM.rnglistx: case DW_FORM.loclistx: return r.uleb();
    case DW_FORM.sdata: return r.sleb();
    case DW_FORM.sec_offset: return r.uint(ctx.offsetSize);
    case DW_FORM.ref1: return ctx.unitOffset + r.u8();
    case DW_FORM.ref2: return ctx.unitOffset + r.u16();
    case DW_FORM.ref4: return ctx.unitOffset + r.u32();
    case DW_FORM.ref8: return ctx.unitOffset + r.u64();
    case DW_FORM.ref_udata: return ctx.unitOffset + r.uleb();
    case DW_FORM.ref_addr: return r.uint(ctx.version <= 2 ? ctx.addressSize : ctx.offsetSize);
    case DW_FORM.flag_present: return 1;
    default: skipForm(r, form, ctx); return null;
  }
}

/** Skips one attribute value. implicit_const carries its value in the abbreviation: nothing to skip. */
export function skipForm(r: ByteReader, form: number, ctx: FormContext): void {
  switch (form) {
    case DW_FORM.flag_present: case DW_FORM.implicit_const: return;
    case DW_FORM.data1: case DW_FORM.ref1: case DW_FORM.flag: case DW_FORM.strx1: case DW_FORM.addrx1: r.skip(1); return;
    case DW_FORM.data2: case DW_FORM.ref2: case DW_FORM.strx2: case DW_FORM.addrx2: r.skip(2); return;
    case DW_FORM.strx3: case DW_FORM.addrx3: r.skip(3); return;
    case DW_FORM.data4: case DW_FORM.ref4: case DW_FORM.ref_sup4: case DW_FORM.strx4: case DW_FORM.addrx4: r.skip(4); return;
    case DW_FORM.data8: case DW_FORM.ref8: case DW_FORM.ref_sig8: case DW_FORM.ref_sup8: r.skip(8); return;
    case DW_FORM.data16: r.skip(16); return;
    case DW_FORM.addr: r.skip(ctx.addressSize); return;
    case DW_FORM.ref_addr: r.skip(ctx.version <= 2 ? ctx.addressSize : ctx.offsetSize); return;
    case DW_FORM.strp: case DW_FORM.line_strp: case DW_FORM.sec_offset: case DW_FORM.strp_sup:
    case DW_FORM.GNU_ref_alt: case DW_FORM.GNU_strp_alt:
      r.skip(ctx.offsetSize); return;
    case DW_FORM.udata: case DW_FORM.sdata: case DW_FORM.ref_udata: case DW_FORM.strx: case DW_FORM.addrx:
    case DW_FORM.loclistx: case DW_FORM.rnglistx: case DW_FORM.GNU_addr_index: case DW_FORM.GNU_str_index:
      r.skipLeb(); return;
    case DW_FORM.string: r.cstring(); return;
    case DW_FORM.block: case DW_FORM.exprloc: r.skip(r.uleb(), 'block'); return;
    case DW_FORM.block1: r.skip(r.u8(), 'block'); return;
    case DW_FORM.block2: r.skip(r.u16(), 'block'); return;
    case DW_FORM.block4: r.skip(r.u32(), 'block'); return;
    case DW_FORM.indirect: skipForm(r, r.uleb(), ctx); return;
    default:
      throw new BinaryReadError(`unknown DWARF form 0x${form.toString(16)} at byte 0x${r.pos.toString(16)}`, r.pos);
  }
}
