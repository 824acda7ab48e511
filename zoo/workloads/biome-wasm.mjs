// @biomejs/wasm-nodejs: Biome (Rust) through wasm-bindgen --target nodejs, a 45 MB release module.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { Workspace, MemoryFileSystem } = require('@biomejs/wasm-nodejs');
const fs = new MemoryFileSystem();
const ws = Workspace.withFileSystem ? Workspace.withFileSystem(fs) : new Workspace();
const { projectKey } = ws.openProject({ path: '/', openUninitialized: true });
ws.updateSettings({ projectKey, configuration: { formatter: { indentStyle: 'space', indentWidth: 2 }, linter: { enabled: true } } });
let total = 0, diags = 0, out = '';
for (let i = 0; i < 20; i++) {
  const path = `/f${i}.js`;
  const content = `function  f${i}(a,b){ var  x = a+b;  if (x == ${i}) { return x } else return [1,2,3].map(v=>v*${i}) }\nlet unused${i} = f${i}( 1,2 )\n`;
  ws.openFile({ projectKey, path, content: { type: 'fromClient', content, version: 0 } });
  out = ws.formatFile({ projectKey, path }).code;
  total += out.length;
  diags += ws.pullDiagnostics({ projectKey, path, categories: ['lint'], pullCodeActions: false }).diagnostics.length;
  ws.closeFile({ projectKey, path });
}
console.log('biome', total, diags, JSON.stringify(out.split('\n')[0]));
