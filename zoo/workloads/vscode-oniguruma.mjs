// vscode-oniguruma: Emscripten C (the Oniguruma regex engine VS Code and shiki use), loaded from bytes with loadWASM.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const onig = require('vscode-oniguruma');
await onig.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
const scanner = onig.createOnigScanner(['\\b(function|return|const)\\b', '"[^"]*"', '\\d+(\\.\\d+)?']);
let found = 0, last = '';
for (let i = 0; i < 300; i++) {
  const s = onig.createOnigString(`const x${i} = "value ${i}"; function f() { return ${i}.5; }`);
  let pos = 0, m;
  while ((m = scanner.findNextMatchSync(s, pos))) { found++; last = `${m.index}@${m.captureIndices[0].start}`; pos = m.captureIndices[0].end; }
  s.dispose();
}
const kept = onig.createOnigString('kept string stays alive');
console.log('matches', found, last, kept.content.length);
scanner.dispose();
