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
// ZOO_HTMLRW_FREE=1 frees every wrapper handed to a handler after the document (the package's glue
// never does: no FinalizationRegistry, no free()); counts of what was handed to the handlers
const handed = { element: 0, text: 0, comments: 0 };
const wrappers = [];
const keep = (kind, o) => { handed[kind]++; if (process.env.ZOO_HTMLRW_FREE) wrappers.push(o); };
rewriter.on('a[href]', { element(el) { keep('element', el); links++; el.setAttribute('href', el.getAttribute('href').toUpperCase()); } });
rewriter.on('p', { async element(el) { keep('element', el); await null; el.prepend('<b>', { html: true }); el.append('</b>', { html: true }); } });
rewriter.on('span', { text(t) { keep('text', t); if (t.text) t.replace(t.text.length + ''); } });
rewriter.onDocument({ comments(c) { keep('comments', c); c.remove(); } });
try {
  const bytes = encoder.encode(html);
  for (let i = 0; i < bytes.length; i += 8192) await rewriter.write(bytes.subarray(i, i + 8192));
  await rewriter.end();
} finally {
  rewriter.free();
}
for (const w of wrappers) w.free();
if (process.env.ZOO_HTMLRW_FREE) console.error('handed to handlers:', JSON.stringify(handed));
console.log('html-rewriter', html.length, output.length, links, createHash('sha256').update(output).digest('hex').slice(0, 16));
