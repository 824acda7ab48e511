// Vite: `?url` gives each build's asset URL; `?build=symbols|dwarf` picks the one the page runs.
import symbolsUrl from './symbols/program.wasm?url';
import dwarfUrl from './dwarf/program.wasm?url';
import createSymbols from './symbols/program.js';
import createDwarf from './dwarf/program.js';
import { runProgram } from './app.js';

const build = new URLSearchParams(location.search).get('build');
const [create, url] = build === 'dwarf' ? [createDwarf, dwarfUrl] : [createSymbols, symbolsUrl];
const result = await runProgram(create, url, () => globalThis.wasmTracemalloc);
document.querySelector('#out').textContent = result.stdout;
window.appResult = result;
window.appDone = true;
