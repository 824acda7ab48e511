// DWARF → source locations for code addresses: the line table gives the innermost
// file:line:column, the DIE tree says which (inlined) functions surround the address.
//
// For an address inside inlined code the frames are, innermost first:
//   the line row (in the inlined callee), named after the innermost inlined subroutine;
//   each inlined subroutine's DW_AT_call_file:call_line:call_column, named after the next one out;
//   … the last call site is named after the concrete subprogram: the user's own function and line.

import { customSection, type Section } from '../wasm/module';
import type { DwarfSections } from './forms';
import { type DebugInfo, type Die, distanceTo, lostPaths, readDebugInfo, startLostPaths } from './info';
import { type LineTable, readLineTable } from './line';

export interface DwarfFrame {
  file: string | null;
  line: number;
  column: number;
  functionName: string | null;
}

const EMPTY = new Uint8Array(0);
const SUBPROGRAM = 0x2e; // DW_TAG_subprogram

export function dwarfSections(bytes: Uint8Array, sections: Section[]): DwarfSections | null {
  const get = (name: string) => customSection(bytes, sections, name) ?? EMPTY;
  const line = customSection(bytes, sections, '.debug_line');
  if (!line) return null;
  return {
    info: get('.debug_info'), abbrev: get('.debug_abbrev'), line, str: get('.debug_str'),
    lineStr: get('.debug_line_str'), ranges: get('.debug_ranges'), rnglists: get('.debug_rnglists'),
    addr: get('.debug_addr'), strOffsets: get('.debug_str_offsets'),
  };
}

export class DwarfIndex {
  constructor(readonly lines: LineTable, readonly info: DebugInfo, readonly warnings: string[] = []) {}

  /** Reads what it can: a damaged unit or line program is skipped with a warning. */
  static read(s: DwarfSections): DwarfIndex {
    const warnings: string[] = [];
    const info = readDebugInfo(s, warnings);
    const compDirs = new Map<number, string | null>();
    for (const u of info.units) if (u.stmtList >= 0) compDirs.set(u.stmtList, u.compDir);
    return new DwarfIndex(readLineTable(s, compDirs, warnings), info, warnings);
  }

  /** Frames for a code-section address, innermost first; [] when DWARF says nothing about it. */
  framesAt(address: number): DwarfFrame[] {
    const rows = new Map<number, number>();
    const rowIn = (stmtList: number): number => {
      if (!rows.has(stmtList)) rows.set(stmtList, this.lines.lookup(address, stmtList));
      return rows.get(stmtList)!;
    };
    // An inlined scope whose end was lost counts only where the line table says the code is its function's.
    const accepts = (die: Die): boolean => {
      const row = rowIn(die.unit.stmtList);
      return row >= 0 && this.declaredIn(die) === this.lines.rowFile[row] && this.mayHoldLine(die, this.lines.rowFile[row]!, this.lines.rowLine[row]!);
    };
    const scopes = this.info.scopesAt(address, accepts); // outermost (subprogram) first
    const row = rowIn(scopes.length ? scopes[0]!.unit.stmtList : -1);
    // A range Binaryen's DWARF update stretched to the end of its function (em++ -O3 -g: `on(…)`
    // inlined at one line of main holding [its start, main's end)) takes in code that is not its
    // function's: where the row is in the file of the innermost scope's function at a line that
    // function cannot hold, that scope does not hold the address (test/corpus `hub-em-O3-jsexc-g`;
    // before, main's own lines after that call read as inside it).
    while (row >= 0 && this.lines.rowLine[row]! > 0 && scopes.length > 1 && this.declaredIn(scopes[scopes.length - 1]!) === this.lines.rowFile[row]
      && !this.mayHoldLine(scopes[scopes.length - 1]!, this.lines.rowFile[row]!, this.lines.rowLine[row]!)) scopes.pop();
    if (row >= 0 && scopes.length) scopes.push(...this.lostScope(scopes[scopes.length - 1]!, address, row));
    if (row >= 0 && scopes.length) scopes.push(...this.startLostScope(scopes[scopes.length - 1]!, address, row));
    const innermost = scopes.length ? scopes[scopes.length - 1]! : null;
    const frames: DwarfFrame[] = [];
    if (row >= 0) {
      const fileId = this.lines.rowFile[row]!;
      frames.push({
        file: fileId >= 0 ? this.lines.files[fileId]!.path : null,
        line: this.lines.rowLine[row]!,
        column: this.lines.rowColumn[row]!,
        functionName: innermost ? this.info.functionName(innermost) : null,
      });
    } else if (innermost) {
      frames.push({ file: null, line: 0, column: 0, functionName: this.info.functionName(innermost) });
    }
    if (frames.length === 0) return frames;
    // Walk out through the inlined subroutines: each one's call site belongs to the next scope out.
    for (let i = scopes.length - 1; i >= 1; i--) {
      const call = scopes[i]!;
      frames.push({
        file: this.callFile(call),
        line: call.callLine,
        column: call.callColumn,
        functionName: this.info.functionName(scopes[i - 1]!),
      });
    }
    return frames;
  }

  /**
   * When the line table puts the address in a file that the innermost scope holding it is not
   * declared in, the code is inlined from a function whose scope lost the address: Binaryen's
   * DWARF update (em++ -O3 -g) can write an inlined scope's range as dead [0, 1) and leave the
   * code to no scope, or to a neighbour's. The function is the one declared in the row's file
   * nearest above the row's line (the source's order), among the scopes below that lost ranges;
   * of its copies, the one whose live code lies nearest the address. [] when none, or when copies
   * as near give different call sites.
   */
  private lostScope(innermost: Die, address: number, row: number): Die[] {
    const file = this.lines.rowFile[row]!;
    if (file < 0 || this.declaredIn(innermost) === file) return [];
    const line = this.lines.rowLine[row]!;
    let best: Die[][] = [];
    let bestLine = 0, bestDistance = Infinity;
    for (const path of lostPaths(innermost)) {
      const scope = path[path.length - 1]!;
      const decl = this.declLine(scope);
      if (this.declaredIn(scope) !== file || decl <= 0 || decl > line || decl < bestLine) continue;
      const distance = distanceTo(scope, address);
      if (decl > bestLine || distance < bestDistance) { best = [path]; bestLine = decl; bestDistance = distance; }
      else if (distance === bestDistance) best.push(path);
    }
    const sites = (p: Die[]) => p.map((d) => `${d.callFile}:${d.callLine}`).join(' ');
    return best.length && best.every((p) => sites(p) === sites(best[0]!)) ? best[0]! : [];
  }

  /**
   * When the row is in the innermost scope's file at a line its function cannot hold (after the
   * scopes that cannot hold it were dropped), the code is inlined from a function whose scope lost
   * its START (`Die.closedAt`, em++ -O2/-O3 -g: a callback called through a constant table and
   * inlined into `main`, `[0, end)` with nothing inside it to give a start back). Of the scopes
   * below whose start was lost and whose end lies after the address, those of functions that can
   * hold the row's line, the one ending nearest after it; [] when none, or when scopes ending as
   * near give different call sites.
   */
  private startLostScope(innermost: Die, address: number, row: number): Die[] {
    const file = this.lines.rowFile[row]!;
    const line = this.lines.rowLine[row]!;
    if (file < 0 || line <= 0 || this.declaredIn(innermost) !== file || this.mayHoldLine(innermost, file, line)) return [];
    let best: Die[][] = [];
    let bestEnd = Infinity;
    for (const path of startLostPaths(innermost, address)) {
      const scope = path[path.length - 1]!;
      if (this.declaredIn(scope) !== file || this.declLine(scope) <= 0 || !this.mayHoldLine(scope, file, line)) continue;
      if (scope.closedAt < bestEnd) { best = [path]; bestEnd = scope.closedAt; }
      else if (scope.closedAt === bestEnd) best.push(path);
    }
    const sites = (p: Die[]) => p.map((d) => `${d.callFile}:${d.callLine}`).join(' ');
    return best.length && best.every((p) => sites(p) === sites(best[0]!)) ? best[0]! : [];
  }

  /**
   * Whether a line of the file declaring a scope's function can be that function's: not above its
   * declaration, nor at or below the next function declared after it in that file, unless that
   * one is nested in it (its qualified name continues this one's: a Rust closure, `f::{{closure}}`).
   * A scope whose end was lost would otherwise take in code of its caller written further down
   * the same file (rustc -C opt-level=z then wasm-opt -Oz -g: `main`'s call at line 73 read as
   * inside `totals`, inlined from line 71). No declared line: nothing to check.
   */
  private mayHoldLine(die: Die, file: number, line: number): boolean {
    const decl = this.declLine(die);
    if (decl <= 0) return true;
    if (line < decl) return false;
    const name = this.info.functionName(die);
    for (const f of this.declaredIn_(file)) {
      if (f.declLine <= decl) continue;
      if (f.declLine > line) break;
      const other = this.info.functionName(f);
      if (name === null || other === null || other === name || other.startsWith(`${name}::`)) continue;
      return false;
    }
    return true;
  }

  private byFile: Map<number, Die[]> | null = null;
  /** Subprogram DIEs (declarations included) declared in a line-table file, by declared line. */
  private declaredIn_(file: number): Die[] {
    if (!this.byFile) {
      this.byFile = new Map();
      for (const d of this.info.dies.values()) {
        if (d.tag !== SUBPROGRAM || d.declFile < 0 || d.declLine <= 0) continue;
        const id = this.lines.programs.get(d.unit.stmtList)?.fileIds[d.declFile] ?? -1;
        if (id < 0) continue;
        let list = this.byFile.get(id);
        if (!list) this.byFile.set(id, (list = []));
        list.push(d);
      }
      for (const list of this.byFile.values()) list.sort((a, b) => a.declLine - b.declLine);
    }
    return this.byFile.get(file) ?? [];
  }

  /** DW_AT_decl_line of the function a scope is an instance of, or 0. */
  private declLine(die: Die): number {
    let d: Die | undefined = die;
    for (let hops = 0; d && hops < 4; hops++) {
      if (d.declLine > 0) return d.declLine;
      d = d.origin >= 0 ? this.info.dies.get(d.origin) : undefined;
    }
    return 0;
  }

  /** Embedded source (DWARF 5 + clang -gembed-source) of a file, or null. */
  sourceContent(file: string): string | null {
    for (const f of this.lines.files) if (f.path === file) return f.source;
    return null;
  }

  /** The line-table file id of the file that declares the function a scope is an instance of, or -1. */
  private declaredIn(die: Die): number {
    let d: Die | undefined = die;
    for (let hops = 0; d && hops < 4; hops++) {
      if (d.declFile >= 0) return this.lines.programs.get(d.unit.stmtList)?.fileIds[d.declFile] ?? -1;
      d = d.origin >= 0 ? this.info.dies.get(d.origin) : undefined;
    }
    return -1;
  }

  private callFile(die: Die): string | null {
    if (die.callFile < 0 || die.unit.stmtList < 0) return null;
    const program = this.lines.programs.get(die.unit.stmtList);
    const id = program?.fileIds[die.callFile] ?? -1;
    return id >= 0 ? this.lines.files[id]!.path : null;
  }
}
