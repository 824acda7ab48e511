// `.debug_info` + `.debug_abbrev` (DWARF 2–5): the units (for DW_AT_comp_dir and DW_AT_stmt_list)
// and the DIEs that say which function an address belongs to: DW_TAG_subprogram,
// DW_TAG_inlined_subroutine (with DW_AT_call_file/line/column: where it was inlined), and the
// namespaces and classes that qualify a function's name (`std::vector<int>::push_back`).
//
// Only those tags are kept; every other DIE is skipped by its abbreviation's forms. Address
// ranges come from DW_AT_low_pc/high_pc or DW_AT_ranges (ranges.ts). As in line.ts, a range
// starting at address 0 or at a -1/-2 tombstone belongs to a function the linker discarded.

import { ByteReader } from '../byte-reader';
import { demangleRustLegacy } from '../../abi/demangle';
import { DW_FORM, type DwarfSections, type FormContext, readAddress, readString, readUnsigned, skipForm } from './forms';
import { isLive, readRanges } from './ranges';

const TAG = {
  compile_unit: 0x11, partial_unit: 0x3c, skeleton_unit: 0x4a, subprogram: 0x2e, inlined_subroutine: 0x1d,
  namespace: 0x39, class_type: 0x02, structure_type: 0x13, union_type: 0x17, interface_type: 0x38,
} as const;

const AT = {
  name: 0x03, stmt_list: 0x10, low_pc: 0x11, high_pc: 0x12, comp_dir: 0x1b, abstract_origin: 0x31,
  decl_file: 0x3a, decl_line: 0x3b, specification: 0x47, ranges: 0x55, call_column: 0x57, call_file: 0x58, call_line: 0x59,
  linkage_name: 0x6e, MIPS_linkage_name: 0x2007, str_offsets_base: 0x72, addr_base: 0x73,
  rnglists_base: 0x74, GNU_ranges_base: 0x2132, GNU_addr_base: 0x2133,
} as const;

const KEPT_TAGS = new Set<number>([TAG.subprogram, TAG.inlined_subroutine, TAG.namespace, TAG.class_type,
  TAG.structure_type, TAG.union_type, TAG.interface_type]);
const SCOPE_TAGS = new Set<number>([TAG.namespace, TAG.class_type, TAG.structure_type, TAG.union_type, TAG.interface_type]);

interface Abbrev {
  tag: number;
  hasChildren: boolean;
  names: number[];
  forms: number[];
  implicit: number[];
}

export interface DwarfUnit {
  offset: number;
  version: number;
  name: string | null;
  compDir: string | null;
  /** Offset of the unit's line program in .debug_line, or -1. */
  stmtList: number;
  /** Sizes and DWARF 5 bases, for reading this unit's attributes later. */
  ctx: FormContext;
}

/** A kept DIE: a function, an inlined call, or a scope that qualifies names. */
export interface Die {
  offset: number;
  tag: number;
  unit: DwarfUnit;
  /** Nearest kept ancestor. */
  parent: Die | null;
  // DW_AT_name / DW_AT_linkage_name are decoded on demand (most kept DIEs are types nobody asks
  // about, and decoding every string dominated parse time): .debug_info offset and form, -1 = none.
  nameAt: number;
  nameForm: number;
  linkageAt: number;
  linkageForm: number;
  /** DW_AT_abstract_origin / DW_AT_specification target (.debug_info offset), -1 when none. */
  origin: number;
  /** [lo0, hi0, lo1, hi1, …], live ranges only. */
  ranges: number[];
  /**
   * An inlined subroutine whose end was lost: its DW_AT_high_pc wraps past the 32-bit address
   * space (Binaryen's DWARF update after optimizing, e.g. emcc -O2 -g, writes the length to an
   * end it no longer finds as `0 - low_pc`). Its start, or -1. Such a scope is believed only where
   * the line table agrees (scopesAt's `accepts`).
   */
  openFrom: number;
  /**
   * An inlined subroutine whose START was lost: Binaryen's DWARF update (em++ -O3 -g) wrote its
   * DW_AT_low_pc as 0 and kept its end. Its end, or 0. It stays in the tree (its call site is the
   * frame between its caller and the scopes inside it), with one range from the first address of
   * the scopes inside it to that end (DebugInfo.finish).
   */
  closedAt: number;
  /** DW_AT_decl_file (an index into the unit's line-program file table), -1 when none. */
  declFile: number;
  /** DW_AT_decl_line, 0 when none. */
  declLine: number;
  /**
   * Its range list also holds dead entries: code of this scope that Binaryen's DWARF update
   * (em++ -O3 -g) no longer found, written as [0, 1). lostScopes() may give it back an address.
   */
  lost: boolean;
  callFile: number;
  callLine: number;
  callColumn: number;
  /** Subprograms and inlined subroutines: the inlined subroutines directly inside (lexical blocks skipped). */
  inlined: Die[] | null;
  /** functionName(), computed once. */
  qualifiedName?: string | null;
}

export class DebugInfo {
  constructor(private readonly sections: DwarfSections) {}
  readonly units: DwarfUnit[] = [];
  readonly dies = new Map<number, Die>();
  /** Concrete subprogram ranges, sorted by start: [lo, hi, die]. */
  private fnLo: number[] = [];
  private fnHi: number[] = [];
  private fnDie: Die[] = [];

  addFunctionRange(lo: number, hi: number, die: Die): void {
    this.fnLo.push(lo);
    this.fnHi.push(hi);
    this.fnDie.push(die);
  }

  /** Inlined subroutines whose start was lost (`closedAt`), in .debug_info order. */
  readonly startLost: Die[] = [];

  finish(): void {
    // A scope whose start was lost begins where the first scope inside it does (a parent's code
    // holds its children's): inner ones first, so that one nested in another counts for it.
    for (let i = this.startLost.length - 1; i >= 0; i--) {
      const d = this.startLost[i]!;
      let start = Infinity;
      for (const c of d.inlined ?? []) for (let j = 0; j < c.ranges.length; j += 2) if (c.ranges[j]! < d.closedAt) start = Math.min(start, c.ranges[j]!);
      if (start < d.closedAt) d.ranges.push(start, d.closedAt);
    }
    const order = this.fnLo.map((_, i) => i).sort((a, b) => this.fnLo[a]! - this.fnLo[b]! || a - b);
    this.fnLo = order.map((i) => this.fnLo[i]!);
    this.fnHi = order.map((i) => this.fnHi[i]!);
    this.fnDie = order.map((i) => this.fnDie[i]!);
  }

  /**
   * The subprogram containing `address`, then the inlined subroutines around it, outermost first.
   * Below the last scope whose ranges hold the address, a deeper scope whose ranges hold it
   * under parents whose ranges lost it (strayScopes), then a scope whose end was lost
   * (`openFrom`), are added with the scopes between, when it starts at or before the address and
   * `accepts` it (the line table puts the address in that scope's function's file): for an
   * open-ended scope the nearest start first.
   */
  scopesAt(address: number, accepts?: (die: Die) => boolean): Die[] {
    let lo = 0, hi = this.fnLo.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.fnLo[mid]! <= address) lo = mid + 1; else hi = mid;
    }
    // Linkers may leave a discarded COMDAT copy (an inline function from a header, compiled into
    // several units) pointing at the kept copy's address: among equal starts, the first unit wins,
    // as in llvm-symbolizer.
    let best = -1;
    for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) {
      if (address >= this.fnHi[i]!) continue;
      if (best >= 0 && this.fnLo[i]! !== this.fnLo[best]!) break;
      best = i;
    }
    if (best < 0) return [];
    // Descend the inlining tree. Siblings do not overlap, except where Binaryen's DWARF update
    // (em++ -O3 -g) stretched a scope's range to the end of its function (`on(…)` inlined at one
    // line of main holding [its start, main's end)): then the sibling whose range starts nearest
    // at or before the address holds it, as llvm-symbolizer reads overlapping ranges (test/corpus
    // `hub-em-O3-jsexc-g`; before, every line of main after that call read as the call's line).
    const chain: Die[] = [this.fnDie[best]!];
    for (let d: Die | undefined = this.fnDie[best]; d?.inlined;) {
      let pick: Die | undefined, pickStart = -1;
      for (const c of d.inlined) {
        const start = rangeStartHolding(c, address);
        if (start > pickStart) { pick = c; pickStart = start; }
      }
      d = pick;
      if (d) chain.push(d);
    }
    if (accepts) {
      const stray = strayScopes(chain[chain.length - 1]!, address, accepts);
      chain.push(...stray);
      chain.push(...openScopes(chain[chain.length - 1]!, address, accepts));
    }
    return chain;
  }

  /**
   * Qualified function name of a subprogram or inlined subroutine (through its origin): DW_AT_name
   * with its enclosing namespaces and classes (`std::__2::vector<Point>::push_back`), or null.
   */
  functionName(die: Die): string | null {
    if (die.qualifiedName === undefined) die.qualifiedName = this.computeName(die);
    return die.qualifiedName;
  }

  private computeName(die: Die): string | null {
    let d: Die | undefined = die;
    let name: string | null = null;
    let linkage: string | null = null;
    for (let hops = 0; d && hops < 8; hops++) {
      name ??= this.attrString(d, d.nameAt, d.nameForm);
      linkage ??= this.attrString(d, d.linkageAt, d.linkageForm);
      if (d.origin < 0) break;
      const next = this.dies.get(d.origin);
      if (!next) break;
      d = next;
    }
    // Rust: the demangled symbol (`Key<T>::get`) reads better than DWARF's scopes (`{impl#81}`).
    const rust = linkage !== null ? demangleRustLegacy(linkage) : null;
    if (rust !== null) return rust;
    if (name === null) return linkage;
    const scopes: string[] = [];
    for (let p = d?.parent ?? null; p && SCOPE_TAGS.has(p.tag); p = p.parent) {
      scopes.push(this.attrString(p, p.nameAt, p.nameForm) ?? (p.tag === TAG.namespace ? '(anonymous namespace)' : '(anonymous)'));
    }
    return scopes.length ? `${scopes.reverse().join('::')}::${name}` : name;
  }

  private attrString(d: Die, at: number, form: number): string | null {
    if (at < 0) return null;
    try {
      return readString(new ByteReader(this.sections.info, at), form, this.sections, d.unit.ctx);
    } catch {
      return null; // a bad string offset costs this name only
    }
  }
}

/**
 * The path below `from` to the deepest scope whose own ranges hold `address` under scopes whose
 * ranges do not (Binaryen's DWARF update after optimizing, em++ -O2 -g: an unrolled loop's first
 * copy of an inlined `std::string` constructor kept in its innermost scopes only, the outer
 * ones' ranges for it written as dead [0, 1)), or []. A child's code is its parent's (DWARF
 * nests them), so the tree gives the chain, as llvm-symbolizer reads it; believed where the line
 * table agrees (`accepts`: the address's row is in that scope's function's file).
 */
function strayScopes(from: Die, address: number, accepts: (die: Die) => boolean): Die[] {
  let best: Die[] = [];
  const path: Die[] = []; // one array for the walk: a copy is made only for a better match
  const walk = (d: Die): void => {
    for (const c of d.inlined ?? []) {
      path.push(c);
      if (path.length > best.length && containsAddress(c, address)) best = path.slice();
      walk(c);
      path.pop();
    }
  };
  walk(from);
  return best.length && accepts(best[best.length - 1]!) ? best : [];
}

/** The path below `from` to the accepted open-ended scope starting nearest at or before `address`, or []. */
function openScopes(from: Die, address: number, accepts: (die: Die) => boolean): Die[] {
  const found: Die[][] = [];
  const walk = (d: Die, path: Die[]): void => {
    for (const c of d.inlined ?? []) {
      const p = [...path, c];
      if (c.openFrom >= 0 && c.openFrom <= address) found.push(p);
      walk(c, p);
    }
  };
  walk(from, []);
  // Nearest start first; among equal starts the deepest (its parents start there too).
  found.sort((a, b) => b[b.length - 1]!.openFrom - a[a.length - 1]!.openFrom || b.length - a.length);
  return found.find((p) => accepts(p[p.length - 1]!)) ?? [];
}

/** Paths below `from` to every inlined scope that lost ranges (`Die.lost`), outermost first. */
export function lostPaths(from: Die): Die[][] {
  const found: Die[][] = [];
  const walk = (d: Die, path: Die[]): void => {
    for (const c of d.inlined ?? []) {
      const p = [...path, c];
      if (c.lost) found.push(p);
      walk(c, p);
    }
  };
  walk(from, []);
  return found;
}

/**
 * Paths below `from` to every inlined scope whose start was lost (`Die.closedAt`) and whose end
 * lies after `address`, through scopes that hold the address or lost their start too, outermost first.
 */
export function startLostPaths(from: Die, address: number): Die[][] {
  const found: Die[][] = [];
  const walk = (d: Die, path: Die[]): void => {
    for (const c of d.inlined ?? []) {
      const lostStart = c.closedAt > address;
      if (!lostStart && !containsAddress(c, address)) continue;
      const p = [...path, c];
      if (lostStart) found.push(p);
      walk(c, p);
    }
  };
  walk(from, []);
  return found;
}

/** Distance from `address` to the nearest of a scope's live ranges (Infinity when it has none). */
export function distanceTo(d: Die, address: number): number {
  let best = Infinity;
  const r = d.ranges;
  for (let i = 0; i < r.length; i += 2) {
    best = Math.min(best, address < r[i]! ? r[i]! - address : address >= r[i + 1]! ? address - r[i + 1]! + 1 : 0);
  }
  return best;
}

/** The start of the live range of `d` that holds `address`, or -1. */
function rangeStartHolding(d: Die, address: number): number {
  const r = d.ranges;
  let start = -1;
  for (let i = 0; i < r.length; i += 2) if (address >= r[i]! && address < r[i + 1]! && r[i]! > start) start = r[i]!;
  return start;
}

function containsAddress(d: Die, address: number): boolean {
  const r = d.ranges;
  for (let i = 0; i < r.length; i += 2) if (address >= r[i]! && address < r[i + 1]!) return true;
  return false;
}

function readAbbrevs(abbrev: Uint8Array, offset: number): Map<number, Abbrev> {
  const r = new ByteReader(abbrev, offset);
  const table = new Map<number, Abbrev>();
  for (;;) {
    const code = r.uleb();
    if (code === 0) break;
    const tag = r.uleb();
    const hasChildren = r.u8() !== 0;
    const a: Abbrev = { tag, hasChildren, names: [], forms: [], implicit: [] };
    for (;;) {
      const name = r.uleb();
      const form = r.uleb();
      if (name === 0 && form === 0) break;
      a.names.push(name);
      a.forms.push(form);
      a.implicit.push(form === DW_FORM.implicit_const ? r.sleb() : 0);
    }
    table.set(code, a);
  }
  return table;
}

/** Parses every unit of .debug_info. Units in a version or type this reader does not know are skipped. */
export function readDebugInfo(s: DwarfSections, warnings: string[] = []): DebugInfo {
  const info = new DebugInfo(s);
  const abbrevCache = new Map<number, Map<number, Abbrev>>();
  const r = new ByteReader(s.info);
  while (r.pos < r.end) {
    const unitOffset = r.pos;
    let unitEnd: number, version: number, offsetSize = 4;
    let unitType = 1, addressSize: number, abbrevOffset: number;
    try {
      let unitLength = r.u32();
      if (unitLength === 0xffffffff) { unitLength = r.u64(); offsetSize = 8; }
      unitEnd = Math.min(r.pos + unitLength, r.end);
      version = r.u16();
      if (version >= 5) {
        unitType = r.u8();
        addressSize = r.u8();
        abbrevOffset = r.uint(offsetSize);
        if (unitType === 4 || unitType === 5) r.skip(8); // dwo_id
        else if (unitType === 2 || unitType === 6) { r.skip(8); r.uint(offsetSize); } // type signature, offset
      } else {
        abbrevOffset = r.uint(offsetSize);
        addressSize = r.u8();
      }
    } catch (e) {
      warnings.push(`.debug_info unit at 0x${unitOffset.toString(16)}: ${(e as Error).message}`);
      break;
    }
    if (version >= 2 && version <= 5 && (unitType === 1 || unitType === 3 || unitType === 4)) {
      let abbrevs = abbrevCache.get(abbrevOffset);
      if (!abbrevs) {
        try {
          abbrevs = readAbbrevs(s.abbrev, abbrevOffset);
        } catch (e) {
          warnings.push(`.debug_abbrev table at 0x${abbrevOffset.toString(16)}: ${(e as Error).message}`);
          abbrevs = new Map();
        }
        abbrevCache.set(abbrevOffset, abbrevs);
      }
      const ctx: FormContext = { version, addressSize, offsetSize, unitOffset, strOffsetsBase: 8, addrBase: 8, rnglistsBase: 12 };
      try {
        readUnit(info, s, new ByteReader(s.info, r.pos, unitEnd), abbrevs, ctx);
      } catch (e) {
        // One damaged unit costs its own functions' names and inlining, not the whole module's.
        warnings.push(`.debug_info unit at 0x${unitOffset.toString(16)}: ${(e as Error).message}`);
      }
    }
    r.pos = unitEnd;
  }
  info.finish();
  return info;
}

function readUnit(info: DebugInfo, s: DwarfSections, r: ByteReader, abbrevs: Map<number, Abbrev>, ctx: FormContext): void {
  const unit: DwarfUnit = { offset: ctx.unitOffset, version: ctx.version, name: null, compDir: null, stmtList: -1, ctx };
  let unitBase = 0; // CU base address for v4 range lists and v5 offset pairs
  const stack: (Die | null)[] = []; // per open DIE with children: the nearest kept ancestor for its children
  let parent: Die | null = null;
  let top: Die | null = null; // innermost enclosing concrete subprogram or inlined subroutine
  const topStack: (Die | null)[] = [];
  let first = true;
  while (r.pos < r.end) {
    const dieOffset = r.pos;
    const code = r.uleb();
    if (code === 0) {
      if (stack.length === 0) continue; // padding after the unit DIE
      parent = stack.pop()!;
      top = topStack.pop()!;
      continue;
    }
    const a = abbrevs.get(code);
    if (!a) r.fail(`DIE at 0x${dieOffset.toString(16)} uses abbreviation ${code}, which its unit's table does not define`);
    const isUnitDie = first;
    first = false;
    if (isUnitDie) {
      // DWARF 5 indexed forms need the unit's bases, which may come after the attributes using them.
      const start = r.pos;
      readBases(r, a, ctx);
      r.pos = start;
    }
    if (!isUnitDie && !KEPT_TAGS.has(a.tag)) {
      for (let i = 0; i < a.forms.length; i++) {
        const form = a.forms[i]!;
        skipForm(r, form === DW_FORM.indirect ? r.uleb() : form, ctx);
      }
      if (a.hasChildren) { stack.push(parent); topStack.push(top); }
      continue;
    }
    const die: Die = { offset: dieOffset, tag: a.tag, unit, parent, nameAt: -1, nameForm: 0, linkageAt: -1, linkageForm: 0, origin: -1,
      ranges: [], openFrom: -1, closedAt: 0, declFile: -1, declLine: 0, lost: false, callFile: -1, callLine: 0, callColumn: 0, inlined: null };
    let low: number | null = null, high: number | null = null, highIsOffset = false, rangesAt: number | null = null;
    let rangesIsIndex = false;
    for (let i = 0; i < a.names.length; i++) {
      const at = a.names[i]!;
      let form = a.forms[i]!;
      if (form === DW_FORM.indirect) form = r.uleb();
      if (form === DW_FORM.implicit_const) {
        const v = a.implicit[i]!;
        if (at === AT.call_file) die.callFile = v;
        else if (at === AT.call_line) die.callLine = v;
        else if (at === AT.call_column) die.callColumn = v;
        else if (at === AT.high_pc) { high = v; highIsOffset = true; }
        continue;
      }
      switch (at) {
        case AT.name:
          if (isUnitDie) unit.name = readString(r, form, s, ctx);
          else { die.nameAt = r.pos; die.nameForm = form; skipForm(r, form, ctx); }
          break;
        case AT.linkage_name: case AT.MIPS_linkage_name:
          die.linkageAt = r.pos; die.linkageForm = form; skipForm(r, form, ctx);
          break;
        case AT.comp_dir: unit.compDir = readString(r, form, s, ctx); break;
        case AT.stmt_list: unit.stmtList = readUnsigned(r, form, ctx) ?? -1; break;
        case AT.low_pc: low = readAddress(r, form, s, ctx); break;
        case AT.high_pc:
          if (form === DW_FORM.addr || (form >= DW_FORM.addrx1 && form <= DW_FORM.addrx4) || form === DW_FORM.addrx) {
            high = readAddress(r, form, s, ctx);
          } else { high = readUnsigned(r, form, ctx); highIsOffset = true; }
          break;
        case AT.ranges: rangesIsIndex = form === DW_FORM.rnglistx; rangesAt = readUnsigned(r, form, ctx); break;
        case AT.abstract_origin: case AT.specification: die.origin = readUnsigned(r, form, ctx) ?? -1; break;
        case AT.call_file: die.callFile = readUnsigned(r, form, ctx) ?? -1; break;
        case AT.decl_file: die.declFile = readUnsigned(r, form, ctx) ?? -1; break;
        case AT.decl_line: die.declLine = readUnsigned(r, form, ctx) ?? 0; break;
        case AT.call_line: die.callLine = readUnsigned(r, form, ctx) ?? 0; break;
        case AT.call_column: die.callColumn = readUnsigned(r, form, ctx) ?? 0; break;
        default: skipForm(r, form, ctx);
      }
    }
    if (isUnitDie) {
      unitBase = low ?? 0;
      info.units.push(unit);
      if (a.hasChildren) { stack.push(null); topStack.push(null); }
      continue;
    }
    if (low !== null && high !== null) {
      const hi = highIsOffset ? low + high : high;
      if (isLive(low) && highIsOffset && hi > 0xffffffff && a.tag === TAG.inlined_subroutine) die.openFrom = low;
      else if (isLive(low) && hi > low) die.ranges.push(low, hi);
      else if (low === 0 && isLive(hi) && hi > 1 && a.tag === TAG.inlined_subroutine && top) { die.closedAt = hi; info.startLost.push(die); }
    } else if (rangesAt !== null) {
      die.lost = readRanges(s, ctx, rangesAt, rangesIsIndex, unitBase, die.ranges);
    }
    info.dies.set(dieOffset, die);
    let childTop: Die | null = top;
    if (a.tag === TAG.subprogram && die.ranges.length > 0) {
      die.inlined = [];
      for (let i = 0; i < die.ranges.length; i += 2) info.addFunctionRange(die.ranges[i]!, die.ranges[i + 1]!, die);
      childTop = die;
    } else if (a.tag === TAG.inlined_subroutine && top && (die.ranges.length > 0 || die.openFrom >= 0 || die.closedAt > 0)) {
      top.inlined!.push(die);
      die.inlined = [];
      childTop = die;
    }
    if (a.hasChildren) {
      stack.push(parent); topStack.push(top);
      parent = die; top = childTop;
    }
  }
}

/** Reads DW_AT_str_offsets_base / addr_base / rnglists_base of a unit DIE into ctx. */
function readBases(r: ByteReader, a: Abbrev, ctx: FormContext): void {
  for (let i = 0; i < a.names.length; i++) {
    const at = a.names[i]!;
    let form = a.forms[i]!;
    if (form === DW_FORM.indirect) form = r.uleb();
    if (at === AT.str_offsets_base) ctx.strOffsetsBase = readUnsigned(r, form, ctx) ?? ctx.strOffsetsBase;
    else if (at === AT.addr_base || at === AT.GNU_addr_base) ctx.addrBase = readUnsigned(r, form, ctx) ?? ctx.addrBase;
    else if (at === AT.rnglists_base) ctx.rnglistsBase = readUnsigned(r, form, ctx) ?? ctx.rnglistsBase;
    else skipForm(r, form, ctx);
  }
}
