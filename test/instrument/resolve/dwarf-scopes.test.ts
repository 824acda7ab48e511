// DebugInfo.scopesAt on hand-made DIE trees: which inlined scopes surround an address when
// Binaryen's DWARF update (em++ -O2 -g) damaged the outer scopes' ranges. Found by test/corpus's
// cxxnew-em-O2-g: an unrolled `new Named[3]` kept the first copy of the inlined std::string
// constructor in its innermost scopes only (the constructor's and __init's ranges for it are dead
// [0, 1) entries), so the allocation read `new:235` with no user frame instead of the
// constructor's line under main's.

import { describe, expect, it } from 'vitest';
import { DebugInfo, type Die, type DwarfUnit } from '../../../instrument/dwarf/info';
import type { DwarfSections } from '../../../instrument/dwarf/forms';

const unit = { stmtList: 0 } as DwarfUnit;
let next = 1;
function die(name: string, ranges: number[], inlined: Die[] = [], openFrom = -1): Die & { name: string } {
  const d = { name, offset: next++, tag: 0, unit, parent: null, nameAt: -1, nameForm: 0, linkageAt: -1, linkageForm: 0, origin: -1,
    ranges, openFrom, declFile: -1, callFile: -1, callLine: 0, callColumn: 0, inlined } as Die & { name: string };
  for (const c of inlined) c.parent = d;
  return d;
}
const names = (dies: Die[]) => dies.map((d) => (d as Die & { name: string }).name);

describe('scopesAt', () => {
  // main [0x100, 0x300) calls Named::Named (inlined, ranges lost for its first copy at 0x1d0),
  // which inlines string(), which inlines __init, which inlines operator_new: the innermost two
  // hold 0x1d0 and 0x219, their parents only 0x219.
  const operatorNew = die('operator_new', [0x1d0, 0x1d2, 0x219, 0x21b]);
  const init = die('__init', [0x1f9, 0x245], [die('allocate', [0x1d0, 0x1d2, 0x219, 0x21b], [operatorNew])]);
  const string = die('string', [0x1f9, 0x245], [init]);
  const named = die('Named', [0x1f9, 0x283], [string]);
  const other = die('other', [0x290, 0x2a0]);
  const main = die('main', [0x100, 0x300], [named, other]);
  const info = new DebugInfo({} as DwarfSections);
  info.addFunctionRange(0x100, 0x300, main);
  info.finish();

  it('descends through scopes that hold the address (the ordinary case)', () => {
    expect(names(info.scopesAt(0x219, () => true))).toEqual(['main', 'Named', 'string', '__init', 'allocate', 'operator_new']);
  });

  it('takes the tree\'s chain to a deeper scope that holds the address under parents that lost it', () => {
    expect(names(info.scopesAt(0x1d0, (d) => d === operatorNew))).toEqual(['main', 'Named', 'string', '__init', 'allocate', 'operator_new']);
  });

  it('only where the line table agrees (the row is in that scope\'s function\'s file)', () => {
    expect(names(info.scopesAt(0x1d0, () => false))).toEqual(['main']);
  });

  it('main\'s own code stays main\'s', () => {
    expect(names(info.scopesAt(0x120, () => true))).toEqual(['main']);
    expect(names(info.scopesAt(0x295, () => true))).toEqual(['main', 'other']);
  });
});
