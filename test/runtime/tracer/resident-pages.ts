// Which pages of a wasm memory the process has touched (Linux): a first touch of a fresh page is
// what costs there (bench/README.md, "deep7", "deep11"), and no wasm or JS API tells it. The
// memory's mapping is the read-write one of its byteLength whose bytes are the memory's (read back
// through /proc/self/mem); /proc/self/pagemap's bit 63 says which of its pages are present.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/** How many pages of `memory` are resident, or null where /proc cannot tell (not Linux). */
export function residentPages(memory: WebAssembly.Memory): number | null {
  let maps: string;
  try {
    maps = readFileSync('/proc/self/maps', 'utf8');
  } catch {
    return null;
  }
  const bytes = new Uint8Array(memory.buffer);
  const pages = bytes.length / 4096;
  const counts: number[] = [];
  for (const line of maps.split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) rw-p/.exec(line);
    if (!m) continue;
    const lo = BigInt(`0x${m[1]}`);
    if (BigInt(`0x${m[2]}`) - lo !== BigInt(bytes.length)) continue;
    // the pages first: reading the memory through /proc/self/mem faults in what it reads
    const entries = Buffer.alloc(pages * 8);
    const fd = openSync('/proc/self/pagemap', 'r');
    try {
      readSync(fd, entries, 0, entries.length, (lo / 4096n) * 8n);
    } finally {
      closeSync(fd);
    }
    let n = 0;
    for (let p = 0; p < pages; p++) if (entries.readBigUInt64LE(p * 8) >> 63n) n++;
    if (sameBytes(lo, bytes)) counts.push(n);
  }
  if (counts.length !== 1) throw new Error(`residentPages: ${counts.length} mappings hold the memory's bytes`);
  return counts[0]!;
}

/** Whether the process's memory at `address` holds `bytes` (every 64 KiB page's first 256 bytes). */
function sameBytes(address: bigint, bytes: Uint8Array): boolean {
  const fd = openSync('/proc/self/mem', 'r');
  const probe = Buffer.alloc(256);
  try {
    for (let at = 0; at < bytes.length; at += 65536) {
      readSync(fd, probe, 0, 256, address + BigInt(at));
      if (!probe.equals(bytes.subarray(at, at + 256))) return false;
    }
  } finally {
    closeSync(fd);
  }
  return true;
}
