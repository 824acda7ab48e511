// What the binary rewrite needs to know about a module, read straight from its sections: the
// types, the function and global index spaces (imports first), names and exports.

import { ByteReader } from '../byte-reader';
import { SectionId, type Section } from '../code-reader';
import type { ModuleFunction } from '../detect';
import { InstrumentError } from '../errors';
import { readFunctionNames } from '../names';

const VALTYPE: Record<number, string> = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128' };

export interface FuncType {
  /** The encoded entry, from the 0x60 form byte to the last result. */
  raw: Uint8Array;
  params: string[];
  results: string[];
}

export interface ParsedModule {
  bytes: Uint8Array;
  sections: Section[];
  types: FuncType[];
  /** Type index of every function (imports first). */
  funcTypes: number[];
  funcImports: number;
  globalImports: number;
  functions: ModuleFunction[];
  hasNameSection: boolean;
}

export function parseModule(bytes: Uint8Array, sections: Section[]): ParsedModule {
  const types: FuncType[] = [];
  const funcTypes: number[] = [];
  let funcImports = 0;
  let globalImports = 0;
  const exports = new Map<number, string[]>();
  for (const s of sections) {
    const r = new ByteReader(bytes, s.start, s.end);
    switch (s.id) {
      case SectionId.type: {
        const n = r.u32leb('type count');
        for (let i = 0; i < n; i++) {
          const start = r.pos;
          r.u8();
          const params = valTypes(r);
          const results = valTypes(r);
          types.push({ raw: bytes.slice(start, r.pos), params, results });
        }
        break;
      }
      case SectionId.import: {
        const n = r.u32leb('import count');
        for (let i = 0; i < n; i++) {
          r.name(); r.name();
          const kind = r.u8();
          if (kind === 0) { funcTypes.push(r.u32leb('type index')); funcImports++; }
          else if (kind === 1) { valType(r); limits(r); }
          else if (kind === 2) limits(r);
          else if (kind === 3) { valType(r); r.u8(); globalImports++; }
          else { r.u8(); r.u32leb('tag type'); }
        }
        break;
      }
      case SectionId.function: {
        const n = r.u32leb('function count');
        for (let i = 0; i < n; i++) funcTypes.push(r.u32leb('type index'));
        break;
      }
      case SectionId.export: {
        const n = r.u32leb('export count');
        for (let i = 0; i < n; i++) {
          const name = r.name();
          const kind = r.u8();
          const index = r.u32leb('export index');
          if (kind === 0) { const list = exports.get(index) ?? []; list.push(name); exports.set(index, list); }
        }
        break;
      }
    }
  }
  const names = readFunctionNames(bytes, sections);
  const functions: ModuleFunction[] = funcTypes.map((t, index) => {
    const type = types[t];
    if (!type) throw new InstrumentError(`invalid wasm module: function ${index} has type ${t}, but there are ${types.length} types`, { code: 'invalid-module' });
    return { index, name: names.get(index) ?? `${index}`, imported: index < funcImports, params: type.params,
      results: type.results, exports: exports.get(index) ?? [] };
  });
  const hasNameSection = sections.some((s) => s.id === SectionId.custom && s.name === 'name');
  return { bytes, sections, types, funcTypes, funcImports, globalImports, functions, hasNameSection };
}

function valType(r: ByteReader): string {
  const b = r.u8();
  if (b === 0x63 || b === 0x64) { r.sleb(); return 'ref'; }
  return VALTYPE[b] ?? 'ref';
}

function valTypes(r: ByteReader): string[] {
  const n = r.u32leb('value count');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(valType(r));
  return out;
}

function limits(r: ByteReader): void {
  const flags = r.u8();
  r.uleb();
  if (flags & 1) r.uleb();
}
