// @embedpdf/pdfium: Google's PDFium (C++) built with Emscripten (a recent glue, an ES module);
// the app hands it the bytes of pdfium.wasm (`wasmBinary`: its default would fetch a CDN URL).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { init } from '@embedpdf/pdfium';
const require = createRequire(import.meta.url);
const pdfium = await init({ wasmBinary: readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm')) });
pdfium.PDFiumExt_Init();
// A small PDF written here: three pages of text and a filled rectangle, xref offsets computed.
function makePdf(pages) {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', null, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids = [];
  for (let p = 0; p < pages; p++) {
    let s = `0.2 0.4 0.8 rg 50 50 ${100 + p * 20} 80 re f BT /F1 14 Tf 60 300 Td `;
    for (let l = 0; l < 12; l++) s += `(Page ${p + 1} line ${l + 1}: the quick brown fox jumps over the lazy dog) Tj 0 -18 Td `;
    s += 'ET';
    objs.push(`<< /Length ${s.length} >>\nstream\n${s}\nendstream`);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objs.length} 0 R >>`);
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offs = [];
  objs.forEach((o, i) => { offs.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
const bytes = makePdf(3);
const m = pdfium.pdfium;
const buf = m._malloc(bytes.length);
m.HEAPU8.set(bytes, buf);
const doc = pdfium.FPDF_LoadMemDocument(buf, bytes.length, '');
const count = pdfium.FPDF_GetPageCount(doc);
const hash = createHash('sha256');
let chars = 0;
for (let i = 0; i < count; i++) {
  const page = pdfium.FPDF_LoadPage(doc, i);
  const text = pdfium.FPDFText_LoadPage(page);
  chars += pdfium.FPDFText_CountChars(text);
  pdfium.FPDFText_ClosePage(text);
  const bmp = pdfium.FPDFBitmap_Create(200, 200, 0);
  pdfium.FPDFBitmap_FillRect(bmp, 0, 0, 200, 200, 0xffffffff);
  pdfium.FPDF_RenderPageBitmap(bmp, page, 0, 0, 200, 200, 0, 0);
  const p = pdfium.FPDFBitmap_GetBuffer(bmp);
  hash.update(m.HEAPU8.subarray(p, p + 200 * 200 * 4));
  pdfium.FPDFBitmap_Destroy(bmp);
  pdfium.FPDF_ClosePage(page);
}
pdfium.FPDF_CloseDocument(doc);
m._free(buf);
console.log('pdfium', count, chars, hash.digest('hex').slice(0, 16));
