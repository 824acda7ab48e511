// Which ELF sections an object file has, read from its section header table: enough to know
// whether addr2line can name a function (.symtab, .debug_info) or a line (.debug_line), so that it
// is only spawned for objects where it can add something. Never throws: unreadable -> no sections.
import { closeSync, openSync, readSync } from 'node:fs';

const cache = new Map<string, Set<string>>();

function read(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, offset);
  if (n !== length) throw new Error('short read');
  return buf;
}

/** Section names of the 64-bit little-endian ELF file at path (empty when it is not one). */
export function elfSections(path: string): Set<string> {
  let names = cache.get(path);
  if (names) return names;
  names = new Set();
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const eh = read(fd, 0, 64);
    // "\x7fELF", ELFCLASS64, little-endian: the only layout this addon is built for.
    if (eh.readUInt32BE(0) !== 0x7f454c46 || eh[4] !== 2 || eh[5] !== 1) return names;
    const shoff = Number(eh.readBigUInt64LE(0x28));
    const shentsize = eh.readUInt16LE(0x3a);
    const shnum = eh.readUInt16LE(0x3c);
    const shstrndx = eh.readUInt16LE(0x3e);
    if (!shoff || shentsize < 64 || shnum === 0 || shnum > 65535 || shstrndx >= shnum) return names;
    const table = read(fd, shoff, shnum * shentsize);
    const strOff = Number(table.readBigUInt64LE(shstrndx * shentsize + 0x18));
    const strSize = Number(table.readBigUInt64LE(shstrndx * shentsize + 0x20));
    if (strSize > 1 << 24) return names;
    const strtab = read(fd, strOff, strSize);
    for (let i = 0; i < shnum; i++) {
      const nameOff = table.readUInt32LE(i * shentsize);
      if (nameOff >= strSize) continue;
      const end = strtab.indexOf(0, nameOff);
      names.add(strtab.toString('latin1', nameOff, end < 0 ? strSize : end));
    }
  } catch {
    names.clear();
  } finally {
    if (fd >= 0) closeSync(fd);
    cache.set(path, names);
  }
  return names;
}
