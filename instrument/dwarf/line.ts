// `.debug_line`: the DWARF line-number programs (versions 2 to 5), run into one address-sorted
// table of rows, the way a DWARF consumer reads them (DWARF 5 §6.2).
//
// Version differences that matter here:
// - v2–v4: include_directories and file_names are NUL-terminated lists; file numbers start at 1,
//   directory 0 is the unit's DW_AT_comp_dir (from .debug_info, passed in).
// - v5: entry formats describe each directory/file entry (DW_LNCT_path as string, strp,
//   line_strp or strx; DW_LNCT_directory_index as data1/2/udata; MD5 as data16; LLVM's embedded
//   source, DW_LNCT_LLVM_source); file numbers start at 0, directory 0 IS the comp dir.
//
// wasm specifics: an address is an offset into the code section's payload, and the linker
// writes address 0 (lld 14) or -1/-2 (newer lld) as the start of sequences of discarded
// functions. No function body can start at offset 0 of the code section (the body count is
// there), so such sequences are dropped rather than allowed to shadow live code.

import { ByteReader } from '../byte-reader';
import { joinPath } from '../source-paths';
import { DW_FORM, type DwarfSections, type FormContext, readString, readUnsigned, skipForm } from './forms';

const DW_LNCT_path = 1;
const DW_LNCT_directory_index = 2;
const DW_LNCT_LLVM_source = 0x2001;

/** A file table entry, resolved to a path (joined with its directory and the comp dir). */
export interface LineFile {
  path: string;
  /** Source text embedded in the line table (clang -gembed-source), else null. */
  source: string | null;
}

/** One line program's header: what DW_AT_call_file and the rows' file register index into. */
export interface LineProgram {
  offset: number;
  version: number;
  /** DWARF file number → global file id (index into LineTable.files), -1 for none. */
  fileIds: number[];
}

/** The rows of every sequence of every line program, flattened, plus the file table. */
export class LineTable {
  readonly files: LineFile[] = [];
  readonly programs = new Map<number, LineProgram>();
  private fileIdByPath = new Map<string, number>();
  // Rows, columnar (a 5 MB module has ~10^5–10^6 of them; objects would dominate memory).
  rowAddress: number[] = [];
  rowFile: number[] = [];
  rowLine: number[] = [];
  rowColumn: number[] = [];
  // Sequences, sorted by start address once all programs are read.
  private seqStart: number[] = [];
  private seqEnd: number[] = [];
  private seqFirstRow: number[] = [];
  private seqLastRow: number[] = []; // exclusive; the end_sequence row is not stored
  private seqProgram: number[] = []; // .debug_line offset of the program that wrote it
  private sorted = true;

  get rowCount(): number {
    return this.rowAddress.length;
  }

  internFile(path: string, source: string | null): number {
    let id = this.fileIdByPath.get(path);
    if (id === undefined) {
      id = this.files.length;
      this.files.push({ path, source });
      this.fileIdByPath.set(path, id);
    } else if (source !== null && this.files[id]!.source === null) {
      this.files[id]!.source = source;
    }
    return id;
  }

  addSequence(start: number, end: number, firstRow: number, program: number): void {
    const n = this.seqStart.length;
    this.seqProgram.push(program);
    if (n > 0 && start < this.seqStart[n - 1]!) this.sorted = false;
    this.seqStart.push(start);
    this.seqEnd.push(end);
    this.seqFirstRow.push(firstRow);
    this.seqLastRow.push(this.rowAddress.length);
  }

  finish(): void {
    if (this.sorted) return;
    const order = this.seqStart.map((_, i) => i).sort((a, b) => this.seqStart[a]! - this.seqStart[b]! || a - b);
    const pick = (xs: number[]) => order.map((i) => xs[i]!);
    this.seqStart = pick(this.seqStart);
    this.seqEnd = pick(this.seqEnd);
    this.seqFirstRow = pick(this.seqFirstRow);
    this.seqLastRow = pick(this.seqLastRow);
    this.seqProgram = pick(this.seqProgram);
    this.sorted = true;
  }

  /**
   * Row index covering `address`: within the sequence whose [start, end) contains it, the last
   * row whose address is <= it (as llvm-symbolizer does: several rows may share an address; the
   * last one describes the instruction). -1 when no sequence covers the address.
   *
   * Sequences of one program never overlap, but two programs' may (a discarded COMDAT copy
   * relocated onto the kept one): `program`, the line program of the unit whose function holds
   * the address, wins such a tie.
   */
  lookup(address: number, program = -1): number {
    const starts = this.seqStart;
    let lo = 0, hi = starts.length; // first sequence with start > address
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= address) lo = mid + 1; else hi = mid;
    }
    let found = -1;
    for (let s = lo - 1; s >= 0 && s >= lo - 16; s--) {
      if (address >= this.seqEnd[s]!) continue;
      const row = this.rowIn(s, address);
      if (row < 0) continue;
      if (program < 0 || this.seqProgram[s] === program) return row;
      if (found < 0) found = row;
    }
    return found;
  }

  private rowIn(s: number, address: number): number {
    const addrs = this.rowAddress;
    let a = this.seqFirstRow[s]!, b = this.seqLastRow[s]!;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (addrs[mid]! <= address) a = mid + 1; else b = mid;
    }
    return a > this.seqFirstRow[s]! ? a - 1 : -1;
  }
}

/** Runs every line program of `.debug_line`. `compDirs` maps a program's offset to its unit's DW_AT_comp_dir. */
export function readLineTable(s: DwarfSections, compDirs: Map<number, string | null>, warnings: string[] = []): LineTable {
  const table = new LineTable();
  const r = new ByteReader(s.line);
  while (r.pos < r.end) {
    const offset = r.pos;
    let unitEnd: number, version: number, offsetSize = 4;
    try {
      let unitLength = r.u32();
      if (unitLength === 0xffffffff) { unitLength = r.u64(); offsetSize = 8; }
      unitEnd = Math.min(r.pos + unitLength, r.end);
      version = r.u16();
    } catch (e) {
      warnings.push(`.debug_line program at 0x${offset.toString(16)}: ${(e as Error).message}`);
      break;
    }
    if (version >= 2 && version <= 5) {
      try {
        readProgram(table, s, new ByteReader(s.line, r.pos, unitEnd), offset, version, offsetSize, compDirs.get(offset) ?? null);
      } catch (e) {
        // The sequences this program completed stay; the one it was in is never added.
        warnings.push(`.debug_line program at 0x${offset.toString(16)}: ${(e as Error).message}`);
      }
    }
    r.pos = unitEnd;
  }
  table.finish();
  return table;
}

function readProgram(table: LineTable, s: DwarfSections, r: ByteReader, offset: number, version: number,
  offsetSize: number, compDir: string | null): void {
  let addressSize = 4;
  if (version >= 5) {
    addressSize = r.u8();
    r.u8(); // segment_selector_size
  }
  const headerLength = r.uint(offsetSize);
  const programStart = r.pos + headerLength;
  const minInstLength = r.u8();
  if (version >= 4) r.u8(); // maximum_operations_per_instruction: 1 on every non-VLIW target
  r.u8(); // default_is_stmt: a call site is looked up whether or not its row is a statement
  const lineBase = (r.u8() << 24) >> 24;
  const lineRange = r.u8();
  const opcodeBase = r.u8();
  if (lineRange === 0) r.fail(`.debug_line program at 0x${offset.toString(16)}: line_range is 0`);
  const opcodeLengths: number[] = [0];
  for (let i = 1; i < opcodeBase; i++) opcodeLengths.push(r.u8());

  const ctx: FormContext = { version, addressSize, offsetSize, unitOffset: 0, strOffsetsBase: 8, addrBase: 8, rnglistsBase: 12 };
  const program: LineProgram = { offset, version, fileIds: [] };
  if (version >= 5) readV5Tables(r, s, ctx, table, program);
  else readV4Tables(r, table, program, compDir);
  table.programs.set(offset, program);

  r.pos = programStart;
  runProgram(r, table, program, { minInstLength, lineBase, lineRange, opcodeBase, opcodeLengths, addressSize });
}

function readV4Tables(r: ByteReader, table: LineTable, program: LineProgram, compDir: string | null): void {
  const dirs: string[] = [compDir ?? ''];
  for (;;) {
    const d = r.cstring();
    if (d === '') break;
    dirs.push(d);
  }
  program.fileIds.push(-1); // v2–v4 file numbers start at 1
  for (;;) {
    const name = r.cstring();
    if (name === '') break;
    const dirIndex = r.uleb();
    r.uleb(); // modification time
    r.uleb(); // length
    const dir = dirs[dirIndex] ?? '';
    program.fileIds.push(table.internFile(joinPath(dirIndex === 0 ? null : compDir, dir, name), null));
  }
}

interface EntryFormat { type: number; form: number }

function readEntryFormats(r: ByteReader): EntryFormat[] {
  const n = r.u8();
  const formats: EntryFormat[] = [];
  for (let i = 0; i < n; i++) formats.push({ type: r.uleb(), form: r.uleb() });
  return formats;
}

interface Entry { path: string; dirIndex: number; source: string | null }

function readEntries(r: ByteReader, s: DwarfSections, ctx: FormContext, formats: EntryFormat[]): Entry[] {
  const count = r.uleb();
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const e: Entry = { path: '', dirIndex: 0, source: null };
    for (const f of formats) {
      const form = f.form === DW_FORM.indirect ? r.uleb() : f.form;
      if (f.type === DW_LNCT_path) e.path = readString(r, form, s, ctx) ?? '';
      else if (f.type === DW_LNCT_directory_index) e.dirIndex = readUnsigned(r, form, ctx) ?? 0;
      else if (f.type === DW_LNCT_LLVM_source) {
        const src = readString(r, form, s, ctx);
        e.source = src === '' ? null : src; // LLVM writes "" for files it has no source for
      } else skipForm(r, form, ctx);
    }
    entries.push(e);
  }
  return entries;
}

function readV5Tables(r: ByteReader, s: DwarfSections, ctx: FormContext, table: LineTable, program: LineProgram): void {
  const dirFormats = readEntryFormats(r);
  const dirs = readEntries(r, s, ctx, dirFormats).map((e) => e.path);
  const fileFormats = readEntryFormats(r);
  const files = readEntries(r, s, ctx, fileFormats);
  const compDir = dirs[0] ?? null;
  for (const f of files) {
    const dir = dirs[f.dirIndex] ?? '';
    program.fileIds.push(table.internFile(joinPath(f.dirIndex === 0 ? null : compDir, dir, f.path), f.source));
  }
}

interface ProgramParams {
  minInstLength: number; lineBase: number; lineRange: number; opcodeBase: number;
  opcodeLengths: number[]; addressSize: number;
}

const TOMBSTONE_MIN = 0xfffffff0; // -1 / -2 as u32, and the u64 forms read as ~2^64 (far above)

function runProgram(r: ByteReader, t: LineTable, program: LineProgram, p: ProgramParams): void {
  const fileIds = program.fileIds;
  const defaultFile = 1; // DWARF 5 too starts the file register at 1, although its numbering starts at 0
  let address = 0, file = defaultFile, line = 1, column = 0;
  let seqFirstRow = t.rowCount, seqStartAddress = -1;
  let dead = true; // until a set_address puts the sequence at a live address
  const emit = () => {
    if (seqStartAddress < 0) seqStartAddress = address;
    t.rowAddress.push(address);
    t.rowFile.push(fileIds[file] ?? -1);
    t.rowLine.push(line);
    t.rowColumn.push(column);
  };
  const reset = () => {
    address = 0; file = defaultFile; line = 1; column = 0;
    seqFirstRow = t.rowCount; seqStartAddress = -1; dead = true;
  };
  while (r.pos < r.end) {
    const op = r.u8();
    if (op >= p.opcodeBase) { // special opcode: advance address and line, emit a row
      const adj = op - p.opcodeBase;
      address += Math.floor(adj / p.lineRange) * p.minInstLength;
      line += p.lineBase + (adj % p.lineRange);
      emit();
      continue;
    }
    switch (op) {
      case 0: { // extended opcode
        const len = r.uleb();
        const next = r.pos + len;
        if (len === 0) break;
        const sub = r.u8();
        if (sub === 1) { // end_sequence
          if (dead || seqStartAddress < 0) {
            // Discarded function, or an empty sequence: drop its rows.
            t.rowAddress.length = t.rowFile.length = t.rowLine.length = t.rowColumn.length = seqFirstRow;
          } else {
            t.addSequence(seqStartAddress, address, seqFirstRow, program.offset);
          }
          reset();
        } else if (sub === 2) { // set_address
          address = r.uint(len - 1);
          dead = address === 0 || address >= TOMBSTONE_MIN;
        }
        // define_file (v2–v4, unused by modern producers), set_discriminator, vendor ops: skipped.
        r.pos = next;
        break;
      }
      case 1: emit(); break; // copy
      case 2: address += r.uleb() * p.minInstLength; break; // advance_pc
      case 3: line += r.sleb(); break; // advance_line
      case 4: file = r.uleb(); break; // set_file
      case 5: column = r.uleb(); break; // set_column
      case 8: address += Math.floor((255 - p.opcodeBase) / p.lineRange) * p.minInstLength; break; // const_add_pc
      case 9: address += r.u16(); break; // fixed_advance_pc
      case 6: case 7: case 10: case 11: break; // negate_stmt basic_block prologue_end epilogue_begin
      default: // set_isa and unknown standard opcodes: skip their LEB operands
        for (let i = 0; i < (p.opcodeLengths[op] ?? 0); i++) r.uleb();
    }
  }
}
