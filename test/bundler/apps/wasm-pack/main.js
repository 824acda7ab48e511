import brotliReady from 'brotli-wasm';
import { brotliWork, rustProgram, show } from './work.js';

const rust = await rustProgram();
show({ rust, brotli: brotliWork(await brotliReady) });
