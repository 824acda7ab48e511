// libxml2-wasm: libxml2 (C) built with Emscripten, the wasm embedded in an ES module
// (libxml2raw.mjs, top-level await); documents are freed by dispose().
import { XmlDocument } from 'libxml2-wasm';
let xml = '<catalog>';
for (let i = 0; i < 2000; i++) xml += `<book id="b${i}" year="${1900 + (i % 120)}"><title>Title ${i}</title><price>${(i % 97) + 0.5}</price></book>`;
xml += '</catalog>';
let total = 0, count = 0, names = '';
for (let round = 0; round < 5; round++) {
  const doc = XmlDocument.fromString(xml);
  const books = doc.find('/catalog/book[@year > 1990]');
  count += books.length;
  for (const b of books) total += Number(b.get('price').content);
  names = doc.get('/catalog/book[last()]/title').content;
  doc.dispose();
}
const kept = XmlDocument.fromString('<kept><a>1</a></kept>');
console.log('libxml2', count, total.toFixed(1), names, kept.root.name);
