// @vscode/tree-sitter-wasm: VS Code's own tree-sitter build (a UMD script) with Emscripten dynamic
// linking: tree-sitter.wasm is a MAIN_MODULE (dylink.0), and each grammar a side module loaded by
// it; this workload loads three grammars (TypeScript, Python, CSS), parses, edits and queries.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const { Parser, Language, Query } = require('@vscode/tree-sitter-wasm');
const dir = require.resolve('@vscode/tree-sitter-wasm').replace(/tree-sitter\.js$/, '');
await Parser.init();
const out = [];
const sources = {
  typescript: Array.from({ length: 150 }, (_, i) => `export function f${i}(a: number, b: string[]): Map<string, number> { const m = new Map(); for (const s of b) m.set(s + ${i}, a * ${i}); return m; }\nclass C${i}<T> extends Base { private x: T[] = []; get n() { return this.x.length; } }\n`).join(''),
  python: Array.from({ length: 200 }, (_, i) => `def f${i}(a, b=None):\n    if a > ${i}:\n        return [x * ${i} for x in range(a) if x % 3]\n    return {"k": a, "v": b}\n\nclass C${i}(Base):\n    x: int = ${i}\n`).join(''),
  css: Array.from({ length: 300 }, (_, i) => `.c${i} > a:hover, #id${i} { color: rgb(${i % 255}, 10, 20); margin: ${i}px auto; }\n@media (max-width: ${i}px) { .c${i} { display: none } }\n`).join(''),
};
for (const [name, src] of Object.entries(sources)) {
  const lang = await Language.load(`${dir}tree-sitter-${name}.wasm`);
  const parser = new Parser();
  parser.setLanguage(lang);
  let tree = parser.parse(src);
  for (let i = 0; i < 4; i++) {
    const at = src.indexOf(String(10 + i));
    const edited = src.slice(0, at) + '9' + src.slice(at);
    tree.edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + 1, startPosition: tree.rootNode.descendantForIndex(at).startPosition, oldEndPosition: tree.rootNode.descendantForIndex(at).startPosition, newEndPosition: tree.rootNode.descendantForIndex(at).startPosition });
    const next = parser.parse(edited, tree);
    tree.delete();
    tree = next;
  }
  const q = new Query(lang, name === 'css' ? '(class_selector) @c' : '(identifier) @id');
  const caps = q.captures(tree.rootNode);
  const h = createHash('sha256').update(tree.rootNode.toString()).digest('hex').slice(0, 12);
  out.push(`${name}:${tree.rootNode.descendantCount}:${caps.length}:${h}`);
  q.delete();
  tree.delete();
  parser.delete();
}
console.log('vscode-tree-sitter', out.join(' '));
