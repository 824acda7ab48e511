// Shared by the resolve tests: the committed modules of data/ and the expectations that
// build.sh wrote with independent tools (wasm-objdump, llvm-symbolizer).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CallInstr, readCodeLayout } from '../../../instrument/code-reader';
import { readSections } from '../../../instrument/wasm/module';
import { readFunctionNames } from '../../../instrument/names';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA = join(HERE, 'data');
export const SRC = join(HERE, 'src');

export function wasm(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DATA, `${name}.wasm`)));
}

export function readData(name: string): string {
  return readFileSync(join(DATA, name), 'utf8');
}

/** A readFile for the resolver that reads relative paths from this test's folder. */
export function readFileFrom(dir: string): (path: string) => string | undefined {
  return (p) => {
    const full = p.startsWith('/') ? p : join(dir, p);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
}

export interface ObjdumpCall { offset: number; op: string; callee: number }

/** data/NAME.objdump.txt: `offset op callee` per call instruction (hex offset). */
export function objdumpCalls(name: string): ObjdumpCall[] {
  return readData(`${name}.objdump.txt`).trim().split('\n').filter(Boolean).map((line) => {
    const [off, op, callee] = line.split(' ');
    return { offset: parseInt(off!, 16), op: op!, callee: Number(callee) };
  });
}

/** data/NAME.refs.txt: every global.get/global.set/ref.func of the code as wasm-objdump decodes it. */
export function objdumpRefs(name: string): { offset: number; op: string; index: number }[] {
  return readData(`${name}.refs.txt`).split('\n').filter(Boolean).map((line) => {
    const [off, op, index] = line.split(' ');
    return { offset: parseInt(off!, 16), op: op!, index: Number(index) };
  });
}

/** data/NAME.symbolizer.txt: per call, frames innermost first as [function, file:line:column]. */
export function symbolizerFrames(name: string): [string, string][][] {
  const text = readData(`${name}.symbolizer.txt`).replace(/\n+$/, '');
  return text.split('\n\n').map((block) => {
    const lines = block.split('\n');
    const frames: [string, string][] = [];
    for (let i = 0; i < lines.length; i += 2) frames.push([lines[i]!, lines[i + 1]!]);
    return frames;
  });
}

/** Every call instruction of a module, with the callee's name-section name when it has one. */
export function callsOf(bytes: Uint8Array): (CallInstr & { calleeName: string | null; callerName: string | null })[] {
  const names = readFunctionNames(bytes, readSections(bytes));
  return readCodeLayout(bytes).funcs.flatMap((f) => f.calls).map((c) => ({
    ...c,
    calleeName: c.op === 'call' || c.op === 'return_call' ? (names.get(c.callee) ?? null) : null,
    callerName: names.get(c.funcIndex) ?? null,
  }));
}

/** The calls from function `caller` to function `callee`, by name. */
export function callsTo(bytes: Uint8Array, caller: string, callee: string): CallInstr[] {
  const found = callsOf(bytes).filter((c) => c.callerName === caller && c.calleeName === callee);
  if (found.length === 0) throw new Error(`no call from ${caller} to ${callee}`);
  return found;
}

/** Builds a module's bytes with custom sections removed (by predicate) and others appended. */
export function editCustomSections(bytes: Uint8Array, drop: (name: string) => boolean, add: [string, Uint8Array][] = []): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (const s of readSections(bytes)) {
    if (s.id === 0 && drop(s.name!)) continue;
    parts.push(bytes.subarray(sectionHeaderStart(bytes, s.start), s.end));
  }
  for (const [name, payload] of add) {
    const nameBytes = new TextEncoder().encode(name);
    const body = concat([uleb(nameBytes.length), nameBytes, payload]);
    parts.push(concat([new Uint8Array([0]), uleb(body.length), body]));
  }
  return concat(parts);
}

function sectionHeaderStart(bytes: Uint8Array, payloadStart: number): number {
  // Walk back over the size LEB (its last byte < 0x80, the others >= 0x80) and the id byte.
  let p = payloadStart - 1;
  while (p > 0 && bytes[p - 1]! >= 0x80) p--;
  return p - 1;
}

export function uleb(n: number): Uint8Array {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return new Uint8Array(out);
}

export function wasmName(s: string): Uint8Array {
  const b = new TextEncoder().encode(s);
  return concat([uleb(b.length), b]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
