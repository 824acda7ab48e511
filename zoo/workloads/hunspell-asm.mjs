// hunspell-asm: Hunspell (C++) built with an older Emscripten, the wasm embedded as base64 in
// its JS and loaded through emscripten-wasm-loader; a made-up dictionary mounted from buffers.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { loadModule } = require('hunspell-asm');
const factory = await loadModule();
const aff = 'SET UTF-8\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ\n\nSFX S Y 1\nSFX S 0 s .\n\nSFX D Y 2\nSFX D 0 ed [^e]\nSFX D 0 d e\n\nPFX U Y 1\nPFX U 0 un .\n';
const stems = ['trace', 'alloc', 'frame', 'module', 'memory', 'heap', 'block', 'snapshot', 'filter', 'compare', 'load', 'count', 'report', 'peak', 'size', 'table', 'thread', 'hook'];
const words = [];
for (let i = 0; i < 300; i++) words.push(`${stems[i % stems.length]}${String.fromCharCode(97 + (i % 26))}${i}`);
const dic = `${stems.length + words.length}\n${stems.map((s) => `${s}/SDU`).join('\n')}\n${words.join('\n')}\n`;
const affPath = factory.mountBuffer(Buffer.from(aff), 'zoo.aff');
const dicPath = factory.mountBuffer(Buffer.from(dic), 'zoo.dic');
const hs = factory.create(affPath, dicPath);
let ok = 0, sugg = 0, first = '';
for (const s of stems) for (const w of [s, s + 's', 'un' + s, s + 'd', s + 'ed', s + 'x', s.slice(1)]) {
  if (hs.spell(w)) ok++;
  else { const g = hs.suggest(w); sugg += g.length; if (!first) first = `${w}->${g.slice(0, 3).join(',')}`; }
}
hs.addWord('wasmtracemalloc');
ok += hs.spell('wasmtracemalloc') ? 1 : 0;
hs.dispose();
factory.unmount(affPath); factory.unmount(dicPath);
console.log('hunspell', ok, sugg, first);
