// web-tree-sitter: Emscripten C, MAIN_MODULE (dylink.0) loading the JSON grammar as a side module.
import { createRequire } from 'node:module';
import { Parser, Language } from 'web-tree-sitter';
const require = createRequire(import.meta.url);
await Parser.init();
const json = await Language.load(require.resolve('tree-sitter-json/tree-sitter-json.wasm'));
const parser = new Parser();
parser.setLanguage(json);
const doc = JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, tags: ['a', 'b', String(i % 7)], nested: { ok: i % 2 === 0, v: i / 4 } })));
let tree = parser.parse(doc);
for (let i = 0; i < 5; i++) {
  const old = tree;
  tree = parser.parse(doc.replace(`"id":${i * 10},`, `"id":${i * 10 + 1},`));
  old.delete();
}
const root = tree.rootNode;
console.log('web-tree-sitter', root.type, root.child(0).namedChildCount, root.descendantCount, root.hasError);
