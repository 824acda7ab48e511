// html-rewriter-wasm: Cloudflare's lol-html (Rust) through wasm-bindgen, with Binaryen's asyncify
// (async handlers unwind and rewind the wasm stack); no name section. Miniflare's HTMLRewriter.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const { HTMLRewriter } = require('html-rewriter-wasm');
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let html = '<!doctype html><html><head><title>t</title></head><body>';
for (let i = 0; i < 2000; i++) html += `<div class="c${i % 7}" id="d${i}"><p>para ${i} <a href="/x/${i}">link</a></p><!-- c${i} --><span>${'x'.repeat(i % 50)}</span></div>\n`;
html += '</body></html>';
let output = '';
const rewriter = new HTMLRewriter((chunk) => { output += decoder.decode(chunk); });
let links = 0;
rewriter.on('a[href]', { element(el) { links++; el.setAttribute('href', el.getAttribute('href').toUpperCase()); } });
rewriter.on('p', { async element(el) { await null; el.prepend('<b>', { html: true }); el.append('</b>', { html: true }); } });
rewriter.on('span', { text(t) { if (t.text) t.replace(t.text.length + ''); } });
rewriter.onDocument({ comments(c) { c.remove(); } });
try {
  const bytes = encoder.encode(html);
  for (let i = 0; i < bytes.length; i += 8192) await rewriter.write(bytes.subarray(i, i + 8192));
  await rewriter.end();
} finally {
  rewriter.free();
}
console.log('html-rewriter', html.length, output.length, links, createHash('sha256').update(output).digest('hex').slice(0, 16));
