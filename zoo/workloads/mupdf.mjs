// mupdf: Emscripten C (Artifex's MuPDF), an ES module with top-level await, a wasm-exceptions build (Tag section).
import * as mupdf from 'mupdf';
const doc = new mupdf.PDFDocument();
const font = doc.addSimpleFont(new mupdf.Font('Times-Roman'));
const resources = doc.addObject({ Font: { F1: font } });
for (let i = 0; i < 5; i++) {
  const contents = `BT /F1 24 Tf 72 700 Td (Hello page ${i} from the zoo) Tj ET`;
  doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, resources, contents));
}
const bytes = doc.saveToBuffer('compress').asUint8Array();
const back = mupdf.Document.openDocument(bytes, 'application/pdf');
const page = back.loadPage(3);
const text = page.toStructuredText().asText().trim();
const pix = page.toPixmap(mupdf.Matrix.scale(0.5, 0.5), mupdf.ColorSpace.DeviceRGB, false, true);
console.log('mupdf', back.countPages(), JSON.stringify(text), pix.getWidth(), pix.getHeight());
