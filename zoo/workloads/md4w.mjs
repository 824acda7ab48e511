// md4w: md4c (C) with a Zig driver, built with Zig for wasm32 (no Emscripten, no wasm-bindgen);
// init() reads md4w-fast.wasm beside its JS and compiles it.
import { init, mdToHtml, mdToJSON } from 'md4w';
import { createHash } from 'node:crypto';
await init();
let doc = '';
for (let i = 0; i < 400; i++) {
  doc += `## Section ${i}\n\nSome *emphasis*, **strong**, \`code ${i}\` and a [link](https://example.org/${i}).\n\n`;
  doc += `- item ${i}a\n- item ${i}b\n  - nested\n\n| a | b |\n|---|---|\n| ${i} | ${i * i} |\n\n`;
  if (i % 10 === 0) doc += '```js\nconsole.log(' + i + ');\n```\n\n';
}
const html = mdToHtml(doc);
const tree = mdToJSON(doc.slice(0, 20000));
console.log('md4w', html.length, createHash('sha256').update(html).digest('hex').slice(0, 16), tree.children.length);
