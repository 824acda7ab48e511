// @mlvscan/wasm-core: a .NET 9 app (MLVScan, Mono.Cecil) on the Mono runtime built with
// Emscripten (dotnet.native.wasm: wasm exceptions, 191 named exports); its assemblies ship as
// webcil wrapped in tiny wasm modules that dotnet.js instantiates to read them out.
// The input is a real .NET assembly: Mono.Cecil.dll as the package ships it (webcil), turned
// back into a PE file here, and scanned twice.
import { initScanner, scanAssembly, getScannerStatus } from '@mlvscan/wasm-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(import.meta.url);
const dist = require.resolve('@mlvscan/wasm-core').replace(/index\.js$/, '');

// webcil (in its wasm wrapper) → a PE32 image with the same sections
function webcilToPE(wrapped) {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 256 });
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(wrapped), { webcil: { memory } });
  exports.getWebcilSize(0);
  const size = new DataView(memory.buffer).getUint32(0, true);
  if (size + 16 > memory.buffer.byteLength) memory.grow(Math.ceil((size + 16 - memory.buffer.byteLength) / 65536));
  exports.getWebcilPayload(16, size);
  const w = new Uint8Array(memory.buffer, 16, size).slice();
  const dv = new DataView(w.buffer);
  if (String.fromCharCode(...w.subarray(0, 4)) !== 'WbIL') throw new Error('not webcil');
  const nsec = dv.getUint16(8, true);
  const cli = [dv.getUint32(12, true), dv.getUint32(16, true)], dbg = [dv.getUint32(20, true), dv.getUint32(24, true)];
  const secs = Array.from({ length: nsec }, (_, i) => { const o = 28 + i * 16; return { vsize: dv.getUint32(o, true), va: dv.getUint32(o + 4, true), rsize: dv.getUint32(o + 8, true), rptr: dv.getUint32(o + 12, true) }; });
  const align = (n) => (n + 0x1ff) & ~0x1ff;
  const headers = align(0x80 + 4 + 20 + 224 + 40 * nsec);
  let at = headers;
  for (const s of secs) { s.out = at; at += align(s.rsize); }
  const pe = new Uint8Array(at), p = new DataView(pe.buffer);
  pe.set([0x4d, 0x5a]); p.setUint32(0x3c, 0x80, true);
  pe.set([0x50, 0x45, 0, 0], 0x80);
  let o = 0x84;
  p.setUint16(o, 0x14c, true); p.setUint16(o + 2, nsec, true); p.setUint16(o + 16, 224, true); p.setUint16(o + 18, 0x2102, true);
  o += 20;
  const last = secs[secs.length - 1];
  p.setUint16(o, 0x10b, true); p.setUint32(o + 28, 0x400000, true); p.setUint32(o + 32, 0x2000, true); p.setUint32(o + 36, 0x200, true);
  p.setUint16(o + 40, 4, true); p.setUint16(o + 48, 4, true);
  p.setUint32(o + 56, (last.va + last.vsize + 0x1fff) & ~0x1fff, true); p.setUint32(o + 60, headers, true);
  p.setUint16(o + 68, 3, true); p.setUint16(o + 70, 0x8540, true);
  p.setUint32(o + 72, 0x100000, true); p.setUint32(o + 76, 0x1000, true); p.setUint32(o + 80, 0x100000, true); p.setUint32(o + 84, 0x1000, true);
  p.setUint32(o + 92, 16, true);
  p.setUint32(o + 96 + 6 * 8, dbg[0], true); p.setUint32(o + 96 + 6 * 8 + 4, dbg[1], true);
  p.setUint32(o + 96 + 14 * 8, cli[0], true); p.setUint32(o + 96 + 14 * 8 + 4, cli[1], true);
  o += 224;
  for (const [i, s] of secs.entries()) {
    pe.set([...Buffer.from(['.text', '.rsrc', '.reloc'][i] ?? `.s${i}`)], o);
    p.setUint32(o + 8, s.vsize, true); p.setUint32(o + 12, s.va, true); p.setUint32(o + 16, s.rsize, true); p.setUint32(o + 20, s.out, true);
    p.setUint32(o + 36, i === 0 ? 0x60000020 : 0x40000040, true);
    pe.set(w.subarray(s.rptr, s.rptr + s.rsize), s.out);
    o += 40;
  }
  return pe;
}

const dll = webcilToPE(readFileSync(dist + '_framework/Mono.Cecil.wasm'));
await initScanner({ baseUrl: pathToFileURL(dist).href, throwOnInitFailure: true });
const out = [];
for (let i = 0; i < 2; i++) {
  const r = await scanAssembly(dll, 'Mono.Cecil.dll');
  out.push(`${r.input.sizeBytes} ${r.input.sha256Hash.slice(0, 12)} findings=${r.summary.totalFindings} ${r.findings.map((f) => f.ruleId).sort().join(",")}`);
}
console.log('mlvscan', getScannerStatus().isMock, out.join(' | '));
